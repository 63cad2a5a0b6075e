package clause

import (
	"maps"
	"slices"
	"strings"

	"qoq/internal/lex"
	"qoq/internal/period"
	"qoq/metric"
)

// Options say what the call's own vocabulary adds to the tables.
type Options struct {
	// Industry chooses the industry's readings of words that differ by
	// industry: "margin" in a bank's call is its net interest margin.
	Industry metric.Industry
	// Metrics maps extra phrases, lower-case, onto measure ids.
	Metrics map[string]string
}

// A Lexicon is the compiled vocabulary: measure phrases, qualifiers, cue
// words and period phrases, in one trie.
type Lexicon struct {
	trie     *lex.Trie[*entry]
	industry metric.Industry
}

// entry is what a phrase of the lexicon is.
type entry struct {
	kind    Kind
	alias   *metric.Alias
	basis   string
	variant string
	cue     Cue
	dir     int8
	rule    period.Rule
}

// NewLexicon compiles the tables.
func NewLexicon(opts Options) *Lexicon {
	lx := &Lexicon{trie: lex.NewTrie[*entry](), industry: opts.Industry}
	aliases := metric.Aliases()
	for _, p := range slices.Sorted(maps.Keys(opts.Metrics)) {
		aliases = append(aliases, metric.Alias{Phrase: strings.ToLower(p), ID: opts.Metrics[p], Industry: opts.Industry})
	}
	for i := range aliases {
		a := &aliases[i]
		if a.Industry != metric.General && a.Industry != opts.Industry {
			continue
		}
		lx.trie.Insert(a.Phrase, &entry{kind: Measure, alias: a})
	}
	for _, p := range notMeasures {
		lx.trie.Insert(p, &entry{kind: NotMeasure})
	}
	for _, q := range qualifiers {
		lx.trie.Insert(q.phrase, &entry{kind: Qualifier, basis: q.basis, variant: q.variant})
	}
	for _, c := range cueWords {
		cue := c.cue
		if cue&Change != 0 && pastTense(c.phrase) {
			cue |= Actual // "increased", "grew": a result, not an outlook
		}
		if cue&Change != 0 && (changeNouns[c.phrase] || changeNouns[c.phrase[strings.LastIndexByte(c.phrase, ' ')+1:]] && !strings.HasSuffix(c.phrase, " of")) {
			cue |= Noun
		}
		lx.trie.Insert(c.phrase, &entry{kind: CueWord, cue: cue, dir: c.dir})
	}
	for _, p := range period.Patterns() {
		lx.trie.Insert(p.Phrase, &entry{kind: Period, rule: p.Rule})
	}
	return lx
}

// pick returns the entry of a phrase among those the tables give it: an
// industry's measure over a general one, the last phrase the options
// added, a period over the rest, and cues merged.
func (lx *Lexicon) pick(es []*entry) entry {
	var best *entry
	var cue Cue
	var dir int8
	for _, e := range es {
		switch {
		case e.kind == CueWord:
			cue |= e.cue
			if e.dir != 0 {
				dir = e.dir
			}
			if best == nil {
				best = e
			}
		case best == nil || best.kind == CueWord || e.kind == Period:
			best = e
		case e.kind == Measure && best.kind == Measure:
			if e.alias.Industry != metric.General || best.alias.Industry == metric.General {
				best = e
			}
		}
	}
	out := *best
	out.cue, out.dir = cue, dir
	if out.kind == Period || out.kind == Measure && out.alias.ID != "" {
		out.cue = 0 // a measure's or a period's words play no cue's role
	}
	return out
}

// pastTense reports whether a change phrase is in the past tense:
// "increased", "grew".
func pastTense(phrase string) bool {
	w := phrase[strings.LastIndexByte(phrase, ' ')+1:]
	switch w {
	case "grew", "rose", "fell", "grown", "risen", "shrank":
		return true
	}
	return strings.HasSuffix(w, "ed")
}
