package extract

import (
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

// explains reports whether a sentence gives a cause.
func explains(s string) bool {
	s = strings.ToLower(s)
	for _, c := range causes {
		if strings.Contains(s, c) {
			return true
		}
	}
	return false
}

// restateWords in a sentence say a figure given before is given anew.
var restateWords = []string{"restate", "recast", "revised", "as adjusted", "reclassif", "re-present", "represented"}

// restated reports whether a sentence says it gives a figure anew.
func restated(s string) bool {
	s = strings.ToLower(s)
	for _, w := range restateWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

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

// withContext gives every figure's source the sentences around it in its
// paragraph, and says which of them explain a change, so that the figure
// can be quoted without the transcript; and says of each figure whether
// its sentence restates it, and of each change what words put it on
// another basis.
func withContext(out *facts.Document, doc *transcript.Document) {
	at := make(map[int]int, len(doc.Sentences)) // file offset → sentence
	for i := range doc.Sentences {
		at[doc.FileOffset(doc.Sentences[i].Start)] = i
	}
	// what is read of a sentence is read once, however many figures it has
	type sentence struct {
		explains, restated bool
		figures            []quantity.Quantity
	}
	read := map[int]*sentence{}
	of := func(start int, text string) *sentence {
		if r, ok := read[start]; ok {
			return r
		}
		r := &sentence{explains: explains(text), restated: restated(text)}
		read[start] = r
		return r
	}
	fill := func(src *facts.Source) {
		i, ok := at[src.Start]
		if !ok {
			return
		}
		ss := doc.Sentences
		src.Explains = of(src.Start, src.Text).explains
		if i > 0 && ss[i-1].Para == ss[i].Para {
			src.Before = ss[i-1].Text
		}
		if i+1 < len(ss) && ss[i+1].Para == ss[i].Para {
			src.After, src.AfterLine = ss[i+1].Text, doc.Line(ss[i+1].Start)
			src.AfterExplains = of(doc.FileOffset(ss[i+1].Start), ss[i+1].Text).explains
		}
	}
	for i := range out.Facts {
		f := &out.Facts[i]
		fill(&f.Source)
		r := of(f.Source.Start, f.Source.Text)
		f.Restated = r.restated
		if f.Change != nil {
			if r.figures == nil {
				r.figures = quantity.Append([]quantity.Quantity{}, f.Source.Text)
			}
			f.Change.OtherBasis = otherBasis(f, r.figures)
		}
	}
	for i := range out.Unattributed {
		fill(&out.Unattributed[i].Source)
	}
}
