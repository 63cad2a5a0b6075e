package extract

import (
	"strings"

	"qoq/facts"
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

// withContext gives every figure's source the sentences around it in its
// paragraph, and says which of them explain a change, so that the figure
// can be quoted without the transcript.
func withContext(out *facts.Document, doc *transcript.Document) {
	at := make(map[int]int, len(doc.Sentences)) // file offset → sentence
	for i := range doc.Sentences {
		at[doc.FileOffset(doc.Sentences[i].Start)] = i
	}
	fill := func(src *facts.Source) {
		i, ok := at[src.Start]
		if !ok {
			return
		}
		ss := doc.Sentences
		src.Explains = explains(src.Text)
		if i > 0 && ss[i-1].Para == ss[i].Para {
			src.Before = ss[i-1].Text
		}
		if i+1 < len(ss) && ss[i+1].Para == ss[i].Para {
			src.After, src.AfterLine = ss[i+1].Text, doc.Line(ss[i+1].Start)
			src.AfterExplains = explains(src.After)
		}
	}
	for i := range out.Facts {
		fill(&out.Facts[i].Source)
	}
	for i := range out.Unattributed {
		fill(&out.Unattributed[i].Source)
	}
}
