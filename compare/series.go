package compare

import (
	"cmp"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"qoq/facts"
	"qoq/fiscal"
	"qoq/metric"
)

// series builds the series from the cells, and the changes of each.
func (c *comparer) series() {
	var cur *Series
	var curKey key
	for _, cl := range c.sortedCells() {
		if !cl.has() {
			continue
		}
		if cur == nil || cl.key != curKey {
			c.out.Series = append(c.out.Series, Series{Metric: cl.key.metric, Segment: c.segNames[cl.key.seg],
				Basis: cl.key.basis, Unit: cl.key.unit, Label: c.label(cl), Values: []Value{}, Changes: []Change{}})
			cur, curKey = &c.out.Series[len(c.out.Series)-1], cl.key
		}
		cur.Values = append(cur.Values, cl.val)
	}
	for i := range c.out.Series {
		c.out.Series[i].Changes = c.seriesChanges(&c.out.Series[i])
	}
}

// label names a series for people from the words of the calls.
func (c *comparer) label(cl *cell) string {
	if cl.chosen != nil && cl.chosen.fact.Label != "" {
		return cl.chosen.fact.Label
	}
	return metric.Name(cl.key.metric)
}

// seriesChanges computes the changes of a series: each quarter on the one
// before and on the same quarter a year earlier; each balance on the
// prior quarter end and the last fiscal year end; each year on the one
// before.
func (c *comparer) seriesChanges(s *Series) []Change {
	at := map[fiscal.Period]*Value{}
	for i := range s.Values {
		at[s.Values[i].Period] = &s.Values[i]
	}
	var out []Change
	add := func(kind string, from, to *Value) {
		if from == nil || to == nil || from.Value == nil || to.Value == nil {
			return
		}
		out = append(out, change(kind, from, to, s.Unit))
	}
	for i := range s.Values {
		v := &s.Values[i]
		p := v.Period
		switch p.Kind {
		case fiscal.Quarter:
			add(Sequential, at[c.cal.Place(p.Prev())], v)
			add(YearOverYear, at[c.cal.Place(p.YearAgo())], v)
		case fiscal.Year, fiscal.YTD:
			add(YearOverYear, at[c.cal.Place(p.YearAgo())], v)
		case fiscal.Instant:
			yearEnd := at[c.cal.Place(fiscal.At(c.cal.YearEnd(p.FiscalYear-1)))]
			if p.Quarter == 1 {
				add(YearEnd, yearEnd, v) // the prior quarter end is the year end
			} else {
				add(Sequential, at[c.cal.Place(fiscal.At(c.cal.QuarterEnd(p.FiscalYear, p.Quarter).AddMonths(-3)))], v)
				add(YearEnd, yearEnd, v)
			}
			add(YearOverYear, at[c.cal.Place(fiscal.At(p.End.AddMonths(-12)))], v)
		}
	}
	slices.SortStableFunc(out, func(a, b Change) int {
		return cmp.Or(a.To.Compare(b.To), strings.Compare(a.Kind, b.Kind))
	})
	if out == nil {
		out = []Change{}
	}
	return out
}

// change computes the change from one value to another: the difference,
// and for an amount the percentage of the first, to one decimal.
func change(kind string, from, to *Value, unit string) Change {
	d := to.Value.Sub(*from.Value)
	ch := Change{Kind: kind, From: from.Period, To: to.Period, Direction: direction(d)}
	abs := d.Abs()
	ch.Abs = &abs
	if unit == facts.Percent {
		ch.Unit = facts.Points
		return ch
	}
	if !from.Value.IsZero() {
		p := d.Div(from.Value.Abs()).Mul(hundred).Abs().Round(1)
		ch.Pct = &p
	}
	return ch
}

func direction(d decimal.Decimal) string {
	switch d.Sign() {
	case 1:
		return "up"
	case -1:
		return "down"
	}
	return "flat"
}
