package facts

import (
	"strings"

	"qoq/fiscal"
	"qoq/quantity"
	"qoq/transcript"
)

// role is what a figure says about its metric.
type role uint8

const (
	rValue  role = iota + 1 // the figure itself
	rChange                 // a change in it: "$195,000" in "declined $195,000"
	rPrior                  // its value for the period compared with
)

// A fig is a quantity read as a figure of a metric.
type fig struct {
	q      *quantity.Quantity
	at     int // item index
	role   role
	per    *periodRef
	dir    int
	hasDir bool
	// dirAt is the index of the word stating the direction of a change;
	// the figures of one change share it ("up $678,000, or 16.5%").
	dirAt int
	// versus is the period this change is measured against, when named
	// with it: "up 5.2% year over year, though down 3.8% sequentially".
	versus *periodRef
}

// A group is a metric named in a clause and the figures stated for it.
type group struct {
	a       alias
	id      string
	unit    unitClass
	instant bool
	rate    bool
	label   string
	basis   string
	variant string
	sign    int
	segment string
	figs    []*fig
	dir     int
	hasDir  bool
	versus  *periodRef
	defPer  *periodRef
	guide   bool
	at      int // index of the item that named the metric
}

// A walker reads one clause of a sentence, item by item.
type walker struct {
	x     *Extractor
	ctx   *docCtx
	doc   *transcript.Document
	s     *sent
	items []item
	a, b  int // the clause: items[a:b]

	groups    []*group
	cur       *group
	anchor    int // index of the last figure or metric named
	dir       int // the last change word, and where
	dirAt     int
	compareAt int // the last effective "compared with", "from", "versus"
	toAt      int
	byAt      int
	orAt      int
	conjAt    int
	pronounAt int
	basis     string // a basis stated for the whole clause: "On an adjusted basis, …"
	clausePer *periodRef
	// firstPeriod is the clause's first period phrase that is not a
	// comparison.
	firstPeriod *periodRef
	// pendingPer is a period named right before a metric, for its group.
	pendingPer   *periodRef
	pendingPerAt int
	clauseSeg    string
	marks        *marks // quantities read as figures, and why others were not
	guide        *bool  // outlook words seen in the sentence so far
	guideAt      int
	actualAt     int
	lastGuideAt  int
	anyActual    bool
	// respectively is set when the clause pairs figures with metrics in
	// order; priors counts the figures compared with so paired.
	respectively bool
	priors       int
	lastFig      *fig // the figure read last
	evalAt       int  // the last change word that judges rather than measures: "improved"
	reportedAt   int  // "reported" before a metric: its basis is GAAP
}

// sentence reads the facts of one sentence, clause by clause.
func (x *Extractor) sentence(ctx *docCtx, doc *transcript.Document, s *sent) {
	defer func() { ctx.sentence++ }()
	if len(s.qs) == 0 {
		// a sentence without figures names metrics and segments that later
		// ones may point back to, and may set a topic
		w := &walker{x: x, ctx: ctx, doc: doc, s: s, items: s.items, b: len(s.items), anchor: -1}
		w.mentions()
		ctx.setTopic(doc, s)
		return
	}
	m := &marks{used: make([]bool, len(s.qs)), why: make([]string, len(s.qs))}
	guide := false
	a := 0
	var carried *periodRef // the period of a clause without figures, for the next
	for k := 0; k <= len(s.items); k++ {
		if k < len(s.items) && !(s.items[k].kind == iPunct && (s.items[k].text == ";" || isDash(s.items[k].text) && !pairedDash(s.items, k))) {
			continue
		}
		w := &walker{x: x, ctx: ctx, doc: doc, s: s, items: s.items, a: a, b: k, marks: m, guide: &guide,
			anchor: a - 1, dirAt: -1, compareAt: -1, toAt: -1, byAt: -1, orAt: -1, conjAt: -1, pronounAt: -1, guideAt: -1, actualAt: -1, lastGuideAt: -1, reportedAt: -1, evalAt: -1}
		if guide {
			w.guideAt = a
		}
		w.clausePer = carried
		n := m.n
		w.walk()
		w.emit()
		if m.n == n && w.firstPeriod != nil {
			// "…moving to our fourth quarter outlook; we expect revenue …"
			carried = w.firstPeriod
		}
		a = k + 1
	}
	x.unattributed(ctx, doc, s, m)
	if m.n == 0 {
		ctx.setTopic(doc, s)
	}
	if (ctx.year != nil || ctx.topic != nil) && ctx.namesQuarter(s) {
		// back to the quarter: "…for the quarter. Adjusted EPS was $0.61."
		ctx.year, ctx.topic = nil, nil
	}
}

func isDash(t string) bool { return t == "—" || t == "–" || t == "--" }

// pairedDash reports whether the dash at item k opens or closes a pair of
// dashes around a parenthesis ("Our café division — the eleven locations
// we operate — continues …"), which does not end a clause.
func pairedDash(items []item, k int) bool {
	n := 0
	for _, it := range items {
		if it.kind == iPunct && isDash(it.text) {
			n++
		}
	}
	return n == 2
}

// marks records, for each quantity of a sentence, whether a fact took it,
// and why not.
type marks struct {
	used []bool
	why  []string
	n    int // quantities taken
}

func (m *marks) take(i int32) {
	if !m.used[i] {
		m.used[i] = true
		m.n++
	}
}

func (m *marks) release(i int32) {
	if m.used[i] {
		m.used[i] = false
		m.n--
	}
}

// mentions reads a sentence without figures for the metrics and segments
// it names, which later sentences may point back to: "days sales
// outstanding" before "this collection statistic".
func (w *walker) mentions() {
	w.recordSegments()
	for k := range w.items {
		it := &w.items[k]
		if it.kind != iTerm || it.term.kind != kMetric {
			continue
		}
		a := it.term.alias
		g := &group{a: a, id: a.metric, label: it.text, basis: a.basis, variant: a.variant, segment: w.segmentOf(k)}
		if m, ok := w.x.lx.metrics[a.metric]; ok {
			g.unit, g.instant = m.unit, m.instant
		}
		w.ctx.last = g
	}
}

// namesPeriod reports whether a sentence names a period.
func (s *sent) namesPeriod() bool {
	for _, it := range s.items {
		if it.kind == iPeriod {
			return true
		}
	}
	return false
}

// reportsResults reports whether a sentence has words of results: "was",
// "reported".
func (s *sent) reportsResults() bool {
	for _, it := range s.items {
		if it.kind == iTerm && it.term.kind == kActual {
			return true
		}
	}
	return false
}

// namesQuarter reports whether sentence s names the call's own quarter.
func (c *docCtx) namesQuarter(s *sent) bool {
	for _, it := range s.items {
		if it.kind != iPeriod {
			continue
		}
		if p, ok := c.resolve(*it.per, fiscal.Period{}, false, false, false); ok && p == c.period {
			return true
		}
	}
	return false
}

// setTopic lets a short sentence without figures that introduces a period
// set it for the sentences after it: "Turning to the second quarter." "Our
// guidance for full year 2021 is as follows:"
func (c *docCtx) setTopic(doc *transcript.Document, s *sent) {
	if !s.namesPeriod() {
		return
	}
	limit := topicWords
	if s.speaksOfOutlook() {
		limit = outlookTopicWords
	}
	if len(s.toks) > limit || !s.introduces() && len(s.toks) > shortTopic {
		return
	}
	for _, q := range s.qs {
		if q.Unit != quantity.None {
			return // a sentence of figures is not an introduction
		}
	}

	var t *topic
	guidance := false
	short := !s.introduces()
	for i, it := range s.items {
		if short && it.kind == iPeriod && i > 2 {
			return // a short sentence sets its period only as its subject: "Fiscal 2022 was a record year."
		}
		switch {
		case it.kind == iTerm && it.term.kind == kGuide:
			guidance = true
		case it.kind == iPeriod && t == nil && !comparison(it.per.rule) && !comparisonOnly(it.per.rule) &&
			it.per.rule != prEnded && it.per.rule != prHalf2:
			t = &topic{per: *it.per, sentence: c.sentence, speaker: s.src.Speaker, para: s.src.Para, from: originOf(doc, s, it)}
		}
	}
	if t == nil {
		return
	}
	t.guidance = guidance
	p, ok := c.resolve(t.per, fiscal.Period{}, false, false, guidance)
	switch {
	case ok && !c.period.IsZero() && p.FiscalYear < c.period.FiscalYear:
		// a topic is the present or the future: a past year named in
		// passing ("exceeds 2019 revenue") sets none
		return
	case guidance && (s.reportsResults() || !ok || !(p.Kind == fiscal.Year || p.Kind == fiscal.Quarter && p.Compare(c.period) > 0)):
		// an outlook sets the year or a quarter ahead, in words of the
		// future only: not "revenue was down in the second quarter
		// compared to what we had expected"
		return
	}
	c.topic = t
}

// walk reads the clause's items in order.
func (w *walker) walk() {
	w.recordSegments()
	for k := w.a; k < w.b; k++ {
		if w.items[k].text == "respectively" {
			w.respectively = true
		}
	}
	w.clauseSeg = w.clauseSegment()
	for k := w.a; k < w.b; k++ {
		it := &w.items[k]
		switch it.kind {
		case iTerm:
			w.term(k)
		case iPunct:
			if isDash(it.text) {
				if j := w.closingDash(k); j > k {
					k = j // a parenthesis between dashes names nothing the clause reports
					continue
				}
			}
		case iWord:
			if next := w.relativeClause(k); next > k {
				k = next // "Adjusted EPS, which excludes … costs, was $0.47"
				continue
			}
			switch it.text {
			case "to":
				w.toAt = k
			case "by":
				w.byAt = k
			case "or":
				w.orAt = k
			case "and", "but", "while", "whereas", "although":
				w.conjAt = k
			}
			if subjectPronouns[it.text] {
				w.pronounAt = k
			}
		case iPeriod:
			w.period(k)
		case iQty:
			k = w.quantity(k)
		}
	}
}

func (w *walker) term(k int) {
	t := *w.items[k].term
	switch t.kind {
	case kMetric:
		w.startGroup(k, t.alias)
	case kGeneric:
		if last := w.ctx.last; last != nil && w.demonstrativeBefore(k) {
			g := w.startGroup(k, last.a)
			g.segment, g.basis, g.variant, g.label = last.segment, last.basis, last.variant, last.label
		}
	case kQualifier:
		w.qualify(k, t)
	case kChange:
		w.dir, w.dirAt = t.dir, k
		if evaluativeWords[w.items[k].text] {
			w.evalAt = k
		}
	case kCompare:
		if w.compareEffective(k) && !w.hedgeOf(k) {
			w.compareAt = k
			if t.dir != 0 {
				w.dir, w.dirAt = t.dir, k
			}
		}
	case kGuide:
		*w.guide = true
		w.guideAt, w.lastGuideAt = k, k
	case kActual:
		if w.items[k].text == "reported" && w.metricFollows(k) && !(k > w.a && subjectPronouns[w.items[k-1].text]) {
			// "reported diluted earnings per share": GAAP, not a verb of results
			w.reportedAt = k
			return
		}
		w.actualAt = k
		w.anyActual = true
	}
}

// metricFollows reports whether a metric is named right after item k,
// qualifiers aside.
func (w *walker) metricFollows(k int) bool {
	for j := k + 1; j < w.b && j <= k+3; j++ {
		switch it := w.items[j]; {
		case it.kind == iTerm && it.term.kind == kMetric:
			return true
		case it.kind == iTerm && it.term.kind == kQualifier:
		default:
			return false
		}
	}
	return false
}

// demonstrativeBefore reports whether "this", "that", "these" or "those"
// stands before item k, with at most one word between: "this collection
// statistic".
func (w *walker) demonstrativeBefore(k int) bool {
	for j := k - 1; j >= w.a && j >= k-3; j-- {
		it := w.items[j]
		if it.kind == iTerm && it.term.kind == kDemonstrative {
			return true
		}
		if it.kind != iWord {
			return false
		}
	}
	return false
}

// relativeClause returns the index of the comma that closes a relative
// clause opening at item k ("…, which excludes acquisition-related
// amortization and restructuring costs,"), or k when none opens there or
// it holds a figure.
func (w *walker) relativeClause(k int) int {
	switch w.items[k].text {
	case "which", "who", "whose":
	default:
		return k
	}
	if k == w.a || w.items[k-1].kind != iPunct || w.items[k-1].text != "," || w.cur == nil {
		return k
	}
	for j := k + 1; j < w.b; j++ {
		switch it := w.items[j]; {
		case it.kind == iQty:
			return k
		case it.kind == iPunct && it.text == ",":
			return j
		}
	}
	return k
}

// closingDash returns the index of the dash that closes a parenthesis
// opened at k, or k when it holds a figure or does not close.
func (w *walker) closingDash(k int) int {
	for j := k + 1; j < w.b; j++ {
		switch it := w.items[j]; {
		case it.kind == iQty:
			return k
		case it.kind == iPunct && isDash(it.text):
			return j
		}
	}
	return k
}

// hedgeOf reports whether the word at k is the hedge of the figure right
// after it: "over $60 million" says about, not compared with.
func (w *walker) hedgeOf(k int) bool {
	if k+1 >= w.b || w.items[k+1].kind != iQty {
		return false
	}
	return w.s.qs[w.items[k+1].q].Hedge == w.items[k].text
}

// compareEffective reports whether the comparison word at k introduces a
// figure or a period: "compared with $8,000", "from the same period", but
// not "gross profits from these centers" nor "range from $730 million".
func (w *walker) compareEffective(k int) bool {
	if k > w.a {
		switch w.items[k-1].text {
		case "range", "ranging", "ranges":
			return false
		}
	}
	for j := k + 1; j < w.b && j <= k+3; j++ {
		it := w.items[j]
		switch it.kind {
		case iQty, iPeriod:
			return true
		case iWord:
			switch it.text {
			case "the", "only", "a", "just", "roughly", "approximately", "about", "nearly", "around", "last", "prior", "both", "our":
				continue
			}
			return false
		case iTerm:
			if it.term.kind == kCompare || it.term.kind == kQualifier {
				continue
			}
			return false
		default:
			return false
		}
	}
	return false
}

// startGroup begins the figures of a metric named at item k.
func (w *walker) startGroup(k int, a alias) *group {
	m, known := w.x.lx.metrics[a.metric]
	if !known {
		m = metric{id: a.metric, unit: money}
	}
	g := &group{a: a, id: a.metric, unit: m.unit, instant: m.instant, rate: m.rate, label: w.items[k].text,
		basis: a.basis, variant: a.variant, sign: a.sign, at: k}
	w.qualifiersBefore(g, k)
	if w.reportedAt >= 0 && k-w.reportedAt <= 3 && g.basis == "" {
		g.basis = GAAP
	}
	if w.pendingPer != nil && k-w.pendingPerAt <= 5 {
		g.defPer, w.pendingPer = w.pendingPer, nil
	}
	g.segment = w.segmentOf(k)
	if g.segment == "" {
		g.segment = w.clauseSeg
	}
	if prev := w.cur; prev != nil && w.coordinated(k) {
		// "Blood products gross profit was $1.4 million and gross margin
		// was 28.9%": the second metric is the same segment's, for the
		// same period
		if g.segment == "" && prev.segment != "" && !w.wholeCompany(k) {
			g.segment = prev.segment
		}
		if g.defPer == nil {
			g.defPer = prev.defPer
		}
	}
	w.groups = append(w.groups, g)
	w.cur = g
	w.anchor = k
	w.compareAt, w.toAt, w.byAt, w.orAt, w.conjAt, w.pronounAt = -1, -1, -1, -1, -1, -1
	if w.dirAt >= 0 && k-w.dirAt <= 3 && w.onlyLinks(w.dirAt, k) {
		w.dirAt = k // "a total decrease in revenue of $195,000": the change word stays in force
		if w.evalAt >= 0 {
			w.evalAt = k
		}
	} else {
		w.dirAt = -1
	}
	w.ctx.last = g
	return g
}

// coordinated reports whether the metric at item k is joined to the
// clause before it by "and" or "with", with nothing but an article between:
// "… and gross margin", "…, with gross margin of 32.4%".
func (w *walker) coordinated(k int) bool {
	for j := k - 1; j >= w.a && j >= k-3; j-- {
		switch it := w.items[j]; {
		case it.kind == iWord && (it.text == "and" || it.text == "with" || it.text == "for" || it.text == "on"):
			return true
		case it.kind == iPunct && it.text == ",":
			return true // "…, a gross margin of 28.6%"
		case it.kind == iWord && (it.text == "a" || it.text == "an" || it.text == "its" || it.text == "their" || it.text == "the"),
			it.kind == iTerm && it.term.kind == kQualifier:
		default:
			return false
		}
	}
	return false
}

// wholeCompany reports whether the metric at item k is qualified as the
// company's whole: "total revenue", "consolidated net sales".
func (w *walker) wholeCompany(k int) bool {
	t := w.items[k].text
	return strings.HasPrefix(t, "total ") || strings.HasPrefix(t, "consolidated ") ||
		k > w.a && (w.items[k-1].text == "total" || w.items[k-1].text == "consolidated" || w.items[k-1].text == "overall")
}

// onlyLinks reports whether only prepositions and articles stand between
// items i and k: "decrease in the revenue".
func (w *walker) onlyLinks(i, k int) bool {
	for j := i + 1; j < k; j++ {
		switch w.items[j].text {
		case "in", "of", "the", "our", "its", "a", "an", "total":
		default:
			return false
		}
	}
	return true
}

// qualifiersBefore applies the qualifiers just before item k to g:
// "adjusted diluted EPS", "non-GAAP fourth quarter EPS".
func (w *walker) qualifiersBefore(g *group, k int) {
	for j := k - 1; j >= w.a && j >= k-5; j-- {
		it := w.items[j]
		switch {
		case it.kind == iTerm && it.term.kind == kQualifier:
			w.apply(g, *it.term)
		case it.kind == iPeriod, it.kind == iPunct && it.text == ",",
			it.kind == iWord && (it.text == "the" || it.text == "our" || it.text == "its" || it.text == "total" || it.text == "record" || it.text == "'s" ||
				it.text == "basis" || it.text == "on" || it.text == "a" || it.text == "an"):
		default:
			return
		}
	}
}

func (w *walker) apply(g *group, t term) {
	if t.basis != "" && g.basis == "" {
		g.basis = t.basis
	}
	if t.variant != "" && (g.variant == "" || t.variant == "basic_and_diluted") {
		g.variant = t.variant
	}
}

// qualify applies a qualifier standing after a metric ("EPS on an adjusted
// basis", "$.03 per share basic and diluted") or before the figures of a
// whole clause ("On an adjusted basis, …").
func (w *walker) qualify(k int, t term) {
	if next := w.nextMetric(k); next > 0 && next-k <= 3 {
		return // it qualifies the metric that follows
	}
	if w.cur != nil {
		g := w.cur
		if n := len(g.figs); n > 0 && g.figs[n-1].q.PerShare {
			g = w.ownerOf(g.figs[n-1])
		}
		w.apply(g, t)
		return
	}
	if t.basis != "" {
		w.basis = t.basis
		if w.leading(k) {
			// "On an adjusted basis, …" holds for the paragraph
			w.ctx.basis = &basisScope{basis: t.basis, para: w.s.src.Para, speaker: w.s.src.Speaker}
		}
	}
}

func (w *walker) ownerOf(f *fig) *group {
	for _, g := range w.groups {
		for _, h := range g.figs {
			if h == f {
				return g
			}
		}
	}
	return w.cur
}

// nextMetric returns the index of the next metric item after k in the
// clause, or -1.
func (w *walker) nextMetric(k int) int {
	for j := k + 1; j < w.b; j++ {
		if it := w.items[j]; it.kind == iTerm && it.term.kind == kMetric {
			return j
		}
	}
	return -1
}
