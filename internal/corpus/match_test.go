package corpus

import (
	"testing"

	"github.com/shopspring/decimal"

	"qoq/facts"
	"qoq/fiscal"
)

func dec(s string) *decimal.Decimal {
	d := decimal.RequireFromString(s)
	return &d
}

// fact builds a company-wide actual fact; opts change it.
func fact(metric, unit, value string, p fiscal.Period, opts ...func(*facts.Fact)) facts.Fact {
	f := facts.Fact{Metric: metric, Unit: unit, Basis: facts.GAAP, Scenario: facts.Actual, Period: p, Value: dec(value)}
	for _, o := range opts {
		o(&f)
	}
	return f
}

func nonGAAP(f *facts.Fact)  { f.Basis = facts.NonGAAP }
func guidance(f *facts.Fact) { f.Scenario = facts.Guidance }
func ranged(lo, hi string) func(*facts.Fact) {
	return func(f *facts.Fact) { f.Value, f.Low, f.High = nil, dec(lo), dec(hi) }
}

func TestMatch(t *testing.T) {
	q1 := fiscal.Q(2021, 1)
	eps := Expected{Metric: "eps", Unit: facts.USDPerShare, Basis: facts.NonGAAP, Scenario: facts.Actual, Period: q1, Value: dec("2.41"), Places: 2}
	anyBasis := eps
	anyBasis.Basis = ""
	sales := Expected{Metric: "revenue", Unit: facts.USD, Scenario: facts.Actual, Period: q1, Value: dec("3300000000"), Places: -8}
	outlook := Expected{Metric: "revenue", Unit: facts.USD, Scenario: facts.Guidance, Period: fiscal.FY(2021),
		Low: dec("1820000000"), High: dec("1850000000"), Places: -7}
	loss := Expected{Metric: "eps", Unit: facts.USDPerShare, Scenario: facts.Actual, Period: q1, Value: dec("-0.31"), Places: 2}
	for _, tc := range []struct {
		name string
		e    Expected
		fs   []facts.Fact
		want bool
	}{
		{"exact", eps, []facts.Fact{fact("eps", facts.USDPerShare, "2.41", q1, nonGAAP)}, true},
		{"basis differs", eps, []facts.Fact{fact("eps", facts.USDPerShare, "2.41", q1)}, false},
		{"basis not named", anyBasis, []facts.Fact{fact("eps", facts.USDPerShare, "2.41", q1)}, true},
		{"value differs", eps, []facts.Fact{fact("eps", facts.USDPerShare, "2.42", q1, nonGAAP)}, false},
		{"scenario differs", eps, []facts.Fact{fact("eps", facts.USDPerShare, "2.41", q1, nonGAAP, guidance)}, false},
		{"year for quarter", eps, []facts.Fact{fact("eps", facts.USDPerShare, "2.41", fiscal.FY(2021), nonGAAP)}, false},
		{"other quarter", eps, []facts.Fact{fact("eps", facts.USDPerShare, "2.41", fiscal.Q(2020, 1), nonGAAP)}, false},
		{"end date ignored", eps, []facts.Fact{fact("eps", facts.USDPerShare, "2.41",
			fiscal.Period{Kind: fiscal.Quarter, FiscalYear: 2021, Quarter: 1, End: fiscal.Date{Year: 2021, Month: 3, Day: 31}}, nonGAAP)}, true},
		{"per-share net income is eps", anyBasis, []facts.Fact{fact("net_income", facts.USDPerShare, "2.41", q1)}, true},
		{"eps in another unit", anyBasis, []facts.Fact{fact("eps", facts.Percent, "2.41", q1)}, false},
		{"segment", sales, []facts.Fact{fact("revenue", facts.USD, "3300000000", q1, func(f *facts.Fact) { f.Segment = "asia" })}, false},
		{"rounds to summary", sales, []facts.Fact{fact("revenue", facts.USD, "3284500000", q1)}, true},
		{"rounds half up", sales, []facts.Fact{fact("revenue", facts.USD, "3250000000", q1)}, true},
		{"rounds elsewhere", sales, []facts.Fact{fact("revenue", facts.USD, "3240000000", q1)}, false},
		{"no value", sales, []facts.Fact{fact("revenue", facts.USD, "0", q1, func(f *facts.Fact) { f.Value = nil })}, false},
		{"range", outlook, []facts.Fact{fact("revenue", facts.USD, "0", fiscal.FY(2021), guidance, ranged("1820000000", "1850000000"))}, true},
		{"range reversed", outlook, []facts.Fact{fact("revenue", facts.USD, "0", fiscal.FY(2021), guidance, ranged("1850000000", "1820000000"))}, true},
		{"range one end off", outlook, []facts.Fact{fact("revenue", facts.USD, "0", fiscal.FY(2021), guidance, ranged("1820000000", "1900000000"))}, false},
		{"point for range", outlook, []facts.Fact{fact("revenue", facts.USD, "1820000000", fiscal.FY(2021), guidance)}, false},
		{"loss", loss, []facts.Fact{fact("eps", facts.USDPerShare, "-0.31", q1)}, true},
		{"loss without sign", loss, []facts.Fact{fact("eps", facts.USDPerShare, "0.31", q1)}, false},
		{"second fact", eps, []facts.Fact{fact("revenue", facts.USD, "5", q1), fact("eps", facts.USDPerShare, "2.409", q1, nonGAAP)}, true},
		{"no facts", eps, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, got := Match(tc.e, tc.fs); got != tc.want {
				t.Errorf("Match(%s) = %v, want %v", tc.e, got, tc.want)
			}
		})
	}
}

func TestClosest(t *testing.T) {
	q1 := fiscal.Q(2021, 1)
	e := Expected{Metric: "eps", Unit: facts.USDPerShare, Scenario: facts.Actual, Period: q1, Value: dec("2.41"), Places: 2}
	fs := []facts.Fact{
		fact("eps", facts.USDPerShare, "9.00", fiscal.FY(2021), guidance),
		fact("revenue", facts.USD, "2.41", q1),
		fact("eps", facts.USDPerShare, "2.50", fiscal.Q(2020, 1)),
		fact("eps", facts.USDPerShare, "1.00", q1),
		fact("eps", facts.USDPerShare, "2.30", q1),
	}
	var got []string
	for _, f := range Closest(e, fs, 3) {
		got = append(got, f.Value.String())
	}
	want := []string{"2.3", "1", "2.5"}
	if len(got) != len(want) || got[0] != want[0] || got[1] != want[1] || got[2] != want[2] {
		t.Errorf("Closest = %v, want %v", got, want)
	}
}
