package attrib

import (
	"fmt"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"qoq/fiscal"
	"qoq/internal/clause"
	"qoq/internal/period"
	"qoq/metric"
)

const monthRule = period.Month

// finish completes the claim of a figure its rule gave a frame: the
// measure its unit makes it, its part of the business, basis, scenario
// and period.
func (c *clauseCtx) finish(f *fig) {
	if f.f == nil {
		if f.claim.Role != Other {
			f.other("no measure governs it")
		}
		return
	}
	fr := f.f
	cl := &f.claim
	cl.Frame = fr.n
	cl.Label = fr.label
	if cl.Role != Change && implausibleRange(f) {
		// "in the range of $0.03 to $3.06": one end is a slip
		f.other("a range whose ends are more than tenfold apart: one of them is a slip")
		return
	}
	if !c.fit(f) {
		return
	}
	if !c.segmentOf(f) {
		return
	}
	c.basisOf(f)
	if !c.periodOf(f) {
		return
	}
}

// implausibleRange reports whether f is a range of dollars whose high end
// is more than ten times its low one, as no outlook is.
func implausibleRange(f *fig) bool {
	q := f.q
	if !q.Range || f.claim.Unit != metric.USD && f.claim.Unit != metric.USDPerShare || !q.Value.IsPositive() {
		return false
	}
	return q.High.GreaterThan(q.Value.Mul(ten))
}

// fit decides the measure the figure's unit makes it, and drops a figure
// whose unit no measure of the frame takes.
func (c *clauseCtx) fit(f *fig) bool {
	cl := &f.claim
	fr := f.f
	id := fr.alias.ID
	m, ok := metric.Lookup(id)
	if !ok {
		m = metric.Measure{ID: id, Unit: metric.USD}
	}
	u := cl.Unit
	switch cl.Role {
	case Level, Prior:
		switch {
		case u == metric.USD && m.Unit == metric.USD && !f.q.Scaled && f.q.Value.Abs().LessThan(thousand):
			// "compared with a loss of $1.23 last year": no company's
			// amount is that small; a per-share figure if the measure
			// has one
			ps, ok := metric.PerShare(id)
			if !ok {
				f.other(fmt.Sprintf("an amount too small to be the company's %s", metric.Name(id)))
				return false
			}
			id, cl.Unit = ps, metric.USDPerShare
		case u == m.Unit:
		case u == metric.USDPerShare:
			ps, ok := metric.PerShare(id)
			if !ok {
				f.other(fmt.Sprintf("a per-share figure of %s", metric.Name(id)))
				return false
			}
			if metric.PerShareNonGAAP(id) && fr.basis == "" && (c.sc.basis == "" || c.measureBetween(c.sc.basisAt, fr.m)) {
				fr.basis = metric.NonGAAP // "operating earnings were $1.43 per share"
			}
			id = ps
		case u == metric.USD && m.Unit == metric.USDPerShare && !f.q.Scaled && f.q.Value.Abs().LessThan(thousand):
			// "adjusted book value per share was $101.21"
			cl.Unit = metric.USDPerShare
		case u == metric.USD && m.Unit == metric.Percent:
			amt, ok := metric.AmountOf(id)
			if !ok {
				f.other(fmt.Sprintf("an amount of %s, a percentage", metric.Name(id)))
				return false
			}
			id = amt
		case u == metric.Percent && m.Unit == metric.USD && cl.Rule == rateAlternativeRule:
			id, _ = metric.RateOf(id) // "income tax expense was $5.5 million or 15%"
		case u == metric.Percent && m.Unit == metric.USD:
			mg, ok := metric.MarginOf(id)
			if !ok || !c.ofSales() {
				f.other(fmt.Sprintf("a percentage of %s, an amount", metric.Name(id)))
				return false
			}
			id = mg // "gross profit as a percentage of sales was 32.8%"
		case u == metric.Count && m.Unit == metric.Days:
			cl.Unit = metric.Days
		default:
			f.other(fmt.Sprintf("a figure in %s of %s, a measure in %s", u, metric.Name(id), m.Unit))
			return false
		}
	case Change:
		switch {
		case m.Rate && u == metric.Percent:
			// "comparable sales increased 8.1%": the rate is the level
			cl.Role = Level
			if cl.Dir < 0 {
				cl.Sign = -1
			}
		case m.Unit == metric.Percent && (u == "bp" || u == "points"):
			cl.ChangeUnit = string(u)
			cl.Unit = metric.Percent
		case m.Unit == metric.Percent && u == metric.Percent:
			f.other(fmt.Sprintf("a change in %s stated in percent: points or relative, it does not say", metric.Name(id)))
			return false
		case u == metric.Percent:
		case u == metric.USD && (m.Unit == metric.USD || m.Unit == metric.USDPerShare && !f.q.Scaled):
			cl.Unit = m.Unit
		case u == metric.USDPerShare:
			ps, ok := metric.PerShare(id)
			if !ok {
				f.other(fmt.Sprintf("a per-share change of %s", metric.Name(id)))
				return false
			}
			id = ps
		default:
			f.other(fmt.Sprintf("a change in %s of %s", u, metric.Name(id)))
			return false
		}
	}
	cl.Measure = id
	if f.changeOf != nil && f.changeOf.claim.Role == Level && f.changeOf.claim.Measure != "" && u == metric.Percent {
		cl.Measure = f.changeOf.claim.Measure // the change of the per-share level it pairs with
	}
	if cl.Unit != metric.Percent || cl.Role != Change {
		if mm, ok := metric.Lookup(id); ok && cl.Role != Change {
			cl.Unit = mm.Unit
		}
	}
	if fr.alias.Sign < 0 {
		cl.Sign = -1
	}
	if p := c.prevSig(f.k); p >= c.a && c.item(p).Is(clause.Negative) && cl.Role != Change {
		cl.Sign = -1 // "GAAP EPS was a loss of $0.42"
	}
	if n := f.end + 1; n < c.b && (c.item(n).Is(clause.Negative) && strings.HasSuffix(c.item(n).Text, "outflow") || c.item(n).Text == "loss" && n != fr.m) && cl.Role != Change {
		cl.Sign = -1 // "free cash flow was $19 million cash outflow", "EPS was a $0.52 loss"
	}
	cl.Variant = fr.variant
	if cl.Unit == metric.USDPerShare && cl.Variant == "" {
		// "$.03 per share basic and diluted"
		if n := f.end + 1; n < c.b && c.item(n).Kind == clause.Qualifier && c.item(n).Variant != "" {
			cl.Variant = c.item(n).Variant
		}
	}
	return true
}

// segmentOf decides the part of the business the figure is of, and drops
// it when a part is meant that cannot be named.
func (c *clauseCtx) segmentOf(f *fig) bool {
	fr := f.f
	d := &c.sc.r.d
	seg := ""
	if fr.segment != "" && f.claim.Role == Prior {
		// "gross margin on wood products was 50.2% …, and was 44.6% for
		// concrete products compared to 42.1%": another part's
		items := c.items()
		for j := fr.m + 1; j < f.k; j++ {
			if t := items[j].Text; t != "for" && t != "in" {
				continue
			}
			n := j + 1
			for n < f.k && items[n].Kind == clause.Word && !fillers[items[n].Text] && !stopModifier[items[n].Text] {
				n++
			}
			if n > j+1 && !strings.EqualFold(c.text(j+1, n), fr.segment) {
				f.other("a figure compared with, after another part is named: " + c.text(j+1, n))
				return false
			}
		}
	}
	switch {
	case fr.segment != "":
		seg = fr.segment
	case fr.doubt != "" && slugHeads[lastWord(fr.label)] && !strings.Contains(fr.doubt, " "+fr.label):
		// "the bad debt provision", "insurance expense": a measure of its own
		f.claim.Measure = slug(fr.doubt + " " + lastWord(fr.label))
		f.claim.Label = fr.doubt + " " + fr.label
	case fr.doubt != "" && partTaking[f.claim.Measure] && nounLike(lastWord(fr.doubt)) && !strings.Contains(fr.doubt, " "+fr.label):
		// "blood service revenue": the words name a part
		seg = fr.doubt
	case fr.doubt != "":
		f.other("a measure qualified by words that may name a part or another measure: " + fr.doubt)
		c.sc.doubtPart = fr.doubt
		return false
	case fr.total:
	case c.sc.segment != "":
		seg = c.sc.segment // "In Industrial, …", "Freight had …"
		if s := c.inPartBefore(fr.m); s != "" {
			seg = s // "…, while in Europe our gross margin decreased to 35.1%"
		}
	case f.claim.Role == Prior && c.comparedPart(f) != "":
		// "Technical Services incurred an $11.3 million operating loss
		// compared to an operating loss of $24.9 million": the same part's
		seg = c.comparedPart(f)
	default:
		// "comp sales growth of 11.3% in our nonconsumable categories"
		seg = c.partAfter(f.end)
		if seg == "" {
			// "while in Europe our gross margin decreased to 35.1%"
			seg = c.inPartBefore(fr.m)
		}
		if seg == "" {
			// "acceleration in Sales Cloud with Q2 revenue of $1.5 billion"
			var doubt string
			if seg, doubt = c.partMention(c.a, fr.m); seg == "" && doubt != "" {
				f.other("a figure stated with a name that may be a part of the business: " + doubt)
				return false
			}
		}
		if seg == "" {
			// "the fact that the Company's ongoing facilities generated
			// $678,000 more revenue"
			seg = c.partSubject(min(fr.m, f.k))
		}
		if seg == "" {
			// "Express operating income increased 27%, with operating
			// margin increasing 100 basis points to 5.8%"
			for _, o := range c.frames {
				if o != fr && o.m < fr.m && o.segment != "" && !fr.total {
					seg = o.segment
				}
			}
		}
		if seg == "" && d.prevPart != "" && d.prevPartAt == c.sc.m.Index-1 && c.sc.fragment() && c.sc.opensWithMeasure() && !fr.total {
			// "Our guidance for AeroTech is unchanged with revenue growth
			// of 0% to 5%. | Operating margins of 10.75% to 11.25%.": a
			// fragment goes on with the part before it
			seg = d.prevPart
		}
		if guide, _ := c.guidance(f); seg == "" && d.segment != "" && (!guide || d.segAt == c.sc.m.Index-1) && f.claim.Role != Prior && !whole(f.claim.Measure) {
			// an outlook is the company's unless its own sentence names
			// the part, or the sentence before turned to it ("Moving to
			// the international segment. | We expect … an operating
			// margin of about 23.9%"); so is a measure of the whole
			seg = d.segment
		}
		if seg == "" && !fr.total {
			// "New wins generated $5 million of revenue", "our agency
			// operations delivered a solid quarter with revenues of $390
			// million": the subject's figure, not the company's
			if s, part := c.foreignSubject(min(fr.m, f.k)); part && partTaking[f.claim.Measure] {
				seg = s // "Electronics delivered low single-digit comp growth"
			} else if s != "" {
				f.other("a figure of the subject of its clause, which may be a part of the business: " + s)
				return false
			}
		}
		if seg == "" && !fr.total && !whole(f.claim.Measure) && c.sc.doubtPart != "" {
			// "Insight's revenue grew 13%, … as the revenue backlog
			// increased by 12% to $22.3 billion"
			f.other("a figure after one whose words may name a part: " + c.sc.doubtPart)
			return false
		}
		if seg == "" && !fr.total && !whole(f.claim.Measure) && d.walkAt >= 0 && d.walkAt < c.sc.m.Index && c.sc.headless() {
			f.other("a figure in a walk through the parts of the business that names no part")
			return false
		}
		if seg == "" && !fr.total && c.afterPartSentence(f) {
			// "our Flooring segment sales increased 12.7%. | Operating
			// margins were 17.4%."
			f.other("a figure after a part's, that may be the part's: " + d.partSent)
			return false
		}
		if seg == "" && !fr.total && !whole(f.claim.Measure) && d.recent != "" && d.recentAt < c.sc.m.Index {
			// "Food equipment had a good quarter … Operating margin
			// expanded 90 basis points to 27.5%": the part's, or the
			// company's, the sentence does not say
			f.other("a figure after a part's, that may be the part's: " + d.recent)
			return false
		}
		if seg == "" && (fr.part && !fr.company || f.claim.Measure == "segment_profit" && !fr.total && d.partNamed()) {
			// "Segment income was $115 million": a part's, named before
			f.other("the figure of a part of the business named before")
			return false
		}
		if seg == "" && !fr.total && !whole(f.claim.Measure) && c.sc.inThisPart() {
			// "The operating margin was 7.5%, which was slightly short of
			// our expectations for a strong first quarter in this segment"
			f.other("the figure of a part of the business named before")
			return false
		}
	}
	seg = c.sc.r.vocab.fullName(seg) // "Sales for EIG were …"
	f.claim.Segment = seg
	if seg != "" {
		// "North America adjusted segment earnings of $108 million": a
		// part's profit is its operating income, its margin the
		// operating margin; with no part named they stay the part's own
		switch f.claim.Measure {
		case "segment_profit":
			f.claim.Measure = "operating_income"
		case "segment_margin":
			f.claim.Measure = "operating_margin"
		}
	}
	if fr.segment == "" && seg != "" && fr.doubt != "" {
		fr.segment, fr.doubt = seg, "" // for "… and gross margin was 28.9%" after it
	}
	return true
}

// allBasis returns the basis a sentence ends by giving all its figures
// ("…, all on an adjusted basis."), or "".
func (sc *sentCtx) allBasis() string {
	items := sc.s.Items
	n := len(items)
	for n > 0 && items[n-1].Kind == clause.Punct {
		n--
	}
	if n >= 2 && items[n-1].Kind == clause.Qualifier && items[n-1].Basis != "" && items[n-2].Text == "all" {
		return items[n-1].Basis
	}
	return ""
}

// whenPeriod returns the period compared with that a "when" clause
// holding the figure speaks of, and its item: "52% higher than last year
// when we recorded $500 million of interest expense".
func (c *clauseCtx) whenPeriod(f *fig) (*period.Ref, int) {
	items := c.items()
	for j := f.k - 1; j > 0 && j >= c.a; j-- {
		switch p := &items[j]; {
		case p.Kind == clause.Period || p.Kind == clause.Punct && p.Text != ",":
			return nil, -1
		case p.Text == "when":
			k := j - 1 // the clause before may end with the period
			if items[k].Text == "," && k > 0 {
				k--
			}
			if items[k].Kind == clause.Period && items[k].Period.Rule.Comparison() {
				return &items[k].Period, k
			}
			return nil, -1
		}
	}
	return nil, -1
}

// yearNoun reports whether the sentence speaks of a year as a thing had
// or made, outside any period phrase: "what a strong year the bank has
// had", "a record year".
func (sc *sentCtx) yearNoun() bool {
	items := sc.s.Items
	for k := 1; k < len(items); k++ {
		if items[k].Kind == clause.Word && items[k].Text == "year" && items[k-1].Kind == clause.Word && yearAdjectives[items[k-1].Text] {
			return true
		}
	}
	return false
}

// partAfter returns a part named right after the figure at item k, or
// after the measure and change word that follow it: "in our combined
// nonconsumable categories", "for the Americas", or "".
func (c *clauseCtx) partAfter(k int) string {
	items := c.items()
	j := k + 1
	for j < c.b && (items[j].Kind == clause.Period || items[j].Kind == clause.Qualifier) {
		j++
	}
	if j+1 < c.b && items[j].Kind == clause.Measure && items[j+1].Is(clause.Change) && items[j+1].Dir != 0 {
		j += 2 // "a 1% to 2% comp sales increase from Walmart U.S."
	}
	if j >= c.b || !(items[j].Text == "in" || items[j].Text == "for" || items[j].Text == "at" || items[j].Text == "from") {
		return ""
	}
	if s := c.namedPart(j+1, j+7); s != "" {
		return s
	}
	return c.headedPart(j+1, j+7)
}

// headedPart returns the words before a segment's head in items [i, j):
// "our combined nonconsumable categories" is "nonconsumable", or "".
func (c *clauseCtx) headedPart(i, j int) string {
	items := c.items()
	j = min(j, c.b)
	lo := -1
	for k := i; k < j; k++ {
		p := &items[k]
		switch {
		case p.Is(clause.SegmentHead) && lo >= 0:
			return c.text(lo, k+1)
		case p.Kind == clause.Word && fillers[p.Text] && lo < 0:
		case p.Kind == clause.Word && !lexDigits(p.Text) && !fillers[p.Text]:
			if lo < 0 {
				lo = k
			}
		default:
			return ""
		}
	}
	return ""
}

// partMention returns a part of the business named with "in", "at",
// "from" or "within" in items [i, j) of the clause, when the call knows it
// as one or it is a capitalised name mid-sentence, or "".
func (c *clauseCtx) partMention(i, j int) (seg, doubt string) {
	items := c.items()
	for k := i; k < j; k++ {
		if items[k].Is(clause.Component | clause.Impact) {
			return "", "" // "as a result of lower sales in China, net earnings …"
		}
		switch items[k].Text {
		case "in", "at", "from", "within":
		case "for":
			// "Our guidance for AeroTech is unchanged with revenue growth
			// of 0% to 5%": only a part the call knows as one
			if s := c.namedPart(k+1, j); s != "" && c.sc.r.vocab.isSegment(strings.ToLower(s)) {
				return s, ""
			}
			continue
		default:
			continue
		}
		n := k + 1
		for n < j && items[n].Kind == clause.Word && fillers[items[n].Text] {
			n++
		}
		if s := c.headedPart(k+1, j); s != "" {
			return s, ""
		}
		if n >= j || !nameStart(&items[n]) && !partWords[items[n].Text] && !geoWords[items[n].Text] {
			continue
		}
		if s := c.namedPart(k+1, j); s != "" {
			if key := strings.ToLower(s); c.sc.r.vocab.isSegment(key) || partWords[key] || geoWords[key] {
				return s, ""
			}
			if k > i && !c.sc.r.ownName(strings.ToLower(s)) && !c.sc.r.people[strings.ToLower(s)] {
				doubt = s // a name that may be a part's: "acceleration in Sales Cloud with Q2 revenue"
			}
		}
	}
	return "", doubt
}

// afterPartSentence reports whether figure f, naming no part, follows
// closely in its paragraph a sentence whose figures were all one part's,
// and is not an outlook, a measure of the whole or the company's by its
// subject.
func (c *clauseCtx) afterPartSentence(f *fig) bool {
	d, m := &c.sc.r.d, c.sc.m
	if d.namedAt == m.Index-1 && (m.Lines || d.namedPara == m.Para) && c.sc.fragment() && !whole(f.claim.Measure) && d.namedPart(c.sc.r) != "" {
		// "Our guidance for AeroTech is unchanged with projected revenue
		// growth of 0% to 5%. | Operating margins of 10.75% to 11.25%.": a
		// fragment after a sentence that named a part goes on with it,
		// outlook or not
		return true
	}
	if d.partSent == "" || d.partSentAt >= m.Index || m.Index-d.partSentAt > partSentReach {
		return false
	}
	// in a call laid out a sentence a line, paragraphs are lost: the very
	// next sentence is taken to go on with the part's
	if m.Lines && m.Index-d.partSentAt > 1 || !m.Lines && d.partSentPara != m.Para {
		return false
	}
	if whole(f.claim.Measure) || c.sc.companySubject() {
		return false
	}
	guide, _ := c.guidance(f)
	return !guide
}

// inPartBefore returns the part a clause names with "in" right before
// the measure at item m, past a possessive or a comma: "while in Europe
// our gross margin decreased", or "".
func (c *clauseCtx) inPartBefore(m int) string {
	items := c.items()
	j := m - 1
	for j > c.a && (items[j].Kind == clause.Word && fillers[items[j].Text] || items[j].Text == ",") {
		j--
	}
	hi := j + 1
	for j > c.a && items[j].Kind == clause.Word && (items[j].Cap || geoWords[items[j].Text] || partWords[items[j].Text]) {
		j--
	}
	lo := j + 1
	if lo >= hi || items[j].Text != "in" {
		return ""
	}
	if key := nameKey(items, lo, hi); geoWords[key] || partWords[key] || c.sc.r.vocab.isSegment(key) {
		return c.text(lo, hi)
	}
	return ""
}

// comparedPart returns the part of the level a prior figure f is compared
// with: the last level of f's measure decided before it in the clause.
func (c *clauseCtx) comparedPart(f *fig) string {
	for i := len(c.figs) - 1; i >= 0; i-- {
		g := &c.figs[i]
		if g.k < f.k && g.claim.Role == Level && g.claim.Measure == f.claim.Measure {
			return g.claim.Segment
		}
	}
	return ""
}

// excludedBefore reports whether the measure at item m opens its clause
// after a phrase of exclusion set off by commas: ", excluding the award of
// $32 million, sales were".
func (c *clauseCtx) excludedBefore(m int) bool {
	items := c.items()
	j := m - 1
	for j >= c.a && items[j].Kind == clause.Qualifier {
		j--
	}
	if j < c.a || items[j].Text != "," {
		return false
	}
	for k := j - 1; k >= c.a && k >= j-12; k-- {
		switch p := &items[k]; {
		case p.Is(clause.Basis) && p.Is(clause.Component):
			return k == c.a || k == c.sentenceStart() || items[k-1].Text == "," || items[k-1].Text == "and" || items[k-1].Text == "but" || items[k-1].Text == "after"
		case p.Kind == clause.Measure, p.Kind == clause.Punct:
			return false
		}
	}
	return false
}

// basisOf decides the figure's basis: its measure's qualifiers, then the
// qualifiers stated with the figure, the sentence's, the measure's
// nature, the call's declaration; else GAAP.
func (c *clauseCtx) basisOf(f *fig) {
	cl := &f.claim
	fr := f.f
	items := c.items()
	b := fr.basis
	if b == "" {
		// "21% in constant currency", "grew 16% organically"
		for j := f.end + 1; j < c.b && j <= f.end+3; j++ {
			if items[j].Kind == clause.Qualifier && items[j].Basis != "" {
				if n := j + 1; n < c.b && items[n].Kind == clause.Measure {
					break // "$0.31 per diluted share, adjusted earnings per share were $0.37": the next measure's
				}
				b = items[j].Basis
				break
			}
			// not "net sales of $1.78 billion and adjusted EPS of …"
			// nor "$4.6 billion, reflecting underlying growth of 13%"
			if items[j].Kind == clause.Figure || items[j].Kind == clause.Measure || items[j].Is(clause.Conj) || items[j].Kind == clause.Punct && (items[j].Text != "," || cl.Role == Level && !(j+1 < c.b && items[j+1].Kind == clause.Qualifier && items[j+1].Basis != "")) {
				break
			}
		}
	}
	if b == "" && f.q.PerShare && strings.Contains(strings.ToLower(c.sc.s.Text[f.q.Start:f.q.End]), "per adjusted") {
		b = metric.NonGAAP // "guidance at $1.25 per adjusted diluted share"
	}
	m, _ := metric.Lookup(cl.Measure)
	if b == "" && (m.Earnings || m.ID == "revenue" || m.Rate || m.Unit == metric.Percent) {
		b = c.sc.allBasis() // "… and positive $0.15 two years ago, all on an adjusted basis."
	}
	if b == "" && (m.Earnings || m.ID == "revenue" || m.Unit == metric.Percent || !m.Instant) && fr.m >= c.a && fr.m < f.k && c.excludedBefore(fr.m) {
		b = metric.NonGAAP // "…on a reported basis, excluding the award of $32 million, sales were $2.514 billion"
	}
	if b == "" && c.sc.basis != "" && c.sc.basisAt < f.k && (m.Earnings || m.ID == "revenue" || m.Rate || m.Unit == metric.Percent) {
		b = c.sc.basis // "On an adjusted basis, EPS was …"; not "excluding divestitures, … invested $13 billion in capex"
	}
	cl.BasisStated = b != ""
	if m.NonGAAP {
		b = metric.NonGAAP // "Resort Reported EBITDA": EBITDA is never a GAAP measure
	}
	if d := &c.sc.r.d; b == "" && d.lone != "" && d.loneAt == c.sc.m.Index-1 {
		b = d.lone // "On a core basis. | net income for the first quarter was $87 million"
	}
	if d := &c.sc.r.d; b == "" && m.Earnings && d.basis != "" && (cl.Segment != "" || !d.basisParts) {
		b = c.sc.r.d.basis // "I'll talk about the segment results, excluding DVA. | Global markets produced $667 million in earnings."
	}
	if b == "" && m.Earnings && c.sc.r.call.Declared != "" && (c.sc.r.call.DeclaredOnly == nil || slices.Contains(c.sc.r.call.DeclaredOnly, m.ID)) {
		b = c.sc.r.call.Declared
	}
	if b == "" {
		b = metric.GAAP
	}
	cl.Basis = b
}

// periodOf decides the scenario and period of the figure, and drops it
// when they cannot be decided.
func (c *clauseCtx) periodOf(f *fig) bool {
	cl := &f.claim
	fr := f.f
	r := c.sc.r
	res := r.call.Resolver
	m, _ := metric.Lookup(cl.Measure)
	instant := m.Instant
	// the phrase that dates the figure: its own, its measure's, the
	// clause's, the sentence's, then the discourse's; a change is of its
	// level's period
	ref, refAt := c.ownPeriod(f)
	if ref != nil && refAt >= 0 && ref.Rule == period.Month && c.declaredAt(refAt) {
		ref, refAt = nil, -1 // "declaring our dividend of $0.12 last week"
	}
	if ref != nil && ref.Rule == period.CurrentQuarter && fr.per != nil && fr.per.Rule == period.YearAgo && refAt > fr.m {
		ref, refAt = fr.per, fr.perAt // "Prior year SG&A expense for the period was $271 million"
	}
	lvl := fr.level
	if f.changeOf != nil {
		lvl = f.changeOf // "$0.48 for the quarter and $1.84 for the year, increases of 4% and 5%, respectively"
	}
	if cl.Role == Change && lvl != nil && lvl.k < f.k && lvl.claim.Period.Kind != 0 && lvl.claim.Role == Level {
		if own, _ := c.ownPeriodAfter(f); own == nil || f.changeOf != nil {
			cl.Guidance = lvl.claim.Guidance
			cl.Period = lvl.claim.Period
			c.sc.decided = append(c.sc.decided, decided{k: f.k, guidance: cl.Guidance})
			c.versusOf(f)
			return true
		}
	}
	from := ""
	if ref == nil && fr.per != nil {
		ref, refAt = fr.per, fr.perAt
	}
	if ref == nil && cl.Role == Level {
		ref, refAt = c.lastYearsList(f)
	}
	if ref == nil {
		ref, refAt = c.whenPeriod(f)
	}
	if ref == nil {
		ref, refAt = c.clausePeriod(f)
	}
	if ref == nil && c.sc.lead != nil && c.sc.leadAt < f.k {
		ref, refAt = c.sc.lead, c.sc.leadAt
	}
	guide, stated := c.guidance(f)
	declared := cl.Measure == "dividend_per_share" && c.declares()
	if declared && guide && c.declaredAt(f.k) {
		guide = false // "our commitment to paying a dividend by declaring our dividend of $0.12": declared, not planned
	}
	if ref == nil && r.d.carry != nil && !guide && !instant && !declared {
		if res.Call.Quarter == 4 && c.sc.m.Lines && !slices.Contains(r.d.carried, cl.Measure) {
			// in a fourth-quarter call the year was just named: the
			// quarter or the year, the sentence does not say, unless it
			// goes on with a measure the year's was just given of
			// ("Adjusted EPS for the full year was $1.73. | Diluted EPS
			// was $1.66.")
			f.other("a figure after the full year's: the quarter or the year, it does not say")
			c.sc.carry, c.sc.carried = r.d.carry, r.d.carried // and so is the next sentence's
			return false
		}
		// "For the first nine months, sales were $X. … EPS was $Y.": the
		// period of the sentence before
		ref, refAt = r.d.carry, -1
		from = "the sentence before"
		c.sc.carry, c.sc.carried = r.d.carry, r.d.carried // for the sentence after it too
	}
	if ref == nil && r.d.topic != nil && (r.d.topic.guidance == guide) && !declared {
		ref, refAt = &r.d.topic.ref, -1
		from = r.d.topic.from
	}
	if ref != nil && ref.Rule == period.QuarterNoYear && c.sc.lead != nil && c.sc.lead.Rule == period.LastYear && ref != c.sc.lead {
		// "Last year, revenue was $1.1 billion in the second quarter"
		q := *ref
		q.Rule = period.QuarterLastYear
		ref = &q
	}
	if ref != nil && ref.Rule == period.LastYear && cl.Role == Level && !m.Instant {
		f.other("a figure of last year: the quarter or the year, it does not say")
		return false
	}
	if ref != nil && ref.Rule == period.Since {
		f.other("a sum since a date or over several periods, not one period's")
		return false
	}
	if ref != nil && ref.Rule == period.Today {
		f.other("a figure of the day of the call, not of a period")
		return false
	}
	if ref != nil && ref.Rule.Span() && !ref.Rule.Horizon() {
		f.other("a figure of a half year or a month")
		return false
	}
	if ref != nil && ref.Rule.Horizon() {
		if ref.Caps.Year == 0 {
			f.other("a target over a horizon, not a period")
			return false
		}
		if fy := r.call.Resolver.Call.FiscalYear; ref.Rule == period.YearsTo && ref.Caps.Year > fy && !m.Instant && m.Unit != metric.Percent {
			f.other("a total over the years to a later year") // "capital investments of more than $3 billion through 2025"
			return false
		}
		y := period.Ref{Rule: period.Year, Caps: ref.Caps}
		ref = &y
		guide = true
	}
	if ref != nil && !instant && cl.Role != Prior && (ref.Rule == period.YearEnd || ref.Rule == period.YearEndNoYear) {
		// "repurchases of up to $500 million of shares by the end of the
		// fiscal year": a flow over the year
		y := period.Ref{Rule: period.CurrentYear, Caps: ref.Caps}
		if ref.Caps.Year != 0 {
			y.Rule = period.Year
		}
		ref = &y
	}
	_ = refAt
	if cl.Role == Prior {
		guide = false
	}
	if instant && !r.call.BalancesDated && (ref == nil || ref.Rule != period.Date) {
		f.other("a balance whose date the call does not give: its fiscal year end is not stated")
		return false
	}
	var p fiscal.Period
	var ok bool
	base, baseOK := res.Default(instant)
	var compared *fig // the level an outlook is compared with
	if guide && cl.Role == Level {
		compared = c.guideCompared(f)
	}
	switch {
	case cl.Role == Prior:
		var lvl fiscal.Period
		if fr.level != nil && fr.level != f && fr.level.claim.Period.Kind != 0 {
			lvl = fr.level.claim.Period
		} else if fr.change != nil && fr.change != f && fr.change.claim.Period.Kind != 0 {
			// "a 20% increase in adjusted EBITDA in 2021 as compared to
			// the $222 million we achieved in the prior year"
			lvl = fr.change.claim.Period
		} else if lv := c.levelOfMeasure(f); lv != nil {
			// "Net earnings for fiscal 2021 were $42.6 million compared to
			// net earnings of $38.6 million in the prior year": the
			// measure's level named before in the clause
			lvl = lv.claim.Period
		} else if baseOK {
			lvl = base
		}
		own, _ := c.ownPeriod(f)
		if own == nil {
			// "compared to a net loss of $62.2 million and adjusted EBITDA
			// of $5.3 million in the 2020 period": the list's period
			own, _ = c.listPeriod(f)
		}
		switch {
		case own != nil:
			p, ok = res.Resolve(*own, period.Want{Base: lvl, Versus: true, Instant: instant})
			if ok && p == lvl {
				// "compared with 3.06% in the same period a year -- last
				// year": the same period is the year before's; "up from
				// $0.60 in the quarter" says none
				ok = own.Rule == period.SamePeriodOf
				if ok {
					p, ok = res.Resolve(period.Ref{Rule: period.VsYearAgo}, period.Want{Base: lvl, Versus: true, Instant: instant})
				}
			}
		case c.versusRef(fr) != nil:
			p, ok = res.Resolve(*c.versusRef(fr), period.Want{Base: lvl, Versus: true, Instant: instant})
		case c.comparedPeriod(f) != nil:
			// "compared with $402,000, or $.03 per share basic and diluted,
			// in the first quarter of 2021"
			p, ok = res.Resolve(*c.comparedPeriod(f), period.Want{Base: lvl, Versus: true, Instant: instant})
		case (fr.change != nil || fr.changed) && c.fromAt(f.k) && !instant:
			// "EPS was $0.47, up 14.6% from $0.41": the change's period
			// compared with, the same period a year earlier
			p, ok = res.Resolve(period.Ref{Rule: period.VsYearAgo}, period.Want{Base: lvl, Versus: true})
			cl.PeriodAssumed = true
		}
		if ok && p == lvl && !instant {
			// "up from $879 million in the quarter": a figure compared
			// with is of another period than the level, which the call
			// does not give
			ok = false
		}
		if !ok {
			f.other("a figure compared with, for a period not stated")
			return false
		}
	case ref != nil && guide && ref.Rule == period.CurrentYear && cl.Role != Prior && !instant && c.laterYearBefore(f.k) != nil:
		// "Based on our strong start to the year, we are reaffirming … our
		// long-term 2024 financial targets, including adjusted EPS of
		// greater than $4.75": the later year the clause names
		p, ok = res.Resolve(*c.laterYearBefore(f.k), period.Want{Guidance: true})
	case ref != nil && guide && refAt >= 0 && c.item(refAt).Text == "annual" && c.targetBefore(f.k):
		// "a path to achieving an annual revenue target of $10 billion":
		// a rate aimed at, for no year stated
		f.other("an annual target, for no year stated")
		return false
	case ref != nil:
		// "announced our third-quarter dividend"; "the revenue range for
		// the fourth quarter is" in a third-quarter call
		ahead := guide || cl.Measure == "dividend_per_share" && c.declares() ||
			!stated && ref.Rule == period.QuarterNoYear && res.Call.Quarter != 0 && ref.Caps.Q > res.Call.Quarter && !c.pastTense()
		if ref.Rule == period.Year && fr.per == nil && !instant && !guide && refAt >= 0 && lexDigits(c.item(refAt).Text) {
			// "the Materials segment completed an exceptional first quarter
			// with a revenue increase of 26% to $63 million in 2021": the
			// quarter the sentence spoke of, of that year
			for j := 0; j < f.k; j++ {
				if it := &c.items()[j]; it.Kind == clause.Period && it.Period.Rule == period.QuarterNoYear {
					combined := period.Ref{Rule: period.Quarter, Caps: ref.Caps}
					combined.Caps.Q = it.Period.Caps.Q
					ref = &combined
					break
				}
			}
		}
		if ref.Rule == period.Year && fr.per != nil && fr.per != ref && (fr.per.Rule == period.QuarterNoYear || fr.per.Rule == period.CurrentQuarter) {
			// "Second quarter net sales were $1.9 billion in 2021"
			q := fr.per.Caps.Q
			if q == 0 {
				q = res.Call.Quarter
			}
			combined := period.Ref{Rule: period.Quarter, Caps: ref.Caps}
			combined.Caps.Q = q
			ref = &combined
		}
		p, ok = res.Resolve(*ref, period.Want{Instant: instant, Guidance: ahead})
		if ok && instant && c.startsWith(refAt) && !slices.ContainsFunc(c.items()[refAt+1:f.k], func(it clause.Item) bool { return it.Kind == clause.Period }) {
			// "We started Q3 with approximately $146 million of cash": the
			// balance the period opened with, at the end of the one before
			fy, q := res.Calendar.QuarterOf(p.End)
			if q = q - 1; q == 0 {
				fy, q = fy-1, 4
			}
			p = fiscal.At(res.Calendar.QuarterEnd(fy, q))
		}
		if ok && ref.Rule.Comparison() && cl.Role != Change {
			// "revenue was $X last year": the year before
			cl.PeriodAssumed = false
		}
	case compared != nil:
		// "adjusted EPS was $0.97 versus the guide of $0.89": the
		// outlook of the period of the level compared with it
		p, ok = compared.claim.Period, true
	case guide && (cl.Role == Level || cl.Role == Change) && !instant && c.laterYearBefore(f.k) != nil:
		// "our long-term 2024 financial targets, including adjusted EPS
		// of greater than $4.75": the year the targets are for
		p, ok = res.Resolve(*c.laterYearBefore(f.k), period.Want{Guidance: true})
	case guide && (cl.Role == Level || cl.Role == Change) && !instant && res.Call.Quarter != 0 && !c.targetBefore(f.k):
		// "We expect revenue of $1.02 billion to $1.07 billion": an
		// outlook names its year when it names no period
		p, ok = res.Resolve(period.Ref{Rule: period.CurrentYear}, period.Want{Guidance: true})
		cl.PeriodAssumed = true
	case guide:
		f.other("an outlook for no period stated")
		return false
	case cl.Measure == "dividend_per_share" && c.declares() && c.anyPeriod() != nil:
		// "the $0.22 common dividend we declared during Q1"
		p, ok = res.Resolve(*c.anyPeriod(), period.Want{Guidance: true})
	case cl.Measure == "dividend_per_share" && c.declares() && baseOK:
		// "we announced our board increased our quarterly dividend to
		// $1.90": the dividend of the quarter ahead
		p, ok = res.Place(base.Next(), false), true
		cl.PeriodAssumed = true
	case !instant && c.sc.yearNoun():
		// "what a strong year the consumer bank has had as they generated
		// $12 billion of earnings"
		f.other("a figure of a year spoken of: the quarter or the year, it does not say")
		return false
	case instant && ref == nil && c.saysNow():
		// "we currently have $200 million in cash": the day of the call's
		// balance, not the quarter end's
		f.other("a balance of the day of the call, not of the quarter's end")
		return false
	case !instant && c.trailingYear():
		// "for the 12 months ended September 30, 2021, it had … revenue
		// of $1.29 billion": twelve months that are no fiscal year
		f.other("a figure of a trailing twelve months, no fiscal period")
		return false
	default:
		p, ok = base, baseOK
		cl.PeriodAssumed = true
	}
	if !ok || p.IsZero() {
		f.other("the period it belongs to cannot be decided")
		return false
	}
	if !guide && !stated && !declared && res.Call.Kind != 0 && future(p, res) {
		guide = true
	}
	if guide && res.Call.Kind != 0 && p.Kind == fiscal.YTD && p.FiscalYear == res.Call.FiscalYear && p.Months == 3*res.Call.Quarter {
		// "To be able to produce $4.58 of adjusted EPS in the first half
		// is an extraordinary outcome": the year to date is over
		guide = false
	}
	if guide && cl.Role == Level && res.Call.Kind != 0 && p.Kind == fiscal.Year && p.FiscalYear < res.Call.FiscalYear {
		// "we expect adjusted EPS for the fiscal year 2020 to be $5.20 to
		// $5.60" in a call on fiscal 2021: the year is a slip
		f.other("an outlook for a year already over when the call was held")
		return false
	}
	cl.Guidance = guide
	cl.Period = p
	cl.PeriodFrom = from
	c.sc.decided = append(c.sc.decided, decided{k: f.k, guidance: guide})
	if ref != nil && refAt >= 0 && cl.Role == Level && !guide && !instant && (p.Kind == fiscal.Year || p.Kind == fiscal.YTD) && p.FiscalYear == res.Call.FiscalYear {
		c.sc.carry = ref
		c.sc.carried = append(c.sc.carried, cl.Measure)
	}
	if cl.Role == Change {
		c.versusOf(f)
	}
	return true
}

// levelOfMeasure returns the last level of f's measure and unit decided
// before it in its clause, or nil.
func (c *clauseCtx) levelOfMeasure(f *fig) *fig {
	items := c.items()
	for j := f.k - 1; j >= c.a; j-- {
		if items[j].Kind != clause.Figure {
			continue
		}
		if g := c.figAt(j); g != nil && g.claim.Role == Level && g.claim.Measure == f.claim.Measure && g.claim.Unit == f.claim.Unit && g.claim.Period.Kind != 0 {
			return g
		}
	}
	return nil
}

// future reports whether p lies after the call's quarter.
func future(p fiscal.Period, res period.Resolver) bool {
	call := res.Call
	switch p.Kind {
	case fiscal.Quarter:
		return p.Compare(fiscal.Q(call.FiscalYear, call.Quarter)) > 0
	case fiscal.Year:
		// the year of a call before its fourth quarter is not over yet
		return p.FiscalYear > call.FiscalYear || p.FiscalYear == call.FiscalYear && call.Quarter != 0 && call.Quarter < 4
	case fiscal.Instant:
		end := res.Calendar.QuarterEnd(call.FiscalYear, call.Quarter)
		return p.End.Compare(end) > 0
	}
	return false
}

// versusOf decides the period a change is measured against: the period
// named with it, else the same period a year earlier.
func (c *clauseCtx) versusOf(f *fig) {
	cl := &f.claim
	res := c.sc.r.call.Resolver
	m, _ := metric.Lookup(cl.Measure)
	if ref := c.versusNear(f); ref != nil {
		if p, ok := res.Resolve(*ref, period.Want{Base: cl.Period, Versus: true, Instant: m.Instant}); ok {
			cl.Versus = p
			return
		}
	}
	if p, ok := res.Resolve(period.Ref{Rule: period.VsYearAgo}, period.Want{Base: cl.Period, Versus: true, Instant: m.Instant}); ok {
		cl.Versus, cl.VersusAssumed = p, true
	}
}

// versusRef returns the period phrase of the clause that names what the
// frame's change is measured against: "year over year", "compared with
// the same period in 2003", "from Q3".
func (c *clauseCtx) versusRef(fr *frame) *period.Ref {
	items := c.items()
	for j := c.a; j < c.b; j++ {
		p := &items[j]
		if p.Kind != clause.Period || j == fr.perAt {
			continue
		}
		if p.Period.Rule.Comparison() {
			ref := p.Period
			return &ref
		}
		if j > c.a && items[j-1].Is(clause.Compare|clause.From) || j > c.a+1 && items[j-1].Text == "the" && items[j-2].Is(clause.Compare|clause.From) {
			ref := p.Period
			return &ref
		}
	}
	return nil
}

// ownPeriod returns the period phrase right after the figure, or between
// its measure and it, that is not a comparison's.
func (c *clauseCtx) ownPeriod(f *fig) (*period.Ref, int) {
	items := c.items()
	for j := f.end + 1; j < c.b && j <= f.end+6; j++ {
		p := &items[j]
		if p.Kind == clause.Period {
			if p.Period.Rule.ComparisonOnly() && !(f.claim.Role == Prior && j == f.end+1) || f.claim.Role == Change && p.Period.Rule.Comparison() {
				return nil, -1 // but "… and $111.4 million sequentially": the period compared with
			}
			if p.Period.Rule.Comparison() && j-1 > f.end && items[j-1].Is(clause.To) {
				return nil, -1 // "a comp increase of 19% to the third quarter last year": compared with
			}
			if p.Text == "this year" && j == f.end+1 && j+1 < c.b && items[j+1].Is(clause.Compare) {
				return nil, -1 // "$86.3 million this year compared to $70.6 million in Q3 of 2019": this year's quarter
			}
			ref := p.Period
			return &ref, j
		}
		if p.Kind == clause.Punct && p.Text == "," && j+1 < c.b && (items[j+1].Kind == clause.Period || items[j+1].Text == "for" || items[j+1].Text == "as") {
			continue // "$4,727,000, as restated, for the second quarter of 2022"
		}
		if p.Kind == clause.Measure && items[f.end+1].Text == "of" && !slices.ContainsFunc(items[f.end+2:j], func(it clause.Item) bool { return it.Kind != clause.Qualifier }) {
			continue // "the $1.75 billion of debt we have outstanding today", "$0.10 of adjusted earnings per share in the second half"
		}
		if p.Kind == clause.Measure && j == f.end+1 && p.Measure != nil && p.Measure.Sign < 0 {
			continue // "a $0.02 loss per share for the second quarter of fiscal 2019"
		}
		if f.claim.Role == Prior && j == f.end+1 && p.Is(clause.From) && j+1 < c.b && items[j+1].Kind == clause.Period {
			continue // "compared with 3.06% a year ago, and 3.01% from the prior quarter"
		}
		if p.Text == "over" && j == f.end+1 && j+1 < c.b && items[j+1].Kind == clause.Period && (items[j+1].Period.Rule.Horizon() || items[j+1].Period.Rule.Comparison()) {
			continue // "approximately $1.8 billion over the next five years", not "grew 38% over the second quarter of 2019"
		}
		if p.Text == "or" && j == f.end+1 && j+1 < c.b && items[j+1].Kind == clause.Figure {
			// "$291 million or $0.76 per diluted share in the first quarter
			// of 2020": the alternative's period is the figure's
			if g := c.figAt(j + 1); g != nil && g.claim.Unit == metric.USDPerShare && f.claim.Unit == metric.USD {
				j = g.end
				continue
			}
		}
		if p.Kind == clause.Figure || p.Kind == clause.Measure || p.Is(clause.Compare|clause.Change|clause.From|clause.Conj|clause.Component|clause.Impact|clause.Relative) ||
			p.Kind == clause.Punct || p.Kind == clause.Word && strings.HasSuffix(p.Text, "ing") && p.Text != "during" {
			break // not "…, implying fourth quarter revenue", "as a result of an outsized third quarter"
		}
	}
	if f.f != nil {
		for j := f.k - 1; j > f.f.m && j >= c.a; j-- {
			p := &items[j]
			if p.Kind == clause.Figure {
				break
			}
			own := !p.Period.Rule.Comparison() || p.Period.Rule == period.QuarterLastYear && j-1 > f.f.m && items[j-1].Text == "in" && items[j+1].Is(clause.Link)
			if p.Kind == clause.Period && own && j != f.f.perAt && !c.comparedAt(j) {
				ref := p.Period // "adjusted EPS in the second quarter of last year was a $0.52 loss"
				return &ref, j
			}
		}
	}
	return nil, -1
}

// clausePeriod returns a period phrase of the clause before the frame's
// measure that no other figure owns: "In the first quarter, revenue was
// …".
func (c *clauseCtx) clausePeriod(f *fig) (*period.Ref, int) {
	items := c.items()
	end := f.k
	if f.f != nil && f.f.m < end {
		end = f.f.m
	}
	// "During the quarter, we repurchased $297 million of shares, and
	// year to date, have repurchased $1 billion": a period between the
	// figure before and this one is this one's
	for j := end - 1; j > c.a; j-- {
		p := &items[j]
		if p.Kind == clause.Figure {
			break
		}
		afterConj := items[j-1].Is(clause.Conj) || j-2 > c.a && periodPrepositions[items[j-1].Text] && items[j-2].Is(clause.Conj) // "…, and for the full year 2021, sales were"
		if p.Kind == clause.Period && !p.Period.Rule.Comparison() && !p.Period.Rule.Span() && !c.comparedAt(j) && c.figureBefore(j) && afterConj {
			ref := p.Period
			return &ref, j
		}
	}
	for j := c.a; j < end; j++ {
		p := &items[j]
		if p.Kind == clause.Figure {
			return c.includedIn(j, f.k)
		}
		if p.Kind == clause.Period && !p.Period.Rule.Comparison() && !p.Period.Rule.Span() && !c.comparedAt(j) && !c.inExclusion(j) {
			// "We reinstated our dividend earlier this year and this
			// quarter, we repurchased $41 million": a period after "and"
			// opens the figure's own predicate
			for k := j + 1; k < end && items[k].Kind != clause.Figure; k++ {
				if items[k].Is(clause.Conj) && k+1 < end && items[k+1].Kind == clause.Period && !items[k+1].Period.Rule.Comparison() && !items[k+1].Period.Rule.Span() {
					j = k + 1
				}
			}
			ref := items[j].Period
			return &ref, j
		}
	}
	if ref, at := c.listPeriod(f); ref != nil {
		return ref, at
	}
	// after the figure, when it is the clause's only figure: "EPS was
	// $0.47 on approximately 194 million shares in the second quarter"
	if n := len(c.figs); n == 1 || n == 2 && c.figs[1].claim.Unit == metric.Count {
		var date *period.Ref
		dateAt := -1
		for j := f.end + 1; j < c.b; j++ {
			if p := &items[j]; p.Kind == clause.Period && p.Period.Rule.Comparison() && date == nil {
				// "3.9% higher than a year ago and double the number
				// recorded in the third quarter of 2019": what follows
				// the period compared with is another comparison's
				break
			}
			if p := &items[j]; p.Kind == clause.Period && !p.Period.Rule.Comparison() && (!p.Period.Rule.Span() || p.Period.Rule.Horizon() && p.Period.Caps.Year != 0) && !c.comparedAt(j) {
				// "$50 billion in revenue by fiscal 2026": a target for that year
				ref := p.Period
				if (ref.Rule == period.Date || ref.Rule == period.DateNoYear) && date == nil {
					// "paid $1.40 per share of dividend on July 23 for the second quarter"
					date, dateAt = &ref, j
					continue
				}
				return &ref, j
			}
		}
		if date != nil {
			return date, dateAt
		}
	}
	return nil, -1
}

// inExclusion reports whether item j stands in a phrase of what a figure
// excludes: "Excluding the second quarter tax adjustment, the tax rate
// would have been 14%".
func (c *clauseCtx) inExclusion(j int) bool {
	items := c.items()
	for k := j - 1; k >= c.a; k-- {
		switch {
		case items[k].Text == ",":
			return false
		case items[k].Is(clause.Basis) && items[k].Is(clause.Component):
			return true
		case (reasonOpeners[items[k].Text] || concessive[items[k].Text]) && (k == c.a || items[k-1].Text == ",") && c.commaAfter(j):
			// "Given our share repurchases in the first half of the year,
			// we are raising our guidance for …": the reason's period
			return true
		}
	}
	return false
}

// commaAfter reports whether a comma follows item j in the clause before
// any figure.
func (c *clauseCtx) commaAfter(j int) bool {
	items := c.items()
	for k := j + 1; k < c.b && items[k].Kind != clause.Figure; k++ {
		if items[k].Text == "," {
			return true
		}
	}
	return false
}

// figureBefore reports whether a figure stands in the clause before item j.
func (c *clauseCtx) figureBefore(j int) bool {
	return slices.ContainsFunc(c.items()[c.a:j], func(it clause.Item) bool { return it.Kind == clause.Figure })
}

// comparedAt reports whether the period phrase at item j names what
// something is compared with: "from fourth quarter '20", "versus the
// same period in 2003".
func (c *clauseCtx) comparedAt(j int) bool {
	items := c.items()
	for k := j - 1; k >= c.a && k >= j-3; k-- {
		p := &items[k]
		if p.Is(clause.Compare | clause.From) {
			return true
		}
		if !(p.Kind == clause.Word && fillers[p.Text] || p.Is(clause.Approx) || p.Text == "in" || p.Text == "for" || p.Text == "both") {
			return false
		}
	}
	return false
}

// guidance reports whether the figure is an outlook, and whether its
// sentence says so either way: the scenario word nearest before it in its
// sentence decides, or the figure before it that the same words govern.
func (c *clauseCtx) guidance(f *fig) (guide, stated bool) {
	items := c.items()
	if f.f != nil && f.f.m > c.a {
		// "Our planned capex for 2021 has increased from $23 million to
		// $37 million": the measure itself is an outlook
		if p := &items[f.f.m-1]; p.Is(clause.Guide) && plannedWords[p.Text] {
			return true, true
		}
	}
	if j := f.k - 1; j > 0 && items[j].Text == "now" && items[j-1].Text == "of" {
		// "the increasing cash balance of now $333 million": the balance
		// as it stands, whatever outlook the sentence gave before
		return false, true
	}
	for j := f.k - 1; j >= 0; j-- {
		p := &items[j]
		if p.Kind == clause.Figure {
			for _, d := range c.sc.decided {
				if d.k == j {
					return d.guidance, true
				}
			}
			continue
		}
		if p.Kind != clause.CueWord {
			continue
		}
		switch {
		case p.Is(clause.Guide) && p.Is(clause.Link) && j+1 < len(items) && (items[j+1].Text == "a" || items[j+1].Text == "an"):
			// "roughly $20 million was reinvested to be a capital
			// expenditure, leaving $104 million of free cash flow": a
			// linking "to be" before a noun is no outlook
		case p.Is(clause.Guide) && (p.Text == "plan" || p.Text == "plans") && j > 0 && items[j-1].Kind == clause.Word && !fillers[items[j-1].Text]:
			// "adjusting for the non-qualified plan, we arrive at a core
			// expense of $3.65 billion": a plan that is a thing, not one
			// for the future
		case p.Is(clause.Guide) && c.measuredAgainstAt(j):
			// "margins were in line with guidance, with operating margins
			// of 13.3%": a result set against an outlook
			return false, true
		case p.Is(clause.Guide):
			return true, true
		case p.Is(clause.Change) && p.Is(clause.Actual) && f.f != nil && j < f.f.m:
			// a past participle before the measure qualifies another noun:
			// "improved segment EBITDA margin expansion and adjusted EPS of"
		case p.Is(clause.Actual | clause.Result):
			if j > 0 && items[j-1].Is(clause.Guide) {
				return true, true // "our guidance was"
			}
			return false, true
		case p.Is(clause.Conj) && (p.Text == "while" || p.Text == "but" || p.Text == "whereas" || p.Text == "although" || p.Text == "though"):
			return false, false
		}
	}
	// "GAAP EPS of between $3.23 and $3.38 increased from prior guidance"
	for j := f.end + 1; j < len(items); j++ {
		if p := &items[j]; p.Is(clause.Guide) && (p.Text == "guidance" || p.Text == "outlook" || p.Text == "guide") {
			return true, true
		} else if p.Kind == clause.Figure && j != f.k || p.Is(clause.Actual|clause.Result) && !p.Is(clause.Change) || p.Is(clause.Relative) || p.Is(clause.Compare) {
			break // not "…, which is toward the high end of our guidance range", nor "we lost $0.06 per share versus our guidance range"
		}
	}
	if d := &c.sc.r.d; d.outlook != nil && d.outlook.at == c.sc.m.Index-1 && c.sc.fragment() {
		// "Specifically, annual revenues between $3.75 billion and $3.85
		// billion and …" after the sentence giving the outlook
		return true, true
	}
	if c.sc.s.Qs[f.claim.Fig].Range {
		// "This includes earnings per share in the range of $5 to $5.40":
		// a range no words make an actual is an outlook
		return true, false
	}
	return false, false
}

// laterYearBefore returns the one fiscal year after the call's that the
// clause names before item k ("our long-term 2024 financial targets,
// including …"), or nil.
func (c *clauseCtx) laterYearBefore(k int) *period.Ref {
	items := c.items()
	var found *period.Ref
	for j := c.a; j < k; j++ {
		if p := &items[j]; p.Kind == clause.Period && p.Period.Rule == period.Year && p.Period.Caps.Year > c.sc.r.call.Resolver.Call.FiscalYear {
			if found != nil {
				return nil
			}
			ref := p.Period
			found = &ref
		}
	}
	return found
}

// startsWith reports whether the period phrase at item k is the one a
// verb of starting opens: "we started Q3 with", "began the year with".
func (c *clauseCtx) startsWith(k int) bool {
	items := c.items()
	if k <= 0 || k+1 >= len(items) || items[k+1].Text != "with" {
		return false
	}
	return startVerbs[items[k-1].Text]
}

// lastYearsList returns the "last year's" a list of levels compared with
// opens, for a figure later in the list: "versus last year's EBITDA of
// $313 million and sales of $1.4 billion" — or nil.
func (c *clauseCtx) lastYearsList(f *fig) (*period.Ref, int) {
	items := c.items()
	for j := f.k - 1; j > c.a; j-- {
		p := &items[j]
		switch {
		case p.Kind == clause.Period && p.Period.Rule == period.LastYear && items[j-1].Is(clause.Compare):
			ref := p.Period
			return &ref, j
		case p.Kind == clause.Figure, p.Kind == clause.Measure, p.Kind == clause.Qualifier, p.Text == "and", p.Text == "or", p.Text == "of", p.Text == "'s", p.Text == ",",
			p.Kind == clause.Word && fillers[p.Text]:
		default:
			return nil, -1
		}
	}
	return nil, -1
}

// measureBetween reports whether a measure stands between items i and j
// of the sentence, so that a qualifier at i is that measure's, not the one
// at j's: "GAAP earnings of $0.62 per share and operating earnings of
// $0.69 per share".
func (c *clauseCtx) measureBetween(i, j int) bool {
	items := c.items()
	for k := i + 1; k < j && k < len(items); k++ {
		if items[k].Kind == clause.Measure {
			return true
		}
	}
	return false
}

// inThisPart reports whether the sentence speaks of "this segment" or
// "this division" after "in" or "for": the part named before.
func (sc *sentCtx) inThisPart() bool {
	items := sc.s.Items
	for k := 1; k < len(items); k++ {
		if t := items[k].Text; (t == "this segment" || t == "this division" || t == "the segment") && (items[k-1].Text == "in" || items[k-1].Text == "for" || items[k-1].Text == "within") {
			return true
		}
	}
	return false
}

// measuredAgainstAt reports whether the outlook word at item j is one a
// result is set against: "in line with guidance", "exceeded our
// expectation".
func (c *clauseCtx) measuredAgainstAt(j int) bool {
	items := c.items()
	if j+1 < len(items) && items[j+1].Text == "of" {
		return false // "versus the guide of $0.95": the outlook's own figure
	}
	i := j - 1
	for i > 0 && items[i].Kind == clause.Word && fillers[items[i].Text] {
		i--
	}
	return i >= 0 && measuredAgainst[items[i].Text]
}

var (
	ten      = decimal.NewFromInt(10)
	hundred  = decimal.NewFromInt(100)
	thousand = decimal.NewFromInt(1000)
)

func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

// slug makes a measure id of words: "bad debt provision" →
// "bad_debt_provision".
func slug(words string) string {
	var b strings.Builder
	for _, f := range strings.FieldsFunc(strings.ToLower(words), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if b.Len() > 0 {
			b.WriteByte('_')
		}
		b.WriteString(f)
	}
	return b.String()
}

// ofSales reports whether the clause states its figures as a percentage of
// sales: "as a percentage of sales", "as a percent of revenue".
func (c *clauseCtx) ofSales() bool {
	items := c.items()
	for j := c.a; j+1 < c.b; j++ {
		if items[j].Is(clause.Share) && strings.HasPrefix(items[j].Text, "as a") && items[j+1].Kind == clause.Measure && items[j+1].Measure.ID == "revenue" {
			return true
		}
	}
	return false
}

// declares reports whether the sentence declares a dividend: "declared",
// "announced", "approved", "increased our quarterly dividend".
func (c *clauseCtx) declares() bool {
	items := c.items()
	raised, compared := false, false
	for k, it := range items {
		switch it.Text {
		case "declared", "declaring", "declare", "announced", "approved", "authorized":
			return true
		case "raised", "increased", "raising", "increasing":
			raised = true
		}
		if it.Is(clause.Compare) && k+1 < len(items) && items[k+1].Kind == clause.Period {
			compared = true
		}
	}
	// "our dividends per share increased to $0.093 or 9.4% compared to the
	// second quarter of 2020": the quarter's dividend, set against a year
	// ago, not one raised for the quarter ahead
	return raised && !compared
}

// pastTense reports whether the clause reports something done: a verb of
// results or a word ending in -ed.
func (c *clauseCtx) pastTense() bool {
	items := c.items()
	for j := c.a; j < c.b; j++ {
		p := &items[j]
		if p.Is(clause.Actual) || p.Kind == clause.Word && len(p.Text) > 4 && strings.HasSuffix(p.Text, "ed") {
			return true
		}
	}
	return false
}

// targetBefore reports whether an aim stands in the sentence before item
// k: "our goals are: first, to grow the business to $200 billion".
func (c *clauseCtx) targetBefore(k int) bool {
	items := c.items()
	for j := 0; j < k; j++ {
		if items[j].Is(clause.Target) {
			return true
		}
	}
	return false
}

// anyPeriod returns the clause's first period phrase that names no period
// compared with, or nil.
// saysNow reports whether the clause speaks of the day of the call:
// "currently", "today", "as we speak".
func (c *clauseCtx) saysNow() bool {
	items := c.items()
	for j := c.a; j < c.b; j++ {
		if nowWords[items[j].Text] {
			return true
		}
	}
	// "As of today, we have $250 million of cash on hand, …": an opening
	// that dates the whole sentence
	for j := 0; j < len(items) && j < c.a+1; j++ {
		if items[j].Kind == clause.Period && items[j].Period.Rule == period.Today {
			return true
		}
	}
	return false
}

// trailingYear reports whether the sentence names twelve months that end
// with no fiscal year ("the 12 months ended September 30, 2021" in a
// December year).
func (c *clauseCtx) trailingYear() bool {
	res := c.sc.r.call.Resolver
	for _, it := range c.sc.s.Items {
		if it.Kind == clause.Period && it.Period.Rule == period.YearEnded {
			if _, ok := res.Resolve(it.Period, period.Want{}); !ok {
				return true
			}
		}
	}
	return false
}

func (c *clauseCtx) anyPeriod() *period.Ref {
	items := c.items()
	for j := c.a; j < c.b; j++ {
		if p := &items[j]; p.Kind == clause.Period && !p.Period.Rule.Comparison() && !p.Period.Rule.Span() && !c.comparedAt(j) {
			ref := p.Period
			return &ref
		}
	}
	return nil
}

// fromAt reports whether "from" stands right before the figure at item k.
func (c *clauseCtx) fromAt(k int) bool {
	j := c.prevSig(k)
	return j >= c.a && c.item(j).Is(clause.From)
}

// versusNear returns the comparison period named for a change figure: the
// one after it, before the next figure ("up 2.6% sequentially"), else
// the clause's.
func (c *clauseCtx) versusNear(f *fig) *period.Ref {
	items := c.items()
	for j := f.end + 1; j < c.b; j++ {
		p := &items[j]
		if p.Kind == clause.Figure || p.Is(clause.Conj) && p.Text != "or" {
			break
		}
		if p.Kind == clause.Period && (p.Period.Rule.Comparison() || c.comparedAt(j)) {
			ref := p.Period
			return &ref
		}
	}
	for j := f.k - 1; j >= c.a; j-- {
		p := &items[j]
		if p.Kind == clause.Figure {
			break
		}
		if p.Kind == clause.Period && p.Period.Rule.ComparisonOnly() {
			ref := p.Period
			return &ref
		}
	}
	// the clause's, unless a later figure owns it: "grew 8.5% to $190.2
	// million, and they were up 2.6% sequentially"
	ref := c.versusRef(f.f)
	if ref != nil {
		for j := f.end + 1; j < c.b; j++ {
			if items[j].Kind != clause.Figure {
				continue
			}
			for n := j + 1; n < c.b && n <= j+3 && items[n].Kind != clause.Figure; n++ {
				if items[n].Kind == clause.Period && items[n].Period == *ref {
					return nil // the later figure's own
				}
			}
		}
	}
	return ref
}

// partSubject returns a part named with its head as the subject of a
// verb of results before item k in the clause, or "".
func (c *clauseCtx) partSubject(k int) string {
	items := c.items()
	for j := c.a + 1; j+1 < k; j++ {
		if items[j].Is(clause.SegmentHead) && items[j-1].Kind == clause.Word && !fillers[items[j-1].Text] && resultVerbs[items[j+1].Text] {
			lo := j - 1
			for lo > c.a && items[lo-1].Kind == clause.Word && !fillers[items[lo-1].Text] && items[lo-1].Text != "'s" && j-lo < 5 {
				lo--
			}
			if t := items[j].Text; t == "segment" || t == "division" {
				return c.text(lo, j) // "Our Support segment incurred": Support
			}
			return c.text(lo, j+1)
		}
	}
	return ""
}

// foreignSubject returns the subject of the clause when a verb follows it
// before item end and it names something other than the company, its
// results or its measures: "New wins generated $5 million of revenue",
// "Automotive has become the largest category with record revenue of
// $52.5 million". The subject is words only, after any phrase that opens
// the sentence before it ("Like our direct business, …").
//
// It also reports whether the subject is plainly a part: a name the call
// knows for one, or capitalised words.
func (c *clauseCtx) foreignSubject(end int) (string, bool) {
	items := c.items()
	s := c.a
	if s == 0 {
		s = c.sentenceStart()
	}
	s = pastLeadComma(items, pastLeadPhrase(items, pastPeriodLead(items, s)), end)
	v := s
	for v < end && v < s+6 && subjectWord(&items[v]) && !clauseVerb(&items[v]) {
		v++
	}
	if v == s || v >= end || !clauseVerb(&items[v]) {
		return "", false
	}
	for n := s + 1; n < v; n++ {
		if t := items[n].Text; (t == "'s" || t == "’s") && items[n-1].Cap && !c.sc.r.company[items[n-1].Text] && !c.sc.r.people[items[n-1].Text] {
			// "Legal's fourth quarter performance was again impressive
			// with organic revenue growth of 6%": the name's
			return c.text(s, n), true
		}
	}
	head := items[v-1].Text
	if neutralSubjects[head] || periodNouns[head] || c.sc.r.people[head] || fillers[head] || stopModifier[head] || items[v].Is(clause.Pronoun) {
		return "", false
	}
	for n := v + 1; n < end; n++ {
		if items[n].Text == "," && items[n+1].Text != "with" && !(items[n+1].Kind == clause.Word && strings.HasSuffix(items[n+1].Text, "ing")) {
			return "", false // "Capital continued to build, shareholders' equity increased to …"
		}
	}
	named := false // a word that names which one: "our agency business"
	for n := s; n < v; n++ {
		it := &items[n]
		if it.Is(clause.Pronoun|clause.Demonstrative|clause.PartNoun|clause.Ambiguous) || c.sc.r.company[it.Text] || c.sc.r.people[it.Text] || wholeSubjects[it.Text] && n < v-1 {
			return "", false
		}
		named = named || n < v-1 && !fillers[it.Text] && !stopModifier[it.Text]
	}
	if wholeSubjects[head] && !named {
		return "", false // "Our business generated …"
	}
	caps := true
	for n := s; n < v; n++ {
		caps = caps && (items[n].Cap || fillers[items[n].Text] && n == s)
	}
	key := nameKey(items, s, v)
	// a capitalised word opening a sentence may be any word: two or more
	// capitalised words are a name
	part := c.sc.r.vocab.isSegment(key) || c.sc.r.vocab.isShort(key) || caps && v-s >= 2 && v-s <= 4 && !fillers[items[s].Text]
	return c.text(s, v), part
}

// subjectWord reports whether item it can be a word of a clause's
// subject: a plain word, or a part noun ("business", "category").
func subjectWord(it *clause.Item) bool {
	return it.Kind == clause.Word || it.Kind == clause.CueWord && it.Is(clause.SegmentHead|clause.PartNoun|clause.Ambiguous|clause.Result|clause.Pronoun|clause.Demonstrative|clause.Counted|clause.Program) ||
		it.Text == "and" || it.Text == "&" || // "The digital and betting segment"
		it.Kind == clause.Period && it.T1-it.T0 <= 3 // "Legal's fourth quarter performance"
}

// clauseVerb reports whether item it is a verb that ends a subject naming
// what a figure after it belongs to.
func clauseVerb(it *clause.Item) bool {
	return it.Is(clause.Result) || subjectEndVerbs[it.Text]
}

// pastLeadComma returns the item after a phrase of words that opens the
// clause at item k and ends with a comma before item end ("Like our
// direct business, …", "Looking at results by channel, …"), or k.
func pastLeadComma(items []clause.Item, k, end int) int {
	for j := k; j < end && j < k+8; j++ {
		switch it := &items[j]; {
		case it.Text == ",":
			if j > k {
				return j + 1
			}
			return k
		case it.Kind == clause.Figure || it.Kind == clause.Measure || it.Kind == clause.Punct || clauseVerb(it):
			return k
		}
	}
	return k
}

// ownPeriodAfter returns the period phrase right after the figure, before
// any other figure or clause word.
func (c *clauseCtx) ownPeriodAfter(f *fig) (*period.Ref, int) {
	items := c.items()
	for j := f.end + 1; j < c.b && j <= f.end+3; j++ {
		p := &items[j]
		if p.Kind == clause.Period && !p.Period.Rule.Comparison() && !p.Period.Rule.Span() {
			ref := p.Period
			return &ref, j
		}
		if p.Kind == clause.Figure || p.Kind == clause.Measure || p.Kind == clause.Punct || p.Is(clause.Compare|clause.From) {
			break
		}
	}
	return nil, -1
}

// whole reports whether measure id is one the company reports as a
// whole: parts of the business have no shares, tax rate or debt of their
// own.
func whole(id string) bool {
	m, ok := metric.Lookup(id)
	return ok && (m.Whole || m.Unit == metric.USDPerShare)
}

// comparedPeriod returns the first period phrase after a figure compared
// with, past its per-share restatement, in its clause; or nil.
func (c *clauseCtx) comparedPeriod(f *fig) *period.Ref {
	items := c.items()
	for j := f.end + 1; j < c.b && j <= f.end+12; j++ {
		p := &items[j]
		switch {
		case p.Kind == clause.Period && !p.Period.Rule.ComparisonOnly():
			ref := p.Period
			return &ref
		case p.Kind == clause.Measure, p.Is(clause.Conj | clause.Change | clause.Compare | clause.Relative | clause.Component):
			return nil
		}
	}
	return nil
}

// guideCompared returns the level an outlook figure is compared with in
// its clause ("$0.97 versus the guide of $0.89"), or nil.
func (c *clauseCtx) guideCompared(f *fig) *fig {
	items := c.items()
	cmp := false
	for j := f.k - 1; j >= c.a; j-- {
		p := &items[j]
		switch {
		case p.Is(clause.Compare):
			cmp = true
		case p.Kind == clause.Figure:
			g := c.figAt(j)
			if !cmp || g == nil || g.claim.Role != Level || g.claim.Guidance || g.claim.Unit != f.claim.Unit || g.claim.Period.Kind == 0 {
				return nil
			}
			return g
		case p.Kind == clause.Punct, p.Is(clause.Conj):
			return nil
		}
	}
	return nil
}

// includedIn returns the period of the total at item j that the figure at
// k is a part of, stated after "including": "returned $9 billion in 2021,
// including repurchases of $7.6 billion".
func (c *clauseCtx) includedIn(j, k int) (*period.Ref, int) {
	items := c.items()
	var ref *period.Ref
	at := -1
	for i := j + 1; i < k; i++ {
		switch p := &items[i]; {
		case p.Kind == clause.Figure:
			return nil, -1
		case p.Kind == clause.Period && ref == nil && !p.Period.Rule.Comparison() && !p.Period.Rule.Span():
			r := p.Period
			ref, at = &r, i
		case p.Text == "including" && ref != nil:
			return ref, at
		}
	}
	return nil, -1
}

// listPeriod returns the period that ends a list of levels joined by
// "and" that the figure opens: "revenues of $460.5 million and net income
// of $68.6 million in 2020".
func (c *clauseCtx) listPeriod(f *fig) (*period.Ref, int) {
	items := c.items()
	joined := false
	for j := f.end + 1; j < c.b; j++ {
		switch p := &items[j]; {
		case p.Kind == clause.Period:
			if !joined || p.Period.Rule.Comparison() || p.Period.Rule.Span() {
				return nil, -1
			}
			ref := p.Period
			return &ref, j
		case p.Text == "and":
			joined = true
		case p.Kind == clause.Figure, p.Kind == clause.Measure, p.Kind == clause.Qualifier, p.Text == "of", p.Text == "in", p.Text == "for", p.Kind == clause.Word && fillers[p.Text]:
		default:
			return nil, -1
		}
	}
	return nil, -1
}
