package attrib

import (
	"fmt"
	"slices"
	"strings"

	"qoq/fiscal"
	"qoq/internal/clause"
	"qoq/internal/period"
	"qoq/metric"
)

// discourse is what the call has set up and not yet closed: the part of
// the business being discussed, the period a paragraph is about, an
// outlook being given.
type discourse struct {
	speaker string
	index   int
	// segment is the part of the business the speaker turned to, at
	// sentence segAt.
	segment string
	segAt   int
	// segReach is how many sentences the part stays in force: long after
	// a transition, short after a sentence's opening.
	segReach int
	// recent is a part a sentence with figures was about, by its subject
	// or opening, at sentence recentAt of paragraph recentPara: the
	// figures just after it, in its paragraph, may be the part's.
	recent     string
	recentAt   int
	recentPara int
	// walkAt is the sentence that announced a walk through the parts of
	// the business ("let's discuss the results for each segment"), or -1:
	// a figure after it that names no part may be a part's.
	walkAt int
	// topic is a period a sentence without figures set for those after
	// it: "Turning to the full year." "Our guidance for 2021 is as
	// follows:".
	topic *topic
	// outlook is set while the speaker is giving an outlook.
	outlook *topic
	// pending is the outlook's period, for the sentences after the one
	// that gave it.
	pending *topic
	// carry is the period the levels of the last sentence with figures
	// were stated for, at sentence carryAt.
	carry     *period.Ref
	carried   []string
	carryAt   int
	carryPara int
	// parts are the parts named with a head lately ("the ongoing donor
	// centers"), latest last, for "these centers".
	parts []string
	// last is the measure named last, for "this collection statistic".
	last *metric.Alias
	// partSent is the part all figures of sentence partSentAt, of
	// paragraph partSentPara, were of.
	partSent                 string
	partSentAt, partSentPara int
	// dealAt and dealPara are the last sentence that spoke of a business
	// acquired, and its paragraph; dealAt is -1 before any.
	dealAt, dealPara int
	// basis is the basis the speaker said the results they go on to give
	// are on ("I'll talk about the segment results, excluding DVA"), at
	// sentence basisAt; for the segments' figures only when basisParts.
	basis      string
	basisAt    int
	basisParts bool
	// prevPart is the part all the figures of sentence prevPartAt were
	// of, for a fragment that goes on with them.
	prevPart   string
	prevPartAt int
	// named is the sentence before, at namedAt in paragraph namedPara,
	// for the part it may name: "Our guidance for AeroTech is unchanged.
	// | Operating margins of 10.75% to 11.25%."
	named              *clause.Sentence
	namedAt, namedPara int
	// handoff is set when the sentence before handed the call to another
	// speaker.
	handoff bool
	// lone is the basis a sentence of nothing else named ("On a core
	// basis."), at sentence loneAt, for the sentence after it.
	lone   string
	loneAt int
}

// handsOff reports whether a sentence hands the call to another speaker.
func handsOff(text string) bool {
	if !strings.Contains(text, "over to") && !strings.Contains(text, "off to") && !strings.Contains(text, "it to") && !strings.Contains(text, "call to") {
		return false // each phrase ends in one of these; most sentences have none
	}
	for _, p := range handoffPhrases {
		if strings.Contains(text, p) {
			return true // mid-sentence, in lower case: "I'm going to hand it off to Mike"
		}
	}
	return false
}

// noteNamed keeps sentence s for the one after it (namedPart).
func (d *discourse) noteNamed(s *clause.Sentence, m Meta) {
	d.named, d.namedAt, d.namedPara = s, m.Index, m.Para
}

// namedPart returns a part the call knows that the sentence kept by
// noteNamed names, or "".
func (d *discourse) namedPart(r *Reader) string {
	if d.named == nil {
		return ""
	}
	items := d.named.Items
	for k := 0; k < len(items); k++ {
		if !nameStart(&items[k]) || !r.vocab.mayStart(items[k].Text) {
			continue
		}
		j := nameEnd(items, k)
		if key := nameKey(items, k, j); r.vocab.isSegment(key) {
			return key
		}
		k = j - 1
	}
	return ""
}

// partOf notes the part the figures of sentence i were all of, if any.
func (d *discourse) partOf(claims []Claim, m Meta) {
	i := m.Index
	seg := ""
	for _, cl := range claims {
		if cl.Measure == "" {
			continue
		}
		if cl.Segment == "" || seg != "" && cl.Segment != seg {
			return
		}
		seg = cl.Segment
	}
	if seg != "" {
		d.prevPart, d.prevPartAt = seg, i
		// "our Flooring segment sales increased 12.7%. | Operating
		// margins were 17.4%.": the figures after a part's may be the part's
		d.partSent, d.partSentAt, d.partSentPara = seg, i, m.Para
	}
}

// partWithHead returns the part named last whose name ends in head, or "".
func (d *discourse) partWithHead(head string) string {
	for i := len(d.parts) - 1; i >= 0; i-- {
		if strings.HasSuffix(d.parts[i], " "+head) {
			return d.parts[i]
		}
	}
	return ""
}

// rememberParts notes the parts named with a head in a sentence.
func (d *discourse) rememberParts(c *clauseCtx) {
	items := c.items()
	for k := range items {
		if !items[k].Is(clause.SegmentHead) || k == 0 || items[k-1].Kind != clause.Word || fillers[items[k-1].Text] {
			continue
		}
		lo := k - 1
		for lo > 0 && items[lo-1].Kind == clause.Word && !fillers[items[lo-1].Text] && k-lo < 5 {
			lo--
		}
		name := strings.ToLower(c.text(lo, k+1))
		if len(d.parts) > 8 {
			d.parts = d.parts[1:]
		}
		d.parts = append(d.parts, name)
	}
}

// A topic is a period set by one sentence for the next ones.
type topic struct {
	ref      period.Ref
	guidance bool
	at       int
	from     string
	// carried is set for the period of an outlook's sentence carried to
	// the ones after it, which a new topic ends.
	carried bool
}

// How many sentences a part, a period or an outlook stays in force
// without being named again.
const (
	segmentReach  = 12
	openerReach   = 0  // "In Industrial, …" holds for its own sentence
	recentReach   = 3  // and makes the next ones doubtful
	walkReach     = 10 // a walk through the parts, until a topic or the whole comes
	subjectReach  = 4  // "Protection Services continues to grow." holds for a few
	partSentReach = 2  // a sentence of a part's figures makes the next ones in its paragraph doubtful
	topicReach    = 6
	outlookReach  = 6
	basisReach    = 20 // "I'll talk about the segment results, excluding DVA" holds for the speaker's walk
)

// declaresResultsBasis reports whether a sentence says the results the
// speaker goes on to give exclude an item: "As we usually do, I'll talk
// about the segment results, excluding DVA."
func declaresResultsBasis(items []clause.Item) bool {
	talk, results, excl := false, false, false
	for k := range items {
		switch it := &items[k]; {
		case talkVerbs[it.Text]:
			talk = true
		case it.Text == "results" && talk:
			results = true
		case it.Is(clause.Basis) && it.Is(clause.Component) && results:
			excl = true
		case it.Kind == clause.Qualifier && it.Basis == metric.NonGAAP && results:
			excl = true // "I'll cover the rest of our Q3 results on an adjusted non-GAAP basis."
		case it.Kind == clause.Qualifier && it.Basis == metric.NonGAAP && talk && k+1 < len(items) && items[k+1].Text == "results":
			excl = true // "My comments will focus on the adjusted results as outlined in the press release."
		case strings.HasPrefix(it.Text, "reconcil"):
			return false
		case it.Kind == clause.Qualifier && it.Basis == metric.GAAP && k+1 < len(items) && items[k+1].Text == "results":
			return false // "we'll discuss our GAAP results and certain non-GAAP financial highlights"
		}
	}
	return excl
}

// begin updates the discourse for sentence s, before its figures are
// read.
func (d *discourse) begin(r *Reader, s *clause.Sentence, m Meta) {
	if m.Speaker != d.speaker || d.handoff {
		// a new speaker, named or, in a call without names, handed the
		// call: "I'm going to hand it off to Mike to review the first
		// quarter financial results."
		*d = discourse{speaker: m.Speaker, walkAt: -1, dealAt: -1}
	}
	if d.walkAt >= 0 && m.Index-d.walkAt > walkReach {
		d.walkAt = -1
	}
	d.index = m.Index
	if d.segment != "" && m.Index-d.segAt > d.segReach {
		d.segment = ""
	}
	if d.topic != nil && m.Index-d.topic.at > topicReach {
		d.topic = nil
	}
	if d.outlook != nil && m.Index-d.outlook.at > outlookReach {
		d.outlook = nil
	}
	if d.recent != "" && (m.Index-d.recentAt > recentReach || m.Para != d.recentPara && !m.Lines) {
		d.recent = ""
	}
	if d.carry != nil && (m.Index-d.carryAt > 2 && m.Lines || m.Para != d.carryPara && !m.Lines) {
		d.carry = nil // a new paragraph is back to the quarter
	}
	items := s.Items
	if len(items) == 0 {
		return
	}
	sc := &sentCtx{r: r, s: s, m: m}
	c := &clauseCtx{sc: sc, a: 0, b: len(items)}
	d.rememberParts(c)
	first := c.sentenceStart()
	switch {
	case first < len(items) && items[first].Is(clause.Total) && !items[min(first+1, len(items)-1)].Is(clause.SegmentHead):
		// "Overall, …", "In total, …", "On a consolidated basis, …"
		d.segment, d.walkAt, d.partSent = "", -1, ""
	default:
		seg, ok := c.transitionTopic()
		if len(s.Qs) == 0 && (seg == "" || partAnnouncers[seg]) && announcesParts(items) {
			// "Now, let's discuss the quarterly results for each segment."
			d.walkAt, d.segment = m.Index, ""
			break
		}
		if ok {
			// "Turning to the wealth management business.", "Switching to
			// global markets on Slide 20.", "Turning to the balance sheet."
			d.segment, d.segAt, d.segReach = seg, m.Index, segmentReach
			if seg == "" {
				d.walkAt, d.recent, d.partSent = -1, "", "" // "Turning to Slide 7.": the part's figures are over
			}
			if seg == "" && len(s.Qs) > 0 {
				// "… in the first quarter would be 7% to 10%. | In terms of
				// free cash flow, we expect approximately $560 million.": a
				// new topic, not the last outlook's period
				d.pending = nil
				if d.topic != nil && d.topic.carried {
					d.topic = nil
				}
			}
			break
		}
		if first < len(items) && (items[first].Text == "thank" || items[first].Text == "thanks") {
			// a new speaker, in a call without their names
			d.segment = ""
			break
		}
		seg, topic := sc.openingSegmentTopic()
		switch {
		case seg != "" && len(s.Qs) == 0 && !topic:
			// "Protection Services continues to grow revenue and profit."
			d.segment, d.segAt, d.segReach = seg, m.Index, subjectReach
			d.recent, d.recentAt, d.recentPara = seg, m.Index, m.Para
		case seg != "" && topic:
			// "In Industrial, …"
			d.segment, d.segAt, d.segReach = seg, m.Index, openerReach
			d.recent, d.recentAt, d.recentPara = seg, m.Index, m.Para
		case seg != "" && sc.measureSubject():
			// "Residential net sales were $240.1 million": the part's
			// measure, its own sentence's; a sentence after it is the
			// company's again when this one names more than one part
			// (partOf)
		case seg != "":
			d.recent, d.recentAt, d.recentPara = seg, m.Index, m.Para // "Food equipment had a good quarter with …"
		case d.walkAt >= 0 && d.walkAt < m.Index && len(s.Qs) > 0 && sc.headless():
			// "… for each segment. | had its first ever $100 billion
			// quarter. | Comp sales grew 5.6%.": a part whose name is lost
			d.recent, d.recentAt, d.recentPara = "a part the call does not name", m.Index, m.Para
		}
	}
	if d.basis != "" && m.Index-d.basisAt > basisReach {
		d.basis = ""
	}
	if len(s.Qs) == 0 && len(items) <= 3 && items[0].Kind == clause.Qualifier && items[0].Basis != "" {
		// "GAAP net income was $139 million. | On a core basis. | net income
		// for the first quarter was $87 million": a transcript's broken
		// sentence
		d.lone, d.loneAt = items[0].Basis, m.Index
	}
	if len(s.Qs) == 0 && declaresResultsBasis(items) {
		d.basis, d.basisAt = metric.NonGAAP, m.Index
		d.basisParts = slices.ContainsFunc(items, func(it clause.Item) bool { return strings.Contains(it.Text, "segment") || it.Is(clause.SegmentHead) })
	}
	actual, guide := false, false
	for k := range items {
		if items[k].Is(clause.Actual|clause.Result) && !(k > 0 && items[k-1].Is(clause.Guide)) {
			actual = true
		}
		if items[k].Is(clause.Guide) && !items[k].Is(clause.Target) {
			guide = true
		}
	}
	if !actual && !guide && d.outlook != nil && len(s.Qs) > 0 && !slices.ContainsFunc(items, func(it clause.Item) bool { return it.Is(clause.Target) }) {
		// "The revenue range for the full fiscal year '22 is between …",
		// after an outlook: the outlook goes on, for the period ahead
		// that opens it
		lead := items
		if k := slices.IndexFunc(items, func(it clause.Item) bool { return it.Kind == clause.Figure }); k >= 0 {
			lead = items[:k]
		}
		_, guide = leadPeriod(lead, r.call.Resolver, true)
	}
	switch {
	case actual:
		d.outlook = nil
	case guide:
		t := &topic{guidance: true, at: m.Index}
		// the period an outlook opens with, before its figures, holds for
		// the sentences after it; one that dates a figure of its own ("of
		// between 1.5% and 2.5% in the fourth quarter") does not
		lead := items
		if k := slices.IndexFunc(items, func(it clause.Item) bool { return it.Kind == clause.Figure }); k >= 0 {
			lead = items[:k]
		}
		// "Facility is expected to be in service in the third quarter of
		// 2022.": a date of no measure's outlook
		about := len(s.Qs) > 0 || slices.ContainsFunc(items, func(it clause.Item) bool { return it.Kind == clause.Measure || guideNoun(&it) })
		if ref, ok := leadPeriod(lead, r.call.Resolver, true); ok && about {
			t.ref = ref
		}
		d.outlook = t
	case d.outlook != nil && len(s.Qs) > 0:
		d.outlook.at = m.Index
	}
	set := false
	if len(s.Qs) == 0 {
		set = d.setTopic(r, s, m, guide)
	} else if d.topic != nil && namesCallQuarter(r, items) {
		d.topic = nil
	}
	if d.pending != nil {
		if !set {
			d.topic = d.pending // "Turning to the full year 2022." wins over it
		}
		d.pending = nil
	}
	if guide && !actual && d.outlook != nil && d.outlook.ref.Rule != 0 && d.outlook.at == m.Index {
		// the outlook's period holds for the sentences after it
		d.pending = &topic{ref: d.outlook.ref, guidance: true, at: m.Index, from: fmt.Sprintf("line %d", m.Line), carried: true}
	}
}

// end is called after the figures of sentence s are read.
func (d *discourse) end(r *Reader, s *clause.Sentence, m Meta) {
	d.handoff = handsOff(s.Text)
	for k := range s.Items {
		if s.Items[k].Kind == clause.Measure {
			d.last = s.Items[k].Measure
		}
		if dealWords[s.Items[k].Text] {
			d.dealAt, d.dealPara = m.Index, m.Para
		}
	}
}

// partNamed reports whether the speaker has lately spoken of a part of
// the business.
func (d *discourse) partNamed() bool {
	return d.prevPart != "" || d.segment != "" || d.recent != "" || d.partSent != "" || d.walkAt >= 0
}

// dealing reports whether the sentence of m, or the one before it in its
// paragraph, speaks of a business acquired.
func (d *discourse) dealing(s *clause.Sentence, m Meta) bool {
	if d.dealAt >= 0 && d.dealAt == m.Index-1 && d.dealPara == m.Para {
		return true
	}
	return slices.ContainsFunc(s.Items, func(it clause.Item) bool { return dealWords[it.Text] })
}

// setTopic lets a short sentence without figures that names a period set
// it for the sentences after it: "Turning to the second quarter." "Our
// guidance for full year 2021 is as follows:".
func (d *discourse) setTopic(r *Reader, s *clause.Sentence, m Meta, guide bool) bool {
	sc := &sentCtx{r: r, s: s, m: m}
	if len(s.Toks) > 25 || !heading(s.Items) && !sc.fragment() {
		return false // "We are quite proud of these results in 2019" sets none
	}
	if lower := strings.ToLower(s.Text); slices.ContainsFunc(filingWords, func(w string) bool { return strings.Contains(lower, w) }) {
		return false // "… to our Annual Report on Form 10-K for the year ended December 31, 2020."
	}
	ref, ok := leadPeriod(s.Items, r.call.Resolver, guide)
	if !ok && slices.ContainsFunc(s.Items, func(it clause.Item) bool { return it.Is(clause.Variant) && trailingYear[it.Text] }) {
		// "Moving on to the results for the last 12 months ended
		// September 30.": figures over four quarters, of no one period
		ref, ok = period.Ref{Rule: period.Since}, true
	}
	if !ok {
		return false
	}
	if q := r.call.Resolver.Call.Quarter; !guide && ref.Rule == period.QuarterNoYear && q != 0 && (ref.Caps.Q > q || q == 4 && ref.Caps.Q == 1) {
		// "Now in terms of Q2." in a first-quarter call, "Now, I will
		// provide some color on Q1." in a fourth-quarter one: the quarter
		// ahead
		guide = true
	}
	d.topic = &topic{ref: ref, guidance: guide, at: m.Index, from: fmt.Sprintf("line %d", m.Line)}
	return true
}

// heading reports whether a sentence announces what comes next: it opens
// with a transition or ends with a colon.
func heading(items []clause.Item) bool {
	for k := range items {
		if items[k].Is(clause.Transition) {
			return true
		}
	}
	n := len(items)
	return n > 0 && items[n-1].Text == ":"
}

// leadPeriod returns the first period phrase of items that is neither a
// comparison nor a span no figure covers. For an outlook it passes the
// periods that are over: "We've updated our numbers to reflect our
// outperformance in Q1".
func leadPeriod(items []clause.Item, res period.Resolver, outlook bool) (period.Ref, bool) {
	for k := range items {
		p := &items[k]
		compared := k > 0 && items[k-1].Is(clause.Compare|clause.From) || k > 1 && items[k-2].Is(clause.Compare|clause.From) && items[k-1].Kind == clause.Word
		if p.Kind != clause.Period || p.Period.Rule.Comparison() || p.Period.Rule.Span() || p.Period.Rule == period.Ended || compared {
			continue
		}
		if k > 1 && (items[k-1].Text == "to" || items[k-1].Text == "of") && startWords[items[k-2].Text] {
			continue // "Looking at our strong start to the year.": the quarter's
		}
		if outlook {
			if q, ok := res.Resolve(p.Period, period.Want{Guidance: true}); ok && !ahead(q, res.Call) {
				continue
			}
		}
		return p.Period, true
	}
	return period.Ref{}, false
}

// ahead reports whether period p can be the subject of an outlook given
// in a call on period call: a later quarter, or a year not yet over.
func ahead(p, call fiscal.Period) bool {
	switch p.Kind {
	case fiscal.Quarter:
		return p.Compare(call) > 0
	case fiscal.Year:
		return p.FiscalYear > call.FiscalYear || p.FiscalYear == call.FiscalYear && call.Quarter < 4
	}
	return call.IsZero()
}

// namesCallQuarter reports whether items name the call's own quarter:
// "…for the quarter."
func namesCallQuarter(r *Reader, items []clause.Item) bool {
	res := r.call.Resolver
	for k := range items {
		if items[k].Kind != clause.Period {
			continue
		}
		if p, ok := res.Resolve(items[k].Period, period.Want{}); ok && p == res.Call {
			return true
		}
	}
	return false
}

// announcesParts reports whether a sentence announces the results of the
// parts of the business one by one: "let's move on to our performance by
// operating segment", "the quarterly results for each segment".
func announcesParts(items []clause.Item) bool {
	for k := range items {
		first, _, _ := strings.Cut(items[k].Text, " ")
		parts := items[k].Is(clause.PartNoun) && partAnnouncers[first] || // "each segment"
			items[k].Is(clause.SegmentHead) && (strings.HasSuffix(items[k].Text, "s") || k > 0 && partAnnouncers[items[k-1].Text])
		if !parts {
			continue
		}
		for j := 0; j < len(items); j++ {
			if items[j].Is(clause.Transition) || walkWords[items[j].Text] {
				return true
			}
		}
	}
	return false
}
