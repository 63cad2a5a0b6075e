package facts

import (
	"maps"
	"slices"
	"strings"
	"time"
)

// termKind is what a phrase of the lexicon does in a sentence.
type termKind uint8

const (
	kMetric        termKind = iota + 1 // names a metric
	kNotMetric                         // hides a metric's words: "sales force"
	kQualifier                         // basis or share class: "adjusted", "diluted"
	kChange                            // direction of a change: "increased"
	kCompare                           // introduces what is compared with: "versus"
	kGuide                             // marks outlook: "expect"
	kActual                            // marks results: "reported"
	kGeneric                           // a noun standing for a metric: "statistic"
	kDemonstrative                     // "this", "these"
	kSegmentHead                       // ends a segment's name: "segment", "centers"
	kNotSegment                        // a word that never names a segment
)

// A term is the meaning of a lexicon phrase.
type term struct {
	kind    termKind
	alias   alias
	basis   string
	variant string
	dir     int
}

// segmentVerbs follow a part of the business as the subject of a figure:
// "the closed donor centers generated operating losses of $194,000".
var segmentVerbs = []string{
	"generated", "reported", "produced", "posted", "delivered", "had", "saw", "contributed",
	"achieved", "recorded", "grew", "increased", "decreased", "declined", "improved", "experienced",
}

// A lexicon is the compiled vocabulary of the extractor: the metric
// aliases and the words around them, and the period phrases.
type lexicon struct {
	terms   *trie[*term]
	periods *trie[periodRule]
	metrics map[string]metric
	// index holds, for each word the lexicon knows, where phrases starting
	// with it begin and what the word is; tokenize looks each word up once.
	index map[string]*wordInfo
	// known marks the (first letter, second letter, length) of the index's
	// words, so that most words it does not know are told without a
	// lookup.
	known [26][26][16]bool
}

// wordInfo is what the lexicon knows of one word.
type wordInfo struct {
	term    *node[*term]      // phrases of terms that start with the word
	period  *node[periodRule] // period phrases that start with it
	class   termKind          // kSegmentHead or kNotSegment, or 0
	verb    bool              // a verb after a segment as subject
	oovHead bool              // ends the name of a figure outside the vocabulary
	fills   bool              // fills a slot of a period phrase: ordinals, months, counts
}

// noInfo describes a word the lexicon does not know.
var noInfo = &wordInfo{}

// info returns what the lexicon knows of word w.
func (lx *lexicon) info(w string) *wordInfo {
	if a, b, n, ok := shape(w); ok && !lx.known[a][b][n] {
		return noInfo
	}
	if i := lx.index[w]; i != nil {
		return i
	}
	return noInfo
}

// shape returns a word's first two letters and length (at most 15), when
// both letters are lower-case ASCII.
func shape(w string) (a, b, n int, ok bool) {
	if len(w) < 2 || w[0] < 'a' || w[0] > 'z' || w[1] < 'a' || w[1] > 'z' {
		return 0, 0, 0, false
	}
	return int(w[0] - 'a'), int(w[1] - 'a'), min(len(w), 15), true
}

// newLexicon compiles the tables, with extra phrase → metric aliases.
func newLexicon(extra map[string]string) *lexicon {
	lx := &lexicon{terms: newTrie[*term](), periods: newTrie[periodRule](), metrics: map[string]metric{}, index: map[string]*wordInfo{}}
	for _, m := range vocabulary {
		lx.metrics[m.id] = m
	}
	for _, m := range otherMetrics {
		lx.metrics[m.id] = m
	}
	for _, a := range aliases {
		lx.terms.insert(a.phrase, &term{kind: kMetric, alias: a})
	}
	for _, p := range slices.Sorted(maps.Keys(extra)) {
		lx.terms.insert(strings.ToLower(p), &term{kind: kMetric, alias: alias{phrase: p, metric: extra[p]}})
	}
	for _, p := range notMetrics {
		lx.terms.insert(p, &term{kind: kNotMetric})
	}
	for _, q := range qualifiers {
		lx.terms.insert(q.phrase, &term{kind: kQualifier, basis: q.basis, variant: q.variant})
	}
	for _, c := range changeWords {
		lx.terms.insert(c.phrase, &term{kind: kChange, dir: c.dir})
	}
	for _, c := range compareWords {
		dir := 0
		if strings.HasPrefix(c, "up ") {
			dir = 1
		} else if strings.HasPrefix(c, "down ") {
			dir = -1
		}
		lx.terms.insert(c, &term{kind: kCompare, dir: dir})
	}
	for _, g := range guidanceWords {
		lx.terms.insert(g, &term{kind: kGuide})
	}
	for _, a := range actualWords {
		lx.terms.insert(a, &term{kind: kActual})
	}
	for _, g := range genericNouns {
		lx.terms.insert(g, &term{kind: kGeneric})
	}
	for _, d := range demonstratives {
		lx.terms.insert(d, &term{kind: kDemonstrative})
	}
	for _, p := range periodPatterns {
		lx.periods.insert(p.pattern, p.rule)
	}
	for w, n := range lx.terms.root.words {
		lx.entry(w).term = n
	}
	for w, n := range lx.periods.root.words {
		lx.entry(w).period = n
	}
	for _, w := range segmentHeads {
		lx.entry(w).class = kSegmentHead
	}
	for _, w := range notSegmentWords {
		lx.entry(w).class = kNotSegment
	}
	for _, w := range segmentVerbs {
		lx.entry(w).verb = true
	}
	for w := range oovHeads {
		lx.entry(w).oovHead = true
	}
	for w := range slotWords {
		lx.entry(w).fills = true
	}
	for w := range lx.index {
		if a, b, n, ok := shape(w); ok {
			lx.known[a][b][n] = true
		}
	}
	return lx
}

func (lx *lexicon) entry(w string) *wordInfo {
	i := lx.index[w]
	if i == nil {
		i = &wordInfo{}
		lx.index[w] = i
	}
	return i
}

func monthOf(m int) time.Month { return time.Month(m) }
