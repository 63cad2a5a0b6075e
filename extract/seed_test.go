package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"qoq/facts"
	"qoq/fiscal"
	"qoq/internal/shared"
)

// goldSet is an analyst's record of every figure of a call, as in
// ../shared/seed/gold.json and testdata/**/*.gold.json.
type goldSet struct {
	File    string     `json:"file"`
	Company string     `json:"company"`
	Period  goldPeriod `json:"period"`
	Facts   []goldFact `json:"facts"`
	Ignore  []string   `json:"ignore"`
}

type goldPeriod struct {
	Kind       string `json:"kind"`
	FiscalYear int    `json:"fiscal_year"`
	Quarter    int    `json:"quarter"`
	Months     int    `json:"months"`
	End        string `json:"end"`
}

type goldFact struct {
	Metric   string      `json:"metric"`
	Segment  string      `json:"segment"`
	Variant  string      `json:"variant"`
	Basis    string      `json:"basis"`
	Scenario string      `json:"scenario"`
	Period   goldPeriod  `json:"period"`
	Value    *string     `json:"value"`
	Low      *string     `json:"low"`
	High     *string     `json:"high"`
	Unit     string      `json:"unit"`
	Change   *goldChange `json:"change"`
	Lines    []int       `json:"lines"`
}

type goldChange struct {
	Direction string      `json:"direction"`
	Abs       *string     `json:"abs"`
	Pct       *string     `json:"pct"`
	Versus    *goldPeriod `json:"versus"`
}

func readGold(t *testing.T, path string) goldSet {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g goldSet
	if err := json.Unmarshal(b, &g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return g
}

// samePeriod reports whether an extracted period is the gold one: same
// kind, and the same end for an instant or fiscal year and quarter
// otherwise.
func samePeriod(p fiscal.Period, g goldPeriod) bool {
	if p.Kind.String() != g.Kind {
		return false
	}
	if g.Kind == "instant" {
		return p.End.String() == g.End
	}
	return p.FiscalYear == g.FiscalYear && p.Quarter == g.Quarter && (g.Months == 0 || p.Months == g.Months)
}

func sameDecimal(d *decimal.Decimal, s *string) bool {
	if d == nil || s == nil {
		return d == nil && s == nil
	}
	return d.Equal(decimal.RequireFromString(*s))
}

// sameFigure reports whether f records gold fact g's figure: metric,
// segment (by SegmentKey), variant, basis and scenario where the gold
// names them, period, and value or range.
func sameFigure(f facts.Fact, g goldFact) bool {
	scenario := g.Scenario
	if scenario == "" {
		scenario = facts.Actual
	}
	return f.Metric == g.Metric && facts.SegmentKey(f.Segment) == facts.SegmentKey(g.Segment) &&
		f.Variant == g.Variant && (g.Basis == "" || f.Basis == g.Basis) && f.Scenario == scenario &&
		samePeriod(f.Period, g.Period) && sameDecimal(f.Value, g.Value) &&
		sameDecimal(f.Low, g.Low) && sameDecimal(f.High, g.High)
}

// checkChange checks the change that the mentions of a gold fact state,
// taken together, against the gold change.
func checkChange(t *testing.T, g goldFact, found []facts.Fact) {
	t.Helper()
	var dir string
	var abs, pct *decimal.Decimal
	var versus *fiscal.Period
	for _, f := range found {
		c := f.Change
		if c == nil {
			continue
		}
		if g.Change == nil {
			if c.Abs != nil || c.Pct != nil {
				t.Errorf("%s line %d: change %+v stated where the gold has none", g.Metric, f.Source.Line, *c)
			}
			continue
		}
		if dir != "" && c.Direction != dir {
			t.Errorf("%s: mentions disagree on the direction: %s and %s", g.Metric, dir, c.Direction)
		}
		dir = c.Direction
		if c.Abs != nil {
			abs = c.Abs
		}
		if c.Pct != nil {
			pct = c.Pct
		}
		if c.Versus != nil {
			versus = c.Versus
		}
	}
	if g.Change == nil {
		return
	}
	switch {
	case dir != g.Change.Direction:
		t.Errorf("%s %s: direction %q, want %q", g.Metric, g.Segment, dir, g.Change.Direction)
	case !sameDecimal(abs, g.Change.Abs):
		t.Errorf("%s %s: change %v, want %v", g.Metric, g.Segment, abs, deref(g.Change.Abs))
	case !sameDecimal(pct, g.Change.Pct):
		t.Errorf("%s %s: change %v%%, want %v%%", g.Metric, g.Segment, pct, deref(g.Change.Pct))
	case g.Change.Versus != nil && (versus == nil || !samePeriod(*versus, *g.Change.Versus)):
		t.Errorf("%s %s: compared with %v, want %+v", g.Metric, g.Segment, versus, *g.Change.Versus)
	}
}

func deref(s *string) string {
	if s == nil {
		return "none"
	}
	return *s
}

// scoreGold checks a call's extraction against its gold record. It
// returns how many gold facts were found, and how many of the extracted
// facts that carry a value match a gold fact (figures the gold ignores
// aside). Strict, a missing fact or a wrong change fails the test; else
// they are logged.
func scoreGold(t *testing.T, doc facts.Document, gold goldSet, strict bool) (found, right, counted int) {
	t.Helper()
	report := t.Logf
	if strict {
		report = t.Errorf
	}
	for _, g := range gold.Facts {
		var mentions []facts.Fact
		for _, f := range doc.Facts {
			if sameFigure(f, g) {
				mentions = append(mentions, f)
			}
		}
		if len(mentions) == 0 {
			report("missing: %s %q %+v value %s (lines %v)", g.Metric, g.Segment, g.Period, deref(g.Value), g.Lines)
			continue
		}
		found++
		if strict {
			checkChange(t, g, mentions)
		}
	}
	ignored := map[string]bool{}
	for _, v := range gold.Ignore {
		ignored[decimal.RequireFromString(v).String()] = true
	}
	for _, f := range doc.Facts {
		if f.Value == nil && f.Low == nil {
			continue
		}
		if f.Value != nil && ignored[f.Value.String()] {
			continue
		}
		counted++
		ok := false
		for _, g := range gold.Facts {
			if sameFigure(f, g) {
				ok = true
				break
			}
		}
		if ok {
			right++
		} else {
			t.Logf("not in the gold: line %d %s %q %v %s", f.Source.Line, f.Metric, f.Segment, f.Period, f.Stated)
		}
	}
	return found, right, counted
}

// TestSeed is the first acceptance test: every figure of the seed call
// script, as an analyst recorded it.
func TestSeed(t *testing.T) {
	dir := shared.Dir(t, "seed")
	gold := readGold(t, filepath.Join(dir, "gold.json"))
	doc, err := ExtractFile(filepath.Join(dir, gold.File), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Company != gold.Company {
		t.Errorf("company %q, want %q", doc.Company, gold.Company)
	}
	if p := doc.Period; p.FiscalYear != gold.Period.FiscalYear || p.Quarter != gold.Period.Quarter || p.End.String() != gold.Period.End {
		t.Errorf("period %+v, want %+v", p, gold.Period)
	}
	_, right, counted := scoreGold(t, doc, gold, true)
	if counted == 0 || right*100 < counted*95 {
		t.Errorf("precision %d/%d facts with a value are right, want at least 95%%", right, counted)
	}
	t.Logf("seed: %d gold facts; precision %d/%d", len(gold.Facts), right, counted)
	for _, n := range doc.Notes {
		if strings.Contains(n, "cannot") {
			t.Errorf("note: %s", n)
		}
	}
}
