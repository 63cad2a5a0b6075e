package attrib

import (
	"qoq/internal/clause"
	"qoq/metric"
)

// The figures listed before "respectively" pair in order with what the
// clause names before them: its measures ("revenue and EPS were $5 billion
// and $1.20, respectively"), the bases of one measure ("GAAP and adjusted
// EPS of $0.67 and $0.65, respectively") or, for changes, the levels it
// stated ("$0.48 for the quarter and $1.84 for the year, increases of 4%
// and 5%, respectively"), or the periods of one measure ("fourth quarter
// and full year sales of $3.5 billion and $11.4 billion respectively").
// Every other figure of the clause is read by the
// rules.

// A respGroup is a list of figures: "$0.67 and $0.65", "4%, 5% and 6%".
type respGroup struct {
	figs []*fig
	role Role // what the figures are: levels, changes or priors
	dir  int
}

// pairRespectively pairs the groups of the clause's "respectively" with
// their measures, before the rules run. A group of changes that pairs
// with levels the rules will decide is left in c.deferred.
func (c *clauseCtx) pairRespectively() {
	items := c.items()
	resp := -1
	for k := c.a; k < c.b; k++ {
		if items[k].Is(clause.Respectively) {
			resp = k
			break
		}
	}
	groups := c.respGroups(resp)
	if len(groups) == 0 {
		return
	}
	n := len(groups[0].figs)
	first := groups[0].figs[0].k
	var measures, quals, periods []int
	for k := c.a; k < first; k++ {
		switch it := &items[k]; {
		case it.Kind == clause.Measure:
			measures = append(measures, k)
		case it.Kind == clause.Qualifier && it.Basis != "":
			quals = append(quals, k)
		case it.Kind == clause.Period && !it.Period.Rule.Comparison() && !(k > 0 && items[k-1].Is(clause.Compare)):
			periods = append(periods, k) // not "the second quarter compared to 2019"
		}
	}
	switch {
	case len(measures) == 1 && len(periods) == n && periods[n-1] < measures[0]:
		// "record fourth quarter and full year sales of $3.5 billion and
		// $11.4 billion, respectively": one measure for each period
		frames := make([]*frame, n)
		for i := range frames {
			fr := c.newFrame(measures[0])
			ref := items[periods[i]].Period
			fr.per, fr.perAt = &ref, periods[i]
			c.frames = append(c.frames, fr)
			frames[i] = fr
		}
		for _, g := range groups {
			for i, f := range g.figs {
				c.setResp(f, frames[i], g)
			}
		}
	case len(measures) >= 1 && len(quals) >= n && c.qualifiedBy(measures[len(measures)-1], quals[len(quals)-n]):
		// "adjusted and GAAP earnings per share increased 58% and 12% …
		// to $0.60 and $0.46, respectively"
		m := measures[len(measures)-1]
		qs := quals[len(quals)-n:]
		frames := make([]*frame, n)
		for i := range frames {
			fr := c.newFrame(m)
			fr.basis = items[qs[i]].Basis
			c.frames = append(c.frames, fr)
			frames[i] = fr
		}
		for _, g := range groups {
			for i, f := range g.figs {
				c.setResp(f, frames[i], g)
			}
		}
	case c.respParts(first, n) != nil && c.lastMeasureBefore(first) >= 0:
		// "comparable sales … with Chico's and White House Black Market
		// declining 14% and 5%, respectively": one part for each figure
		m := c.lastMeasureBefore(first)
		c.frameAt(m) // the measure's own frame first, for the figures before the list
		for i, name := range c.respParts(first, n) {
			fr := c.newFrame(m)
			fr.segment, fr.doubt = name, ""
			c.frames = append(c.frames, fr)
			for _, g := range groups {
				c.setResp(g.figs[i], fr, g)
			}
		}
	case len(measures) >= n:
		// the last n measures named before the list
		ms := measures[len(measures)-n:]
		for _, g := range groups {
			for i, f := range g.figs {
				c.setResp(f, c.frameAt(ms[i]), g)
			}
		}
	case len(groups) == 1 && groups[0].role == Change && relative(groups[0].figs[0].claim.Unit):
		// the changes of levels the rules will decide
		c.deferred = groups[0].figs
		for _, f := range c.deferred {
			f.done = true
		}
	default:
		for _, g := range groups {
			for _, f := range g.figs {
				f.other("figures paired \"respectively\" with measures that do not match them")
			}
		}
	}
}

// setResp makes f the figure of frame fr its group says it is.
func (c *clauseCtx) setResp(f *fig, fr *frame, g respGroup) {
	switch g.role {
	case Change:
		c.setChange(f, fr, g.dir, f.k)
	case Prior:
		f.f, f.claim.Role, f.done = fr, Prior, true
	default:
		c.setLevel(f, fr)
	}
	f.claim.Rule = respectivelyRule
}

// pairDeferred pairs the deferred changes with the levels the rules
// decided before them, in order.
func (c *clauseCtx) pairDeferred() {
	if len(c.deferred) == 0 {
		return
	}
	var levels []*fig
	for i := range c.figs {
		if f := &c.figs[i]; f.k < c.deferred[0].k && f.claim.Role == Level && f.f != nil {
			levels = append(levels, f)
		}
	}
	n := len(c.deferred)
	if len(levels) < n {
		for _, f := range c.deferred {
			f.done = false
			f.other("figures paired \"respectively\" with measures that do not match them")
		}
		return
	}
	levels = levels[len(levels)-n:]
	dir := c.dirBefore(c.deferred[0].k)
	for i, f := range c.deferred {
		f.f, f.claim.Role, f.claim.Dir, f.claim.Rule = levels[i].f, Change, dir, respectivelyRule
		if levels[i].f.change == nil {
			levels[i].f.change = f
		}
		f.changeOf = levels[i]
	}
}

// respGroups returns the lists of two figures or more that end before
// item resp with no measure after them: "… of $102.7 million and $71.8
// million, declined 26% and 29%, respectively".
func (c *clauseCtx) respGroups(resp int) []respGroup {
	items := c.items()
	var groups []respGroup
	var cur []*fig
	flush := func() {
		if len(cur) >= 2 {
			groups = append(groups, c.respGroup(cur))
		}
		cur = nil
	}
	for i := range c.figs {
		f := &c.figs[i]
		if f.k > resp {
			break
		}
		if len(cur) > 0 && !c.listed(cur[len(cur)-1].end, f.k) {
			flush()
		}
		if f.done {
			flush()
			continue
		}
		cur = append(cur, f)
	}
	flush()
	// only the lists no measure follows before "respectively"
	out := groups[:0]
	for _, g := range groups {
		last := g.figs[len(g.figs)-1].end
		named := false
		for k := last + 1; k < resp; k++ {
			if items[k].Kind == clause.Measure {
				named = true
			}
		}
		if !named {
			out = append(out, g)
		}
	}
	for len(out) > 1 && len(out[0].figs) != len(out[len(out)-1].figs) {
		out = out[1:]
	}
	return out
}

// listed reports whether only list words stand between the figures at
// items a and b: "$0.67 and $0.65", "4%, 5% and 6%".
func (c *clauseCtx) listed(a, b int) bool {
	items := c.items()
	for k := a + 1; k < b; k++ {
		switch p := &items[k]; {
		case p.Text == "," || p.Text == "and" || p.Text == "or":
		case p.Is(clause.Approx | clause.Negative), p.Kind == clause.Word && fillers[p.Text]:
		default:
			return false
		}
	}
	return true
}

// respGroup decides what the figures of a list are, from the words before
// it: a change word makes them changes, a comparison priors; "to" after a
// change, or anything else, levels.
func (c *clauseCtx) respGroup(figs []*fig) respGroup {
	items := c.items()
	g := respGroup{figs: figs, role: Level}
	for j := figs[0].k - 1; j >= c.a && j >= figs[0].k-4; j-- {
		p := &items[j]
		switch {
		case p.Is(clause.To) && !p.Is(clause.Link):
			return g // "increased 58% and 12% over prior year to $0.60 and $0.46"
		case p.Is(clause.Compare) && !p.Is(clause.Approx):
			g.role = Prior
			return g
		case p.Is(clause.Change) && !p.Is(clause.Link):
			g.role, g.dir = Change, int(p.Dir)
			return g
		case p.Text == "of", p.Is(clause.Approx), p.Kind == clause.Word && fillers[p.Text], p.Kind == clause.Period:
		default:
			return g
		}
	}
	return g
}

// qualifiedBy reports whether the qualifiers from item q on all stand
// before the measure at item m, in its noun phrase: "reported an adjusted
// full year EPS", "GAAP and adjusted EPS".
func (c *clauseCtx) qualifiedBy(m, q int) bool {
	items := c.items()
	if q > m {
		return false
	}
	for k := q; k < m; k++ {
		switch p := &items[k]; {
		case p.Kind == clause.Qualifier, p.Kind == clause.Period, p.Text == "and", p.Text == "or", p.Text == ",",
			p.Kind == clause.Word && fillers[p.Text]:
		default:
			return false
		}
	}
	return true
}

// pairImplied pairs two figures with two measures in order where no
// "respectively" says so: "adjusted second quarter net income and
// earnings per share were $8 million and $0.13 per share", "net income and
// operating income were $8 million and $12 million". The clause must hold
// the two measures joined by "and", a linking word, and the two figures,
// each in its measure's unit.
func (c *clauseCtx) pairImplied() {
	items := c.items()
	if len(c.figs) != 2 || c.figs[0].done || c.figs[1].done || !c.listed(c.figs[0].end, c.figs[1].k) {
		return
	}
	first := c.figs[0].k
	var ms []int
	for k := c.a; k < first; k++ {
		if items[k].Kind == clause.Measure {
			ms = append(ms, k)
		}
	}
	if len(ms) != 2 {
		return
	}
	for k := ms[0] + 1; k < ms[1]; k++ {
		if p := &items[k]; !(p.Text == "and" || p.Kind == clause.Qualifier || p.Kind == clause.Word && fillers[p.Text]) {
			return
		}
	}
	linked := false
	for k := ms[1] + 1; k < first; k++ {
		switch p := &items[k]; {
		case p.Is(clause.Link) && !p.Is(clause.Change):
			linked = true
		case p.Is(clause.Approx), p.Kind == clause.Period, p.Kind == clause.Word && fillers[p.Text]:
		default:
			return
		}
	}
	if !linked {
		return
	}
	unit := func(m int) metric.Unit {
		mm, _ := metric.Lookup(items[m].Measure.ID)
		return mm.Unit
	}
	// fits reports whether figure f may be in unit u: its own, or a
	// per-share amount written without "per share" ("$0.13")
	fits := func(u metric.Unit, f *fig) bool {
		return f.claim.Unit == u || u == metric.USDPerShare && f.claim.Unit == metric.USD && !f.q.Scaled && f.q.Value.Abs().LessThan(thousand)
	}
	u0, u1 := unit(ms[0]), unit(ms[1])
	f0, f1 := &c.figs[0], &c.figs[1]
	if !fits(u0, f0) || !fits(u1, f1) {
		return
	}
	g := c.respGroup([]*fig{&c.figs[0], &c.figs[1]})
	if g.role != Level {
		return
	}
	for i, f := range []*fig{&c.figs[0], &c.figs[1]} {
		c.setResp(f, c.frameAt(ms[i]), g)
		f.claim.Rule = impliedPairsRule
	}
}

// respParts returns the n names of parts, joined by "and" or commas, that
// stand right before the figure at item first with only a verb between:
// "Chico's and White House Black Market declining 14% and 5%", or nil.
func (c *clauseCtx) respParts(first, n int) []string {
	items := c.items()
	j := first - 1
	for j > c.a && (items[j].Is(clause.Change) || items[j].Kind == clause.Word && (fillers[items[j].Text] || adverb(items[j].Text))) {
		j--
	}
	var names []string
	for j >= c.a {
		hi := j + 1
		if items[j].Text == "'s" && j > c.a {
			j-- // "Chico's"
		}
		if !capName(&items[j]) {
			break // a brand may share the company's name: "Chico's and White House Black Market"
		}
		for j > c.a && (capName(&items[j-1]) || items[j-1].Text == "&") {
			j--
		}
		names = append([]string{c.text(j, hi)}, names...)
		j--
		if j < c.a || items[j].Text != "and" && items[j].Text != "," {
			break
		}
		j--
	}
	if len(names) != n {
		return nil
	}
	return names
}

// lastMeasureBefore returns the last measure the sentence names before
// item k, or -1.
func (c *clauseCtx) lastMeasureBefore(k int) int {
	items := c.items()
	for j := k - 1; j >= 0; j-- {
		if items[j].Kind == clause.Measure {
			return j
		}
	}
	return -1
}

// capName reports whether item p is a capitalised word of a name: "White
// House Black Market".
func capName(p *clause.Item) bool {
	return p.Cap && (p.Kind == clause.Word || p.Kind == clause.CueWord) && !lexDigits(p.Text)
}
