package extract

import (
	"testing"

	"qoq/transcript"
)

// FuzzExtract checks that no text makes extraction panic, and that every
// fact it reports points into its sentence and carries a figure.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"Revenue declined $195,000 to $6,736,000 in the first quarter of 2004 when compared to the same period in 2003. We are pleased. Thank you all.",
		"We now expect full-year revenue of $1.82 billion to $1.83 billion and adjusted EPS between $3.20 and $3.40. Good. Next question please.",
		"As of March 31, 2004, this collection statistic stood at 47 days, compared with only 42 days as of December 31, 2003. Fine. Thanks.",
		"Gross margin was up 150 basis points to 38.2% sequentially; net loss of $(0.12) per share. Okay then. That's all.",
	} {
		f.Add(s)
	}
	x := New(Options{})
	f.Fuzz(func(t *testing.T, s string) {
		d, err := transcript.Read("ACME_q1_2004.txt", []byte(s))
		if err != nil {
			return
		}
		doc := x.Extract(d)
		for _, fc := range doc.Facts {
			src := fc.Source
			if src.FigureStart < 0 || src.FigureEnd > len(src.Text) || src.FigureStart >= src.FigureEnd {
				t.Fatalf("figure [%d,%d) outside its %d-byte sentence", src.FigureStart, src.FigureEnd, len(src.Text))
			}
			if fc.Value == nil && fc.Low == nil && fc.Change == nil {
				t.Fatalf("fact %s with neither value nor change", fc.Metric)
			}
			if fc.Period.Kind == 0 {
				t.Fatalf("fact %s without a period", fc.Metric)
			}
			if src.Line < 1 || src.Start > src.End || src.End > len(s) {
				t.Fatalf("source line %d, bytes [%d,%d) of %d", src.Line, src.Start, src.End, len(s))
			}
		}
	})
}
