package corpus

import (
	"sort"

	"github.com/shopspring/decimal"

	"qoq/facts"
)

// perShareAliases are the metrics a per-share fact may carry for a
// per-share figure: "net income of $0.82 per share" is EPS.
var perShareAliases = map[string]string{
	"eps":           "eps",
	"net_income":    "eps",
	"ffo_per_share": "ffo_per_share",
	"ffo":           "ffo_per_share",
}

// factMetric is the metric a fact is scored as: its own, or the per-share
// metric it stands for when its unit is USD/share.
func factMetric(f facts.Fact) string {
	if f.Unit == facts.USDPerShare {
		if m, ok := perShareAliases[f.Metric]; ok {
			return m
		}
	}
	return f.Metric
}

// Match returns the first fact of fs that states expected figure e:
//   - same metric (a per-share fact of net income counts as EPS) and unit,
//   - company-wide (no segment),
//   - same scenario, and same basis where e names one,
//   - same period kind, fiscal year and quarter,
//   - a point for a point and a range for a range, each end equal to e's
//     when rounded to the summary's precision (within half a unit of its
//     last place). Signs count: a loss is negative on both sides.
func Match(e Expected, fs []facts.Fact) (facts.Fact, bool) {
	for _, f := range fs {
		if sameFigure(e, f) && valueMatches(e, f) {
			return f, true
		}
	}
	return facts.Fact{}, false
}

// sameFigure reports whether fact f is about what e is about, whatever
// its value.
func sameFigure(e Expected, f facts.Fact) bool {
	return sameMetric(e, f) && f.Segment == "" && f.Scenario == e.Scenario &&
		(e.Basis == "" || f.Basis == e.Basis) && samePeriod(e, f)
}

func sameMetric(e Expected, f facts.Fact) bool {
	return factMetric(f) == e.Metric && f.Unit == e.Unit
}

func samePeriod(e Expected, f facts.Fact) bool {
	return f.Period.Kind == e.Period.Kind && f.Period.FiscalYear == e.Period.FiscalYear &&
		f.Period.Quarter == e.Period.Quarter
}

// valueMatches compares the figures at e's precision.
func valueMatches(e Expected, f facts.Fact) bool {
	switch {
	case e.Value != nil:
		return f.Value != nil && near(*f.Value, *e.Value, e.Places)
	case e.Low != nil && e.High != nil:
		if f.Low == nil || f.High == nil {
			return false
		}
		lo, hi := ordered(*f.Low, *f.High)
		return near(lo, *e.Low, e.Places) && near(hi, *e.High, e.Places)
	}
	return false
}

func ordered(a, b decimal.Decimal) (decimal.Decimal, decimal.Decimal) {
	if a.GreaterThan(b) {
		return b, a
	}
	return a, b
}

// Closest returns up to n facts of e's metric, the most alike first: those
// about the same figure, then the same period, then the same scenario,
// then the nearest in value, then in file order.
func Closest(e Expected, fs []facts.Fact, n int) []facts.Fact {
	var cands []facts.Fact
	for _, f := range fs {
		if sameMetric(e, f) {
			cands = append(cands, f)
		}
	}
	key := func(f facts.Fact) []int {
		return []int{boolRank(sameFigure(e, f)), boolRank(samePeriod(e, f)), boolRank(f.Scenario == e.Scenario)}
	}
	sort.SliceStable(cands, func(i, j int) bool {
		ki, kj := key(cands[i]), key(cands[j])
		for k := range ki {
			if ki[k] != kj[k] {
				return ki[k] < kj[k]
			}
		}
		return distance(e, cands[i]).LessThan(distance(e, cands[j]))
	})
	return cands[:min(n, len(cands))]
}

func boolRank(b bool) int {
	if b {
		return 0
	}
	return 1
}

// distance is how far a fact's value lies from e's: the gap between their
// first ends, or a large gap when either has no value.
func distance(e Expected, f facts.Fact) decimal.Decimal {
	ev, fv := first(e.Value, e.Low), first(f.Value, f.Low)
	if ev == nil || fv == nil {
		return decimal.New(1, 18)
	}
	return ev.Sub(*fv).Abs()
}

func first(a, b *decimal.Decimal) *decimal.Decimal {
	if a != nil {
		return a
	}
	return b
}
