package facts

import "strings"

// itemKind is the kind of an item of a sentence.
type itemKind uint8

const (
	iWord   itemKind = iota // a word the lexicon does not know
	iPunct                  // punctuation
	iQty                    // a quantity
	iTerm                   // a phrase of the lexicon
	iPeriod                 // a phrase naming a period
)

// An item is a token, or a run of tokens the lexicon knows as a phrase.
type item struct {
	kind   itemKind
	t0, t1 int32      // tokens [t0, t1)
	q      int32      // quantity index, for iQty
	text   string     // the word or punctuation mark; the phrase for terms
	term   *term      // for iTerm
	per    *periodRef // for iPeriod
}

// A periodRef is a period phrase as written, to be resolved against the
// call's quarter and the figure it qualifies.
type periodRef struct {
	rule periodRule
	c    caps
}

// oovHeads end a phrase naming a figure outside the vocabulary: "bad debt
// provision", "insurance expense".
var oovHeads = map[string]bool{
	"expense": true, "expenses": true, "provision": true, "provisions": true, "cost": true,
	"costs": true, "charge": true, "charges": true, "reserve": true, "reserves": true,
	"fees": true, "income": true, "spending": true, "spend": true, "write-off": true,
	"writeoffs": true, "impairment": true, "benefit": true, "royalties": true,
}

// items groups tokens into items: the longest phrase of the lexicon or of
// the period patterns at each token, else the token itself.
func (x *Extractor) items(dst []item, toks []token) []item {
	for i := 0; i < len(toks); {
		t := toks[i]
		switch t.kind {
		case tQty:
			dst = append(dst, item{kind: iQty, t0: int32(i), t1: int32(i + 1), q: t.q})
			i++
			continue
		case tPunct:
			dst = append(dst, item{kind: iPunct, t0: int32(i), t1: int32(i + 1), text: t.text})
			i++
			continue
		}
		if t.info.term == nil && t.info.period == nil && !mayFill(&toks[i]) {
			// a word no phrase starts with
			if e, ok := x.oov(toks, i); ok {
				label := phrase(toks, i, e)
				dst = append(dst, item{kind: iTerm, t0: int32(i), t1: int32(e), text: label,
					term: &term{kind: kMetric, alias: alias{phrase: label, metric: slug(label)}}})
				i = e
				continue
			}
			dst = append(dst, item{kind: iWord, t0: int32(i), t1: int32(i + 1), text: t.text})
			i++
			continue
		}
		pe, pv, pc := x.lx.periods.matchFrom(toks, i, t.info.period)
		te, tv, _ := x.lx.terms.matchFrom(toks, i, t.info.term)
		switch {
		case pe > i && pe >= te:
			dst = append(dst, item{kind: iPeriod, t0: int32(i), t1: int32(pe), text: phrase(toks, i, pe), per: &periodRef{pv[0], pc}})
			i = pe
		case te > i:
			t := tv[0]
			if t.kind == kMetric {
				if end, ps := x.perShareTerm(toks, te, t); ps != nil {
					// "net operating earnings per common share"
					t, te = ps, end
				}
			}
			dst = append(dst, item{kind: iTerm, t0: int32(i), t1: int32(te), text: phrase(toks, i, te), term: t})
			i = te
		default:
			if e, ok := x.oov(toks, i); ok {
				label := phrase(toks, i, e)
				dst = append(dst, item{kind: iTerm, t0: int32(i), t1: int32(e), text: label,
					term: &term{kind: kMetric, alias: alias{phrase: label, metric: slug(label)}}})
				i = e
				continue
			}
			dst = append(dst, item{kind: iWord, t0: int32(i), t1: int32(i + 1), text: t.text})
			i++
		}
	}
	return dst
}

// perShareWords may stand between "per" and "share" after a metric's name.
var perShareWords = map[string]string{"diluted": "diluted", "common": "", "basic": "basic", "fully": "diluted", "adjusted": "", "weighted": ""}

// perShareTerm reports whether "per … share" follows the metric term t
// at toks[i], and returns the end of the phrase and the term of the metric
// per share: "net earnings per common share" is EPS.
func (x *Extractor) perShareTerm(toks []token, i int, t *term) (int, *term) {
	id, ok := perShareOf[t.alias.metric]
	if !ok || i >= len(toks) || toks[i].text != "per" {
		return i, nil
	}
	variant := t.alias.variant
	for j := i + 1; j < len(toks) && j < i+4; j++ {
		w := toks[j].text
		if w == "share" || w == "unit" {
			a := t.alias
			a.metric = id
			if variant != "" {
				a.variant = variant
			}
			return j + 1, &term{kind: kMetric, alias: a}
		}
		v, ok := perShareWords[w]
		if !ok {
			break
		}
		if v != "" {
			variant = v
		}
	}
	return i, nil
}

// oov reports whether a phrase naming a figure outside the vocabulary
// starts at toks[i]: one to three modifiers and a head noun, after a
// preposition or article. It returns the end of the phrase.
func (x *Extractor) oov(toks []token, i int) (int, bool) {
	if i > 0 {
		switch toks[i-1].text {
		case "in", "of", "the", "our", "and", "for", "its", "an", "a", ",":
		default:
			return 0, false
		}
	}
	for j := i; j < len(toks) && j < i+4; j++ {
		t := toks[j]
		if t.kind != tWord || t.info.class == kNotSegment || isDigits(t.text) {
			return 0, false
		}
		if t.info.oovHead {
			return j + 1, j > i
		}
		if end, v, _ := x.lx.terms.matchFrom(toks, j, t.info.term); end > j && v[0].kind != kMetric {
			return 0, false
		}
	}
	return 0, false
}

// phrase returns the words of toks[i:j] joined by spaces.
func phrase(toks []token, i, j int) string {
	if j == i+1 {
		return toks[i].text
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if toks[k].kind != tWord {
			continue
		}
		if b.Len() > 0 && toks[k].text != "'s" {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// slug makes a metric id of a label: "bad debt provision" →
// "bad_debt_provision".
func slug(label string) string {
	var b strings.Builder
	for _, f := range strings.Fields(strings.NewReplacer("&", " and ", "'s", "", "-", " ", "/", " ").Replace(label)) {
		if b.Len() > 0 {
			b.WriteByte('_')
		}
		b.WriteString(f)
	}
	return b.String()
}
