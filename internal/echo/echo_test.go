package echo

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
)

func TestStrip(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"plain text\n", "plain text\n"},
		{"tab\there", "tab\there"},
		{"\x1b[2J\x1b]0;owned\x07cleared", "[2J]0;ownedcleared"},
		{"back\x08space\rreturn\x7f", "backspacereturn"},
		{"C1 \u009b31m red", "C1 31m red"},
		{"raw \x9b31m byte", "raw 31m byte"},
		{"€5.2 million — “quoted” \ufffd", "€5.2 million — “quoted” \ufffd"},
		{"bad \xff\xfe bytes", "bad  bytes"},
	} {
		if got := Strip(tt.in); got != tt.want {
			t.Errorf("Strip(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWriterSplit writes text a byte at a time: a character cut by the
// end of a write is kept whole, a control character still dropped.
func TestWriterSplit(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	in := "€5 \x1b[31m“red” \u009b\n"
	for i := range len(in) {
		if n, err := w.Write([]byte{in[i]}); n != 1 || err != nil {
			t.Fatalf("Write = %d, %v", n, err)
		}
	}
	if got, want := b.String(), "€5 [31m“red” \n"; got != want {
		t.Errorf("wrote %q, want %q", got, want)
	}
}

func TestClip(t *testing.T) {
	long := strings.Repeat("é", 100) // 200 bytes
	for _, tt := range []struct {
		in   string
		n    int
		want string
	}{
		{"revenu", 60, "revenu"},
		{long, 5, "éé… (200 bytes)"},
		{"abcdefgh", 4, "abcd… (8 bytes)"},
	} {
		if got := Clip(tt.in, tt.n); got != tt.want {
			t.Errorf("Clip(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
		}
	}
}

// TestWriterConcurrent writes from several goroutines at once: each line
// arrives whole (run with -race).
func TestWriterConcurrent(t *testing.T) {
	var b bytes.Buffer
	w := NewWriter(&b)
	done := make(chan bool)
	for g := range 4 {
		go func() {
			for range 100 {
				fmt.Fprintf(w, "line of writer %d \x1b[0m€\n", g)
			}
			done <- true
		}()
	}
	for range 4 {
		<-done
	}
	for _, l := range strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n") {
		if !strings.HasPrefix(l, "line of writer ") || !strings.HasSuffix(l, " [0m€") {
			t.Fatalf("a line cut or mixed: %q", l)
		}
	}
}
