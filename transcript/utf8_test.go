package transcript

import (
	"slices"
	"strings"
	"testing"
)

// TestInvalidUTF8 reads a UTF-8 call with one byte that is not: the byte
// becomes U+FFFD and its line is listed, and "€5.2 million" stays itself;
// a Windows-1252 call, whose high bytes never form UTF-8, is still read
// as such.
func TestInvalidUTF8(t *testing.T) {
	call := "Thank you, and good morning.\nRevenue in Europe was €5.2 million, up 4%.\nOur caf\xe9 business grew. We thank our customers for their trust.\n"
	d, err := Read("ACME_q1_2024.txt", []byte(call))
	if err != nil {
		t.Fatal(err)
	}
	if d.Encoding != UTF8Lossy || !strings.Contains(d.Text, "€5.2 million") || !strings.Contains(d.Text, "caf\uFFFD business") || !slices.Equal(d.Replaced, []int{3}) {
		t.Errorf("read as %s, replaced on lines %v:\n%s", d.Encoding, d.Replaced, d.Text)
	}
	old := "Thank you, and good morning.\nOur caf\xe9 business grew \x96 by 4%. We thank our customers for their trust.\n"
	d, err = Read("OLD_q1_1999.txt", []byte(old))
	if err != nil {
		t.Fatal(err)
	}
	if d.Encoding != Windows1252 || !strings.Contains(d.Text, "café business grew – by 4%") {
		t.Errorf("read as %s: %s", d.Encoding, d.Text)
	}
}
