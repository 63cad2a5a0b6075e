package facts

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"

	"qoq/fiscal"
	"qoq/quantity"
	"qoq/transcript"
)

// unitNames are the units of the contract for each class of metric.
var unitNames = map[unitClass]string{money: USD, perShare: USDPerShare, percent: Percent, days: Days, count: Count}

// emit writes the facts of the clause's groups.
func (w *walker) emit() {
	for _, g := range w.groups {
		if !g.guide && len(g.figs) > 0 && w.lastGuideAt > g.figs[0].at && w.actualAt < 0 && !w.anyActual {
			// "GAAP EPS of between $3.23 and $3.38 increased from prior
			// guidance": outlook words after the figure, none of results
			g.guide = true
		}
		w.emitGroup(g)
	}
}

// emitGroup writes the facts of one group: a fact for each value (the
// first carrying the stated change), a fact for a change stated without a
// value, and a fact for each figure compared with.
func (w *walker) emitGroup(g *group) {
	if len(g.figs) == 0 {
		return
	}
	base, from, assumed, ok := w.basePeriod(g)
	if !ok {
		for _, f := range g.figs {
			w.drop(w.items[f.at].q, "the period it belongs to cannot be decided")
			w.marks.release(w.items[f.at].q)
		}
		return
	}
	if ref := g.defPer; g.guide && (ref != nil || w.clausePer != nil) {
		if ref == nil {
			ref = w.clausePer
		}
		w.ctx.guide = &topic{per: *ref, guidance: true, sentence: w.ctx.sentence, speaker: w.s.src.Speaker, from: w.origin(ref)}
	}
	var values, changes, priors []*fig
	for _, f := range g.figs {
		switch f.role {
		case rValue:
			values = append(values, f)
		case rChange:
			changes = append(changes, f)
		case rPrior:
			priors = append(priors, f)
		}
	}
	var priorPer []fiscal.Period
	var priorOK []bool
	for _, f := range priors {
		p, a, ok := w.priorPeriod(g, f, base)
		priorPer = append(priorPer, p)
		priorOK = append(priorOK, ok)
		_ = a
	}
	chgs := w.changes(g, changes, base, priorPer, priorOK)
	var chg *Change
	if len(chgs) > 0 {
		chg = chgs[0].Change
	}
	for i, f := range values {
		per, perAssumed := base, assumed
		if f.per != nil {
			if p, ok := w.ctx.resolve(*f.per, fiscal.Period{}, false, g.instant, g.guide); ok {
				per, perAssumed = p, false
			}
		}
		fact := w.fact(g, f, per)
		fact.PeriodAssumed = perAssumed
		if f.per == nil {
			fact.PeriodFrom = from
		}
		if i == 0 {
			fact.Change = chg
		}
		w.out(fact)
	}
	for i, c := range chgs {
		if i == 0 && len(values) > 0 || c.fig == nil {
			continue
		}
		// a change stated without a value, or a second change of the same
		// value: "though down 3.8% sequentially"
		fact := w.fact(g, c.fig, base)
		fact.Value = nil
		fact.Stated = ""
		fact.Approx = false
		fact.PeriodAssumed = assumed
		fact.PeriodFrom = from
		fact.Change = c.Change
		w.out(fact)
	}
	for i, f := range priors {
		if !priorOK[i] {
			w.drop(w.items[f.at].q, "the period it is compared with is not stated")
			w.marks.release(w.items[f.at].q)
			continue
		}
		fact := w.fact(g, f, priorPer[i])
		fact.PeriodAssumed = f.per == nil && g.versus == nil
		w.out(fact)
	}
}

// basePeriod decides the period of a group's figures: the period named in
// its clause, else the call's quarter for results (its end for a balance),
// or for an outlook the period of the outlook given last in the paragraph,
// else the fiscal year.
// It also says where the period came from when the clause does not name
// it.
func (w *walker) basePeriod(g *group) (p fiscal.Period, from string, assumed, ok bool) {
	ref := g.defPer
	if ref == nil {
		ref = w.clausePer
	}
	for _, r := range []role{rValue, rChange} {
		for _, f := range g.figs {
			if ref == nil && f.role == r && f.per != nil {
				ref = f.per
			}
		}
	}
	if ref == nil {
		// a period set by an earlier sentence: "Turning to the second
		// quarter. We expect revenue of …"
		t := w.ctx.near(w.ctx.topic, w.s.src.Speaker)
		if gt := w.ctx.near(w.ctx.guide, w.s.src.Speaker); g.guide && gt != nil && t != nil && gt.sentence > t.sentence {
			t = nil // the outlook given since is more recent
		}
		if t != nil && !(t.guidance && w.anyActual) {
			ref, from = &t.per, t.from
			if t.guidance {
				g.guide = true
			}
		}
	}
	if ref == nil && !g.guide {
		// "Gross margin for the year was 37.4%. Adjusted EBITDA was …":
		// the year stays the subject
		if t := w.ctx.near(w.ctx.year, w.s.src.Speaker); t != nil && t.para == w.s.src.Para {
			ref, from = &t.per, t.from
		}
	}
	if ref != nil && ref.rule == prQuarterNoYear && !g.guide && !w.anyActual && !w.ctx.period.IsZero() && ref.c.q > w.ctx.period.Quarter {
		// a later quarter of the year, spoken of without results words
		g.guide = true
	}
	if ref != nil {
		p, ok = w.ctx.resolve(*ref, fiscal.Period{}, false, g.instant, g.guide)
		if ok && !g.guide && w.future(p) && !(from != "" && w.anyActual) {
			g.guide = true
		}
		if ok && !g.guide && from == "" && (p.Kind == fiscal.Year || p.Kind == fiscal.YTD) && p.FiscalYear == w.ctx.period.FiscalYear {
			w.ctx.year = &topic{per: *ref, sentence: w.ctx.sentence, speaker: w.s.src.Speaker, para: w.s.src.Para, from: w.origin(ref)}
		}
		return p, from, false, ok
	}
	d := w.ctx.period
	if d.IsZero() {
		return p, "", false, false
	}
	if g.guide {
		if t := w.ctx.near(w.ctx.guide, w.s.src.Speaker); t != nil {
			p, ok = w.ctx.resolve(t.per, fiscal.Period{}, false, g.instant, true)
			return p, t.from, false, ok
		}
		return w.ctx.place(w.ctx.resolveYear(), g.instant), "", true, true
	}
	if g.instant {
		return w.ctx.end(d), "", false, true
	}
	return d, "", false, true
}

// origin describes where a period phrase of the walker's sentence stands:
// "line 61: fiscal Q1".
func (w *walker) origin(ref *periodRef) string {
	for _, it := range w.items {
		if it.per == ref {
			return originOf(w.doc, w.s, it)
		}
	}
	return ""
}

// originOf describes where item it of sentence s stands.
func originOf(doc *transcript.Document, s *sent, it item) string {
	start := int(s.toks[it.t0].start)
	end := s.toks[it.t1-1].end
	return fmt.Sprintf("line %d: %s", doc.Line(s.src.Start+start), s.src.Text[start:end])
}

// resolveYear returns the fiscal year an outlook without a period speaks
// of: the current one, or the next in a fourth-quarter call.
func (c *docCtx) resolveYear() fiscal.Period {
	fy := c.period.FiscalYear
	if c.period.Quarter == 4 {
		fy++
	}
	return fiscal.FY(fy)
}

// future reports whether p lies after the call's quarter, so that a figure
// for it is an outlook.
func (w *walker) future(p fiscal.Period) bool {
	d := w.ctx.period
	switch {
	case d.IsZero():
		return false
	case p.Kind == fiscal.Quarter:
		return p.Compare(d) > 0
	case p.Kind == fiscal.Year:
		return p.FiscalYear > d.FiscalYear || p.FiscalYear == d.FiscalYear && d.Quarter < 4
	}
	return false
}

// priorPeriod decides the period of a figure compared with: the period
// named with it, the period the clause compares with, or the same period a
// year earlier for a flow (assumed).
func (w *walker) priorPeriod(g *group, f *fig, base fiscal.Period) (fiscal.Period, bool, bool) {
	ref := f.per
	if ref == nil {
		ref = g.versus
	}
	if ref != nil {
		p, ok := w.ctx.resolve(*ref, base, true, g.instant, g.guide)
		return p, false, ok
	}
	if g.instant {
		return fiscal.Period{}, false, false
	}
	return base.YearAgo(), true, true
}

// A stated is a change stated for a group, and its first figure.
type stated struct {
	*Change
	fig *fig
}

// changes builds the changes stated for a group: the figures that share a
// direction word make one change ("up $678,000, or 16.5%"); a change
// stated by direction alone ("improved to 16.5%") makes one without
// figures.
func (w *walker) changes(g *group, figs []*fig, base fiscal.Period, priorPer []fiscal.Period, priorOK []bool) []stated {
	if len(figs) == 0 {
		if c := w.change(g, nil, base, priorPer, priorOK); c != nil {
			return []stated{{c, nil}}
		}
		return nil
	}
	var out []stated
	for i := 0; i < len(figs); {
		j := i + 1
		for j < len(figs) && figs[j].dirAt == figs[i].dirAt && figs[j].q.Unit != figs[j-1].q.Unit {
			j++
		}
		set := figs[i:j]
		if c := w.change(g, set, base, priorPer, priorOK); c != nil {
			out = append(out, stated{c, set[0]})
		}
		priorPer, priorOK = nil, nil // figures compared with go with the first change
		i = j
	}
	return out
}

// change builds one change from figures that state it.
func (w *walker) change(g *group, changes []*fig, base fiscal.Period, priorPer []fiscal.Period, priorOK []bool) *Change {
	if len(changes) == 0 && (!g.hasDir || g.rate) {
		return nil
	}
	c := &Change{}
	dir, known := g.dir, g.hasDir
	var versus *periodRef
	for _, f := range changes {
		if versus == nil {
			versus = f.versus
		}
		v := f.q.Value
		if f.hasDir {
			dir, known = f.dir, true
		} else if !known && v.IsNegative() {
			dir, known = -1, true
		}
		c.Approx = c.Approx || f.q.Approx
		stated := w.s.src.Text[f.q.Start:f.q.End]
		switch {
		case f.q.Unit == quantity.Percent:
			c.Pct, c.StatedPct = ptr(v.Abs()), stated
		case f.q.Unit == quantity.BasisPoints:
			c.Abs, c.Unit, c.StatedAbs = ptr(v.Abs()), BasisPoints, stated
		case f.q.Unit == quantity.Points:
			c.Abs, c.Unit, c.StatedAbs = ptr(v.Abs()), Points, stated
		default:
			c.Abs, c.StatedAbs = ptr(v.Abs()), stated
		}
	}
	if !known {
		known = true
		dir = 1
		if len(changes) == 0 {
			return nil
		}
	}
	if g.sign < 0 {
		dir = -dir // a loss that grows is income that falls
	}
	c.Direction = directions[dir+1]
	if versus == nil && (len(changes) == 0 || changes[0] == g.firstChange()) {
		versus = g.versus
	}
	switch {
	case versus != nil:
		if p, ok := w.ctx.resolve(*versus, base, true, g.instant, g.guide); ok {
			c.Versus = &p
		}
	case len(priorPer) > 0 && priorOK[0]:
		p := priorPer[0]
		c.Versus = &p
	case !g.instant && base.Kind != fiscal.NoKind:
		p := base.YearAgo()
		c.Versus, c.VersusAssumed = &p, true
	}
	return c
}

var directions = [3]string{"down", "flat", "up"}

// firstChange returns the first figure of g stating a change, or nil.
func (g *group) firstChange() *fig {
	for _, f := range g.figs {
		if f.role == rChange {
			return f
		}
	}
	return nil
}

// fact builds the fact of figure f of group g for period per.
func (w *walker) fact(g *group, f *fig, per fiscal.Period) Fact {
	q := f.q
	fact := Fact{
		Metric:   g.id,
		Label:    g.label,
		Segment:  g.segment,
		Basis:    g.basis,
		Scenario: Actual,
		Variant:  g.variant,
		Period:   per,
		Unit:     unitNames[g.unit],
		Approx:   q.Approx,
		Stated:   w.s.src.Text[q.Start:q.End],
		Source:   w.source(q),
	}
	if fact.Basis == "" {
		fact.Basis = w.basis
	}
	if fact.Basis == "" {
		fact.Basis = w.ctx.basisFor(w.s.src)
	}
	if fact.Basis == "" && nonGAAPByNature[g.id] {
		fact.Basis = NonGAAP
	}
	if fact.Basis == "" {
		fact.Basis = GAAP
	}
	if g.guide {
		fact.Scenario = Guidance
	}
	if fact.Variant == "" && g.unit == perShare {
		fact.Variant = q.Variant
	}
	if fact.Basis == GAAP && g.basis == "" && strings.Contains(strings.ToLower(fact.Stated), "adjusted") {
		fact.Basis = NonGAAP // "$1.25 per adjusted diluted share"
	}
	if g.unit == money && q.Currency != "" && q.Currency != USD {
		fact.Unit = q.Currency
	}
	lo, hi := q.Value, q.High
	if g.sign < 0 {
		lo, hi = lo.Abs().Neg(), hi.Abs().Neg()
	}
	if q.Range {
		if lo.GreaterThan(hi) {
			lo, hi = hi, lo
		}
		fact.Low, fact.High = ptr(lo), ptr(hi)
	} else {
		fact.Value = ptr(lo)
	}
	return fact
}

func (w *walker) out(f Fact) { w.ctx.out.Facts = append(w.ctx.out.Facts, f) }

// source locates figure q of the walker's sentence in the file.
func (w *walker) source(q *quantity.Quantity) Source {
	return sourceOf(w.doc, w.s.src, q)
}

func sourceOf(doc *transcript.Document, s *transcript.Sentence, q *quantity.Quantity) Source {
	src := Source{
		Line:        doc.Line(s.Start + q.Start),
		Start:       doc.FileOffset(s.Start),
		End:         doc.FileOffset(s.End),
		Speaker:     s.Speaker,
		Text:        s.Text,
		FigureStart: q.Start,
		FigureEnd:   q.End,
	}
	if src.Speaker != "" || s.Section == transcript.QA {
		src.Section = s.Section.String()
	}
	return src
}

// unattributed lists the sentence's figures that no fact took.
func (x *Extractor) unattributed(ctx *docCtx, doc *transcript.Document, s *sent, m *marks) {
	for i := range s.qs {
		q := &s.qs[i]
		if m.used[i] || q.Unit == quantity.None || q.Unit == quantity.Times {
			continue
		}
		why := m.why[i]
		if why == "" {
			why = "no metric is named for it"
		}
		f := Figure{Unit: quantityUnit(q), Stated: s.src.Text[q.Start:q.End], Reason: why, Source: sourceOf(doc, s.src, q)}
		if q.Range {
			f.Low, f.High = ptr(q.Value), ptr(q.High)
		} else {
			f.Value = ptr(q.Value)
		}
		ctx.out.Unattributed = append(ctx.out.Unattributed, f)
	}
}

// quantityUnit names the unit of a quantity in the contract's terms.
func quantityUnit(q *quantity.Quantity) string {
	switch q.Unit {
	case quantity.Money:
		if q.PerShare {
			return USDPerShare
		}
		if q.Currency != "" {
			return q.Currency
		}
		return USD
	case quantity.Percent:
		return Percent
	case quantity.BasisPoints:
		return BasisPoints
	case quantity.Points:
		return Points
	case quantity.Days:
		return Days
	}
	return Count
}

func ptr(d decimal.Decimal) *decimal.Decimal { return &d }
