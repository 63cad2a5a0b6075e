package compare

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"qoq/facts"
	"qoq/fiscal"
	"qoq/internal/shared"
)

// extract reads the calls at paths.
func extract(t testing.TB, paths ...string) []facts.Document {
	t.Helper()
	var docs []facts.Document
	x := facts.New(facts.Options{})
	for _, p := range paths {
		d, err := facts.ExtractFile(p, facts.Options{})
		if err != nil {
			t.Fatal(err)
		}
		_ = x
		docs = append(docs, d)
	}
	return docs
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
	c, err := Compare(extract(t, filepath.Join(dir, "000_5dc89387bffe59d6.txt")), Options{})
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
