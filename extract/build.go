package extract

import (
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"

	"qoq/facts"
	"qoq/fiscal"
	"qoq/internal/attrib"
	"qoq/internal/clause"
	"qoq/metric"
	"qoq/quantity"
	"qoq/transcript"
)

// build turns the claims of one sentence into facts and unattributed
// figures: a fact for each level (the first of its frame carrying the
// frame's change), one for each change stated without a level, one for
// each prior value.
func build(out *facts.Document, doc *transcript.Document, src *transcript.Sentence, s *clause.Sentence, claims []attrib.Claim) {
	for i := 0; i < len(claims); {
		j := i + 1
		for j < len(claims) && claims[j].Role != attrib.Other && claims[i].Role != attrib.Other && claims[j].Frame == claims[i].Frame {
			j++
		}
		frame := claims[i:j]
		i = j
		if frame[0].Role == attrib.Other {
			unattributed(out, doc, src, s, &frame[0])
			continue
		}
		var levels, changes, priors []*attrib.Claim
		for k := range frame {
			switch c := &frame[k]; c.Role {
			case attrib.Level:
				levels = append(levels, c)
			case attrib.Change:
				changes = append(changes, c)
			case attrib.Prior:
				priors = append(priors, c)
			}
		}
		chgs := groupChanges(changes)
		for k, c := range levels {
			f := fact(doc, src, s, c)
			if k == 0 && len(chgs) > 0 && sameFact(c, chgs[0][0]) {
				f.Change = change(s, chgs[0])
				chgs = chgs[1:]
			}
			out.Facts = append(out.Facts, f)
		}
		for _, g := range chgs {
			f := fact(doc, src, s, g[0])
			f.Value, f.Low, f.High, f.Stated, f.Approx = nil, nil, nil, "", false
			f.Change = change(s, g)
			out.Facts = append(out.Facts, f)
		}
		for _, c := range priors {
			out.Facts = append(out.Facts, fact(doc, src, s, c))
		}
	}
}

// sameFact reports whether a change belongs on the fact of level l: same
// basis and period.
func sameFact(l, c *attrib.Claim) bool {
	return l.Basis == c.Basis && l.Period == c.Period && l.Segment == c.Segment && l.Guidance == c.Guidance
}

// groupChanges groups the figures of one change: an amount and a
// percentage on one basis ("up $678,000, or 16.5%") are one change.
func groupChanges(cs []*attrib.Claim) [][]*attrib.Claim {
	var out [][]*attrib.Claim
	for _, c := range cs {
		if n := len(out); n > 0 {
			g := out[n-1]
			if len(g) == 1 && g[0].Basis == c.Basis && g[0].Dir == c.Dir && (g[0].Unit == "percent") != (c.Unit == "percent") && c.ChangeUnit == "" && g[0].ChangeUnit == "" {
				out[n-1] = append(g, c)
				continue
			}
		}
		out = append(out, []*attrib.Claim{c})
	}
	return out
}

var directions = [3]string{"down", "flat", "up"}

// change builds the change the claims of one change state.
func change(s *clause.Sentence, g []*attrib.Claim) *facts.Change {
	c := &facts.Change{}
	dir := g[0].Dir
	for _, cl := range g {
		q := &s.Qs[cl.Fig]
		v := q.Value.Abs()
		stated := s.Text[q.Start:q.End]
		c.Approx = c.Approx || q.Approx
		switch {
		case q.Unit == quantity.Percent:
			c.Pct, c.StatedPct = ptr(v), stated
		case q.Unit == quantity.BasisPoints:
			c.Abs, c.Unit, c.StatedAbs = ptr(v), facts.BasisPoints, stated
		case q.Unit == quantity.Points:
			c.Abs, c.Unit, c.StatedAbs = ptr(v), facts.Points, stated
		default:
			c.Abs, c.StatedAbs = ptr(v), stated
		}
		if q.Negative && dir == 0 {
			dir = -1
		}
	}
	if g[0].Sign < 0 {
		dir = -dir // a loss that grows is income that falls
	}
	c.Direction = directions[max(-1, min(1, dir))+1]
	if !g[0].Versus.IsZero() {
		v := g[0].Versus
		c.Versus, c.VersusAssumed = &v, g[0].VersusAssumed
	}
	return c
}

// fact builds the fact of claim c.
func fact(doc *transcript.Document, src *transcript.Sentence, s *clause.Sentence, c *attrib.Claim) facts.Fact {
	q := &s.Qs[c.Fig]
	f := facts.Fact{
		Metric:        c.Measure,
		Label:         c.Label,
		Segment:       c.Segment,
		Basis:         c.Basis,
		Scenario:      facts.Actual,
		Variant:       c.Variant,
		Period:        c.Period,
		PeriodAssumed: c.PeriodAssumed,
		PeriodFrom:    c.PeriodFrom,
		Unit:          string(c.Unit),
		Approx:        q.Approx,
		Stated:        s.Text[q.Start:q.End],
		Rule:          c.Rule,
		Source:        sourceOf(doc, src, q),
		BasisStated:   c.BasisStated,
	}
	if c.Guidance {
		f.Scenario = facts.Guidance
	}
	if f.Variant == "" && f.Unit == facts.USDPerShare {
		f.Variant = q.Variant
	}
	if f.Unit == facts.USD && q.Currency != "" && q.Currency != facts.USD {
		f.Unit = q.Currency
	}
	lo, hi := q.Value, q.High
	if c.Sign < 0 {
		lo, hi = lo.Abs().Neg(), hi.Abs().Neg()
	}
	if c.Role == attrib.Change {
		// a rate stated as a change: "comparable sales decreased 4.6%"
		if c.Dir < 0 {
			lo, hi = lo.Abs().Neg(), hi.Abs().Neg()
		}
	}
	if q.Range {
		if lo.GreaterThan(hi) {
			lo, hi = hi, lo
		}
		f.Low, f.High = ptr(lo), ptr(hi)
	} else {
		f.Value = ptr(lo)
	}
	return f
}

// unattributed lists a figure no fact took, with the reason; counts are
// left out.
func unattributed(out *facts.Document, doc *transcript.Document, src *transcript.Sentence, s *clause.Sentence, c *attrib.Claim) {
	listUnattributed(out, doc, src, s, c.Fig, c.Reason)
}

// listUnattributed lists figure k of sentence s as unattributed for the
// reason given; counts are left out.
func listUnattributed(out *facts.Document, doc *transcript.Document, src *transcript.Sentence, s *clause.Sentence, k int, reason string) {
	q := &s.Qs[k]
	if (q.Unit == quantity.None || q.Unit == quantity.Times) && q.Unread == "" {
		return
	}
	f := facts.Figure{Unit: quantityUnit(q), Stated: s.Text[q.Start:q.End], Reason: reason, Source: sourceOf(doc, src, q)}
	switch {
	case q.Unread != "":
		// no value: the figure could not be read
	case q.Range:
		f.Low, f.High = ptr(q.Value), ptr(q.High)
	default:
		f.Value = ptr(q.Value)
	}
	out.Unattributed = append(out.Unattributed, f)
}

// maxQuote bounds the sentence a source quotes. The longest sentences of
// real calls run under 2,000 bytes; a longer one (a table run together,
// junk) is quoted around the figure, so that a figure's source costs the
// same however long its sentence.
const maxQuote = 2000

// quoteAround is how much of a sentence longer than maxQuote is quoted on
// each side of the figure.
const quoteAround = 120

func sourceOf(doc *transcript.Document, s *transcript.Sentence, q *quantity.Quantity) facts.Source {
	text, from := s.Text, 0
	if len(text) > maxQuote {
		from = max(0, q.Start-quoteAround)
		for from > 0 && !utf8.RuneStart(text[from]) {
			from--
		}
		to := min(len(text), q.End+quoteAround)
		for to < len(text) && !utf8.RuneStart(text[to]) {
			to++
		}
		text = text[from:to]
	}
	src := facts.Source{
		Line:        doc.Line(s.Start + q.Start),
		Start:       doc.FileOffset(s.Start + from),
		End:         doc.FileOffset(s.Start + from + len(text)),
		Speaker:     s.Speaker,
		Text:        text,
		FigureStart: q.Start - from,
		FigureEnd:   q.End - from,
	}
	if src.Speaker != "" || s.Section == transcript.QA {
		src.Section = s.Section.String()
	}
	return src
}

// quantityUnit names the unit of a quantity in the contract's terms.
func quantityUnit(q *quantity.Quantity) string {
	switch q.Unit {
	case quantity.Money:
		if q.PerShare {
			return facts.USDPerShare
		}
		if q.Currency != "" {
			return q.Currency
		}
		return facts.USD
	case quantity.Percent:
		return facts.Percent
	case quantity.BasisPoints:
		return facts.BasisPoints
	case quantity.Points:
		return facts.Points
	case quantity.Days:
		return facts.Days
	}
	return facts.Count
}

// corroborate gives a figure stated without a basis the basis of the same
// figure stated with one elsewhere in the call: the same value of the
// same measure, part and period, once called adjusted, is adjusted
// everywhere.
func corroborate(out *facts.Document) {
	type key struct {
		metric, segment, period, value string
		guidance                       string
	}
	keyOf := func(f *facts.Fact) (key, bool) {
		if m, _ := metric.Lookup(f.Metric); f.Value == nil || !m.Earnings {
			return key{}, false
		}
		return key{f.Metric, facts.SegmentKey(f.Segment), f.Period.String(), f.Value.String(), f.Scenario}, true
	}
	nonGAAP := map[key]bool{}
	gaap := map[key]bool{}
	for i := range out.Facts {
		f := &out.Facts[i]
		k, ok := keyOf(f)
		if !ok || !f.BasisStated {
			continue
		}
		if f.Basis == facts.NonGAAP {
			// "Excluding special items, net income was also $207
			// million": the adjusted figure equals the reported one
			nonGAAP[k] = nonGAAP[k] || !equalsAnother(f)
		} else {
			gaap[k] = true
		}
	}
	// a sentence speaks on one basis: "net income of $11.2 million or
	// $0.34 per diluted share", beside an adjusted $11.3 million or $0.34,
	// is reported throughout
	held := map[int]bool{} // sentences with a figure that stays reported
	var lent []int
	for i := range out.Facts {
		f := &out.Facts[i]
		k, ok := keyOf(f)
		if !ok || f.BasisStated || f.Basis != facts.GAAP {
			continue
		}
		if nonGAAP[k] && !gaap[k] {
			lent = append(lent, i)
		} else {
			held[f.Source.Start] = true
		}
	}
	for _, i := range lent {
		if f := &out.Facts[i]; !held[f.Source.Start] {
			f.Basis = facts.NonGAAP
		}
	}
}

// disputed moves to the unattributed figures a level whose period was
// assumed or carried from another sentence when the call states another
// value of the same measure, part, basis and scenario for that period in
// a sentence that names it: in a fourth-quarter call that gave the
// quarter's adjusted EPS as $1.11, "Adjusted diluted earnings per share of
// $4.78 grew 31%" is the year's, not the quarter's. The changes stated
// with such a level go with it.
func disputed(out *facts.Document) {
	type key struct {
		metric, segment, basis, unit, scenario string
		period                                 fiscal.Period
	}
	keyOf := func(f *facts.Fact) key {
		return key{f.Metric, facts.SegmentKey(f.Segment), f.Basis, f.Unit, f.Scenario, f.Period}
	}
	sure := map[key][]*facts.Fact{}
	for i := range out.Facts {
		if f := &out.Facts[i]; f.Value != nil && !f.PeriodAssumed && f.PeriodFrom == "" {
			sure[keyOf(f)] = append(sure[keyOf(f)], f)
		}
	}
	type place struct {
		start  int
		metric string
	}
	drop := map[int]string{}    // fact index: reason
	dropped := map[place]bool{} // sentences and measures of levels dropped
	for i := range out.Facts {
		f := &out.Facts[i]
		if f.Value == nil || !f.PeriodAssumed && f.PeriodFrom == "" {
			continue
		}
		named := sure[keyOf(f)]
		if len(named) == 0 || slices.ContainsFunc(named, func(g *facts.Fact) bool { return agrees(f, g) }) {
			continue
		}
		drop[i] = fmt.Sprintf("line %d gives %s %s for %s, naming the period; this figure's period was not named", named[0].Source.Line, named[0].Stated, f.Label, f.Period)
		dropped[place{f.Source.Start, f.Metric}] = true
	}
	if len(drop) == 0 {
		return
	}
	kept := out.Facts[:0]
	for i, f := range out.Facts {
		reason, ok := drop[i]
		if !ok && f.Value == nil && f.Change != nil && dropped[place{f.Source.Start, f.Metric}] {
			reason, ok = "a change stated with a level whose period is in doubt", true
		}
		if !ok {
			kept = append(kept, f)
			continue
		}
		out.Unattributed = append(out.Unattributed, facts.Figure{Value: f.Value, Low: f.Low, High: f.High, Unit: f.Unit, Stated: f.Stated, Reason: reason, Source: f.Source})
	}
	out.Facts = kept
}

// agrees reports whether two levels are the same figure, each as precise
// as it is stated.
func agrees(a, b *facts.Fact) bool {
	e := max(a.Exp(), b.Exp())
	tol := decimal.New(5, e-1)
	return a.Value.Sub(*b.Value).Abs().LessThanOrEqual(tol)
}

// equalsAnother reports whether a figure is said to equal another, by a
// linking verb with "also" before it: "net income was also $207 million
// or $2.17 per share".
func equalsAnother(f *facts.Fact) bool {
	before := f.Source.Text[:f.Source.FigureStart]
	return strings.Contains(before, " was also ") || strings.Contains(before, " were also ")
}

func ptr(d decimal.Decimal) *decimal.Decimal { return &d }
