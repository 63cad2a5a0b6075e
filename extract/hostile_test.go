package extract

import (
	"context"
	"errors"
	"math"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"qoq/transcript"
)

// junkCall is a short call with one sentence of n copies of pat.
func junkCall(t testing.TB, pat string, n int) *transcript.Document {
	t.Helper()
	call := "Thank you, and good morning. Revenue for the first quarter of 2021 was $6.7 million. " +
		"Revenue was " + strings.Repeat(pat, n) + "in the quarter. We thank our customers for their trust.\n"
	doc, err := transcript.Read("ACME_q1_2021.txt", []byte(call))
	if err != nil {
		t.Fatal(err)
	}
	return doc
}

// TestJunkSentence reads a sentence of a thousand figures: none is taken
// for a measure's value, the first hundred are listed as unattributed
// with the reason, and each quotes only the words around it.
func TestJunkSentence(t *testing.T) {
	d := New(Options{}).Extract(junkCall(t, "$1 ", 1000))
	for _, f := range d.Facts {
		if f.Source.Line == 1 && len(f.Source.Text) > maxQuote {
			t.Errorf("a fact of the junk sentence: %s %v", f.Metric, f.Value)
		}
	}
	n := 0
	for _, u := range d.Unattributed {
		if !strings.Contains(u.Reason, "1000 figures in one sentence") {
			continue
		}
		n++
		src := u.Source
		if len(src.Text) > maxQuote || src.Text[src.FigureStart:src.FigureEnd] != "$1" {
			t.Errorf("figure quoted as %q (%d bytes), figure %q", src.Text[:min(40, len(src.Text))], len(src.Text), src.Text[src.FigureStart:src.FigureEnd])
			break
		}
	}
	if n != maxListed {
		t.Errorf("%d of 1000 figures listed as unattributed, want the first %d", n, maxListed)
	}
	if len(d.Facts) == 0 || d.Facts[0].Metric != "revenue" {
		t.Errorf("the call's own revenue was lost: %+v", d.Facts)
	}
}

// TestJunkListed reads a sentence of 5,000 figures: the first hundred
// are listed as unattributed, and a note on the call counts them all.
func TestJunkListed(t *testing.T) {
	d := New(Options{}).Extract(junkCall(t, "$1 ", 5000))
	n := 0
	for _, u := range d.Unattributed {
		if strings.Contains(u.Reason, "5000 figures in one sentence") {
			n++
		}
	}
	if n != maxListed {
		t.Errorf("%d figures listed, want %d", n, maxListed)
	}
	if !slices.ContainsFunc(d.Notes, func(s string) bool {
		return strings.Contains(s, "line 1: a sentence of 5000 figures") && strings.Contains(s, "first 100 figures are listed")
	}) {
		t.Errorf("no note of the sentence: %q", d.Notes)
	}
}

// TestJunkLinear extracts a sentence of 4,000 and of 16,000 figures: the
// time grows about as the figures do (4 times; 11 allows for a noisy
// machine), not as their square (16).
func TestJunkLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times extractions")
	}
	x := New(Options{})
	for _, pat := range []string{"$1 ", "(($5)) ", "1. "} {
		small, large := junkCall(t, pat, 4000), junkCall(t, pat, 16000)
		fastest := func(doc *transcript.Document) time.Duration {
			best := time.Duration(math.MaxInt64)
			for range 5 {
				runtime.GC() // each extraction from the same heap
				t0 := time.Now()
				x.Extract(doc)
				best = min(best, time.Since(t0))
			}
			return best
		}
		ts, tl := fastest(small), fastest(large)
		if ratio := float64(tl) / float64(max(ts, 1)); ratio > 11 {
			t.Errorf("%q: %v for 4,000 figures, %v for 16,000 (%.1f times): more than linear", pat, ts, tl, ratio)
		}
	}
}

// TestUnreadListed reads figures the scanner cannot read: each is listed
// as unattributed, as written, with the reason and no value; none becomes
// a fact, and the sentence's other figures are read.
func TestUnreadListed(t *testing.T) {
	call := "Thank you, and good morning. Revenue for the first quarter of 2021 was (($5)) million. " +
		"Net income was $1,234,567,890,123,456,789,012,345 and operating income was 1.5e9. " +
		"EPS was $0.52 in the quarter. We thank our customers for their trust.\n"
	doc, err := transcript.Read("ACME_q1_2021.txt", []byte(call))
	if err != nil {
		t.Fatal(err)
	}
	d := New(Options{}).Extract(doc)
	want := map[string]string{
		"(($5)) million":                     "doubled parentheses",
		"$1,234,567,890,123,456,789,012,345": "24 digits",
		"1.5e9":                              "exponent",
	}
	for _, u := range d.Unattributed {
		if why, ok := want[u.Stated]; ok {
			if !strings.Contains(u.Reason, why) || u.Value != nil || u.Low != nil {
				t.Errorf("%q listed with reason %q, value %v; want the reason %q and no value", u.Stated, u.Reason, u.Value, why)
			}
			delete(want, u.Stated)
		}
	}
	for s := range want {
		t.Errorf("%q not listed as unattributed", s)
	}
	if len(d.Facts) != 1 || d.Facts[0].Metric != "eps" {
		for _, f := range d.Facts {
			t.Errorf("fact %s %v %q", f.Metric, f.Value, f.Stated)
		}
	}
}

// TestExtractStops extracts with a context already done, and with one done
// during the work: the extraction returns the context's error, without
// finishing.
func TestExtractStops(t *testing.T) {
	doc := junkCall(t, "Revenue was $5 million, up 3%. ", 20000)
	x := New(Options{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if docs, err := x.ExtractAll(ctx, []*transcript.Document{doc}); !errors.Is(err, context.Canceled) || docs != nil {
		t.Errorf("ExtractAll with a done context = %d documents, %v; want context.Canceled", len(docs), err)
	}
	start := time.Now()
	if _, err := x.ExtractAll(context.Background(), []*transcript.Document{doc}); err != nil {
		t.Fatal(err)
	}
	whole := time.Since(start)
	ctx, cancel = context.WithTimeout(context.Background(), whole/10)
	defer cancel()
	start = time.Now()
	if _, err := x.ExtractAll(ctx, []*transcript.Document{doc}); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("ExtractAll stopped at a tenth of its time: %v, want context.DeadlineExceeded", err)
	}
	if took := time.Since(start); took > whole/2 {
		t.Errorf("stopped after %v of the %v the whole extraction takes", took, whole)
	}
}

// TestCallBounds reads a call with a sentence longer than any of prose,
// and one stating more figures than any call: each is read up to its
// bound, and a note says where the reading stopped.
func TestCallBounds(t *testing.T) {
	opening := "Thank you, and good morning. We are very pleased with the quarter. Revenue for the first quarter of 2021 was $6.7 million. "
	for _, tt := range []struct {
		name, text, note string
	}{
		{"long sentence", opening + "Our view is " + strings.Repeat("and so on ", 2000) + "with EPS of $0.52.\n",
			"line 1: a sentence of 20030 bytes, more than the 16384 a sentence of prose runs to; only its first 16384 were read"},
		{"many figures", opening + strings.Repeat("Orders were $1 million, $2 million and $3 million.\n\n", 7000),
			"line 13333: the call states more than 20000 figures, sixty times as many as a call does; from there on it was not read"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := transcript.Read("ACME_q1_2021.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			d := New(Options{}).Extract(doc)
			if !slices.Contains(d.Notes, tt.note) {
				t.Errorf("notes %q, want %q", d.Notes, tt.note)
			}
			if len(d.Facts) == 0 || d.Facts[0].Metric != "revenue" {
				t.Errorf("the call's revenue was lost")
			}
			if len(d.Facts)+len(d.Unattributed) > maxCallFigures+3 {
				t.Errorf("%d figures kept", len(d.Facts)+len(d.Unattributed))
			}
		})
	}
}
