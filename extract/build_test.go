package extract

import (
	"strings"
	"testing"

	"qoq/facts"
	"qoq/transcript"
)

// extractText extracts the facts of a call of the given name and text,
// closed by a few words of thanks.
func extractText(t *testing.T, x *Extractor, name, text string) facts.Document {
	t.Helper()
	d, err := transcript.Read(name, []byte(text+"\n\nThank you all for joining us today. Operator, please open the line.\n"))
	if err != nil {
		t.Fatal(err)
	}
	return x.Extract(d)
}

// Each row is a call's paragraph, in made-up words, and the basis of the
// first figure: a figure stated without a basis takes the basis of the
// same figure called adjusted elsewhere, unless the adjusted one is said
// to equal it.
func TestCorroborate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"We reported second quarter net income of $84 million. Excluding special items, second quarter net income was $84 million, up from $61 million.", facts.NonGAAP},
		{"We reported second quarter net income of $84 million. Excluding special items, second quarter net income was also $84 million.", facts.GAAP},
		{"We reported net income of $11.2 million or $0.34 per diluted share for the second quarter. On an adjusted basis, net income increased 25.9% to $11.3 million or $0.34 per diluted share.", facts.GAAP},
	}
	x := New(Options{})
	for _, tt := range tests {
		doc := extractText(t, x, "ACME_q2_2021.txt", "Good morning and welcome. "+tt.in)
		if len(doc.Facts) == 0 || doc.Facts[0].Metric != "net_income" {
			t.Fatalf("%q: no net income first: %+v", tt.in, doc.Facts)
		}
		for _, f := range doc.Facts {
			if f.Source.Start != doc.Facts[0].Source.Start {
				break
			}
			if f.Basis != tt.want {
				t.Errorf("%q: %s %s, want %s", tt.in, f.Stated, f.Basis, tt.want)
			}
		}
	}
}

// Each row is a call's text, in made-up words, and the figures left
// unattributed because the call states another value for the same cell in
// a sentence that names the period.
func TestDisputed(t *testing.T) {
	tests := []struct{ in, want string }{
		{"In the fourth quarter of 2020, adjusted EPS was $1.11, up 40%.\n\nAdjusted EPS of $4.78 grew 31%.", "$4.78"},
		{"In the fourth quarter of 2020, adjusted EPS was $1.11, up 40%.\n\nAdjusted EPS of $1.11 grew 40%.", ""},
	}
	x := New(Options{})
	for _, tt := range tests {
		doc := extractText(t, x, "ACME_q4_2020.txt", "Good morning and welcome.\n\n"+tt.in)
		var got []string
		for _, u := range doc.Unattributed {
			if strings.Contains(u.Reason, "period") {
				got = append(got, u.Stated)
			}
		}
		if strings.Join(got, " ") != tt.want {
			t.Errorf("%q: unattributed %q, want %q", tt.in, got, tt.want)
		}
	}
}
