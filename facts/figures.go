package facts

import (
	"strings"

	"github.com/shopspring/decimal"

	"qoq/fiscal"
	"qoq/quantity"
)

var thousand = decimal.New(1, 3)

// marginOf maps a profit metric onto its margin: "gross profit was
// $1,305,000, or 27.8% of segment revenue".
var marginOf = map[string]string{
	"gross_profit":     "gross_margin",
	"operating_income": "operating_margin",
	"ebitda":           "ebitda_margin",
	"net_income":       "net_margin",
	"free_cash_flow":   "free_cash_flow_margin",
}

// perShareOf maps a money metric onto the metric of the same thing per
// share: "net income of $246,000, or $.03 per share".
var perShareOf = map[string]string{
	"net_income":         "eps",
	"operating_income":   "eps",
	"ffo_per_share":      "ffo_per_share",
	"dividend_per_share": "dividend_per_share",
	"free_cash_flow":     "free_cash_flow_per_share",
	"book_value":         "book_value_per_share",
}

// adjacentWords may stand between a figure and the period phrase that
// qualifies it: "$6,736,000 in the first quarter of 2004".
var adjacentWords = map[string]bool{
	"for": true, "in": true, "during": true, "at": true, "as": true, "of": true, "on": true,
	"over": true, "through": true, "ended": true, "ending": true, "the": true, "this": true,
	"a": true, "an": true, "only": true, "respectively": true, "when": true, "both": true,
}

// quantity reads the quantity at item k, and returns the index of the last
// item it used.
func (w *walker) quantity(k int) int {
	qi := w.items[k].q
	q := &w.s.qs[qi]
	if q.Unit == quantity.None && !q.Scaled || q.Unit == quantity.Times {
		return k // counts and multiples are not figures of the vocabulary
	}
	if g := w.cur; g != nil && q.Unit == quantity.Percent && g.unit == money && w.ofRevenue(k) {
		if id, ok := marginOf[g.id]; ok && !w.active(w.compareAt, k) {
			// "$1,305,000, or 27.8% of segment revenue" states the margin
			w.add(w.margin(g, id), k, q, rValue, 0, -1)
			return w.skipOfRevenue(k)
		}
	}
	// A metric named after the figure: "$246,000 of net income", "a $94,000
	// decline in blood service revenue", "$678,000 more revenue"; but not
	// after a metric just named: "paid down $25.0 million of debt".
	if j, dir, hasDir, ok := w.metricAfter(k); ok && !(w.justNamed(k) && !hasDir) {
		if w.ofNoun(k) {
			// "savings of $30 million in SG&A" measures the savings
			w.drop(qi, "it measures "+w.items[w.nounBefore(k)].text+", not "+w.items[j].text)
			return j
		}
		r := rValue
		if hasDir {
			r = rChange
		}
		if w.active(w.compareAt, k) {
			r = rPrior
		}
		g := w.groupAt(j)
		if !w.compatible(g, q, r) {
			w.drop(qi, "its unit does not fit "+g.label)
			return j
		}
		at := -1
		if hasDir {
			at = k + 1
		}
		w.add(g, k, q, r, dir, at)
		w.anchor = j
		return j
	}
	g := w.cur
	if g == nil && q.PerShare && !w.ofSomething(k) {
		// a per-share figure with no metric named is earnings per share:
		// "guidance of $2.85 to $2.87 per share"
		g = w.implicitEPS(k)
	}
	if g == nil {
		w.drop(qi, "no metric is named for it")
		return k
	}
	if w.active(w.conjAt, k) && w.newPhraseAfter(w.conjAt, k) || w.active(w.pronounAt, k) {
		w.drop(qi, "it measures something other than "+g.label)
		return k
	}
	nounDir, hasNoun := w.changeAfter(k)
	if last := g.last(); last != nil && q.Join == "to" && last.role == rValue && !w.active(w.dirAt, k) &&
		last.q.Unit == q.Unit && !last.q.Range && last.at == w.anchor {
		r := *last.q // "$1.82 billion to $1.83 billion": a range
		r.Range, r.High, r.End, r.Approx = true, q.Value, q.End, r.Approx || q.Approx
		last.q = &r
		w.marks.take(qi)
		w.anchor = k
		return k
	}
	if w.respectively && w.roleOf(k, q, g) == rValue {
		// "net revenues, net income and earnings per share were $688
		// million, $140 million and $3.21, respectively"
		if h := w.firstEmpty(); h != nil && h != g && w.compatible(h, q, rValue) {
			w.add(h, k, q, rValue, 0, -1)
			return k
		}
	}
	if r := w.roleOf(k, q, g); r == rPrior && w.respectively {
		// "GAAP EPS was $0.57 and adjusted EPS was $0.62, compared with
		// $0.55 and $0.59, respectively": the n-th figure compared with
		// is the n-th metric's
		if h := w.nthValued(w.priors); h != nil && w.compatible(h, q, rPrior) {
			w.priors++
			w.add(h, k, q, rPrior, 0, -1)
			return k
		}
	}
	r := w.roleOf(k, q, g)
	dir, dirAt := w.dir, -1
	if w.active(w.dirAt, k) {
		dirAt = w.dirAt
	}
	if g.rate && r == rChange && q.Unit == quantity.Percent {
		// "comp sales increased 24.7%": the growth is the value
		r, dirAt = rValue, -1
	}
	end := k
	if hasNoun && r != rPrior {
		r, dir, dirAt = rChange, nounDir, k+1
		end = k + 1
	}
	if last := g.last(); r == rChange && dirAt < 0 && last != nil && last.role == rChange {
		dir, dirAt = last.dir, last.dirAt // "$195,000, or 2.8%": the same change
	} else if r == rChange && dirAt < 0 && g.hasDir {
		dir, dirAt = g.dir, w.dirAt
	}
	h, r := w.fit(g, q, r)
	if h == nil && q.PerShare && r != rChange && !w.ofSomething(k) {
		h = w.implicitEPS(k)
	}
	if h == nil {
		w.drop(qi, "its unit does not fit "+g.label)
		return end
	}
	if r == rPrior {
		dirAt = -1
	}
	w.add(h, k, q, r, dir, dirAt)
	return end
}

// firstEmpty returns the first group of the clause without figures, or nil.
func (w *walker) firstEmpty() *group {
	for _, g := range w.groups {
		if len(g.figs) == 0 {
			return g
		}
	}
	return nil
}

// nthValued returns the n-th group of the clause that has a value, or nil.
func (w *walker) nthValued(n int) *group {
	for _, g := range w.groups {
		for _, f := range g.figs {
			if f.role == rValue {
				if n == 0 {
					return g
				}
				n--
				break
			}
		}
	}
	return nil
}

// active reports whether a word seen at index at is in force for the
// figure at k: it stands after the last figure or metric.
func (w *walker) active(at, k int) bool { return at >= 0 && at >= w.anchor && at < k }

// roleOf decides what the figure at k says about g from the words since
// the last figure or metric.
func (w *walker) roleOf(k int, q *quantity.Quantity, g *group) role {
	switch {
	case w.active(w.compareAt, k), q.Join == "and" && w.lastFig != nil && w.lastFig.role == rPrior:
		return rPrior
	case w.active(w.toAt, k):
		return rValue
	case w.active(w.byAt, k):
		return rChange
	case w.active(w.orAt, k) || q.Join == "or":
		if last := g.last(); last != nil {
			if last.role == rChange || last.role == rValue && q.Unit == quantity.Percent && g.unit != percent {
				return rChange
			}
		}
		return rValue
	case w.valueWordBefore(k):
		return rValue
	case w.active(w.dirAt, k):
		return rChange
	}
	return rValue
}

// valueWords stand right before a figure that is the value itself, even
// after a change word: "sales were flat …, finishing at $1.96 billion".
// ("of" and "was" do not: "a decrease in revenue of $195,000".)
var valueWords = map[string]bool{"at": true, "totaled": true, "totaling": true, "reached": true}

// valueWordBefore reports whether a value word stands right before the
// figure at k (hedges aside), not itself after a change word: "at $1.96
// billion" but not "an increase of $5 million".
func (w *walker) valueWordBefore(k int) bool {
	j := k - 1
	for j > w.a && w.items[j].kind == iWord && strings.Contains(w.s.qs[w.items[k].q].Hedge, w.items[j].text) {
		j--
	}
	if j <= w.a || w.items[j].kind != iWord || !valueWords[w.items[j].text] {
		return false
	}
	p := w.items[j-1]
	return !(p.kind == iTerm && p.term.kind == kChange)
}

// ofSomething reports whether "of" or "in" and a word follow the figure at
// k: "$0.30 per share of costs" is a per-share figure of the costs.
func (w *walker) ofSomething(k int) bool {
	j := k + 1
	return j+1 < w.b && w.items[j].kind == iWord && (w.items[j].text == "of" || w.items[j].text == "in" || w.items[j].text == "from") &&
		(w.items[j+1].kind == iWord || w.items[j+1].kind == iTerm && w.items[j+1].term.kind == kMetric)
}

// implicitEPS returns a group for earnings per share, for a per-share
// figure at k that names no metric.
func (w *walker) implicitEPS(k int) *group {
	anchor, cur := w.anchor, w.cur
	g := w.startGroup(k, alias{phrase: "per share", metric: "eps"})
	g.label = "earnings per share"
	if cur != nil && cur.basis != "" {
		g.basis = cur.basis
	}
	w.anchor = anchor
	return g
}

// metricAfter finds a metric named just after the figure at k: "of net
// income", "decline in blood service revenue", "more revenue", "$5.21
// diluted earnings per share". It returns the metric's item, and the
// direction a change word between states.
func (w *walker) metricAfter(k int) (j, dir int, hasDir, ok bool) {
	j = k + 1
	if j < w.b && w.items[j].kind == iQty && w.s.qs[w.items[j].q].Join != "" {
		j++ // the other end of "$0.28 to $0.30 of adjusted diluted EPS"
	}
	if m := w.metricAt(j, w.s.qs[w.items[k].q]); m > 0 {
		return m, 0, false, true
	}
	linked := false
	if j < w.b && w.items[j].kind == iTerm && w.items[j].term.kind == kChange {
		dir, hasDir = w.items[j].term.dir, true
		switch w.items[j].text {
		case "more", "less", "higher", "lower":
			linked = true
		}
		j++
	}
	if j < w.b && w.items[j].kind == iWord && (w.items[j].text == "of" || w.items[j].text == "in") {
		linked = true
		j++
	}
	if !linked {
		return 0, 0, false, false
	}
	for n := 0; j < w.b && n < 5; j, n = j+1, n+1 {
		it := w.items[j]
		switch {
		case it.kind == iTerm && it.term.kind == kMetric:
			return j, dir, hasDir, true
		case it.kind == iTerm && it.term.kind == kQualifier:
		case it.kind == iWord && !w.info(j).verb && !isDigits(it.text):
		default:
			return 0, 0, false, false
		}
	}
	return 0, 0, false, false
}

// metricAt returns the index of a metric named at item j (after
// qualifiers) that figure q just before it measures: "$5.21 diluted
// earnings per share", "$0.35 per share net loss", "a 28.2% gross
// margin". It returns -1 when there is none.
func (w *walker) metricAt(j int, q quantity.Quantity) int {
	for ; j < w.b; j++ {
		it := w.items[j]
		if it.kind == iTerm && it.term.kind == kQualifier {
			continue
		}
		if it.kind != iTerm || it.term.kind != kMetric {
			return -1
		}
		m, known := w.x.lx.metrics[it.term.alias.metric]
		_, convertible := perShareOf[it.term.alias.metric]
		switch {
		case q.PerShare && (known && m.unit == perShare || convertible),
			q.Unit == quantity.Percent && known && m.unit == percent,
			q.Unit == quantity.Money && !q.PerShare && known && m.unit == money:
			return j
		}
		return -1
	}
	return -1
}

// groupAt returns the group for the metric named at item j: the current
// group when it names the same metric, else a new one.
func (w *walker) groupAt(j int) *group {
	a := w.items[j].term.alias
	if g := w.cur; g != nil && g.a.metric == a.metric && g.segment == w.segmentOf(j) {
		return g
	}
	anchor, cur := w.anchor, w.cur
	g := w.startGroup(j, a)
	w.anchor = anchor
	if cur != nil && g.basis == "" && w.active(w.orAt, j) {
		g.basis = cur.basis // "non-GAAP net income was $157.4 million, or $5.21 diluted EPS"
	}
	if cur != nil && g.segment == "" && cur.segment != "" && !w.wholeCompany(j) {
		g.segment = cur.segment // "Blood products gross profit was $1,375,000, a 28.2% gross margin"
	}
	return g
}

// justNamed reports whether the current metric was named right before the
// figure at k and has no figure yet.
func (w *walker) justNamed(k int) bool {
	g := w.cur
	return g != nil && len(g.figs) == 0 && k-g.at == 1
}

// ofNoun reports whether the figure at k follows "<noun> of", a noun that
// is no metric: "savings of approximately $30 million in SG&A".
func (w *walker) ofNoun(k int) bool {
	n := w.nounBefore(k)
	return n >= w.a && w.items[n].kind == iWord && !phraseOpeners[w.items[n].text] &&
		!adjacentWords[w.items[n].text] && !subjectPronouns[w.items[n].text] && w.items[n].text != "'s"
}

// nounBefore returns the index of the word before "of" before the figure
// at k, skipping hedges, or -1.
func (w *walker) nounBefore(k int) int {
	j := k - 1
	for j >= w.a && w.items[j].kind == iWord && w.s.qs[w.items[k].q].Hedge != "" && strings.Contains(w.s.qs[w.items[k].q].Hedge, w.items[j].text) {
		j--
	}
	if j < w.a+1 || w.items[j].kind != iWord || w.items[j].text != "of" {
		return -1
	}
	return j - 1
}

// changeAfter reports a change noun just after the figure at k: "a 16.5%
// increase", "a 19% sequential improvement".
func (w *walker) changeAfter(k int) (int, bool) {
	j := k + 1
	if j < w.b && w.items[j].kind == iPeriod && comparisonOnly(w.items[j].per.rule) {
		j++
	}
	if j < w.b && w.items[j].kind == iTerm && w.items[j].term.kind == kChange {
		switch w.items[j].text {
		case "increase", "decrease", "decline", "gain", "rise", "drop", "improvement", "reduction",
			"growth", "increases", "decreases", "declines", "higher", "lower", "expansion", "contraction":
			return w.items[j].term.dir, true
		}
	}
	return 0, false
}

// newPhraseAfter reports whether a new noun phrase starts after the
// conjunction at c and before k: "an increase in net receivables and the
// reclassification of $300,000".
func (w *walker) newPhraseAfter(c, k int) bool {
	if c+1 >= k {
		return false
	}
	it := w.items[c+1]
	return it.kind == iWord && (it.text == "the" || it.text == "a" || it.text == "an" || it.text == "our" || it.text == "its")
}

// fit returns the group that takes figure q in role r: g when the units
// agree, the per-share sibling of a money metric for a per-share figure, or
// the latest group of the clause that takes it.
func (w *walker) fit(g *group, q *quantity.Quantity, r role) (*group, role) {
	if w.compatible(g, q, r) {
		return g, r
	}
	if (q.PerShare || centsOnly(q)) && r != rChange {
		// "$.03 per share", or "operating earnings were $0.76": no total
		// is stated in cents
		if id, ok := perShareOf[g.id]; ok {
			return w.sibling(g, id), r
		}
	}
	for i := len(w.groups) - 1; i >= 0; i-- {
		if h := w.groups[i]; h != g && w.compatible(h, q, r) {
			return h, r
		}
	}
	return nil, r
}

// ofRevenue reports whether the figure at k is followed by "of revenue",
// "of segment revenue", "of net sales": a share of revenue.
func (w *walker) ofRevenue(k int) bool {
	return w.skipOfRevenue(k) > k
}

// skipOfRevenue returns the index of the revenue metric in "of (segment)
// revenue" after item k, or k.
func (w *walker) skipOfRevenue(k int) int {
	j := k + 1
	if j >= w.b || w.items[j].kind != iWord || w.items[j].text != "of" {
		return k
	}
	for j++; j < w.b && j <= k+4; j++ {
		it := w.items[j]
		if it.kind == iTerm && it.term.kind == kMetric && it.term.alias.metric == "revenue" {
			return j
		}
		if it.kind != iWord {
			return k
		}
	}
	return k
}

// margin returns the group for the margin of profit metric g.
func (w *walker) margin(g *group, id string) *group {
	for _, h := range w.groups {
		if h.id == id && h.segment == g.segment {
			return h
		}
	}
	m, known := w.x.lx.metrics[id]
	if !known {
		m = metric{id: id, unit: percent}
	}
	h := &group{a: g.a, id: id, unit: m.unit, label: g.label + " margin", basis: g.basis,
		segment: g.segment, at: g.at, defPer: g.defPer, guide: g.guide}
	w.groups = append(w.groups, h)
	return h
}

// sibling returns a group for the per-share figure of g.
func (w *walker) sibling(g *group, id string) *group {
	m, known := w.x.lx.metrics[id]
	if !known {
		m = metric{id: id, unit: perShare}
	}
	s := &group{a: g.a, id: id, unit: m.unit, instant: m.instant, label: g.label + " per share",
		basis: g.basis, variant: g.variant, sign: g.sign, segment: g.segment, at: g.at,
		defPer: g.defPer, guide: g.guide}
	if g.id == "operating_income" {
		s.basis = NonGAAP // operating earnings per share exclude items by definition
	}
	w.groups = append(w.groups, s)
	return s
}

// centsOnly reports whether q is a money amount below a hundred dollars
// written with cents and no scale: "$0.76", "$3.21".
func centsOnly(q *quantity.Quantity) bool {
	return q.Unit == quantity.Money && !q.Scaled && !q.PerShare && q.Exp == -2 && q.Value.Abs().LessThan(hundred)
}

var hundred = decimal.New(1, 2)

// compatible reports whether figure q can stand in role r for g.
func (w *walker) compatible(g *group, q *quantity.Quantity, r role) bool {
	small := !q.Scaled && q.Value.Abs().LessThan(thousand)
	if r == rChange {
		switch q.Unit {
		case quantity.Percent:
			return true
		case quantity.BasisPoints, quantity.Points:
			return g.unit == percent
		case quantity.Money:
			return g.unit == money && !q.PerShare || g.unit == perShare && (q.PerShare || small)
		case quantity.Days:
			return g.unit == days
		}
		return false
	}
	switch g.unit {
	case money:
		// "net sales of 76.3 million": a scaled amount without its sign
		return q.Unit == quantity.Money && !q.PerShare && !(centsOnly(q) && perShareOf[g.id] != "") || q.Unit == quantity.None && q.Scaled
	case perShare:
		return q.Unit == quantity.Money && (q.PerShare || small)
	case percent:
		return q.Unit == quantity.Percent
	case days:
		return q.Unit == quantity.Days
	}
	return false
}

// add records figure q at item k as a figure of g.
// dirAt is the index of the word stating the direction of a change, or -1.
// A word that judges the change ("improved") states it the other way for
// a metric that is better lower: DSO that improved went down.
func (w *walker) add(g *group, k int, q *quantity.Quantity, r role, dir, dirAt int) {
	if dirAt >= 0 && (dirAt == w.evalAt || evaluativeWords[w.items[dirAt].text]) && Better(g.id) < 0 {
		dir = -dir
	}
	f := &fig{q: q, at: k, role: r, dir: dir, hasDir: dirAt >= 0, dirAt: dirAt}
	g.figs = append(g.figs, f)
	if f.hasDir {
		g.dir, g.hasDir = dir, true
	}
	if len(g.figs) == 1 && *w.guide && w.guideAt > w.actualAt {
		g.guide = true
	}
	w.marks.take(w.items[k].q)
	w.anchor = k
	w.cur = g
	w.lastFig = f
}

// changeCompared reports whether a change of g names what it is compared
// with.
func (g *group) changeCompared() bool {
	for _, f := range g.figs {
		if f.role == rChange && f.versus != nil {
			return true
		}
	}
	return false
}

func (g *group) last() *fig {
	if len(g.figs) == 0 {
		return nil
	}
	return g.figs[len(g.figs)-1]
}

// drop notes why quantity qi is not read as a figure.
func (w *walker) drop(qi int32, why string) { w.marks.why[qi] = why }

// period reads the period phrase at item k: the period of the figure just
// before it, the period compared with, or the period of the clause.
func (w *walker) period(k int) {
	ref := w.items[k].per
	if ref.rule == prEnded || ref.rule == prHalf2 {
		return
	}
	if w.firstPeriod == nil && !comparison(ref.rule) && !comparisonOnly(ref.rule) && !w.active(w.compareAt, k) {
		w.firstPeriod = ref
	}
	if k+1 < w.b && w.items[k+1].kind == iTerm && w.items[k+1].term.kind == kGuide && w.clausePer == nil && (w.cur == nil || len(w.cur.figs) == 0) {
		w.clausePer = ref // "second quarter guidance of $0.48 to $0.58 per share"
		return
	}
	if w.beforeMetric(k) {
		w.pendingPer, w.pendingPerAt = ref, k // "2022 revenue of $28.5 million"
		return
	}
	g := w.cur
	if w.active(w.compareAt, k) || g != nil && w.compareAt > g.at && w.compareAt > w.lastFigAt() {
		w.compareAt = -1
		if g != nil && g.versus == nil {
			g.versus = ref
		}
		return
	}
	var last *fig
	if g != nil {
		last = g.last()
	}
	if last != nil && last.role == rPrior && w.respectively && w.adjacent(last.at, k) {
		for _, h := range w.groups {
			for _, f := range h.figs {
				if f.role == rPrior && f.per == nil {
					f.per = ref // "…, respectively, in the prior-year quarter"
				}
			}
		}
		return
	}
	if last != nil && last.per == nil && w.adjacent(max(last.at, g.at), k) {
		switch {
		case last.role == rChange && last.versus == nil && (comparisonOnly(ref.rule) || comparison(ref.rule) || !w.current(ref, g)):
			// "up 5.2% year over year", "down 3.8% from the second quarter"
			last.versus = ref
		case last.role != rPrior && comparisonOnly(ref.rule) || last.role == rChange && comparison(ref.rule):
			if g.versus == nil {
				g.versus = ref
			}
		default:
			last.per = ref
		}
		return
	}
	if comparisonOnly(ref.rule) {
		// away from any figure: the comparison of the clause's change,
		// unless a change has its own ("…up 2.6% sequentially, our sixth
		// straight quarter of sequential growth")
		if g != nil && g.versus == nil && !g.changeCompared() {
			g.versus = ref
		}
		return
	}
	switch {
	case g != nil && len(g.figs) == 0 && g.defPer == nil:
		g.defPer = ref
	case g == nil && w.clausePer == nil && w.leading(k):
		w.clausePer = ref // "In the first quarter, …"
	case last != nil && comparison(ref.rule) && g.versus == nil:
		g.versus = ref
	case last != nil && last.per == nil && last.role == rValue && g.defPer == nil:
		last.per = ref
	}
}

// beforeMetric reports whether the period phrase at k qualifies the metric
// named right after it: "2022 revenue", "fourth quarter blood products
// revenue", "full-year adjusted EPS".
func (w *walker) beforeMetric(k int) bool {
	for j := k + 1; j < w.b && j <= k+4; j++ {
		it := w.items[j]
		switch {
		case it.kind == iTerm && it.term.kind == kMetric:
			return true
		case it.kind == iTerm && it.term.kind == kQualifier, it.kind == iWord && w.segmentWord(j):
		default:
			return false
		}
	}
	return false
}

// current reports whether period phrase ref names the period of g's
// figures: the call's own quarter, or the period g's clause is about.
func (w *walker) current(ref *periodRef, g *group) bool {
	p, ok := w.ctx.resolve(*ref, fiscal.Period{}, false, g.instant, g.guide)
	if !ok {
		return true
	}
	if def := g.defPer; def != nil {
		if q, ok := w.ctx.resolve(*def, fiscal.Period{}, false, g.instant, g.guide); ok && q == p {
			return true
		}
	}
	return p == w.ctx.place(w.ctx.period, g.instant) || p == w.ctx.period
}

// leading reports whether the item at k opens its clause: only
// prepositions, articles and connectives stand before it.
func (w *walker) leading(k int) bool {
	for j := w.a; j < k; j++ {
		it := w.items[j]
		if it.kind == iPunct && it.text == "," || it.kind == iWord && (adjacentWords[it.text] || phraseOpeners[it.text] || leadWords[it.text]) {
			continue
		}
		if it.kind == iTerm && (it.term.kind == kQualifier || it.term.kind == kGuide || it.term.kind == kCompare) || it.kind == iPeriod {
			continue
		}
		return false
	}
	return true
}

// leadWords may open a clause before its period: "Now, for the full year".
var leadWords = map[string]bool{
	"now": true, "so": true, "then": true, "also": true, "turning": true, "looking": true,
	"moving": true, "overall": true, "finally": true, "lastly": true, "additionally": true,
	"we": true, "i": true, "let": true, "me": true, "us": true, "let's": true, "like": true,
	"would": true, "will": true, "i'll": true, "we'll": true, "talk": true, "about": true,
	"here": true, "year": true, "quarter": true, "second": true, "first": true, "third": true,
	"fourth": true, "this": true, "that": true, "is": true, "are": true, "was": true, "were": true,
}

func (w *walker) lastFigAt() int {
	if w.cur == nil || w.cur.last() == nil {
		return -1
	}
	return w.cur.last().at
}

// adjacent reports whether only prepositions and articles stand between
// items i and k.
func (w *walker) adjacent(i, k int) bool {
	for j := i + 1; j < k; j++ {
		it := w.items[j]
		switch {
		case it.kind == iWord && adjacentWords[it.text]:
		case it.kind == iPunct && it.text == ",", it.kind == iWord && it.text == "respectively":
		case it.kind == iTerm && it.term.kind == kQualifier:
		case it.kind == iTerm && it.term.kind == kChange && j == i+1:
		default:
			return false
		}
	}
	return true
}
