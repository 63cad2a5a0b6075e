package corpus

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"qoq/facts"
	"qoq/fiscal"
)

// writeCorpus writes a corpus of made-up calls to a temporary directory.
func writeCorpus(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

var testCorpus = map[string]string{
	"ACME_q2_2021.txt": "Revenue was $812.4 million. Adjusted EPS of $1.40. " +
		"For the year we expect revenue of $3.1 billion to $3.2 billion.",
	"ACME_q2_2021.summary": "q2 adjusted earnings per share $1.40.\n" +
		"q2 revenue $812 million versus refinitiv ibes estimate of $790 million.\n" +
		"sees fy revenue $3.1 billion to $3.2 billion.\n" +
		"sees fy adjusted earnings per share $5.00 to $5.20.\n" + // not in the text
		"board declares quarterly dividend.\n",
	"BOLT_q4_2020.txt":     "Fourth quarter EPS was $0.31.",
	"BOLT_q4_2020.summary": "q4 earnings per share $0.31.\n",
	"NOSUM_q1_2021.txt":    "no summary beside it",
	"notes.txt":            "not a call",
}

// fakeExtract finds ACME's revenue and BOLT's eps, and fails on nothing.
func fakeExtract(path string, p fiscal.Period) (facts.Document, error) {
	doc := facts.Document{File: path, Period: p}
	switch filepath.Base(path) {
	case "ACME_q2_2021.txt":
		doc.Facts = []facts.Fact{
			fact("revenue", facts.USD, "812400000", p),
			fact("eps", facts.USDPerShare, "1.45", p, nonGAAP),
		}
	case "BOLT_q4_2020.txt":
		doc.Facts = []facts.Fact{fact("eps", facts.USDPerShare, "0.31", p)}
	}
	return doc, nil
}

func TestCalls(t *testing.T) {
	dir := writeCorpus(t, testCorpus)
	calls, err := Calls(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range calls {
		got = append(got, c.Name+" "+c.Ticker+" "+c.Period.String())
	}
	want := []string{"ACME_q2_2021 ACME 2021Q2", "BOLT_q4_2020 BOLT 2020Q4"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Calls = %q, want %q", got, want)
	}
	if _, err := Calls(filepath.Join(dir, "missing")); err == nil {
		t.Error("Calls of a missing directory: no error")
	}
}

func TestScore(t *testing.T) {
	dir := writeCorpus(t, testCorpus)
	calls, err := Calls(dir)
	if err != nil {
		t.Fatal(err)
	}
	r, err := Score(calls, fakeExtract, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name      string
		got, want Tally
	}{
		{"total", r.Total, Tally{Name: "all", Expected: 5, Stated: 4, Matched: 2}},
		{"eps", r.ByMetric[0], Tally{Name: "eps", Expected: 3, Stated: 2, Matched: 1}},
		{"revenue", r.ByMetric[1], Tally{Name: "revenue", Expected: 2, Stated: 2, Matched: 1}},
		{"actual", r.ByScenario[0], Tally{Name: "actual", Expected: 3, Stated: 3, Matched: 2}},
		{"guidance", r.ByScenario[1], Tally{Name: "guidance", Expected: 2, Stated: 1, Matched: 0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.got != tc.want {
				t.Errorf("got %+v, want %+v", tc.got, tc.want)
			}
		})
	}
	if r.Lines != 6 || r.Parsed != 5 {
		t.Errorf("lines %d parsed %d, want 6 and 5", r.Lines, r.Parsed)
	}
	// ACME's eps is extracted as 1.45, its full-year revenue outlook not
	// at all; its full-year eps outlook is not in its text, so not counted.
	if len(r.Misses) != 2 || r.Misses[0].Expected.Metric != "eps" || len(r.Misses[0].Closest) != 1 ||
		r.Misses[1].Expected.Scenario != facts.Guidance {
		t.Errorf("misses %+v, want ACME's eps with one close fact and its revenue outlook", r.Misses)
	}
	if r.Total.Recall() != "50.0%" {
		t.Errorf("recall %s, want 50.0%%", r.Total.Recall())
	}
}

func TestScoreRepeatable(t *testing.T) {
	dir := writeCorpus(t, testCorpus)
	calls, err := Calls(dir)
	if err != nil {
		t.Fatal(err)
	}
	var outs []string
	for _, workers := range []int{1, 4} {
		r, err := Score(calls, fakeExtract, Options{Workers: workers})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		if err := r.Write(&b, true); err != nil {
			t.Fatal(err)
		}
		outs = append(outs, b.String())
	}
	if outs[0] != outs[1] {
		t.Errorf("reports differ with 1 and 4 workers:\n%s\n---\n%s", outs[0], outs[1])
	}
	for _, want := range []string{"recall 50.0%", "misses: 2", "ACME_q2_2021:1", "no scored metric"} {
		if !strings.Contains(outs[0], want) {
			t.Errorf("report lacks %q:\n%s", want, outs[0])
		}
	}
}

func TestScoreErrors(t *testing.T) {
	dir := writeCorpus(t, testCorpus)
	calls, err := Calls(dir)
	if err != nil {
		t.Fatal(err)
	}
	failing := func(string, fiscal.Period) (facts.Document, error) { return facts.Document{}, errors.New("boom") }
	r, err := Score(calls, failing, Options{Metric: "revenue"})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Errors) != 1 || r.Total.Matched != 0 || r.Total.Expected != 2 {
		t.Errorf("errors %q, total %+v: want ACME's failure and 2 unmatched revenue figures", r.Errors, r.Total)
	}
	calls[0].Transcript = filepath.Join(dir, "gone.txt")
	if _, err := Score(calls, fakeExtract, Options{}); err == nil {
		t.Error("Score with a missing transcript: no error")
	}
}

func TestSample(t *testing.T) {
	calls := make([]Call, 10)
	for i := range calls {
		calls[i].Name = string(rune('a' + i))
	}
	var got string
	for _, c := range Sample(calls, 3) {
		got += c.Name
	}
	if got != "adg" {
		t.Errorf("Sample(10 calls, 3) = %q, want adg", got)
	}
	if len(Sample(calls, 0)) != 10 || len(Sample(calls, 20)) != 10 {
		t.Error("Sample with 0 or too many: want all calls")
	}
}

func TestPercent(t *testing.T) {
	for _, tc := range []struct {
		part, whole int
		want        string
	}{{0, 0, "-"}, {1, 3, "33.3%"}, {2, 3, "66.7%"}, {3, 3, "100.0%"}, {1, 8, "12.5%"}} {
		if got := percent(tc.part, tc.whole); got != tc.want {
			t.Errorf("percent(%d, %d) = %s, want %s", tc.part, tc.whole, got, tc.want)
		}
	}
}
