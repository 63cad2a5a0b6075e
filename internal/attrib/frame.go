package attrib

import (
	"slices"
	"strings"

	"qoq/internal/clause"
	"qoq/internal/period"
	"qoq/metric"
)

// A frame is a measure named in a clause, with what its phrase says: the
// basis and share class its qualifiers give, the part of the business
// its modifiers name, the period named with it.
type frame struct {
	m       int // the measure's item
	n       int // the frame's number in the call
	alias   *metric.Alias
	label   string
	basis   string
	variant string
	segment string
	total   bool // named as the company's whole: "total revenue"
	part    bool // its subject stands for a part named before: "the business"
	// company says the part noun may name the company itself: "the
	// business generated significant cash flow".
	company bool
	// doubt holds modifier words that may name a part, or another
	// measure, and cannot be told: the frame's figures are no company
	// total.
	doubt string
	per   *period.Ref
	perAt int
	// level is the frame's first level figure, for changes and priors
	// stated after it.
	level *fig
	// change is set once a change of the measure is stated in the clause;
	// changed once a change word takes it to a level ("increased to").
	change  *fig
	changed bool
}

// sibling returns a new frame of fr's measure, as its phrase says it, on
// the basis b: "EPS of $2.85 to $3.10 or $3.00 to $3.25 on an adjusted
// basis".
func (c *clauseCtx) sibling(fr *frame, b string) *frame {
	c.sc.r.frames++
	nf := &frame{m: fr.m, n: c.sc.r.frames, alias: fr.alias, label: fr.label, basis: b, variant: fr.variant,
		segment: fr.segment, total: fr.total, part: fr.part, company: fr.company, doubt: fr.doubt, per: fr.per, perAt: fr.perAt}
	c.frames = append(c.frames, nf)
	return nf
}

// newFrame reads the phrase of the measure at item m.
func (c *clauseCtx) newFrame(m int) *frame {
	items := c.items()
	it := &items[m]
	r := c.sc.r
	r.frames++
	fr := &frame{m: m, n: r.frames, alias: it.Measure, label: it.Text, basis: it.Measure.Basis, variant: it.Measure.Variant, perAt: -1}
	if strings.HasPrefix(it.Text, "total ") || strings.HasPrefix(it.Text, "consolidated ") {
		fr.total = true
	}
	if m >= c.a+2 && items[m-1].Text == "'s" && items[m-2].Kind == clause.Period {
		// "on top of last year's comp of nearly 60%": the period's
		ref := items[m-2].Period
		fr.per, fr.perAt = &ref, m-2
	}
	if m > c.a && items[m-1].Kind == clause.Period && items[m-1].Period.Rule == period.QuarterLastYear {
		// "the prior year first quarter gross margin was $80.9 million"
		ref := items[m-1].Period
		fr.per, fr.perAt = &ref, m-1
	}
	if m > 0 && m-1 == c.sentenceStart() && items[m-1].Kind == clause.Period && items[m-1].Period.Rule == period.LastYear {
		// "Prior year SG&A expense for the period was $271 million": the
		// same period a year before
		ref := period.Ref{Rule: period.YearAgo}
		fr.per, fr.perAt = &ref, m-1
	}
	// the modifiers before the measure: "Q2 GAAP EPS", "Sales Cloud
	// revenue", "consolidated property revenue"
	lo, hi := -1, -1 // the modifier words, items[lo:hi]
	gap := false     // a qualifier or period stands between them and the measure
	for j := m - 1; j >= c.a; j-- {
		p := &items[j]
		if p.Kind == clause.Qualifier && p.Text == "core" && lo >= 0 {
			lo = j // "Our core laundry operations revenues": the part's name
			break
		}
		if p.Kind == clause.Qualifier || p.Kind == clause.Period && !p.Period.Rule.Comparison() {
			if p.Kind == clause.Qualifier && !(p.Is(clause.Result) && j != m-1) {
				fr.qualify(p) // "reported EPS", not "AIG reported adjusted pre-tax income"
			} else if fr.per == nil {
				ref := p.Period
				fr.per, fr.perAt = &ref, j
			}
			if lo >= 0 {
				break // "Sales Cloud" ends at a qualifier before it
			}
			if p.Kind == clause.Qualifier && j >= c.a+2 && (items[j-1].Text == "and" || items[j-1].Text == "or") && items[j-2].Kind == clause.Qualifier {
				fr.qualify(&items[j-2]) // "both GAAP and non-GAAP revenues were"
			}
			gap = true
			continue
		}
		if p.Is(clause.Total) {
			fr.total = true
			break
		}
		word := p.Kind == clause.Word && (p.Text == "'s" || r.company[p.Text] || !fillers[p.Text] && !stopModifier[p.Text] && !(globalWords[p.Text] && !p.Cap) && !lexDigits(p.Text)) ||
			p.Is(clause.SegmentHead) && (j == m-1 || headBefore(items, j)) || p.Kind == clause.CueWord && partWords[p.Text] ||
			p.Text == "of" && j > c.a && items[j-1].Cap && items[j+1].Cap // "Flooring Rest of World segment sales"
		if gap && !(p.Cap || p.Text == "'s" || partWords[p.Text] || geoWords[p.Text] || p.Is(clause.SegmentHead) && headBefore(items, j)) {
			word = false // "announced second quarter earnings": a verb
		}
		if word && p.Kind == clause.Word && !p.Cap && !nounEndings[p.Text] && !partWords[p.Text] &&
			(strings.HasSuffix(p.Text, "ing") || strings.HasSuffix(p.Text, "ed") || adverb(p.Text)) {
			word = false // "noting that earnings were", "reflecting revenue"
		}
		if !word {
			break
		}
		if hi < 0 {
			hi = j + 1
		}
		lo = j
		if p.Is(clause.SegmentHead) {
			gap = false // "our hospital segment adjusted EBITDA": the words before the head name it
		}
	}
	if lo >= 0 {
		fr.segment, fr.doubt = c.partOf(lo, hi)
		if hi == lo+1 && items[lo].Is(clause.SegmentHead) && !items[lo].Is(clause.Ambiguous) {
			fr.part = true // "Segment sales were over $1.6 billion": the part named before
		}
	}
	if n := m + 1; n < c.b && items[n].Is(clause.Total) && strings.HasPrefix(items[n].Text, "for the") {
		fr.total = true // "Gross profit for the enterprise was approximately $3 billion"
	}
	if n := m + 1; n < len(items) && items[n].Kind == clause.Word && measureHeads[items[n].Text] && !(items[n].Text == "basis" && c.onBasis(m)) {
		// "GE's cash needs", "revenue synergies": another measure
		fr.doubt = it.Text + " " + items[n].Text
	} else if n+1 < len(items) && items[n].Kind == clause.Word && !fillers[items[n].Text] && items[n+1].Kind == clause.Word && (measureHeads[items[n+1].Text] || items[n+1].Text == "payments") && items[n+1].Text != "basis" {
		// "expected cash NCI payments of $470 million"
		fr.doubt = it.Text + " " + items[n].Text + " " + items[n+1].Text
	}
	if n := m - 1; bareOnly[it.Text] && fr.doubt == "" && fr.segment == "" && n >= c.a && items[n].Kind == clause.Qualifier && items[n].Basis == "" && items[n].Variant == "" {
		fr.doubt = items[n].Text + " " + it.Text // "noncash LIFO expense of $0.8 million": a kind of expense
	}
	if bareOnly[it.Text] && fr.doubt == "" && fr.segment == "" {
		if n := m - 1; n >= c.a && items[n].Kind == clause.CueWord && items[n].Is(clause.Program) {
			fr.doubt = items[n].Text + " " + it.Text // "acquisition expenses of $3.5 million": a kind of expense
		}
		for j := m - 1; j >= c.a && j >= m-2 && items[j].Kind == clause.Word; j-- {
			if p := &items[j]; p.Kind == clause.Word && !fillers[p.Text] && !wholeWords[p.Text] && !(stopModifier[p.Text] && !partialWords[p.Text]) && !r.company[p.Text] &&
				!(strings.HasSuffix(p.Text, "ing") && !partialWords[p.Text]) &&
				!(genericNameWords[p.Text] && j > c.a && r.company[items[j-1].Text]) { // "Vector Group's revenues"
				// "non-recurring expenses", "COVID-related expenses"
				fr.doubt = p.Text + " " + it.Text
			}
		}
	}
	// after the measure: "revenue for the Americas", "EPS on an adjusted
	// basis", "revenue in the second quarter", "EPS, excluding …, was"
	for j := m + 1; j < c.b && j <= m+6; j++ {
		p := &items[j]
		switch {
		case p.Kind == clause.Punct && p.Text == "," && j+1 < c.b && items[j+1].Is(clause.Basis) && fr.basis == "":
			fr.basis = metric.NonGAAP
			continue
		case p.Kind == clause.Punct && p.Text == "," && j+1 < c.b && items[j+1].Kind == clause.Qualifier && items[j+1].Basis != "":
			continue // "EPS, excluding special items, was $1.16"
		case p.Kind == clause.Qualifier:
			fr.qualify(p)
			continue
		case p.Kind == clause.Period && !p.Period.Rule.Comparison() && fr.per == nil && !p.Period.Rule.Span():
			ref := p.Period
			fr.per, fr.perAt = &ref, j
			continue
		case p.Kind == clause.Word && fillers[p.Text],
			p.Kind == clause.CueWord && p.Text == "for", p.Kind == clause.CueWord && p.Text == "in",
			p.Text == "of" && j+1 < c.b && items[j+1].Kind != clause.Figure, // "Sales of the Life Science group"
			p.Text == "on" && j+1 < c.b && items[j+1].Kind == clause.Word:
			if n := j + 1; fr.segment == "" && n < c.b && items[n].Is(clause.PartNoun) && !items[n].Is(clause.Ambiguous) && p.Kind == clause.CueWord {
				// "organic growth for this segment was 13.5%", "total
				// revenues for this business were $66.7 million": the
				// part named before, its total
				fr.part, fr.total = true, false
			}
			if fr.segment == "" && !fr.total && !fr.part {
				if s := c.namedPart(j+1, j+5); s != "" {
					fr.segment = s
				} else if s := c.headedPart(j+1, j+7); s != "" {
					fr.segment = s // "the gross profit percentage for the ongoing donor centers"
				} else if s := c.nounPart(j + 1); s != "" && partTaking[fr.alias.ID] && (p.Text == "in" || p.Text == "on") {
					fr.segment = s // "Gross profit in blood products rose", "gross margin on wood products was"
				}
			}
			continue
		case p.Kind == clause.CueWord && (p.Text == "at" || p.Text == "from") && fr.segment == "":
			if s := c.namedPart(j+1, j+5); s != "" && !fr.total {
				fr.segment = s
			} else if s := c.headedPart(j+1, j+6); s != "" && !fr.total {
				fr.segment = s
			} else if s := c.nounPart(j + 1); s != "" && partTaking[fr.alias.ID] {
				fr.segment = s // "Gross profit from blood products was"
			} else if n := j + 2; n < c.b && items[j+1].Is(clause.Demonstrative) && items[n].Is(clause.SegmentHead) {
				// "gross profits from these centers"
				fr.segment = r.d.partWithHead(items[n].Text)
			}
		}
		break
	}
	for j := c.a; j < m; j++ {
		// "the business produced $3.1 billion of earnings", not "the
		// performance we see in the businesses"
		subject := j <= c.sentenceStart()+1 || j+1 < len(items) && (items[j+1].Is(clause.Result|clause.Link) || resultVerbs[items[j+1].Text] || items[j+1].Text == "'s")
		if items[j].Is(clause.PartNoun) && subject {
			fr.part = true
			fr.company = items[j].Is(clause.Ambiguous)
		}
	}
	return fr
}

// qualify applies a qualifier to the frame: the first basis and share
// class stated win.
func (fr *frame) qualify(it *clause.Item) {
	if it.Basis != "" && fr.basis == "" {
		fr.basis = it.Basis
	} else if it.Basis != "" && it.Basis != fr.basis {
		fr.basis = metric.GAAP // "both GAAP and non-GAAP revenues were": the same figure on both
	}
	if it.Variant != "" && (fr.variant == "" || it.Variant == "basic_and_diluted") {
		fr.variant = it.Variant
	}
}

// namedPart returns the name of a part of the business written in items
// [i, j): capitalised words ("the Americas", "Sales Cloud"), or words
// ending in a segment's head ("our services segment"), or "".
func (c *clauseCtx) namedPart(i, j int) string {
	items := c.items()
	j = min(j, c.b)
	for i < j && items[i].Kind == clause.Word && fillers[items[i].Text] {
		i++
	}
	start, end := i, i
	caps := true
	for k := i; k < j; k++ {
		p := &items[k]
		switch {
		case k == start && notNames[p.Text]:
			return ""
		case k == start && p.Kind == clause.Word && p.Cap && stopModifier[p.Text] && k+1 < j && nameStart(&items[k+1]) && !stopModifier[items[k+1].Text]:
			end = k + 1 // "in Sales Cloud": a name that starts with a common word
			continue
		case p.Text == "group" && end > start && caps:
			return c.text(start, end) // "the Life Science group"
		case p.Kind == clause.Word && !stopModifier[p.Text] && !c.sc.r.company[p.Text] && !lexDigits(p.Text):
			caps = caps && (p.Cap || p.Text == "'s" && k > start) // "Sam's Club"
			end = k + 1
			continue
		case p.Is(clause.SegmentHead) && end > start:
			return c.text(start, end)
		}
		break
	}
	if end > start && (caps || partWords[nameKey(items, start, end)] || geoWords[nameKey(items, start, end)] || c.sc.r.vocab.isSegment(nameKey(items, start, end))) {
		return c.text(start, end)
	}
	if end == start && start < j && c.sc.r.company[items[start].Text] {
		// "from Walmart U.S.": the company's name opens a segment's
		for end = start + 1; end < j && nameStart(&items[end]); end++ {
		}
		if key := nameKey(items, start, end); end > start+1 && (c.sc.r.vocab.isSegment(key) || c.sc.r.partOfName(key)) {
			return c.text(start, end)
		}
	}
	return ""
}

// text returns the sentence's text of items [i, j).
func (c *clauseCtx) text(i, j int) string {
	s := c.sc.s
	t0, t1 := s.Items[i].T0, s.Items[j-1].T1
	return strings.TrimSuffix(strings.TrimSuffix(s.Text[s.Toks[t0].Start:s.Toks[t1-1].End], "'s"), "’s")
}

// headBefore reports whether the segment head at item j ends a part's
// name before a possessive, a period or a qualifier of the measure after
// it: "our Safety segment's occupancy", "Industrial division first quarter
// sales", "our hospital segment adjusted EBITDA".
func headBefore(items []clause.Item, j int) bool {
	n := &items[j+1]
	return n.Text == "'s" || n.Kind == clause.Period || n.Kind == clause.Qualifier
}

// pastLeadPhrase returns the item after a phrase that opens the sentence
// before its subject and ends with a comma ("Based on our year-to-date
// performance, Capital still expects …"), or k.
func pastLeadPhrase(items []clause.Item, k int) int {
	if k+1 < len(items) && items[k].Kind == clause.Qualifier && items[k].Basis != "" && items[k+1].Text == "," {
		return k + 2 // "On an adjusted basis, E&P had net income of …"
	}
	if k+1 >= len(items) || !leadPhrases[items[k].Text+" "+items[k+1].Text] {
		return k
	}
	for j := k + 2; j < len(items) && j < k+12; j++ {
		switch {
		case items[j].Text == ",":
			return j + 1
		case items[j].Kind == clause.Figure || items[j].Kind == clause.Punct:
			return k
		}
	}
	return k
}

// pastPeriodLead returns the item after the periods that open a sentence
// from item k: "During the first quarter of 2003, the closed donor
// centers …", "For the quarter, U.S. domestic generated …".
func pastPeriodLead(items []clause.Item, k int) int {
	for k < len(items) && (items[k].Kind == clause.Period || items[k].Kind == clause.Word && items[k].Text == "during" || items[k].Text == "," ||
		k+1 < len(items) && (items[k].Text == "in" || items[k].Text == "for") && items[k+1].Kind == clause.Period) {
		k++
	}
	return k
}

// measureSubject reports whether the sentence's subject is a name and a
// measure of it: "Residential net sales were …", "FoodTech margins were
// in line with guidance".
func (sc *sentCtx) measureSubject() bool {
	items := sc.s.Items
	c := &clauseCtx{sc: sc, a: 0, b: len(items)}
	k := pastPeriodLead(items, c.sentenceStart())
	j := k
	for j < len(items) && items[j].Kind == clause.Word && items[j].Cap {
		j++
	}
	return j > k && j < len(items) && items[j].Kind == clause.Measure
}

// partSubject returns the end of a subject at item k made of words that
// name parts of a business ("U.S. domestic", "international") when a verb
// of results follows it, or -1.
func partSubject(items []clause.Item, k int) int {
	j := k
	for j < len(items) && (items[j].Kind == clause.Word && (partWords[items[j].Text] || geoWords[items[j].Text]) || j > k && abbrevDot(items, j)) {
		j++
	}
	if j > k && j < len(items) && resultVerbs[items[j].Text] {
		return j
	}
	return -1
}

// goodPeriod returns the end of the subject starting at item k of a
// sentence that says it "had a good quarter" ("Food equipment had a good
// quarter with …"), or -1. The subject is words only, and not one that
// means the whole: "The team had a strong quarter".
func goodPeriod(items []clause.Item, k int) int {
	for v := k + 1; v < len(items) && v < k+7; v++ {
		it := &items[v]
		if it.Kind != clause.Word && it.Text != "had" && !nameJoins[it.Text] {
			return -1
		}
		if wholeSubjects[it.Text] {
			return -1
		}
		if it.Text != "had" {
			continue
		}
		n := v + 1
		if n >= len(items) || items[n].Text != "a" && items[n].Text != "another" {
			return -1
		}
		for n++; n < len(items) && n < v+6 && items[n].Kind == clause.Word; n++ {
			if periodNouns[items[n].Text] {
				return v
			}
		}
		return -1
	}
	return -1
}

// namesPartOnce reports whether the capitalised name in items [k, j),
// followed by its verb at v, is a part of the business the call names
// once, as the subject of a sentence without figures about its measures:
// "Protection Services continues to grow revenue and profit."
// nextPart reports whether items [k, j), capitalised words before the
// verb of results at v, name the next part of a walk through the parts
// ("Let's move on to the segments, beginning with CTP. | … | Diversified
// Products Group generated $75 million of revenue"), or a part by the
// measure of parts the sentence states ("Personal Lines produced $210
// million of segment income").
func (sc *sentCtx) nextPart(k, j, v int) bool {
	items := sc.s.Items
	segmentMeasure := slices.ContainsFunc(items, func(it clause.Item) bool { return it.Kind == clause.Measure && it.Measure.ID == "segment_profit" })
	// "E&P had net income of $149 million": a name a company writes for a
	// part of itself
	abbrev := j-k == 1 && strings.ContainsAny(items[k].Text, "&")
	if sc.r.d.segment == "" && !segmentMeasure && !abbrev || j-k < 2 && !abbrev || !resultVerbs[items[v].Text] || sc.r.people[nameKey(items, k, j)] {
		return false // "Personal Lines produced $210 million of segment income"
	}
	for n := k; n < j; n++ {
		if !items[n].Cap {
			return false
		}
	}
	return true
}

func (sc *sentCtx) namesPartOnce(k, j, v int) bool {
	items := sc.s.Items
	if len(sc.s.Qs) > 0 || j-k < 2 || !subjectVerbs[items[v].Text] || sc.r.people[nameKey(items, k, j)] {
		return false
	}
	for n := k; n < j; n++ {
		if !items[n].Cap {
			return false
		}
	}
	return slices.ContainsFunc(items[v+1:], func(it clause.Item) bool { return it.Kind == clause.Measure })
}

// abbrevDot reports whether item j is the dot closing an abbreviation
// such as "U.S.": "In Sam's Club U.S., comps were …".
func abbrevDot(items []clause.Item, j int) bool {
	return j > 0 && items[j].Text == "." && items[j-1].Kind == clause.Word && strings.Contains(items[j-1].Text, ".")
}

func lexDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// openingSegment returns the part of the business a sentence opens with:
// "In Industrial, …", "At Sales Cloud, …", "Turning to Consumer Banking",
// "Freight had another outstanding quarter", or "".
func (sc *sentCtx) openingSegment() string {
	seg, _ := sc.openingSegmentTopic()
	return seg
}

// openingSegmentTopic returns the part a sentence opens with, and whether
// it opens a topic for the sentences after it ("Turning to Consumer
// Banking", "In Industrial,") rather than being the subject of this one.
func (sc *sentCtx) openingSegmentTopic() (string, bool) {
	items := sc.s.Items
	c := &clauseCtx{sc: sc, a: 0, b: len(items)}
	k := c.sentenceStart()
	k = pastLeadPhrase(items, pastPeriodLead(items, k))
	if k >= len(items) {
		return "", false
	}
	it := &items[k]
	ps, gp := partSubject(items, k), -1
	if nameStart(it) {
		gp = goodPeriod(items, k)
	}
	switch {
	case it.Is(clause.Transition):
		if s, ok := c.transitionTopic(); ok {
			return s, true // not "Moving down the P&L,"
		}
		return c.namedPart(k+1, k+6), true
	case it.Text == "in" || it.Text == "at" || it.Text == "within" || it.Text == "for":
		// "In Industrial, adjusted EBITDA of …"
		j := k + 1
		for j < len(items) && j < k+7 && (items[j].Kind != clause.Punct || abbrevDot(items, j)) {
			j++
		}
		if j < len(items) && items[j].Text == "," {
			if s := c.namedPart(k+1, j); s != "" {
				return s, true
			}
			// "In blood services, gross profit was $0.77 million": nouns
			// opening a sentence that goes on with a measure
			if j+1 < len(items) && c.measureWithin(j+1, j+4) >= 0 && nounLike(items[j-1].Text) {
				lo := k + 1
				for lo < j && items[lo].Kind == clause.Word && fillers[items[lo].Text] {
					lo++
				}
				for n := lo; n < j; n++ {
					if items[n].Kind != clause.Word || stopModifier[items[n].Text] || topicWords[items[n].Text] || lexDigits(items[n].Text) {
						return "", false
					}
				}
				if lo < j {
					return c.text(lo, j), true
				}
			}
		}
	case ps > k:
		// "U.S. domestic generated revenue of $14.2 billion",
		// "international delivered its fourth straight quarter of profits"
		return c.text(k, ps), false
	case it.Kind == clause.Word && !it.Cap || it.Kind == clause.Word && fillers[it.Text]:
		// "the closed donor centers generated operating losses", "our
		// remaining facilities reported a sizeable revenue gain"
		j := k
		for j < len(items) && j < k+7 && items[j].Kind == clause.Word && !lexDigits(items[j].Text) {
			j++
		}
		if j < len(items) && items[j].Is(clause.SegmentHead) && j+1 < len(items) && resultVerbs[items[j+1].Text] {
			if s := c.headedPart(k, j+1); s != "" {
				return s, false
			}
		}
	case gp > k && !sc.r.ownName(nameKey(items, k, gp)):
		// "Food equipment had a good quarter", "Test and measurement in
		// electronics had a very strong quarter": a part's
		return c.text(k, gp), false
	case nameStart(it):
		// "Freight had another outstanding quarter", "Blood services
		// generated gross profit of $703,000"
		j := subjectEnd(items, nameEnd(items, k))
		head := j < len(items) && items[j].Is(clause.SegmentHead)
		if head {
			j++
		}
		key := nameKey(items, k, j)
		v := j
		for v < len(items) && v < j+2 && items[v].Kind == clause.Word && (adverb(items[v].Text) || adverbsLead[items[v].Text]) {
			v++ // "Capital still expects"
		}
		if v+1 < len(items) && items[v].Kind == clause.Measure && sc.r.vocab.isSegment(key) && subjectVerbs[items[v+1].Text] {
			v++ // "FoodTech margins were in line with guidance, with operating margins of 13.3%"
		}
		if v < len(items) && (subjectVerbs[items[v].Text] || items[v].Is(clause.Guide|clause.Result) || items[v].Text == ",") && (sc.r.vocab.isSegment(key) || head || sc.namesPartOnce(k, j, v) || sc.nextPart(k, j, v) || sc.r.partOfName(key)) && !sc.r.ownName(key) {
			if head {
				j-- // "Our Food Equipment segment was solid": the part is "Food Equipment"
			}
			return c.text(k, j), false
		}
	}
	return "", false
}

// partOf decides whether the modifier words of a measure, items [lo, hi),
// name a part of the business. It returns the part's name, or the words
// when they may name a part but cannot be told to.
// partByGroup reports whether the capitalized name items[lo:hi] ends in
// "Group" and shares no word with the company's name: one of its groups
// ("Flight Support Group" at HEICO), not the company ("Vector Group").
func (c *clauseCtx) partByGroup(lo, hi int) bool {
	items := c.items()
	r := c.sc.r
	if hi-lo < 2 || len(r.company) == 0 || !items[hi-1].Cap || !groupHeads[items[hi-1].Text] {
		return false
	}
	for k := lo; k < hi; k++ {
		if r.company[items[k].Text] || !items[k].Cap && items[k].Text != "&" && items[k].Text != "and" {
			return false
		}
	}
	return true
}

// groupAt returns the name of a group of the company's (partByGroup)
// that starts at item k, past an article, or "".
func (c *clauseCtx) groupAt(k int) string {
	items := c.items()
	if k < c.b && (items[k].Text == "the" || items[k].Text == "our") {
		k++
	}
	hi := k
	for hi < c.b && hi < k+6 && items[hi].Kind == clause.Word && (items[hi].Cap || items[hi].Text == "&" || items[hi].Text == "and") {
		hi++
	}
	if hi > k && c.partByGroup(k, hi) {
		return c.text(k, hi)
	}
	return ""
}

func (c *clauseCtx) partOf(lo, hi int) (name, doubt string) {
	items := c.items()
	r := c.sc.r
	if hi == lo+1 && items[lo].Is(clause.SegmentHead) {
		return "", "" // "segment gross margin reached 28.1%": the segment named before it
	}
	if hi-lo >= 3 && items[hi-1].Text == "'s" && items[hi-2].Is(clause.SegmentHead) {
		// "our Safety segment's occupancy": a part by its head
		for lo < hi-2 && r.company[items[lo].Text] {
			lo++
		}
		if lo < hi-2 {
			return c.text(lo, hi-2), ""
		}
	}
	if items[hi-1].Text == "'s" && lo <= c.subjectStart() {
		if key := nameKey(items, lo, hi-1); !r.vocab.isSegment(key) && !r.vocab.isShort(key) {
			if c.partByGroup(lo, hi-1) {
				// "The Flight Support Group's net sales": a group the
				// company's name is not
				return c.text(lo, hi-1), ""
			}
			return "", "" // "Vector Group's revenues": the company's own, but "EIG's operating income" a part's
		}
	}
	// drop the company's own words and a possessive at the ends
	dropped := lo
	for lo < hi && (r.company[items[lo].Text] || items[lo].Text == "'s") {
		lo++
	}
	if lo > dropped && !slices.ContainsFunc(items[lo:hi], func(it clause.Item) bool { return !genericNameWords[it.Text] && it.Text != "'s" }) {
		return "", "" // "Vector Group's revenues": the rest of the company's name
	}
	headed := hi-lo >= 2 && items[hi-1].Is(clause.SegmentHead) && items[hi-2].Kind == clause.Word && !fillers[items[hi-2].Text]
	for hi > lo && (items[hi-1].Text == "'s" || items[hi-1].Is(clause.SegmentHead)) {
		hi--
	}
	if lo >= hi {
		return "", ""
	}
	key := nameKey(items, lo, hi)
	text := c.text(lo, hi)
	if headed && items[lo].Cap {
		return text, "" // "Agricultural division first quarter sales": a part by its head
	}
	if m := hi; m < len(items) && items[m].Kind == clause.Measure && slugHeads[lastWord(items[m].Text)] {
		return "", text // "insurance expense", "bad debt provision": a measure of its own
	}
	if r.vocab.isSegment(key) || r.vocab.isShort(key) || partWords[key] || geoWords[key] {
		return text, ""
	}
	if items[hi-1].Text == "'s" || hi < len(items) && items[hi].Text == "'s" {
		if lo <= c.subjectStart() && !r.vocab.isSegment(key) && !r.vocab.isShort(key) {
			return "", "" // "Harsco's adjusted earnings per share": the company's own
		}
	}
	allParts, caps := true, true
	for k := lo; k < hi; k++ {
		w := items[k].Text
		if !(partWords[w] || geoWords[w]) {
			allParts = false
		}
		if !items[k].Cap && w != "'s" && w != "&" && w != "of" && w != "and" {
			caps = false
		}
	}
	if allParts {
		return text, ""
	}
	if caps && lo > c.sentenceStart() {
		// a capitalised name mid-sentence: "Sales Cloud revenue"
		return text, ""
	}
	return "", text
}

// sentenceStart returns the index of the sentence's first item past
// conjunctions and fillers.
func (c *clauseCtx) sentenceStart() int {
	items := c.items()
	k := 0
	for k < len(items) && (items[k].Kind == clause.Word && (fillers[items[k].Text] || adverbsLead[items[k].Text]) || items[k].Is(clause.Conj) || items[k].Kind == clause.Punct ||
		items[k].Kind == clause.CueWord && adverbsLead[items[k].Text]) {
		k++
	}
	return k
}

// subjectStart returns the index of the first item of the sentence's
// subject, past conjunctions, the periods and the phrase that open it:
// "Now for the quarter, Brinker's total revenues were …".
func (c *clauseCtx) subjectStart() int {
	items := c.items()
	return pastLeadComma(items, pastLeadPhrase(items, pastPeriodLead(items, c.sentenceStart())), len(items))
}

// transitionTopic returns the topic the sentence's last transition turns
// to, and whether it has one: a part of the business ("Turning to the
// wealth management business", "let's start with consumer banking on
// Slide 17"), or "" for another topic ("Turning to the balance sheet",
// "Moving to Slide 9", "Turning to expenses").
func (c *clauseCtx) transitionTopic() (string, bool) {
	items := c.items()
	at := -1
	start := c.sentenceStart()
	for k := range items {
		// a transition opens the sentence or follows a comma: "Turning to
		// …", "…, let's start with consumer banking"
		lead := k == start || k > 0 && items[k-1].Text == "," ||
			k > 1 && items[k-2].Text == "," && (items[k-1].Text == "let's" || items[k-1].Text == "let" || items[k-1].Text == "me") ||
			k > 2 && items[k-3].Text == "," && items[k-2].Text == "let" && items[k-1].Text == "'s"
		if items[k].Is(clause.Transition) && !items[k].Is(clause.Guide) && lead {
			at = k
		}
	}
	if at < 0 {
		return "", false
	}
	i := at + 1
	for i < len(items) && items[i].Kind == clause.Word && fillers[items[i].Text] {
		i++
	}
	j := i
	for j < len(items) && j < i+5 {
		p := &items[j]
		if p.Kind == clause.Word && !lexDigits(p.Text) && !topicWords[p.Text] && !stopModifier[p.Text] || p.Is(clause.SegmentHead) && j > i || p.Text == "&" {
			j++
			continue
		}
		break
	}
	for j > i && items[j-1].Is(clause.SegmentHead) {
		j--
	}
	if j == i || j < len(items) && (items[j].Kind == clause.Measure || items[j].Kind == clause.Period || items[j].Kind == clause.Figure ||
		items[j].Is(clause.Noun|clause.Variant)) { // "Looking at ADS growth rates for our sales": a measure's topic
		return "", true
	}
	key := nameKey(items, i, j)
	headed := j < len(items) && items[j].Is(clause.SegmentHead)
	if c.sc.r.ownName(key) && !headed || c.sc.r.people[key] {
		return "", true // "Looking at Acme's results", but "Looking at our Packaging business" at Packaging Corporation
	}
	onSlide := j+1 < len(items) && items[j].Text == "on" && topicWords[items[j+1].Text] || j < len(items) && items[j].Kind == clause.Punct && items[j].Text != ","
	if c.sc.r.vocab.isSegment(key) || headed || partWords[key] || geoWords[key] || onSlide && !anyWord(key, topicWords) {
		return c.text(i, j), true
	}
	if g := c.groupAt(i); g != "" {
		return g, true // "As for the Electronic Technologies Group's performance,"
	}
	return "", true
}

// buybackAlias is the measure a verb of buying back shares names.
var buybackAlias = metric.Alias{Phrase: "share repurchases", ID: "share_repurchases"}

// buybackFrame returns the frame of the share repurchases a verb at item
// v states.
func (c *clauseCtx) buybackFrame(v int) *frame { return c.impliedFrame(v, &buybackAlias) }

// impliedFrame returns the frame of measure a that the word at item v
// implies.
func (c *clauseCtx) impliedFrame(v int, a *metric.Alias) *frame {
	for _, fr := range c.frames {
		if fr.m == v {
			return fr
		}
	}
	r := c.sc.r
	r.frames++
	fr := &frame{m: v, n: r.frames, alias: a, label: c.item(v).Text, perAt: -1}
	c.frames = append(c.frames, fr)
	return fr
}

// nounPart returns the nouns at item i that end a measure's subject and
// name a part: "blood products" in "gross profit in blood products rose",
// or "".
func (c *clauseCtx) nounPart(i int) string {
	items := c.items()
	j := i
	for j < c.b && j < i+3 && items[j].Kind == clause.Word && !fillers[items[j].Text] && !stopModifier[items[j].Text] && !lexDigits(items[j].Text) {
		j++
	}
	if j == i || j >= c.b || !nounLike(items[j-1].Text) {
		return ""
	}
	if n := &items[j]; n.Is(clause.Change|clause.Link|clause.Result) && !n.Is(clause.Noun) {
		return c.text(i, j)
	}
	return ""
}

// onBasis reports whether the measure at item m is named inside "on a …
// basis": "On a GAAP EPS basis, we reported $0.37".
func (c *clauseCtx) onBasis(m int) bool {
	items := c.items()
	for j := m - 1; j >= 0 && j >= m-3; j-- {
		if items[j].Text == "on" {
			return true
		}
	}
	return false
}
