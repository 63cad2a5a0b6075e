// Package echo makes text from outside qoq (a transcript's words, a
// config's values, a file's name) safe to repeat in what qoq prints.
//
// Clip shortens a value a message repeats, so that a runaway line of a
// config is shown by its start and its length, not whole. A Writer strips
// the control characters that a terminal would act on (escape sequences
// that move the cursor, retitle the window, or hide what follows) from
// everything written through it, keeping line breaks and tabs:
//
//	w := echo.NewWriter(os.Stderr)
//	fmt.Fprintf(w, "qoq: %s: note\n", name) // name's ESC [ 2 J is dropped
package echo

import (
	"fmt"
	"io"
	"sync"
	"unicode/utf8"
)

// Clip returns s, or when s is longer than n bytes its first n bytes (cut
// at a character) followed by "…" and its length.
func Clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := n
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return fmt.Sprintf("%s… (%d bytes)", s[:cut], len(s))
}

// A Writer writes to an underlying writer what is written to it, less the
// control characters: C0 but tab and line feed, DEL, C1, and bytes that
// are not UTF-8 (a terminal may read 0x9B as the start of a sequence).
//
// A Writer is safe for concurrent use, as an *os.File is.
type Writer struct {
	mu      sync.Mutex
	w       io.Writer
	pending []byte // the start of a character cut by the end of a write
	buf     []byte
}

// NewWriter returns a Writer writing to w.
func NewWriter(w io.Writer) *Writer { return &Writer{w: w} }

// Underlying returns the writer w writes to: what must reach it unchanged,
// such as a progress bar's redrawing, is written there.
func (w *Writer) Underlying() io.Writer { return w.w }

// Write writes p less its control characters. It reports len(p) written
// when the underlying writer took all that was left of it.
func (w *Writer) Write(p []byte) (int, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	b := append(w.pending, p...)
	w.pending = nil
	out := w.buf[:0]
	for i := 0; i < len(b); {
		c := b[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != 0x7f || c == '\n' || c == '\t' {
				out = append(out, c)
			}
			i++
			continue
		}
		if !utf8.FullRune(b[i:]) {
			w.pending = append([]byte(nil), b[i:]...)
			break
		}
		r, n := utf8.DecodeRune(b[i:])
		if r != utf8.RuneError && !(r >= 0x80 && r <= 0x9f) || n == 3 && r == utf8.RuneError {
			out = append(out, b[i:i+n]...) // U+FFFD as written stays
		}
		i += n
	}
	w.buf = out
	if _, err := w.w.Write(out); err != nil {
		return 0, err
	}
	return len(p), nil
}

// Strip returns s less its control characters, as a Writer writes it.
func Strip(s string) string {
	var b stringWriter
	w := NewWriter(&b)
	_, _ = w.Write([]byte(s))
	return string(b) // a character cut at the end is no character
}

type stringWriter []byte

func (s *stringWriter) Write(p []byte) (int, error) {
	*s = append(*s, p...)
	return len(p), nil
}
