package corpus

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"qoq/facts"
	"qoq/fiscal"
)

// sharedCalls is the real corpus: shared/ beside the repo.
var sharedCalls = filepath.Join("..", "..", "shared", "corpus", "calls")

// TestRealSummaries parses every summary of the real corpus, checks each
// figure is well formed, and logs how many figures it found and how many
// the calls state.
func TestRealSummaries(t *testing.T) {
	if _, err := os.Stat(sharedCalls); err != nil {
		t.Skipf("real corpus not found at %s (shared/ beside the repo): %v", sharedCalls, err)
	}
	calls, err := Calls(sharedCalls)
	if err != nil {
		t.Fatal(err)
	}
	if len(calls) == 0 {
		t.Fatalf("%s: no calls", sharedCalls)
	}
	var lines, parsed, expected, stated int
	byMetric := map[string]int{}
	for _, c := range calls {
		sum, err := ReadSummary(c)
		if err != nil {
			t.Fatal(err)
		}
		text, err := os.ReadFile(c.Transcript)
		if err != nil {
			t.Fatal(err)
		}
		nums := IndexNumbers(string(text))
		lines += sum.Lines
		seen := map[int]bool{}
		for _, e := range sum.Expected {
			checkExpected(t, c, e)
			seen[e.LineNo] = true
			expected++
			byMetric[e.Metric]++
			if nums.Has(e) {
				stated++
			}
		}
		parsed += len(seen)
	}
	t.Logf("%d calls, %d summary lines, %d parsed into figures (%s)", len(calls), lines, parsed, percent(parsed, lines))
	t.Logf("%d expected figures, %d stated in the call (%s)", expected, stated, percent(stated, expected))
	for _, m := range Metrics() {
		t.Logf("  %-15s %d", m, byMetric[m])
	}
}

// checkExpected checks the invariants of a parsed figure.
func checkExpected(t *testing.T, c Call, e Expected) {
	t.Helper()
	fail := func(why string) { t.Errorf("%s:%d %q: %s: %s", c.Name, e.LineNo, e.Line, e, why) }
	switch {
	case !slices.Contains(Metrics(), e.Metric):
		fail("unknown metric")
	case e.Unit != unitOf[e.Metric]:
		fail("wrong unit")
	case e.Scenario != facts.Actual && e.Scenario != facts.Guidance:
		fail("no scenario")
	case e.Basis != "" && e.Basis != facts.GAAP && e.Basis != facts.NonGAAP:
		fail("bad basis")
	case (e.Value == nil) == (e.Low == nil || e.High == nil):
		fail("want a value or a range")
	case e.Low != nil && e.Low.GreaterThan(*e.High):
		fail("low above high")
	case e.Period.Kind != fiscal.Quarter && e.Period.Kind != fiscal.Year:
		fail("period is not a quarter or a year")
	case e.Period.FiscalYear < c.Period.FiscalYear-5 || e.Period.FiscalYear > c.Period.FiscalYear+5:
		fail("fiscal year far from the call's")
	case e.Places < -12 || e.Places > 6:
		fail("odd precision")
	case e.LineNo < 1 || e.Line == "":
		fail("no line")
	}
}
