package compare

import (
	"fmt"
	"path/filepath"
	"strings"

	"github.com/shopspring/decimal"

	"qoq/facts"
	"qoq/fiscal"
)

// checkChanges checks every change a speaker stated against the figures,
// at the precision stated.
func (c *comparer) checkChanges() {
	// two changes of one figure in one sentence against one period: one
	// of them is against another period ("increased $1.87 over the prior
	// quarter to $30.90, with an increase of $4.36 over the prior year")
	type against struct {
		sentence
		key    key
		versus fiscal.Period
	}
	stated := map[against]int{}
	for _, o := range c.changes {
		if v := o.fact.Change.Versus; v != nil {
			stated[against{o.sentence(), o.key, c.place(*v)}]++
		}
	}
	for _, o := range c.changes {
		var doubts []string
		if v := o.fact.Change.Versus; v != nil && stated[against{o.sentence(), o.key, c.place(*v)}] > 1 {
			doubts = append(doubts, "the sentence states two changes of it against "+c.place(*v).String())
		}
		c.checkChange(o, doubts)
	}
}

// span is an interval of values.
type span struct{ lo, hi decimal.Decimal }

func (s span) overlaps(t span) bool { return !s.hi.LessThan(t.lo) && !t.hi.LessThan(s.lo) }

// checkChange checks one stated change. The figures compared come from
// the change's own sentence when it states them, else from the cells; a
// change the figures do not support is an alarm only when every figure it
// is judged by is sure (stated in the sentence, or corroborated and not
// derived) and the change is stated against a period the sentence names;
// otherwise it is an Unverified note saying why.
func (c *comparer) checkChange(o *obs, doubts []string) {
	ch := o.fact.Change
	if ch.Versus == nil {
		return
	}
	cur := c.cells[cellKey{o.key, o.period}]
	prior := c.cells[cellKey{o.key, c.place(*ch.Versus)}]
	if prior == nil || !prior.has() || prior.period == o.period {
		return
	}
	if prior.from == o {
		return // the prior was derived from this very change
	}
	// the figure the change is stated with, else the cell's
	var now span
	switch {
	case o.fact.Value != nil:
		now.lo, now.hi = interval(*o.fact.Value, o.exp, o.hedged)
	case cur != nil && cur.has() && cur.from != o:
		now.lo, now.hi = cur.lo, cur.hi
		if !cur.sure() {
			doubts = append(doubts, c.unsure(cur))
		}
		if !c.repeated(o) {
			doubts = append(doubts, "the change is stated once, without its figure")
		}
	default:
		return
	}
	then := span{prior.lo, prior.hi}
	if p := c.statedWith(o, prior); p != nil {
		// "increased 12.4% to $1,254,000 from $1,140,000": the figure the
		// speaker compared with
		then.lo, then.hi = interval(p.value, p.exp, p.hedged)
	} else {
		if !prior.sure() {
			doubts = append(doubts, c.unsure(prior))
		}
		// the call's own reading of the prior, when another: a split, a
		// recast, or a misreading, but not the figure it compared with
		for _, p := range prior.obs {
			if p.call == o.call && prior.chosen != nil && !agree(p, prior.chosen) {
				doubts = append(doubts, fmt.Sprintf("the call reads %s for %s", show(p), prior.period))
				break
			}
		}
		if o.fact.Value != nil && (cur == nil || !cur.corroborated(o)) {
			doubts = append(doubts, fmt.Sprintf("%s is stated once", show(o)))
		}
	}
	if w := ch.OtherBasis; w != "" {
		doubts = append(doubts, fmt.Sprintf("the change is stated %q, not on the reported figures", w))
	}
	if ch.VersusAssumed && c.statedWith(o, prior) == nil {
		doubts = append(doubts, "the sentence does not say what the change is against")
	}
	if len(doubts) == 0 {
		c.out.ChangesChecked++
	}
	diff := span{now.lo.Sub(then.hi), now.hi.Sub(then.lo)}
	abs, pct, absExp, pctExp := signed(o)
	name := c.seriesName(o.key)
	var nowFrom *obs
	if o.fact.Value != nil {
		nowFrom = o
	}
	against := fmt.Sprintf("%s against %s", c.figure(o.key, now, cur, nowFrom), c.figure(o.key, then, prior, c.statedWith(o, prior)))
	stated := statedChange(o)

	// the direction
	sign := directionSign(ch.Direction)
	if sign > 0 && diff.hi.IsNegative() || sign < 0 && diff.lo.IsPositive() {
		c.mismatch(o, doubts, ch.Direction, direction(diff.lo.Add(diff.hi)), fmt.Sprintf("%s: the call says %s against %s, but %s is %s", name, stated, ch.Versus, against, direction(diff.lo.Add(diff.hi))))
		return
	}
	// the amount
	if abs != nil {
		st := statedSpan(*abs, absExp, ch.Approx)
		if !st.overlaps(diff) {
			c.mismatch(o, doubts, showAbs(o), c.describe(o.key, span{mid(diff), mid(diff)}), fmt.Sprintf("%s: the call says %s against %s; %s is a change of %s", name, stated, ch.Versus, against, c.rounded(o.key, mid(diff), true)))
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
		st := statedSpan(*pct, pctExp, ch.Approx)
		if !st.overlaps(rate) {
			computed := mid(rate).Abs().Round(-pctExp + 1)
			c.mismatch(o, doubts, pct.Abs().String(), computed.String(), fmt.Sprintf("%s: the call says %s against %s; %s is %s%%",
				name, stated, ch.Versus, against, computed))
		}
	}
}

// repeated reports whether the change o, stated without its figure, is
// stated again in another sentence: a change stated alone ("sales
// improved 10% sequentially") is often a part's, and once is not enough
// to take it for the whole's.
func (c *comparer) repeated(o *obs) bool {
	for _, m := range c.changes {
		if m.sentence() != o.sentence() && m.key == o.key && m.period == o.period && sameChange(m.fact.Change, o.fact.Change) && c.place(*m.fact.Change.Versus) == c.place(*o.fact.Change.Versus) {
			return true
		}
	}
	return false
}

// sameChange reports whether two stated changes agree in direction and
// in the figures both state.
func sameChange(a, b *facts.Change) bool {
	if a.Direction != b.Direction || a.Versus == nil || b.Versus == nil {
		return false
	}
	same := func(x, y *decimal.Decimal) bool { return x == nil || y == nil || x.Equal(*y) }
	return (a.Abs != nil && b.Abs != nil || a.Pct != nil && b.Pct != nil) && same(a.Abs, b.Abs) && same(a.Pct, b.Pct)
}

// unsure says why a cell's value is not sure enough to raise an alarm on.
func (c *comparer) unsure(cl *cell) string {
	if cl.val.Derived {
		return fmt.Sprintf("the figure for %s is derived", cl.period)
	}
	return fmt.Sprintf("the figure for %s, %s, is stated once", cl.period, show(cl.chosen))
}

// statedChange writes the change a mention states, as stated: "up 12.4%",
// "down $195,000 or 2.8%".
func statedChange(o *obs) string {
	ch := o.fact.Change
	var parts []string
	if ch.Abs != nil {
		parts = append(parts, showAbs(o))
	}
	if ch.Pct != nil {
		p := ch.StatedPct
		if p == "" {
			p = ch.Pct.String() + "%"
		}
		parts = append(parts, p)
	}
	if len(parts) == 0 {
		return ch.Direction
	}
	return ch.Direction + " " + strings.Join(parts, " or ")
}

// statedWith returns the mention of the prior cell that the call states
// in the same sentence as the change o, or nil. It is not the figure
// compared with when another figure of the cell changed lies between
// them: in "core FFO was $0.48, up 14.3%, and NAREIT FFO was $0.47,
// compared with $0.41", $0.41 is NAREIT FFO's.
func (c *comparer) statedWith(o *obs, prior *cell) *obs {
	for _, p := range prior.obs {
		if p.call != o.call || p.fact.Source.Start != o.fact.Source.Start {
			continue
		}
		if cur := c.cells[cellKey{o.key, o.period}]; cur != nil && between(cur, o, p) {
			continue
		}
		return p
	}
	return nil
}

// between reports whether a mention of cell cl other than o lies between
// the figures of mentions o and p of one sentence.
func between(cl *cell, o, p *obs) bool {
	lo, hi := o.fact.Source.FigureStart, p.fact.Source.FigureStart
	if lo > hi {
		lo, hi = hi, lo
	}
	for _, m := range cl.obs {
		if m != o && m.sentence() == o.sentence() && lo < m.fact.Source.FigureStart && m.fact.Source.FigureStart < hi {
			return true
		}
	}
	return false
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

// mismatch records a stated change the figures do not support: an alarm
// when nothing doubts the figures it was judged by, else an Unverified
// note that says what does.
func (c *comparer) mismatch(o *obs, doubts []string, stated, computed, msg string) {
	cl := c.cellAt(o.key, o.period)
	kind := StatedChangeMismatch
	if len(doubts) > 0 {
		kind = Unverified
		msg = "could not be verified: " + msg + " (" + strings.Join(doubts, "; ") + ")"
	}
	c.check(Check{Kind: kind, Stated: stated, Computed: computed, Message: msg, Source: c.source(o)}, cl)
}

// notes turns what extraction could not attribute, and its notes on the
// calls, into checks.
func (c *comparer) notes() {
	for i := range c.calls {
		d := c.docs[i]
		for _, n := range d.Notes {
			c.out.Checks = append(c.out.Checks, Check{Kind: Note, Message: filepath.Base(d.File) + ": " + n})
		}
		for j := range d.Unattributed {
			u := &d.Unattributed[j]
			c.out.Checks = append(c.out.Checks, Check{Kind: Unattributed, Stated: u.Stated,
				Message: fmt.Sprintf("%s line %d: %s not attributed: %s", filepath.Base(d.File), u.Source.Line, u.Stated, u.Reason),
				Source:  &Source{File: d.File, Part: d.Part, Line: u.Source.Line, Call: c.calls[i].Period, Quote: quoteOf(&u.Source)}})
		}
	}
}
