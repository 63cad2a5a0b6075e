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
	terms   *trie[term]
	periods *trie[periodRule]
	metrics map[string]metric
	words   map[string]termKind // single words that matter for segment phrases
	verbs   map[string]bool     // verbs after a segment as subject
}

// newLexicon compiles the tables, with extra phrase → metric aliases.
func newLexicon(extra map[string]string) *lexicon {
	lx := &lexicon{terms: newTrie[term](), periods: newTrie[periodRule](), metrics: map[string]metric{}, words: map[string]termKind{}, verbs: map[string]bool{}}
	for _, m := range vocabulary {
		lx.metrics[m.id] = m
	}
	for _, a := range aliases {
		lx.terms.insert(a.phrase, term{kind: kMetric, alias: a})
	}
	for _, p := range slices.Sorted(maps.Keys(extra)) {
		lx.terms.insert(strings.ToLower(p), term{kind: kMetric, alias: alias{phrase: p, metric: extra[p]}})
	}
	for _, p := range notMetrics {
		lx.terms.insert(p, term{kind: kNotMetric})
	}
	for _, q := range qualifiers {
		lx.terms.insert(q.phrase, term{kind: kQualifier, basis: q.basis, variant: q.variant})
	}
	for _, c := range changeWords {
		lx.terms.insert(c.phrase, term{kind: kChange, dir: c.dir})
	}
	for _, c := range compareWords {
		dir := 0
		if strings.HasPrefix(c, "up ") {
			dir = 1
		} else if strings.HasPrefix(c, "down ") {
			dir = -1
		}
		lx.terms.insert(c, term{kind: kCompare, dir: dir})
	}
	for _, g := range guidanceWords {
		lx.terms.insert(g, term{kind: kGuide})
	}
	for _, a := range actualWords {
		lx.terms.insert(a, term{kind: kActual})
	}
	for _, g := range genericNouns {
		lx.terms.insert(g, term{kind: kGeneric})
	}
	for _, d := range demonstratives {
		lx.terms.insert(d, term{kind: kDemonstrative})
	}
	for _, p := range periodPatterns {
		lx.periods.insert(p.pattern, p.rule)
	}
	for _, w := range segmentHeads {
		lx.words[w] = kSegmentHead
	}
	for _, w := range notSegmentWords {
		lx.words[w] = kNotSegment
	}
	for _, w := range segmentVerbs {
		lx.verbs[w] = true
	}
	return lx
}

func monthOf(m int) time.Month { return time.Month(m) }
