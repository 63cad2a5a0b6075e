package compare

import (
	"fmt"
	"path/filepath"

	"github.com/shopspring/decimal"
)

// checkChanges checks every change a speaker stated against the figures,
// at the precision stated.
func (c *comparer) checkChanges() {
	for _, o := range c.changes {
		c.checkChange(o)
	}
}

// span is an interval of values.
type span struct{ lo, hi decimal.Decimal }

func (s span) overlaps(t span) bool { return !s.hi.LessThan(t.lo) && !t.hi.LessThan(s.lo) }

// checkChange checks one stated change.
func (c *comparer) checkChange(o *obs) {
	ch := o.fact.Change
	if ch.Versus == nil {
		return
	}
	cur := c.cells[cellKey{o.key, o.period}]
	prior := c.cells[cellKey{o.key, c.place(*ch.Versus)}]
	if prior == nil || !prior.has() || prior.period == o.period {
		return
	}
	// the figure the change is stated with, else the cell's
	var now span
	switch {
	case o.fact.Value != nil:
		now.lo, now.hi = interval(*o.fact.Value, o.exp, o.hedged)
	case cur != nil && cur.has() && cur.from != o:
		now.lo, now.hi = cur.lo, cur.hi
	default:
		return
	}
	if prior.from == o && prior.viaPct {
		return // the prior was derived from this very percentage
	}
	then := span{prior.lo, prior.hi}
	if p := c.statedWith(o, prior); p != nil {
		// "increased 12.4% to $1,254,000 from $1,142,000": the figure the
		// speaker compared with
		then.lo, then.hi = interval(p.value, p.exp, p.hedged)
	}
	diff := span{now.lo.Sub(then.hi), now.hi.Sub(then.lo)}
	abs, pct, absExp, pctExp := signed(o)
	name := c.seriesName(o.key)
	against := fmt.Sprintf("%s against %s", c.describe(o.key, now), c.describe(o.key, then))

	// the direction
	sign := directionSign(ch.Direction)
	if sign > 0 && diff.hi.IsNegative() || sign < 0 && diff.lo.IsPositive() {
		c.mismatch(o, ch.Direction, direction(diff.lo.Add(diff.hi)), fmt.Sprintf("%s: the call says %s against %s, but %s is %s", name, ch.Direction, ch.Versus, against, direction(diff.lo.Add(diff.hi))))
		return
	}
	// the amount, unless the prior was derived from it
	if abs != nil && prior.from != o {
		stated := statedSpan(*abs, absExp, ch.Approx)
		if !stated.overlaps(diff) {
			c.mismatch(o, showAbs(o), c.describe(o.key, span{mid(diff), mid(diff)}), fmt.Sprintf("%s: the call says a change of %s against %s; %s is a change of %s", name, showAbs(o), ch.Versus, against, c.describe(o.key, diff)))
			return
		}
	}
	// the percentage
	if pct != nil && then.lo.IsPositive() {
		rate := span{diff.lo.Div(then.hi).Mul(hundred), diff.hi.Div(then.lo).Mul(hundred)}
		if diff.lo.IsNegative() {
			rate.lo = diff.lo.Div(then.lo).Mul(hundred)
		}
		if diff.hi.IsNegative() {
			rate.hi = diff.hi.Div(then.hi).Mul(hundred)
		}
		stated := statedSpan(*pct, pctExp, ch.Approx)
		if !stated.overlaps(rate) {
			computed := mid(rate).Abs().Round(-pctExp + 1)
			c.mismatch(o, pct.Abs().String(), computed.String(), fmt.Sprintf("%s: the call says %s%% against %s; %s is %s%% (%s%% to %s%%)",
				name, pct.Abs(), ch.Versus, against, computed, rate.lo.Abs().Round(2), rate.hi.Abs().Round(2)))
		}
	}
}

// statedWith returns the mention of the prior cell that the call states
// in the same sentence as the change o, or nil.
func (c *comparer) statedWith(o *obs, prior *cell) *obs {
	for _, p := range prior.obs {
		if p.call == o.call && p.fact.Source.Start == o.fact.Source.Start {
			return p
		}
	}
	return nil
}

// statedSpan returns the interval a stated change stands for.
func statedSpan(v decimal.Decimal, exp int32, hedged bool) span {
	lo, hi := interval(v, exp, hedged)
	return span{lo, hi}
}

func mid(s span) decimal.Decimal { return s.lo.Add(s.hi).Div(decimal.New(2, 0)) }

// describe writes an interval of values of series k for people: a point
// when it is one, "$1,141,500 to $1,142,500" otherwise.
func (c *comparer) describe(k key, s span) string {
	if s.lo.Equal(s.hi) {
		return c.fmt(k, s.lo)
	}
	m := mid(s)
	return fmt.Sprintf("%s (%s to %s)", c.fmt(k, m.Round(int32(max(0, -int(m.Exponent()))))), c.fmt(k, s.lo), c.fmt(k, s.hi))
}

func showAbs(o *obs) string {
	if o.fact.Change.StatedAbs != "" {
		return o.fact.Change.StatedAbs
	}
	return o.fact.Change.Abs.String()
}

// mismatch records a stated change the figures do not support.
func (c *comparer) mismatch(o *obs, stated, computed, msg string) {
	cl := c.cellAt(o.key, o.period)
	c.check(Check{Kind: StatedChangeMismatch, Stated: stated, Computed: computed, Message: msg, Source: c.source(o)}, cl)
}

// notes turns what extraction could not attribute, and its notes on the
// calls, into checks.
func (c *comparer) notes() {
	for i := range c.calls {
		d := c.calls[i].Doc
		for _, n := range d.Notes {
			c.out.Checks = append(c.out.Checks, Check{Kind: Note, Message: filepath.Base(d.File) + ": " + n})
		}
		for j := range d.Unattributed {
			u := &d.Unattributed[j]
			c.out.Checks = append(c.out.Checks, Check{Kind: Unattributed, Stated: u.Stated,
				Message: fmt.Sprintf("%s line %d: %s not attributed: %s", filepath.Base(d.File), u.Source.Line, u.Stated, u.Reason),
				Source:  &Source{File: d.File, Line: u.Source.Line, Call: c.calls[i].Period, Doc: d, Quote: &u.Source}})
		}
	}
}
