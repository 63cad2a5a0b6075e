package compare

import (
	"fmt"
	"path/filepath"
	"slices"

	"github.com/shopspring/decimal"

	"qoq/fiscal"
)

// How sure a comparison is of a figure.
//
// Real companies' successive calls agree with themselves almost always,
// so two readings that disagree more often mean one was misread than that
// the calls disagree. A figure is corroborated when it is stated in two
// sentences or more, of one call or of several, that agree on it at the
// precision both were stated to: last year's call reporting a quarter and
// this year's call comparing with it, or a figure stated in the prepared
// remarks and again in the answers. A sentence that states the figures it
// compares ("increased 12.4% to $1,254,000 from $1,140,000") is its own
// evidence. Checks compare only what both sides are sure of; what a check
// could not stand behind becomes an Unverified check, a quiet note, not an
// alarm.

// A sentence identifies one sentence of one call.
type sentence struct {
	call, start int
}

func (o *obs) sentence() sentence { return sentence{o.call, o.fact.Source.Start} }

// support counts the sentences whose mentions of cell cl agree with o.
func (cl *cell) support(o *obs) int {
	seen := map[sentence]bool{}
	for _, m := range cl.obs {
		if agree(m, o) {
			seen[m.sentence()] = true
		}
	}
	return len(seen)
}

// corroborated reports whether mention o of cell cl is stated in two
// sentences or more.
func (cl *cell) corroborated(o *obs) bool { return cl.support(o) >= 2 }

// sure reports whether the cell holds a stated value that is corroborated.
func (cl *cell) sure() bool {
	return cl.has() && !cl.val.Derived && cl.chosen != nil && cl.corroborated(cl.chosen)
}

// confidence says how sure the comparison is of a stated value.
func (cl *cell) confidence() string {
	if cl.corroborated(cl.chosen) {
		return Corroborated
	}
	return StatedOnce
}

// A seriesCall is a series as one call states it.
type seriesCall struct {
	key  key
	call int
}

// callsOfTwoValues counts, for each series and call, the cells for which
// the call gives two values that disagree. A call that does so for two
// cells or more reads two measures as one ("net interest margin on a
// tax-equivalent basis" and "core net interest margin", both non-GAAP),
// and its values are no conflict.
func (c *comparer) callsOfTwoValues() map[seriesCall]int {
	n := map[seriesCall]int{}
	for _, cl := range c.cells {
		seen := map[int]bool{}
		for i, a := range cl.obs {
			for _, b := range cl.obs[i+1:] {
				if a.call == b.call && !seen[a.call] && !agree(a, b) {
					seen[a.call] = true
					n[seriesCall{cl.key, a.call}]++
				}
			}
		}
	}
	return n
}

// disagree records that mention o of cell cl disagrees with the value
// kept, kept: an alarm of the kind given when both are corroborated, else
// an Unverified note. When o is corroborated and kept is not, o is the
// better evidence and is kept instead. It returns the mention kept and
// whether an alarm was raised.
func (c *comparer) disagree(cl *cell, kept, o *obs, kind, msg string) (*obs, bool) {
	twice := kept.call == o.call && c.twoMeasures[seriesCall{cl.key, o.call}] > 1
	if cl.corroborated(kept) && cl.corroborated(o) && !twice {
		c.check(Check{Kind: kind, Stated: o.value.String(), Computed: kept.value.String(), Message: msg, Source: c.source(o)}, cl)
		return kept, true
	}
	other, why := o, keptWhy(kept)
	if cl.corroborated(o) && !cl.corroborated(kept) {
		kept, other, why = o, kept, "the better corroborated"
	}
	if far, how := c.outOfRange(cl, kept); far && kept.call == other.call && !cl.corroborated(kept) {
		if near, _ := c.outOfRange(cl, other); !near {
			kept, other, why = other, kept, "in range: "+how
		}
	}
	if twice {
		why += fmt.Sprintf("; the call gives two values of %s for %d periods, perhaps two measures read as one", c.seriesName(cl.key), c.twoMeasures[seriesCall{cl.key, o.call}])
	}
	c.check(Check{Kind: Unverified, Stated: other.value.String(), Computed: kept.value.String(),
		Message: fmt.Sprintf("%s: %s reads %s, stated in %s; %s reads %s, stated in %s; %s is kept, as %s",
			c.cellName(cl), callLine(kept), show(kept), times(cl.support(kept)), callLine(other), show(other), times(cl.support(other)), show(kept), why),
		Source: c.source(other)}, cl)
	return kept, false
}

// keptWhy says why a mention's value is the one kept.
func keptWhy(o *obs) string {
	if o.own {
		return "its own call reported it"
	}
	return "stated first"
}

// callLine names a mention's file and line: "ACME_q1_2004.txt line 61".
func callLine(o *obs) string {
	return fmt.Sprintf("%s line %d", filepath.Base(o.doc.File), o.fact.Source.Line)
}

// times writes a count of sentences: "one sentence", "3 sentences".
func times(n int) string {
	if n == 1 {
		return "one sentence"
	}
	return fmt.Sprintf("%d sentences", n)
}

// steadyMeasures are measures whose quarters seldom lie far from their
// usual level, with how many times the median of a series' other quarters
// a quarter may be before it is more likely a year's or a year-to-date
// figure misplaced than the quarter's ("EPS of $6.65" for the year, in a
// series of quarters near $1.80). Where one call gives two readings of a
// quarter, one that far and one not, the other is kept; an outlier no
// other reading contradicts stays: a quarter can be exceptional.
var steadyMeasures = map[string]float64{
	"revenue": 2.5, "gross_profit": 2.5, "operating_expenses": 2.5, "sga_expense": 2.5,
	"ga_expense": 2.5, "rd_expense": 2.5, "interest_expense": 2.5, "net_interest_income": 2.5,
	"ebitda": 3, "operating_income": 3, "net_income": 3, "eps": 3,
}

// usualQuarters records, for each series of a steady measure with five
// quarter cells or more, each quarter cell's first reading, so that a
// reading can be set against the series' other quarters.
func (c *comparer) usualQuarters() map[key]map[*cell]decimal.Decimal {
	usual := map[key]map[*cell]decimal.Decimal{}
	for _, cl := range c.cells {
		if _, ok := steadyMeasures[cl.key.metric]; !ok || cl.period.Kind != fiscal.Quarter || len(cl.obs) == 0 {
			continue
		}
		if usual[cl.key] == nil {
			usual[cl.key] = map[*cell]decimal.Decimal{}
		}
		first := cl.obs[0]
		for _, o := range cl.obs {
			if o.own {
				first = o
				break
			}
		}
		usual[cl.key][cl] = first.value.Abs()
	}
	for k, cells := range usual {
		if len(cells) < 5 {
			delete(usual, k)
		}
	}
	return usual
}

// outOfRange reports whether mention o of a quarter cell lies far above
// the series' other quarters (see steadyMeasures), and says by how much.
func (c *comparer) outOfRange(cl *cell, o *obs) (bool, string) {
	cells := c.usual[cl.key]
	if cells == nil || cl.period.Kind != fiscal.Quarter {
		return false, ""
	}
	var others []decimal.Decimal
	for other, v := range cells {
		if other != cl {
			others = append(others, v)
		}
	}
	m := median(others)
	if !m.IsPositive() || o.value.Abs().LessThan(m.Mul(decimal.NewFromFloat(steadyMeasures[cl.key.metric]))) {
		return false, ""
	}
	return true, fmt.Sprintf("%s is %s times the median of the other quarters, %s, more likely a year's or a year-to-date figure", show(o), o.value.Abs().Div(m).Round(1), c.rounded(cl.key, m, false))
}

// median returns the median of ds, which it sorts.
func median(ds []decimal.Decimal) decimal.Decimal {
	slices.SortFunc(ds, func(a, b decimal.Decimal) int { return a.Cmp(b) })
	n := len(ds)
	if n%2 == 1 {
		return ds[n/2]
	}
	return ds[n/2-1].Add(ds[n/2]).Div(decimal.New(2, 0))
}
