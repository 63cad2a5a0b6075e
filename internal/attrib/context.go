package attrib

import (
	"qoq/internal/clause"
	"qoq/internal/period"
	"qoq/metric"
	"qoq/quantity"
	"slices"
	"strings"
)

// sentCtx is what a sentence as a whole says to its clauses.
type sentCtx struct {
	r *Reader
	s *clause.Sentence
	m Meta
	// lead is the period a sentence opens with, before any figure or
	// measure: "For the full year, …"; leadAt its item.
	lead   *period.Ref
	leadAt int
	// basis is a basis the sentence states for its figures as a whole,
	// before them: "On an adjusted basis, …".
	basis   string
	basisAt int
	// segment is a part of the business the sentence opens with: "In
	// Industrial, …".
	segment string
	// doubtPart is the words of a figure's measure before, in the
	// sentence, that may name a part: the figures after it that name none
	// may be the part's.
	doubtPart string
	// question says the sentence asks.
	question bool
	// deal is 1 when the sentence, or the one before it in its paragraph,
	// speaks of a business acquired, -1 when not, 0 before it is known.
	deal int8
	// decided are the figures of the sentence decided so far, with their
	// scenario.
	decided []decided
	// carry is the period the sentence's levels were stated for, for the
	// next sentence, and carried the measures it was stated for.
	carry   *period.Ref
	carried []string
	// topicMeasure is the item of a measure the sentence opens with, set
	// off by a comma, or -1; topicEnd is the item after its comma and
	// any aside after it.
	topicMeasure, topicEnd int
}

// decided is a figure whose scenario is decided.
type decided struct {
	k        int
	guidance bool
}

// scan reads what holds for the whole sentence.
func (sc *sentCtx) scan() {
	items := sc.s.Items
	sc.leadAt, sc.basisAt = -1, -1
	excluded := false // in "Excluding the second quarter tax adjustment, …": the item's period
scan:
	for k := range items {
		it := &items[k]
		switch {
		case it.Kind == clause.Measure && it.Measure.Basis == metric.NonGAAP && sc.basis == "":
			// "Pretax adjusted operating income was $1.8 billion and
			// resulted in earnings per share of $3.78": an adjusted
			// measure opening the sentence, like "adjusted" before one
			sc.basis, sc.basisAt = metric.NonGAAP, k
			break scan
		case it.Kind == clause.Figure, it.Kind == clause.Measure:
			break scan // only what stands before the first figure or measure
		case it.Kind == clause.Punct && it.Text == ",":
			excluded = false
		case k == 0 && (it.Is(clause.Compare) || concessive[it.Text]):
			// "Compared to the same time period last year, revenue
			// increased …": the period compared with; "Despite the
			// transition to lower rates during 2020, …": a background
			excluded = true
		case it.Kind == clause.Period && excluded:
		case it.Kind == clause.Period && !it.Period.Rule.ComparisonOnly() && (!it.Period.Rule.Span() || it.Period.Rule.Horizon() || it.Period.Rule == period.Since) &&
			!(k > 0 && items[k-1].Is(clause.Compare|clause.From)): // not "Compared to the prior year, revenue was up 8%", "Continuing the trend from Q1, …"
			// the last before the first figure: "finished the year with a
			// strong fourth quarter, which included a 27% increase …"
			p := it.Period
			sc.lead, sc.leadAt = &p, k
		case it.Kind == clause.Qualifier && it.Text == "core" && k+1 < len(items) && items[k+1].Kind == clause.Word:
			// "Our core laundry operations revenues": a part's name
		case it.Kind == clause.Qualifier && it.Basis != "" && sc.basis == "":
			sc.basis, sc.basisAt = it.Basis, k
		case it.Is(clause.Basis) && it.Is(clause.Component) && sc.basis == "" && k <= 1:
			// "Excluding these gains, we earned $2.15 per diluted share"
			sc.basis, sc.basisAt = metric.NonGAAP, k
			excluded = true
		}
	}
	for k := range items {
		if it := &items[k]; it.Kind == clause.CueWord && it.Cap && sc.r.company[it.Text] {
			// "Target delivered just under $18 billion": the company's name
			it.Kind, it.Cue, it.Dir = clause.Word, 0, 0
		}
		if items[k].Is(clause.Question) {
			sc.question = true
		}
	}
	if items := sc.s.Items; len(items) > 0 && items[len(items)-1].Kind == clause.Punct && items[len(items)-1].Text == "?" {
		sc.question = true
	}
	sc.segment = sc.openingSegment()
	sc.topicMeasure, sc.topicEnd = sc.openingMeasure()
	for k := range items {
		if it := &items[k]; it.Is(clause.Generic) && k > 0 && items[k-1].Is(clause.Demonstrative) && sc.r.d.last != nil {
			it.Kind, it.Measure = clause.Measure, sc.r.d.last
		}
	}
}

// clauseCtx is a clause being read.
type clauseCtx struct {
	sc     *sentCtx
	a, b   int // items[a:b]
	figs   []fig
	frames []*frame
	// respectively says the clause pairs figures with measures in order.
	respectively bool
	// deferred are the changes of a "respectively" list that pair with
	// levels the rules decide.
	deferred []*fig
}

// fig is a figure of the clause being decided.
type fig struct {
	k     int // its item
	end   int // the item of a range's high end, or k
	q     *quantity.Quantity
	f     *frame
	claim Claim
	done  bool
	// changeOf is the level a change paired by "respectively" is of.
	changeOf *fig
}

func (c *clauseCtx) items() []clause.Item { return c.sc.s.Items }
func (c *clauseCtx) item(k int) *clause.Item {
	return &c.sc.s.Items[k]
}

// read decides every figure of the clause.
func (c *clauseCtx) read() {
	items := c.items()
	for k := c.a; k < c.b; k++ {
		switch it := &items[k]; {
		case it.Kind == clause.Figure:
			q := &c.sc.s.Qs[it.Q]
			c.figs = append(c.figs, fig{k: k, end: k, q: q, claim: Claim{Fig: int(it.Q), Unit: unitOf(q)}})
			if q.Unread != "" && !c.sc.r.call.disabled[unreadRule] {
				f := &c.figs[len(c.figs)-1]
				f.other("not read: " + q.Unread)
				f.claim.Rule = unreadRule
			}
		case it.Is(clause.Respectively):
			c.respectively = true
		}
	}
	if len(c.figs) == 0 {
		return
	}
	c.ranges()
	off := c.sc.r.call.disabled
	if c.respectively && !off[respectivelyRule] {
		c.pairRespectively()
	} else if !c.respectively && !off[impliedPairsRule] {
		c.pairImplied()
	}
	for i := range c.figs {
		f := &c.figs[i]
		if f.done {
			continue
		}
		for _, rl := range rules {
			if rl.apply != nil && !off[rl.Name] && rl.apply(c, f) {
				if f.claim.Rule == "" {
					f.claim.Rule = rl.Name
				}
				break
			}
		}
		if !f.done {
			f.other("no measure governs it")
			f.claim.Rule = "unattached"
		}
	}
	c.pairDeferred()
	for i := range c.figs {
		c.finish(&c.figs[i])
	}
}

// rateBefore reports whether a measure that is itself a rate of change
// (comparable sales) stands in the clause shortly before item k.
func (c *clauseCtx) rateBefore(k int) bool {
	items := c.items()
	for j := k - 1; j >= c.a && j >= k-5; j-- {
		if items[j].Kind == clause.Measure {
			return rate(items[j].Measure)
		}
	}
	return false
}

// ranges joins the two ends of a range written "$6.78 billion to $6.79
// billion" into one figure, unless a change or "from" comes before the
// first ("declined $195,000 to $6,736,000", "from $7.2 billion to $7
// billion").
func (c *clauseCtx) ranges() {
	items := c.items()
	qs := c.sc.s.Qs
	out := c.figs[:0]
	for i := 0; i < len(c.figs); i++ {
		f := c.figs[i]
		if i+1 < len(c.figs) {
			g := c.figs[i+1]
			if g.k == f.k+3 && items[f.k+1].Text == "to" && (items[f.k+2].Is(clause.Change) && items[f.k+2].Dir != 0 || items[f.k+2].Text == "positive") {
				// "in the range of down 2% to up 1%": a range from a fall
				// to a rise, whose ends this reading cannot sign
				for _, h := range []*fig{&c.figs[i], &c.figs[i+1]} {
					h.other("a range from a fall to a rise")
				}
				out = append(out, c.figs[i], c.figs[i+1])
				i++
				continue
			}
			between := g.k == f.k+2 || g.k == f.k+3 && (items[f.k+2].Is(clause.Negative) || items[f.k+2].Text == "a") // "to a $1.36 per share"
			perShare := g.q.PerShare == f.q.PerShare || g.q.PerShare && f.q.Unit == quantity.Money && !f.q.Scaled
			if between && f.q.Unread == "" && g.q.Unread == "" && items[f.k+1].Text == "to" && g.q.Unit == f.q.Unit && perShare && !f.q.Range && !g.q.Range && quantity.Commensurate(*f.q, *g.q) {
				p := c.prevSig(f.k)
				from := p >= c.a && items[p].Is(clause.From) && (items[p].Is(clause.Range) || c.cueBefore(f.k, clause.Guide))
				// "we expect a same-store sales decline of 5% to 3%": a
				// range of changes
				outlook := p > c.a+1 && items[p].Text == "of" && items[p-1].Is(clause.Change) && rate(items[p-2].Measure) && c.outlookFig(&f) ||
					// "we're raising our comp sales guidance to up 4% to 6%"
					p > c.a && items[p].Is(clause.Change) && items[p-1].Is(clause.To) && !items[p-1].Is(clause.Link) && c.outlookFig(&f) ||
					// "we expect comparable sales to be down 2% to 4%": a
					// rate's range, not a change to a level
					p > c.a && items[p].Is(clause.Change) && items[p].Dir != 0 && c.rateBefore(p) && c.outlookFig(&f)
				if outlook || !(p >= c.a && items[p].Is(clause.Change|clause.By) || p >= c.a && items[p].Is(clause.From) && !from) && !c.changeBefore(f.k) {
					q := &qs[f.claim.Fig]
					hi := g.q.Value
					if items[f.k+2].Is(clause.Negative) && hi.IsPositive() {
						hi = hi.Neg() // "negative $0.06 to negative $0.05"
					}
					q.Range, q.High, q.End = true, hi, g.q.End
					if g.q.PerShare && !q.PerShare {
						q.PerShare, q.Variant = true, g.q.Variant // "$2.70 to $2.85 per share"
						f.claim.Unit = metric.USDPerShare
					}
					q.Approx = q.Approx || g.q.Approx
					q.Exp = min(q.Exp, g.q.Exp)
					f.end = g.k
					out = append(out, f)
					i++
					continue
				}
			}
		}
		out = append(out, f)
	}
	c.figs = out
}

// unitOf returns the unit a quantity is stated in.
func unitOf(q *quantity.Quantity) metric.Unit {
	switch q.Unit {
	case quantity.Money:
		if q.PerShare {
			return metric.USDPerShare
		}
		return metric.USD
	case quantity.Percent:
		return metric.Percent
	case quantity.Days:
		return metric.Days
	case quantity.BasisPoints:
		return "bp"
	case quantity.Points:
		return "points"
	case quantity.Times:
		return "times"
	}
	return metric.Count
}

// other makes f an Other figure for reason.
func (f *fig) other(reason string) {
	f.claim.Role = Other
	f.claim.Reason = reason
	f.done = true
}

// frameAt returns the clause's frame for the measure at item m, making it
// when new.
func (c *clauseCtx) frameAt(m int) *frame {
	for _, fr := range c.frames {
		if fr.m == m {
			return fr
		}
	}
	fr := c.newFrame(m)
	c.frames = append(c.frames, fr)
	return fr
}

// changeBefore reports whether a change word stands in the clause before
// item k, after any figure: "a total decrease in revenue of $195,000 to
// $6,736,000" states a change and a level, not a range.
func (c *clauseCtx) changeBefore(k int) bool {
	items := c.items()
	for j := k - 1; j >= c.a; j-- {
		switch p := &items[j]; {
		case p.Kind == clause.Figure:
			// "increased 40.7% or $20 million to $68.9 million"
			return j > c.a && items[j-1].Is(clause.Change) && !items[j-1].Is(clause.Link) && items[j-1].Dir != 0 && items[j+1].Text == "or"
		case p.Text == "or" && j > c.a && items[j-1].Kind == clause.Figure:
		case p.Is(clause.Conj), p.Kind == clause.Punct:
			return false // "improved margins and adjusted EPS of $0.62 to $0.64"
		case p.Is(clause.Range), p.Is(clause.To), p.Is(clause.Link) && p.Text != "of" && p.Text != "in":
			return false // "expected to increase to 25% to 26%", "to grow …, to be in the $0.35 to $0.42 range"
		case p.Is(clause.Change) && !p.Is(clause.Link) && p.Dir != 0:
			return true
		}
	}
	return false
}

// cueBefore reports whether a word of the cue stands in the clause before
// item k: an outlook word ("adjusted EPS from $0.74 to $0.93" after "we
// are forecasting" is a range, not a change), a verb of buying back shares
// ("we repurchased $297 million of shares").
func (c *clauseCtx) cueBefore(k int, cue clause.Cue) bool {
	return slices.ContainsFunc(c.items()[c.a:k], func(it clause.Item) bool { return it.Is(cue) })
}

// fragment reports whether the sentence has no verb: a list of figures
// that goes on from the sentence before ("Adjusted EBITDA of $125 million
// to $130 million.").
// opensWithMeasure reports whether the sentence starts with a measure,
// past qualifiers: "Operating margins of 10.75% to 11.25%."
func (sc *sentCtx) opensWithMeasure() bool {
	items := sc.s.Items
	c := &clauseCtx{sc: sc, a: 0, b: len(items)}
	k := c.sentenceStart()
	for k < len(items) && items[k].Kind == clause.Qualifier {
		k++
	}
	return k < len(items) && items[k].Kind == clause.Measure
}

func (sc *sentCtx) fragment() bool {
	for _, it := range sc.s.Items {
		switch {
		case it.Is(clause.Actual | clause.Result | clause.Guide | clause.Change | clause.Pronoun):
			return false
		case it.Is(clause.Link) && it.Text != "of" && it.Text != "at" && it.Text != "in" && it.Text != "for" && !it.Is(clause.Range):
			return false
		case it.Kind == clause.Word && (strings.HasSuffix(it.Text, "ed") || strings.HasSuffix(it.Text, "s") && len(it.Text) > 3 && !it.Cap && false):
			return false
		}
	}
	return true
}

// openingMeasure returns the item of the measure a sentence opens with
// and sets off by a comma ("As for full year 2020 adjusted EPS, …",
// "Regarding EPS, …", "And adjusted diluted EPS, we are expecting …"),
// and the item after the comma and any aside that follows it; or -1, -1.
func (sc *sentCtx) openingMeasure() (int, int) {
	items := sc.s.Items
	c := &clauseCtx{sc: sc, a: 0, b: len(items)}
	k := c.sentenceStart()
	if k < len(items) {
		switch p := &items[k]; {
		case p.Is(clause.Transition), p.Text == "for", p.Text == "on", p.Text == "in", p.Text == "with":
			k++ // "For revenue, we are increasing our full-year range", "And on adjusted EBITDA, we're raising"
		}
	}
	on := k > 0 && items[k-1].Text == "on"
	m := -1
	for j := k; j < len(items) && j < k+8; j++ {
		switch p := &items[j]; {
		case p.Kind == clause.Measure:
			m = j
		case p.Kind == clause.Punct && p.Text == ",":
			n := j + 1
			if m >= 0 && n < len(items) && (items[n].Text == "where" || items[n].Text == "which") {
				// "On the adjusted EPS line, where we excluded the expense,
				// we earned $3.03": past the aside
				for n++; n < len(items) && items[n].Text != "," && items[n].Kind != clause.Figure; n++ {
				}
				n++
			}
			if m >= 0 && n < len(items) && (items[n].Is(clause.Pronoun) || strings.HasPrefix(items[n].Text, "we ") || strings.HasPrefix(items[n].Text, "we'")) {
				return m, n
			}
			return -1, -1
		case m >= 0 && p.Kind == clause.Word && topicNouns[p.Text]:
			// "On the capex line, we'd invested $2.5 billion"
		case on && m >= 0 && p.Kind == clause.Word && p.Text == "basis":
			// "On a GAAP EPS basis, we reported $0.37"
		case on && m < 0 && p.Kind == clause.Word && (p.Text == "a" || p.Text == "an"):
		case p.Kind == clause.Qualifier, p.Kind == clause.Period, p.Kind == clause.Word && fillers[p.Text]:
		default:
			return -1, -1
		}
	}
	return -1, -1
}

// companySubject reports whether the sentence's subject is the company,
// by its name or as "the Company": "The Company finished the quarter
// with …".
func (sc *sentCtx) companySubject() bool {
	items := sc.s.Items
	c := &clauseCtx{sc: sc, a: 0, b: len(items)}
	k := c.sentenceStart()
	if k < len(items) && items[k].Text == "the" {
		k++
	}
	return k < len(items) && (items[k].Text == "company" || sc.r.company[items[k].Text])
}

// headless reports whether the sentence's subject stands for something
// named before or is missing: "They drove comp sales of 5.6%", "The team
// had a great holiday season", "had its first ever $100 billion quarter".
func (sc *sentCtx) headless() bool {
	items := sc.s.Items
	c := &clauseCtx{sc: sc, a: 0, b: len(items)}
	k := c.sentenceStart()
	if k >= len(items) {
		return false
	}
	p := &items[k]
	switch {
	case p.Is(clause.Pronoun):
		return p.Text == "they" || p.Text == "it"
	case p.Is(clause.PartNoun):
		return true
	case p.Kind == clause.Word && p.Text == "the" && k+1 < len(items) && (items[k+1].Text == "team" || items[k+1].Text == "teams"):
		return true
	case p.Is(clause.Result), p.Kind == clause.Word && (p.Text == "had" || p.Text == "has" || p.Text == "delivered"):
		return true
	}
	return false
}

// outlookFig reports whether the figure stands in an outlook.
func (c *clauseCtx) outlookFig(f *fig) bool {
	g, _ := c.guidance(f)
	return g
}

// rate reports whether a measure is a rate whose change is its level:
// comparable sales "decline 5%".
func rate(a *metric.Alias) bool {
	if a == nil {
		return false
	}
	m, _ := metric.Lookup(a.ID)
	return m.Rate
}
