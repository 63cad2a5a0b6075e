package facts

import "strings"

// segmentOf finds the part of the business that the metric named at item
// k is stated for, in the ways calls name one:
//
//   - words before the metric: "blood service revenue";
//   - a phrase after it: "gross profit from the blood products segment",
//     "gross profits from these centers";
//   - the subject of the sentence: "the closed donor centers generated
//     operating losses of $194,000".
//
// A phrase pointing back ("these centers", "the ongoing facilities")
// resolves to the part named before whose words it shares. It returns "" for
// a company-wide figure.
func (w *walker) segmentOf(k int) string {
	if seg := w.modifiersBefore(k); seg != "" {
		if SegmentKey(seg) == "" {
			// "segment gross margin": the segment just named
			return w.ctx.resolveSegment(seg, true)
		}
		return w.ctx.resolveSegment(seg, false)
	}
	if k+1 < w.b && (w.items[k+1].kind == iWord || w.items[k+1].kind == iTerm) {
		switch w.items[k+1].text {
		case "from", "at", "for", "of", "in", "within":
			if np, dem, ok := w.segmentPhrase(k + 2); ok {
				return w.ctx.resolveSegment(np, dem)
			}
		}
	}
	if np, dem, ok := w.subject(k); ok {
		return w.ctx.resolveSegment(np, dem)
	}
	if np := w.withSubject(k); np != "" {
		return w.ctx.resolveSegment(np, false)
	}
	return ""
}

// withSubject returns the name a sentence opens with when the metric at
// item k comes in a "with" phrase after it: "Professional was again the
// standout, with net sales of $197.8 million".
func (w *walker) withSubject(k int) string {
	if k == 0 || w.items[k-1].text != "with" || w.a != 0 {
		return ""
	}
	j := 0
	for j < k && j < 3 && w.items[j].kind == iWord && w.s.toks[w.items[j].t0].cap && w.segmentWord(j) {
		j++
	}
	if j == 0 || j >= k || !(w.items[j].kind == iPunct || w.items[j].kind == iTerm && w.items[j].term.kind == kActual) {
		return ""
	}
	return w.text(0, j)
}

// modifiersBefore returns the words that stand right before the metric at
// item k and name a part of the business: "blood service" in "blood
// service revenue".
func (w *walker) modifiersBefore(k int) string {
	j := k
	for j > w.a && k-j < 4 {
		if w.items[j-1].kind != iWord || !w.segmentWord(j-1) {
			break
		}
		j--
	}
	if j == k || j > w.a && !w.phraseStart(j-1) {
		return ""
	}
	if j > w.a && w.items[j-1].kind == iPunct && strings.HasSuffix(w.items[j].text, "ing") {
		return "" // ", bringing total debt to …": a participle, not a name
	}
	if k-j > 1 && genericHeads[w.items[k-1].text] {
		k-- // "Professional segment net sales" names "Professional"
	}
	return w.text(j, k)
}

// phraseStart reports whether item j can stand before a noun phrase: an
// article, possessive, preposition, conjunction, figure or punctuation.
func (w *walker) phraseStart(j int) bool {
	it := w.items[j]
	switch it.kind {
	case iPunct, iQty, iPeriod:
		return true
	case iWord, iTerm:
		return phraseOpeners[it.text]
	}
	return false
}

// phraseOpeners are the words after which a noun phrase starts.
var phraseOpeners = map[string]bool{
	"the": true, "our": true, "its": true, "their": true, "a": true, "an": true, "in": true,
	"of": true, "for": true, "from": true, "at": true, "and": true, "with": true, "to": true,
	"on": true, "by": true, "total": true, "while": true, "but": true, "whereas": true,
}

// A topic is a period, and whether it is an outlook, that a sentence
// without figures sets for the sentences after it: "Turning to the second
// quarter." "Our guidance for full year 2021 is as follows."
type topic struct {
	per      periodRef
	guidance bool
	sentence int // index of the sentence that set it
	speaker  string
	para     int
	// from says where it was set, for the facts that take it: "line 61:
	// fiscal Q1".
	from string
}

// topicReach is how many sentences a topic reaches; topicWords how long a
// sentence that sets one may be.
const (
	topicReach = 5
	topicWords = 30
	shortTopic = 12 // a sentence this short sets its period as a topic: "Fiscal 2022 was a record year."
	// outlookTopicWords is how long a sentence about the outlook may be and
	// still set its period: "we are narrowing and raising our full year
	// adjusted EPS outlook for 2021 at the midpoint to reflect …"
	outlookTopicWords = 60
)

// speaksOfOutlook reports whether a sentence has an outlook word.
func (s *sent) speaksOfOutlook() bool {
	for _, it := range s.items {
		if it.kind == iTerm && it.term.kind == kGuide {
			return true
		}
	}
	return false
}

// topicOpeners are the words with which a sentence introduces what the
// next ones are about, as pairs of words ("turning to") or single words
// ("regarding").
var topicOpeners = map[[2]string]bool{
	{"turning", "to"}: true, {"turn", "to"}: true, {"moving", "to"}: true, {"move", "to"}: true,
	{"moving", "on"}: true, {"looking", "at"}: true, {"looking", "to"}: true, {"now", "for"}: true,
	{"now", "to"}: true, {"let", "me"}: true, {"as", "follows"}: true, {"starting", "with"}: true,
	{"let", "'s"}: true, {"i'll", ""}: true, {"i", "will"}: true, {"we'll", ""}: true,
	{"for", "the"}: true, {"regarding", ""}: true, {"with", "respect"}: true, {"in", "terms"}: true,
	{"next", ","}: true, {"now", ","}: true,
}

// introduces reports whether a sentence introduces a topic: it opens like
// "Turning to …", ends in a colon, or speaks of the outlook.
func (s *sent) introduces() bool {
	t := strings.TrimSpace(s.src.Text)
	if strings.HasSuffix(t, ":") {
		return true
	}
	for _, it := range s.items {
		if it.kind == iTerm && it.term.kind == kGuide {
			return true
		}
	}
	for i, tok := range s.toks {
		next := ""
		if i+1 < len(s.toks) {
			next = s.toks[i+1].text
		}
		if topicOpeners[[2]string{tok.text, next}] || topicOpeners[[2]string{tok.text, ""}] {
			return true
		}
	}
	return false
}

// info returns what the lexicon knows of the word of item j.
func (w *walker) info(j int) *wordInfo { return w.s.toks[w.items[j].t0].info }

// segmentWord reports whether the word of item j can be part of a
// segment's name.
func (w *walker) segmentWord(j int) bool {
	word, in := w.items[j].text, w.info(j)
	return in.class != kNotSegment && !in.verb && !isDigits(word) && word != "'s" &&
		!strings.HasSuffix(word, "ly") && len(word) > 1
}

// segmentPhrase reads a phrase naming a part of the business starting at
// item i: "the blood products segment", "these centers", "North America".
// It reports whether the phrase points back with a demonstrative.
func (w *walker) segmentPhrase(i int) (np string, dem, ok bool) {
	for i < w.b {
		it := w.items[i]
		switch {
		case it.kind == iTerm && it.term.kind == kDemonstrative:
			dem = true
		case it.kind == iWord && (it.text == "the" || it.text == "our" || it.text == "its" || it.text == "their"):
		default:
			goto words
		}
		i++
	}
words:
	j, head := i, -1
	for j < w.b && j-i < 6 && w.items[j].kind == iWord && (w.segmentWord(j) || w.isHead(j)) {
		if w.isHead(j) {
			head = j
		}
		j++
	}
	switch {
	case j == i:
		return "", false, false
	case head >= 0:
		j = head + 1
	case !w.proper(i, j):
		return "", false, false
	}
	if j-i > 1 && genericHeads[w.items[j-1].text] {
		j-- // "the blood products segment" names "blood products"
	}
	return w.text(i, j), dem, true
}

// genericHeads end a segment's name without being part of it.
var genericHeads = map[string]bool{"segment": true, "segments": true, "division": true, "divisions": true}

// subject finds the subject of the verb before the metric at item k, when
// it names a part of the business: "our remaining blood product collection
// facilities reported a sizeable revenue gain".
func (w *walker) subject(k int) (np string, dem, ok bool) {
	v := -1
	for j := k - 1; j >= w.a && j >= k-4; j-- {
		it := w.items[j]
		if (it.kind == iTerm || it.kind == iWord) && it.t1-it.t0 == 1 && w.info(j).verb {
			v = j
			break
		}
		if it.kind == iPunct || it.kind == iTerm && it.term.kind == kMetric {
			return "", false, false
		}
	}
	if v < 0 {
		return "", false, false
	}
	j := v
	for j > w.a && v-j < 6 && w.items[j-1].kind == iWord && (w.segmentWord(j-1) || w.isHead(j-1)) {
		j--
	}
	if j == v || !w.isHead(v-1) {
		return "", false, false
	}
	if j > w.a {
		p := w.items[j-1]
		dem = p.kind == iTerm && p.term.kind == kDemonstrative
	}
	if v-j < 2 && !dem {
		// a bare head names no part: "our stores generated"; but "the
		// ongoing facilities" may point back to one named before
		np := w.text(j, v)
		if r := w.ctx.resolveSegment(np, false); r != np {
			return r, false, true
		}
		return "", false, false
	}
	return w.text(j, v), dem, true
}

func (w *walker) isHead(j int) bool {
	return w.items[j].kind == iWord && w.info(j).class == kSegmentHead
}

// proper reports whether items [i, j) are all capitalised words: a region
// or brand such as "North America".
func (w *walker) proper(i, j int) bool {
	for k := i; k < j; k++ {
		if !w.s.toks[w.items[k].t0].cap {
			return false
		}
	}
	return true
}

// text returns the sentence's text for items [i, j).
func (w *walker) text(i, j int) string {
	return w.s.src.Text[w.s.toks[w.items[i].t0].start:w.s.toks[w.items[j-1].t1-1].end]
}

// clauseSegment finds a part of the business that a clause opens with, for
// all its metrics: "In blood services, gross profit was …".
func (w *walker) clauseSegment() string {
	if w.a+2 >= w.b || w.items[w.a].kind != iWord {
		return ""
	}
	if w.a == 0 && w.items[0].kind == iWord && w.s.toks[w.items[0].t0].cap {
		// "Professional, on the other hand, continued to perform, with net
		// sales up 7.6%": a sentence opening with a segment named before
		j := 0
		for j < w.b && w.items[j].kind == iWord && w.s.toks[w.items[j].t0].cap && j < 4 {
			j++
		}
		if name := w.text(0, j); w.ctx.knownSegment(name) {
			return w.ctx.resolveSegment(name, false)
		}
	}
	switch w.items[w.a].text {
	case "in", "for", "within", "at":
	case "our", "the":
		// "Our café division … continues to lead our growth, with revenue
		// up 12.6%": a clause whose subject is a segment
		if np, _, ok := w.segmentPhrase(w.a + 1); ok && w.genericHeadAfter(w.a+1) {
			return w.ctx.resolveSegment(np, false)
		}
		return ""
	default:
		return ""
	}
	np, dem, ok := w.segmentPhrase(w.a + 1)
	if !ok {
		return ""
	}
	// the phrase must close with a comma
	for j := w.a + 1; j < w.b; j++ {
		if it := w.items[j]; it.kind == iPunct {
			if it.text != "," {
				return ""
			}
			return w.ctx.resolveSegment(np, dem)
		}
		if it := w.items[j]; it.kind != iWord && !(it.kind == iTerm && it.term.kind == kDemonstrative) {
			return ""
		}
	}
	return ""
}

// genericHeadAfter reports whether the words from item i end in a generic
// head ("division", "segment", "business"), not followed by a metric.
func (w *walker) genericHeadAfter(i int) bool {
	j := i
	for j < w.b && w.items[j].kind == iWord && (w.segmentWord(j) || w.isHead(j)) {
		j++
	}
	if j == i || !subjectHeads[w.items[j-1].text] {
		return false
	}
	return j >= w.b || !(w.items[j].kind == iTerm && w.items[j].term.kind == kMetric)
}

// subjectHeads end the name of a part of the business that can be a
// clause's subject.
var subjectHeads = map[string]bool{
	"segment": true, "division": true, "business": true, "unit": true, "group": true,
	"segments": true, "divisions": true, "businesses": true,
}

// recordSegments notes the parts of the business a clause names, so that
// later phrases can point back to them.
func (w *walker) recordSegments() {
	heads := false
	for k := w.a; k < w.b && !heads; k++ {
		heads = w.items[k].kind == iWord && w.info(k).class == kSegmentHead
	}
	if !heads {
		return
	}
	for k := w.a; k < w.b; k++ {
		it := w.items[k]
		if it.kind != iWord && it.kind != iTerm {
			continue
		}
		switch it.text {
		case "at", "from", "for", "in", "of":
			if np, dem, ok := w.segmentPhrase(k + 1); ok && !dem && len(strings.Fields(np)) > 1 {
				w.ctx.addSegment(np)
			}
		}
	}
}

// knownSegment reports whether a segment of that name was named before.
func (c *docCtx) knownSegment(np string) bool {
	k := SegmentKey(np)
	for _, s := range c.segments {
		if SegmentKey(s) == k {
			return true
		}
	}
	return false
}

func (c *docCtx) addSegment(np string) {
	for i, s := range c.segments {
		if s == np {
			c.segments = append(c.segments[:i], c.segments[i+1:]...)
			break
		}
	}
	c.segments = append(c.segments, np)
	if len(c.segments) > 20 {
		c.segments = c.segments[1:]
	}
}

// resolveSegment returns the part of the business a phrase names: with a
// demonstrative ("these centers"), the last one named with the same head
// word; a short phrase ("the ongoing facilities"), the last one whose words
// include its own; else the phrase itself, which is then remembered.
func (c *docCtx) resolveSegment(np string, dem bool) string {
	sk := SegmentKey(np)
	key := strings.Fields(sk)
	if len(key) == 0 && dem && len(c.segments) > 0 {
		// "that segment", "this division": the last one named
		return c.segments[len(c.segments)-1]
	}
	if len(key) == 0 || notSegments[sk] {
		return ""
	}
	head := key[len(key)-1]
	for i := len(c.segments) - 1; i >= 0; i-- {
		s := c.segments[i]
		sk := strings.Fields(SegmentKey(s))
		if len(sk) == 0 || sk[len(sk)-1] != head {
			continue
		}
		if dem || len(sk) > len(key) && contains(sk, key) {
			return s
		}
	}
	if dem {
		return ""
	}
	c.addSegment(np)
	return np
}

func contains(set, words []string) bool {
	for _, w := range words {
		found := false
		for _, s := range set {
			if s == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// SegmentKey returns the key under which segment names are the same
// segment: lower-cased, without filler words ("the", "segment"), each word
// singular, and synonyms ("remaining", "continuing") written as one
// ("ongoing"). "The Blood Products segment" and "blood product" share a
// key.
func SegmentKey(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,;:()\"'’")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w == "" || isFiller(w) {
			continue
		}
		w = synonym(singular(w))
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func isFiller(w string) bool {
	for _, f := range segmentFillers {
		if w == f {
			return true
		}
	}
	return false
}

func synonym(w string) string {
	for _, group := range segmentSynonyms {
		for _, s := range group[1:] {
			if w == s {
				return group[0]
			}
		}
	}
	return w
}

// singular strips an English plural ending: centers → center, facilities →
// facility, services → service; words ending in "ss" or "us" are kept.
func singular(w string) string {
	switch {
	case len(w) <= 3 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}
