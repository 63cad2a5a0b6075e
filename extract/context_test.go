package extract

import (
	"testing"

	"qoq/transcript"
)

// TestOtherBasis pins, sentence by sentence, the words that put a stated
// change on another basis than the reported figures: each row is a
// sentence, a change as stated in it, and the words found by that change
// ("" for none).
func TestOtherBasis(t *testing.T) {
	tests := []struct{ in, change, want string }{
		{"Adjusted EBITDA was $210 million, up 40% year over year and up 35% FX-neutral.", "40%", ""},
		{"Adjusted EBITDA was $210 million, up 40% year over year and up 35% FX-neutral.", "35%", "fx-neutral"},
		{"Excluding acquisitions and currency, orders were up 41% in the quarter.", "41%", "excluding"},
		{"Backlog rose 12% from the year end, and rose 15% on a currency-neutral basis.", "12%", ""},
		{"Backlog rose 12% from the year end, and rose 15% on a currency-neutral basis.", "15%", "currency-neutral"},
		{"On a like-for-like basis, revenue of $46.1 million grew 24.3% over the prior year.", "24.3%", "like-for-like"},
		{"Revenue of $46.1 million grew 20.0% over the prior year, driven by volume.", "20.0%", ""},
		{"Net sales rose 6% per selling day over the prior year.", "6%", "per selling day"},
	}
	x := New(Options{})
	for _, tt := range tests {
		call := "Thank you, and good morning. " + tt.in + " We thank our customers for their trust. We look forward to the year.\n"
		doc, err := transcript.Read("ACME_q1_2021.txt", []byte(call))
		if err != nil {
			t.Fatal(err)
		}
		d := x.Extract(doc)
		found := false
		for _, f := range d.Facts {
			if f.Change == nil || f.Change.StatedPct != tt.change {
				continue
			}
			found = true
			if f.Change.OtherBasis != tt.want {
				t.Errorf("%q, change %s: other basis %q, want %q", tt.in, tt.change, f.Change.OtherBasis, tt.want)
			}
		}
		if !found {
			t.Errorf("%q: no change %s read", tt.in, tt.change)
		}
	}
}
