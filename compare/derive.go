package compare

import (
	"fmt"
	"path/filepath"

	"github.com/shopspring/decimal"

	"qoq/facts"
	"qoq/fiscal"
)

var (
	hundred = decimal.New(100, 0)
	one     = decimal.New(1, 0)
)

// derive fills empty cells from what the calls state: prior figures from
// stated changes, margins from profit and revenue. A value is derived
// from stated values only, never from another derived one, so that one
// misread figure cannot spread into a chain of values.
func (c *comparer) derive() {
	for _, o := range c.changes {
		c.deriveFromChange(o)
	}
	c.deriveMargins()
}

// signed returns the stated change of mention o as signed amounts: abs in
// the figure's unit (points for a percentage stated in basis points), pct.
func signed(o *obs) (abs, pct *decimal.Decimal, absExp, pctExp int32) {
	ch := o.fact.Change
	sign := decimal.New(int64(directionSign(ch.Direction)), 0)
	if ch.Abs != nil {
		a := ch.Abs.Mul(sign)
		absExp = facts.StatedExp(ch.StatedAbs)
		if ch.Unit == facts.BasisPoints {
			a, absExp = a.Shift(-2), absExp-2
		}
		abs = &a
	}
	if ch.Pct != nil && o.key.unit != facts.Percent {
		p := ch.Pct.Mul(sign)
		pct, pctExp = &p, facts.StatedExp(ch.StatedPct)
	}
	return abs, pct, absExp, pctExp
}

func directionSign(d string) int {
	switch d {
	case "up":
		return 1
	case "down":
		return -1
	}
	return 0
}

// deriveFromChange fills the cell at one end of a stated change from the
// cell at the other: "revenue declined $195,000 to $6,736,000" gives the
// year-earlier revenue.
func (c *comparer) deriveFromChange(o *obs) {
	ch := o.fact.Change
	if ch.Versus == nil || ch.Direction == "flat" {
		return
	}
	abs, pct, absExp, pctExp := signed(o)
	if abs == nil && pct == nil {
		return
	}
	cur := c.cellAt(o.key, o.period)
	prior := c.cellAt(o.key, c.place(*ch.Versus))
	line := fmt.Sprintf("%s line %d", filepath.Base(o.doc.File), o.fact.Source.Line)
	switch {
	case o.fact.Value != nil && !prior.has():
		// from the figure stated with the change, not a later restatement
		stated := &cell{key: o.key, period: o.period}
		c.set(stated, o)
		c.fillPrior(prior, stated, o, abs, pct, absExp, pctExp, line)
	case o.fact.Value == nil && !c.repeated(o):
		// a change stated once without its figure may be a part's: no
		// value follows from it
	case cur.stated() && !prior.has():
		c.fillPrior(prior, cur, o, abs, pct, absExp, pctExp, line)
	case prior.stated() && !cur.has() && cur.period == o.period:
		c.fillCurrent(cur, prior, o, abs, pct, absExp, pctExp, line)
	case !cur.has() && !prior.has() && abs != nil && pct != nil && !pct.IsZero():
		// "G&A increased $199,000, or 20.2%": the prior is the change over
		// its rate, the current that plus the change
		plo, phi := interval(*pct, pctExp, ch.Approx)
		lo, hi, ok := divRange(*abs, plo, phi, hundred)
		if !ok {
			return
		}
		prior.approx(lo, hi, o, fmt.Sprintf("%s ÷ (%s ± %s): the stated change over its rounded rate (%s)", money(abs.Abs()), pct.Abs().String()+"%", halfUnit(pctExp), line))
		cur.approx(lo.Add(*abs), hi.Add(*abs), o, fmt.Sprintf("the %s derived for %s %s %s (%s)", "figure", prior.period, plusMinus(*abs), money(abs.Abs()), line))
	}
}

// fillPrior derives the value at the start of a change from its end.
func (c *comparer) fillPrior(prior, cur *cell, o *obs, abs, pct *decimal.Decimal, absExp, pctExp int32, line string) {
	v := cur.point()
	switch {
	case abs != nil && v != nil:
		p := v.Sub(*abs)
		prior.exact(p, max(cur.exp, absExp), o, fmt.Sprintf("%s %s %s: the figure for %s less the stated change (%s)", c.fmt(cur.key, *v), minusPlus(*abs), c.fmt(cur.key, abs.Abs()), cur.period, line))
		prior.lo, prior.hi = cur.lo.Sub(*abs).Sub(half(absExp)), cur.hi.Sub(*abs).Add(half(absExp))
	case pct != nil && v != nil:
		plo, phi := interval(*pct, pctExp, o.fact.Change.Approx)
		// v / (1 + p/100) falls as p rises
		lo, hi, ok := divRange(*v, one.Add(phi.Div(hundred)), one.Add(plo.Div(hundred)), one)
		if !ok {
			return
		}
		prior.approx(lo, hi, o, fmt.Sprintf("%s ÷ (1 %s %s%% ± %s): only a range follows from a rounded percentage (%s)", c.fmt(cur.key, *v), plusMinus(*pct), pct.Abs(), halfUnit(pctExp), line))
	}
}

// fillCurrent derives the value at the end of a change from its start.
func (c *comparer) fillCurrent(cur, prior *cell, o *obs, abs, pct *decimal.Decimal, absExp, pctExp int32, line string) {
	v := prior.point()
	switch {
	case abs != nil && v != nil:
		p := v.Add(*abs)
		cur.exact(p, max(prior.exp, absExp), o, fmt.Sprintf("%s %s %s: the figure for %s plus the stated change (%s)", c.fmt(prior.key, *v), plusMinus(*abs), c.fmt(prior.key, abs.Abs()), prior.period, line))
		cur.lo, cur.hi = prior.lo.Add(*abs).Sub(half(absExp)), prior.hi.Add(*abs).Add(half(absExp))
	case pct != nil && v != nil:
		plo, phi := interval(*pct, pctExp, o.fact.Change.Approx)
		lo := v.Mul(one.Add(plo.Div(hundred)))
		hi := v.Mul(one.Add(phi.Div(hundred)))
		cur.approx(lo, hi, o, fmt.Sprintf("%s × (1 %s %s%% ± %s) (%s)", c.fmt(prior.key, *v), plusMinus(*pct), pct.Abs(), halfUnit(pctExp), line))
	}
}

// deriveMargins fills margins from profit and revenue of the same
// segment, basis and period.
func (c *comparer) deriveMargins() {
	for _, cl := range c.sortedCells() {
		margin, ok := marginOf[cl.key.metric]
		if !ok || !cl.stated() {
			continue
		}
		rev := c.cells[cellKey{key{"revenue", cl.key.seg, cl.key.basis, cl.key.unit}, cl.period}]
		if rev == nil && cl.key.basis == facts.NonGAAP {
			rev = c.cells[cellKey{key{"revenue", cl.key.seg, facts.GAAP, cl.key.unit}, cl.period}]
		}
		if !rev.stated() || rev.point().IsZero() {
			continue
		}
		m := c.cellAt(key{margin, cl.key.seg, cl.key.basis, facts.Percent}, cl.period)
		if m.has() {
			continue
		}
		v := cl.point().Div(*rev.point()).Mul(hundred).Round(1)
		m.exact(v, -1, nil, fmt.Sprintf("%s ÷ %s revenue", c.fmt(cl.key, *cl.point()), c.fmt(rev.key, *rev.point())))
		m.val.Sources = append(append([]Source(nil), cl.val.Sources...), rev.val.Sources...)
	}
}

// marginOf maps a profit metric onto its margin.
var marginOf = map[string]string{
	"gross_profit":     "gross_margin",
	"operating_income": "operating_margin",
	"ebitda":           "ebitda_margin",
}

// cellAt returns the cell for a series and period, made empty when new.
func (c *comparer) cellAt(k key, p fiscal.Period) *cell {
	ck := cellKey{k, p}
	cl := c.cells[ck]
	if cl == nil {
		cl = &cell{key: k, period: p}
		c.cells[ck] = cl
	}
	return cl
}

// has reports whether the cell has a value, stated or derived.
func (cl *cell) has() bool { return cl != nil && (cl.val.Value != nil || cl.val.Approx != nil) }

// stated reports whether the cell has a value the calls state, not one
// derived.
func (cl *cell) stated() bool { return cl.has() && !cl.val.Derived && cl.val.Value != nil }

// point returns the cell's value when it is a point.
func (cl *cell) point() *decimal.Decimal {
	if cl == nil {
		return nil
	}
	return cl.val.Value
}

// exact sets a derived point value.
func (cl *cell) exact(v decimal.Decimal, exp int32, from *obs, how string) {
	cl.val = Value{Period: cl.period, Value: &v, Derived: true, How: how, Sources: derivedFrom(from)}
	cl.exp = exp
	cl.from = from
	cl.lo, cl.hi = interval(v, exp, false)
}

// approx sets a derived range.
func (cl *cell) approx(lo, hi decimal.Decimal, from *obs, how string) {
	if lo.GreaterThan(hi) {
		lo, hi = hi, lo
	}
	cl.val = Value{Period: cl.period, Approx: []decimal.Decimal{lo.Floor(), hi.Ceil()}, Derived: true, How: how, Sources: derivedFrom(from)}
	if lo.Abs().LessThan(hundred) {
		cl.val.Approx = []decimal.Decimal{lo.RoundFloor(2), hi.RoundCeil(2)}
	}
	cl.from, cl.viaPct = from, true
	cl.lo, cl.hi = lo, hi
}

// derivedFrom returns the source of the mention a value was derived from.
func derivedFrom(o *obs) []Source {
	if o == nil {
		return []Source{}
	}
	return []Source{sourceOf(o)}
}

// divRange returns the range of a / (d / scale) for d in [dlo, dhi]; ok is
// false when d may be zero or change sign there, and no range follows.
func divRange(a, dlo, dhi, scale decimal.Decimal) (lo, hi decimal.Decimal, ok bool) {
	if dlo.Sign() != dhi.Sign() || dlo.IsZero() {
		return lo, hi, false
	}
	x := a.Mul(scale).DivRound(dlo, 8)
	y := a.Mul(scale).DivRound(dhi, 8)
	if x.GreaterThan(y) {
		x, y = y, x
	}
	return x, y, true
}

func half(exp int32) decimal.Decimal { return decimal.New(5, exp-1) }

func halfUnit(exp int32) string { return half(exp).String() }

func plusMinus(d decimal.Decimal) string {
	if d.IsNegative() {
		return "-"
	}
	return "+"
}

func minusPlus(d decimal.Decimal) string {
	if d.IsNegative() {
		return "+"
	}
	return "-"
}

func money(d decimal.Decimal) string { return facts.FormatValue(d, facts.USD) }

// fmt writes a value of series k for people.
func (c *comparer) fmt(k key, d decimal.Decimal) string { return facts.FormatValue(d, k.unit) }
