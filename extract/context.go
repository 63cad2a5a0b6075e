package extract

import (
	"bytes"
	"strings"

	"qoq/facts"
	"qoq/quantity"
	"qoq/transcript"
)

// causes are the words by which a sentence explains a change.
var causes = []string{
	"due to", "driven by", "drove", "primarily", "mainly", "largely", "because", "as a result",
	"reflect", "attributable", "offset", "result of", "led by", "owing to", "thanks to",
	"resulting from", "contributed", "impact of", "benefit", "on the strength of", "the increase was",
	"the decrease was", "the decline was", "the improvement",
}

// causeWords and restateBytes are causes and restateWords as bytes, to
// search a lower-cased sentence without copying it into a string.
var causeWords, restateBytes = asBytes(causes), asBytes(restateWords)

func asBytes(words []string) [][]byte {
	out := make([][]byte, len(words))
	for i, w := range words {
		out[i] = []byte(w)
	}
	return out
}

// lower appends s lower-cased (ASCII letters) to dst.
func lower(dst []byte, s string) []byte {
	n := len(dst)
	dst = append(dst, s...)
	for i, c := range dst[n:] {
		if 'A' <= c && c <= 'Z' {
			dst[n+i] = c + 'a' - 'A'
		}
	}
	return dst
}

// hasAny reports whether b holds one of words.
func hasAny(b []byte, words [][]byte) bool {
	for _, w := range words {
		if bytes.Contains(b, w) {
			return true
		}
	}
	return false
}

// restateWords in a sentence say a figure given before is given anew.
var restateWords = []string{"restate", "recast", "revised", "as adjusted", "reclassif", "re-present", "represented"}

// otherBases are words that put a stated change on another basis than
// the reported figures it would be checked against, when they stand by
// the change, between the figure before it and the figure after it.
var otherBases = []string{
	"constant currency", "constant-currency", "currency neutral", "currency-neutral", "fx neutral",
	"fx-neutral", "local currency", "constant dollar", "organic", "excluding", "ex-", "absent",
	"adjusted for", "adjusting for", "comparable", "like-for-like", "like for like",
	"same-store", "same store", "per day", "per selling day", "per shipping day", "per working day",
	"pro forma", "proforma", "normalized", "underlying", "two-year", "two year", "stacked",
}

// otherBasis returns the words of otherBases that stand by the change of
// fact f in its sentence, or "": "excluding the divested line, revenue grew 24%",
// "sales per day rose 6%".
func otherBasis(f *facts.Fact, qs []quantity.Quantity) string {
	ch := f.Change
	text := f.Source.Text
	at := -1
	for _, stated := range []string{ch.StatedPct, ch.StatedAbs} {
		if stated == "" {
			continue
		}
		from := min(max(f.Source.FigureStart, 0), len(text))
		if i := strings.Index(text[from:], stated); i >= 0 {
			at = from + i
		} else if i := strings.Index(text, stated); i >= 0 {
			at = i
		}
		break
	}
	if at < 0 {
		return ""
	}
	// the change's own figures: the level it is stated with, and itself
	first := at
	if f.Value != nil && f.Source.FigureStart < at {
		first = f.Source.FigureStart
	}
	lo, hi, prior := 0, len(text), false
	for _, q := range qs {
		switch {
		case q.End <= first:
			lo, prior = q.End, true
		case q.Start > at && q.Start < hi:
			hi = q.Start
		}
	}
	// the words before the change's figures, after the clause of the
	// figure before them; between them; and after the change, up to the
	// next clause
	before, after := text[lo:first], text[first:hi]
	if prior {
		if i := clauseBreak(before); i >= 0 {
			before = before[i:]
		}
	}
	if i := clauseBreak(text[at:hi]); i >= 0 {
		after = text[first : at+i]
	}
	window := strings.ToLower(before + after)
	for _, w := range otherBases {
		if strings.Contains(window, w) {
			return w
		}
	}
	return ""
}

// clauseBreaks part the clauses of a sentence.
var clauseBreaks = []string{", ", "; ", " and ", " or ", " while ", " but ", " with "}

// clauseBreak returns the offset of the first clause break in s, or -1.
func clauseBreak(s string) int {
	first := -1
	for _, b := range clauseBreaks {
		if i := strings.Index(s, b); i >= 0 && (first < 0 || i < first) {
			first = i
		}
	}
	return first
}

// describer gives the figures of each sentence what extraction says of
// their sentence beyond the figure: the sentences around it in its
// paragraph, which of them explain a change, whether it restates the
// figure, and what words put a change on another basis. Each sentence is
// read once, however many figures it has.
type describer struct {
	doc      *transcript.Document
	explains []int8 // per sentence: 0 not read yet, 1 no, 2 yes
	buf      []byte // a sentence lower-cased
}

func newDescriber(doc *transcript.Document) *describer {
	return &describer{doc: doc, explains: make([]int8, len(doc.Sentences))}
}

// explainsAt reports whether sentence i gives a cause.
func (d *describer) explainsAt(i int) bool {
	if d.explains[i] == 0 {
		d.explains[i] = 1
		if d.buf = lower(d.buf[:0], d.doc.Sentences[i].Text); hasAny(d.buf, causeWords) {
			d.explains[i] = 2
		}
	}
	return d.explains[i] == 2
}

// describe describes the facts and figures sentence i added to out, from
// the fact and the figure of index fromFact and fromFig on; qs are the
// sentence's quantities.
func (d *describer) describe(out *facts.Document, i, fromFact, fromFig int, qs []quantity.Quantity) {
	if fromFact == len(out.Facts) && fromFig == len(out.Unattributed) {
		return
	}
	ss := d.doc.Sentences
	var ctx facts.Source // what every figure of the sentence shares
	ctx.Explains = d.explainsAt(i)
	if i > 0 && ss[i-1].Para == ss[i].Para {
		ctx.Before = ss[i-1].Text
	}
	if i+1 < len(ss) && ss[i+1].Para == ss[i].Para {
		ctx.After, ctx.AfterLine = ss[i+1].Text, d.doc.Line(ss[i+1].Start)
		ctx.AfterExplains = d.explainsAt(i + 1)
	}
	fill := func(src *facts.Source) {
		src.Explains, src.Before, src.After, src.AfterLine, src.AfterExplains = ctx.Explains, ctx.Before, ctx.After, ctx.AfterLine, ctx.AfterExplains
	}
	again := false
	if fromFact < len(out.Facts) {
		d.buf = lower(d.buf[:0], ss[i].Text)
		again = hasAny(d.buf, restateBytes)
	}
	for k := fromFact; k < len(out.Facts); k++ {
		f := &out.Facts[k]
		fill(&f.Source)
		f.Restated = again
		if f.Change != nil {
			fqs := qs
			if len(f.Source.Text) != len(ss[i].Text) {
				fqs = quantity.Append(nil, f.Source.Text) // quoted around the figure
			}
			f.Change.OtherBasis = otherBasis(f, fqs)
		}
	}
	for k := fromFig; k < len(out.Unattributed); k++ {
		fill(&out.Unattributed[k].Source)
	}
}
