package compare

import (
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"qoq/extract"
	"qoq/facts"
	"qoq/fiscal"
	"qoq/internal/shared"
	"qoq/internal/testcalls"
)

// extracted reads the calls at paths.
func extracted(t testing.TB, paths ...string) []facts.Document {
	t.Helper()
	return testcalls.Extract(t, extract.Options{}, paths)
}

// value returns the value of a series' cell, as a string, "a..b" for a
// range, or "" when there is none.
func value(c *Comparison, metric, segment, basis string, p fiscal.Period) (string, *Value) {
	for _, s := range c.Series {
		if s.Metric != metric || facts.SegmentKey(s.Segment) != facts.SegmentKey(segment) || basis != "" && s.Basis != basis {
			continue
		}
		for i, v := range s.Values {
			if v.Period.Kind != p.Kind || v.Period.FiscalYear != p.FiscalYear && p.Kind != fiscal.Instant ||
				v.Period.Quarter != p.Quarter && p.Kind == fiscal.Quarter || p.Kind == fiscal.Instant && v.Period.End != p.End {
				continue
			}
			if v.Value != nil {
				return v.Value.String(), &s.Values[i]
			}
			return v.Approx[0].String() + ".." + v.Approx[1].String(), &s.Values[i]
		}
	}
	return "", nil
}

func date(t testing.TB, s string) fiscal.Period {
	t.Helper()
	d, err := fiscal.ParseDate(s)
	if err != nil {
		t.Fatal(err)
	}
	return fiscal.At(d)
}

func checks(c *Comparison, kind string) []Check {
	var out []Check
	for _, ch := range c.Checks {
		if ch.Kind == kind {
			out = append(out, ch)
		}
	}
	return out
}

// TestSeed compares the seed call alone: the DSO trend, the prior year's
// revenue derived, and no false alarm.
func TestSeed(t *testing.T) {
	dir := shared.Dir(t, "seed")
	c, err := Compare(extracted(t, filepath.Join(dir, "000_5dc89387bffe59d6.txt")), Options{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		metric, segment string
		period          fiscal.Period
		want            string
		derived         bool
	}{
		{"dso", "", date(t, "2003-03-31"), "57", false},
		{"dso", "", date(t, "2003-12-31"), "42", false},
		{"dso", "", date(t, "2004-03-31"), "47", false},
		{"revenue", "", fiscal.Q(2003, 1), "6931000", true},
		{"revenue", "", fiscal.Q(2004, 1), "6736000", false},
		{"revenue", "ongoing blood product collection facilities", fiscal.Q(2003, 1), "4102000", true},
		{"gross_profit", "ongoing donor centers", fiscal.Q(2003, 1), "455835..456100", true},
		{"net_income", "", fiscal.Q(2003, 1), "8000", false},
		{"cash", "", date(t, "2003-12-31"), "935000", false},
	}
	for _, tt := range tests {
		got, v := value(c, tt.metric, tt.segment, "", tt.period)
		if got != tt.want || v != nil && v.Derived != tt.derived {
			t.Errorf("%s %q %v = %q (derived %v), want %q (derived %v)", tt.metric, tt.segment, tt.period, got, v != nil && v.Derived, tt.want, tt.derived)
		}
	}
	for _, kind := range []string{StatedChangeMismatch, Restated, Conflict} {
		for _, ch := range checks(c, kind) {
			t.Errorf("false alarm: %s: %s", ch.Kind, ch.Message)
		}
	}
	if c.Current != fiscal.CalendarYear.Place(fiscal.Q(2004, 1)) || c.Company != "HemaCare" {
		t.Errorf("current %v, company %q", c.Current, c.Company)
	}
	// DSO 57 → 42 → 47: up 5 days on the year end, down 10 on the year
	for _, s := range c.Series {
		if s.Metric != "dso" {
			continue
		}
		var got []string
		for _, ch := range s.Changes {
			got = append(got, ch.Kind+" "+ch.Direction+" "+ch.Abs.String()+" "+pct(ch.Pct))
		}
		want := "year_end up 5 11.9|year_over_year down 10 17.5"
		if strings.Join(got, "|") != want {
			t.Errorf("dso changes %q, want %q", strings.Join(got, "|"), want)
		}
	}
}

func pct(d *decimal.Decimal) string {
	if d == nil {
		return "-"
	}
	return d.String()
}

// calls returns the testdata calls of a company, oldest first.
func calls(t testing.TB, company string) []facts.Document {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "calls", company, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no calls for %s: %v", company, err)
	}
	return extracted(t, paths...)
}

// TestNorthwind compares eight quarters of scripts of a calendar-year
// company with a restatement, a stated change the figures contradict, and
// guidance raised then lowered.
func TestNorthwind(t *testing.T) {
	c, err := Compare(calls(t, "northwind"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	var periods []string
	for _, p := range c.Periods {
		periods = append(periods, p.String())
	}
	if got := strings.Join(periods, " "); !strings.HasSuffix(got, "2022Q1 2022Q2 2022Q3 2022Q4 2023Q1 2023Q2 2023Q3 2023Q4") {
		t.Errorf("periods %s", got)
	}
	cells := []struct {
		metric, segment string
		period          fiscal.Period
		want            string
	}{
		{"revenue", "", fiscal.Q(2022, 1), "6995000"},
		{"revenue", "", fiscal.Q(2022, 2), "6981000"}, // restated in 2023Q2
		{"revenue", "", fiscal.Q(2022, 4), "7217000"},
		{"revenue", "", fiscal.Q(2023, 3), "7107000"},
		{"revenue", "", fiscal.FY(2022), "28500000"}, // restated in 2023Q4
		{"revenue", "blood products", fiscal.Q(2022, 2), "4727000"},
		{"net_income", "", fiscal.Q(2023, 3), "-412000"},
		{"eps", "", fiscal.Q(2023, 3), "-0.03"},
		{"ga_expense", "", fiscal.Q(2023, 3), "1254000"},
		{"ga_expense", "", fiscal.Q(2022, 3), "1140000"},
		{"dso", "", date(t, "2022-12-31"), "42"},
		{"dso", "", date(t, "2023-09-30"), "49"},
		{"cash", "", date(t, "2023-06-30"), "3378000"},
	}
	for _, tt := range cells {
		if got, _ := value(c, tt.metric, tt.segment, "", tt.period); got != tt.want {
			t.Errorf("%s %q %v = %q, want %q", tt.metric, tt.segment, tt.period, got, tt.want)
		}
	}
	// exactly one stated change contradicted: G&A "increased 12.4%" when the
	// figures give 9.8%; every other stated change holds
	mm := checks(c, StatedChangeMismatch)
	if len(mm) != 1 || mm[0].Metric != "ga_expense" || mm[0].Stated != "12.4" || mm[0].Computed != "9.81" || mm[0].Period.String() != "2023Q3" {
		t.Errorf("stated-change mismatches %+v, want G&A 2023Q3 12.4 against 9.81", mm)
	}
	var restated []string
	for _, ch := range checks(c, Restated) {
		restated = append(restated, ch.Metric+" "+ch.Segment+" "+ch.Period.String()+" "+ch.Computed+"→"+ch.Stated)
	}
	want := []string{
		"revenue  2022Q2 7069000→6981000", "revenue  FY2022 28560000→28500000",
		"revenue blood products 2022Q2 4815000→4727000", "net_income  2022Q2 553000→489000",
		"net_income  FY2022 2244000→2180000",
	}
	if strings.Join(restated, "|") != strings.Join(want, "|") {
		t.Errorf("restatements:\n%s\nwant\n%s", strings.Join(restated, "\n"), strings.Join(want, "\n"))
	}
	for _, ch := range checks(c, Conflict) {
		t.Errorf("false alarm: %s", ch.Message)
	}
	if got, want := c.Problems(), len(mm)+len(restated); got != want {
		t.Errorf("Problems() = %d, want %d (the mismatch and the restatements)", got, want)
	}
	if got, want := c.Unattributed(), len(checks(c, Unattributed)); got != want || want == 0 {
		t.Errorf("Unattributed() = %d, want %d (and more than none)", got, want)
	}
	g := guidanceFor(t, c, "revenue", fiscal.FY(2023))
	if got := labels(g); got != "2022Q4 initiated 29000000-30500000|2023Q1 raised 29500000-30800000|2023Q2 raised 30000000-31000000|2023Q3 lowered 29000000-29600000" {
		t.Errorf("FY2023 revenue guidance %s", got)
	}
	if g.Actual == nil || g.Actual.Value.String() != "29300000" || g.Actual.Against != "within" {
		t.Errorf("FY2023 revenue actual %+v, want 29300000 within", g.Actual)
	}
}

// TestLarkspur compares six quarters of transcripts of a company whose
// fiscal year ends in October.
func TestLarkspur(t *testing.T) {
	c, err := Compare(calls(t, "larkspur"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	if c.Calendar.EndMonth.String() != "October" || c.Current.String() != "2023Q2" || c.Current.End.String() != "2023-04-30" {
		t.Errorf("calendar %v, current %v ending %v", c.Calendar, c.Current, c.Current.End)
	}
	// quarters in order across the year end: fiscal 2022 Q4 ends in
	// October 2022, fiscal 2023 Q1 in January 2023
	var ends []string
	for _, p := range c.Periods {
		ends = append(ends, p.String()+"@"+p.End.String())
	}
	if got := strings.Join(ends, " "); !strings.Contains(got, "2022Q4@2022-10-31 2023Q1@2023-01-31 2023Q2@2023-04-30") {
		t.Errorf("periods %s", got)
	}
	cells := []struct {
		metric, segment, basis string
		period                 fiscal.Period
		want                   string
	}{
		{"revenue", "", "", fiscal.Q(2022, 1), "431800000"},
		{"revenue", "", "", fiscal.Q(2022, 4), "437900000"},
		{"revenue", "", "", fiscal.Q(2023, 2), "489700000"},
		{"revenue", "", "", fiscal.FY(2022), "1850000000"},
		{"revenue", "Residential", "", fiscal.Q(2023, 2), "290300000"},
		{"eps", "", facts.NonGAAP, fiscal.Q(2022, 3), "0.62"},
		{"eps", "", facts.GAAP, fiscal.Q(2022, 3), "0.57"},
		{"eps", "", facts.GAAP, fiscal.Q(2021, 3), "0.55"},
		{"eps", "", facts.NonGAAP, fiscal.Q(2021, 3), "0.59"},
		{"free_cash_flow", "", facts.NonGAAP, fiscal.Q(2022, 1), "-2500000"},
		{"gross_margin", "", "", fiscal.Q(2022, 1), "38.2"},
		{"cash", "", "", date(t, "2022-07-31"), "238900000"},
		// derived: adjusted EBITDA $55.0 million over net sales $437.9 million
		{"ebitda_margin", "", facts.NonGAAP, fiscal.Q(2022, 4), "12.6"},
	}
	for _, tt := range cells {
		if got, _ := value(c, tt.metric, tt.segment, tt.basis, tt.period); got != tt.want {
			t.Errorf("%s %q %s %v = %q, want %q", tt.metric, tt.segment, tt.basis, tt.period, got, tt.want)
		}
	}
	for _, kind := range []string{StatedChangeMismatch, Restated, Conflict} {
		for _, ch := range checks(c, kind) {
			t.Errorf("false alarm: %s: %s", ch.Kind, ch.Message)
		}
	}
	if got := labels(guidanceFor(t, c, "revenue", fiscal.FY(2022))); got != "2022Q1 initiated 1780000000-1830000000|2022Q2 raised 1820000000-1860000000|2022Q3 narrowed 1830000000-1860000000" {
		t.Errorf("FY2022 revenue guidance %s", got)
	}
	if got := labels(guidanceFor(t, c, "revenue", fiscal.FY(2023))); got != "2022Q4 initiated 1870000000-1930000000|2023Q1 maintained 1870000000-1930000000|2023Q2 lowered 1840000000-1890000000" {
		t.Errorf("FY2023 revenue guidance %s", got)
	}
	if a := guidanceFor(t, c, "revenue", fiscal.Q(2023, 2)).Actual; a == nil || a.Against != "below" {
		t.Errorf("2023Q2 revenue came in below its guidance, got %+v", a)
	}
}

// TestUpTo compares Northwind's calls up to 2023Q2: what was known then,
// nothing the later calls said.
func TestUpTo(t *testing.T) {
	c, err := Compare(calls(t, "northwind"), Options{Current: fiscal.Q(2023, 2)})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(c.Calls); n != 6 || c.Current.String() != "2023Q2" {
		t.Errorf("%d calls up to %s, want 6 up to 2023Q2", n, c.Current)
	}
	g := guidanceFor(t, c, "revenue", fiscal.FY(2023))
	if got := labels(g); got != "2022Q4 initiated 29000000-30500000|2023Q1 raised 29500000-30800000|2023Q2 raised 30000000-31000000" || g.Actual != nil {
		t.Errorf("FY2023 revenue guidance up to 2023Q2: %s, actual %+v; want no later step nor actual", got, g.Actual)
	}
	// FY2022 as reported in 2022Q4, not as the 2023Q4 call restated it
	if got, _ := value(c, "revenue", "", "", fiscal.FY(2022)); got != "28560000" {
		t.Errorf("FY2022 revenue %s, want 28560000", got)
	}
	notes := checks(c, Note)
	if !slices.ContainsFunc(notes, func(ch Check) bool {
		return ch.Message == "2 later calls were left out, the comparison being up to 2023Q2: NWPS_q3_2023.txt, NWPS_q4_2023.txt"
	}) {
		t.Errorf("no note of the calls left out: %+v", notes)
	}
	_, err = Compare(calls(t, "northwind"), Options{Current: fiscal.Q(2001, 1)})
	if want := "no call up to the quarter asked for: 2001Q1; the first call, NWPS_q1_2022.txt, is of 2022Q1"; !errors.Is(err, ErrNoneUpTo) || err.Error() != want {
		t.Errorf("Compare up to a quarter before every call: err = %v, want %q", err, want)
	}
}

func guidanceFor(t *testing.T, c *Comparison, metric string, p fiscal.Period) Guidance {
	t.Helper()
	for _, g := range c.Guidance {
		if g.Metric == metric && g.Segment == "" && g.Period.Kind == p.Kind && g.Period.FiscalYear == p.FiscalYear && g.Period.Quarter == p.Quarter {
			return g
		}
	}
	t.Fatalf("no guidance of %s for %v", metric, p)
	return Guidance{}
}

func labels(g Guidance) string {
	var parts []string
	for _, h := range g.History {
		parts = append(parts, h.Call.String()+" "+h.Label+" "+h.Low.String()+"-"+h.High.String())
	}
	return strings.Join(parts, "|")
}

// TestCorrectionsBeyond gives corrections for periods no call reaches: one
// after every call is refused, naming the line that gives it; one after
// the quarter compared up to is set aside with a note; neither adds a
// period.
func TestCorrectionsBeyond(t *testing.T) {
	docs := calls(t, "northwind")
	v := decimal.RequireFromString("1")
	for _, p := range []fiscal.Period{fiscal.Q(2031, 1), fiscal.FY(2024), date(t, "2024-01-31")} {
		_, err := Compare(docs, Options{Corrections: []CorrectionSpec{{Metric: "revenue", Period: p, Value: v, Note: "x", Source: "qoq.yaml:20"}}})
		if !errors.Is(err, ErrCorrectsNothing) || !strings.HasPrefix(err.Error(), "qoq.yaml:20: correction of revenue for "+p.String()) {
			t.Errorf("a correction for %s: err = %v, want ErrCorrectsNothing naming qoq.yaml:20", p, err)
		}
	}
	c, err := Compare(docs, Options{Current: fiscal.Q(2023, 2), Corrections: []CorrectionSpec{
		{Metric: "revenue", Period: fiscal.Q(2023, 4), Value: v, Note: "x"},
		{Metric: "cash", Period: date(t, "2023-12-31"), Value: v, Note: "x"},
		{Metric: "revenue", Period: fiscal.Q(2023, 2), Value: v, Note: "x"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := value(c, "revenue", "", "", fiscal.Q(2023, 4)); got != "" {
		t.Errorf("revenue 2023Q4 = %s beyond the quarter compared up to", got)
	}
	if got, _ := value(c, "revenue", "", "", fiscal.Q(2023, 2)); got != "1" {
		t.Errorf("revenue 2023Q2 = %s, want the correction's 1", got)
	}
	n := 0
	for _, ch := range checks(c, Note) {
		if strings.Contains(ch.Message, "was set aside: it is after 2023Q2, the last quarter compared") {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d notes of corrections set aside, want 2", n)
	}
}
