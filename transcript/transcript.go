package transcript

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"unicode"
)

// A Document is a call read from a file: its text, decoded and stripped of
// markup, and its sentences.
type Document struct {
	Name     string // the file name as given
	Encoding string // UTF8, UTF8BOM, Windows1252, …
	// Replaced lists the lines of the bytes that were not UTF-8 in a file
	// read as UTF8Lossy, each replaced by U+FFFD.
	Replaced []int
	Format   string // "text" or "html"
	// Part says which document of an EDGAR submission was read, or "".
	Part      string
	Layout    Layout
	Text      string
	Sentences []Sentence
	// Unread is the line of the file from which the text was not read,
	// the call holding more than MaxSentences sentences or MaxLines
	// lines; 0 when it was read whole.
	Unread int

	maps       []offsetMap // from Text back to the file, applied last first
	lineStarts []int       // byte offsets in the file where lines start
}

// A Sentence is one sentence of a call.
type Sentence struct {
	// Text is the sentence with line breaks turned into spaces; its bytes
	// correspond one to one with Document.Text[Start:End].
	Text       string
	Start, End int // byte offsets in Document.Text
	Para       int // index of the paragraph; sentences of a paragraph share it
	Speaker    string
	Section    Section
	// Analyst is set when the speaker is titled an analyst: their figures
	// are questions and estimates, not the company's.
	Analyst bool
}

// ReadFile reads the call in the named file.
func ReadFile(name string) (*Document, error) {
	return ReadFileLimit(context.Background(), name, MaxSize)
}

// MaxSize is the size of the largest call ReadFile reads: 64 MB, some
// thirty times the longest real call.
const MaxSize = 64 << 20

// ReadFileLimit is ReadFile for calls of up to limit bytes, stopped when
// ctx is done (the error is then ctx's). It reads only regular files: a
// named pipe, a device or a socket is refused by its name, before any
// read, since reading one may block or never end.
func ReadFileLimit(ctx context.Context, name string, limit int64) (*Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	fi, err := os.Stat(name)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: %w: %s", name, ErrNotRegular, fileKind(fi.Mode()))
	}
	if fi.Size() > limit {
		return nil, fmt.Errorf("%s: %w: %s, more than %s", name, ErrTooLarge, megabytes(fi.Size()), megabytes(limit))
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	raw, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if int64(len(raw)) > limit {
		return nil, fmt.Errorf("%s: %w: it grew past %s while read", name, ErrTooLarge, megabytes(limit))
	}
	return ReadContext(ctx, name, raw)
}

// fileKind names the kind of a file that is not a regular one.
func fileKind(m os.FileMode) string {
	switch {
	case m.IsDir():
		return "a directory"
	case m&os.ModeNamedPipe != 0:
		return "a named pipe (FIFO)"
	case m&os.ModeSocket != 0:
		return "a socket"
	case m&os.ModeCharDevice != 0, m&os.ModeDevice != 0:
		return "a device"
	}
	return "not a regular file"
}

// megabytes writes a size for people.
func megabytes(n int64) string {
	if n < 1<<20 {
		return fmt.Sprintf("%d bytes", n)
	}
	return fmt.Sprintf("%d MB", n>>20)
}

// Read reads a call from raw, the contents of the named file. The name
// decides nothing but whether to read the file as HTML (.htm, .html), and
// appears in errors.
func Read(name string, raw []byte) (*Document, error) {
	return ReadContext(context.Background(), name, raw)
}

// ReadContext is Read, stopped when ctx is done: the error is then ctx's.
func ReadContext(ctx context.Context, name string, raw []byte) (*Document, error) {
	text, enc, m, err := decode(raw)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	// a file of more lines than any call is read up to MaxLines
	rawEnd, unread := len(raw), 0
	if k := lineEnd(text, MaxLines); k < len(text) {
		text, rawEnd, unread = text[:k], m.src(k), MaxLines+1
	}
	d := &Document{Name: name, Encoding: enc, Format: "text", maps: []offsetMap{m}, lineStarts: lineStarts(raw[:rawEnd]), Unread: unread}
	if enc == UTF8Lossy {
		_, _, bad := decodeLossy(raw)
		for _, off := range bad {
			line := sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > off })
			if n := len(d.Replaced); n == 0 || d.Replaced[n-1] != line {
				d.Replaced = append(d.Replaced, line)
			}
		}
	}
	body, bodyName := text, name
	if isEDGAR(text) {
		docs := edgarDocs(text)
		i := pickScript(docs)
		if i < 0 {
			return nil, fmt.Errorf("%s: an EDGAR submission with %d documents, none of them text: %w", name, len(docs), ErrNotTranscript)
		}
		d.Part = docs[i].describe(i, len(docs))
		body, bodyName = docs[i].body, docs[i].filename
		d.maps = append(d.maps, identity(docs[i].start))
	}
	if isHTML(bodyName, body) {
		var hm offsetMap
		if body, hm, err = fromHTML(ctx, body); err != nil {
			return nil, err
		}
		d.Format = "html"
		d.maps = append(d.maps, hm)
	}
	d.Text = body
	var cut int
	if d.Sentences, d.Layout, cut, err = segment(ctx, body); err != nil {
		return nil, err
	}
	if cut >= 0 {
		d.Unread = d.Line(cut) // before any line cut
	}
	if !prose(d.Sentences) {
		return nil, fmt.Errorf("%s: %w", name, ErrNotTranscript)
	}
	return d, nil
}

// prose reports whether enough sentences read as prose (five or more words
// of letters) for the text to be a call.
func prose(ss []Sentence) bool {
	n := 0
	for _, s := range ss {
		words := 0
		for _, f := range strings.Fields(s.Text) {
			if strings.IndexFunc(f, unicode.IsLetter) >= 0 && strings.IndexFunc(f, unicode.IsDigit) < 0 {
				words++
			}
		}
		if words >= 5 {
			if n++; n >= 3 {
				return true
			}
		}
	}
	return false
}

// FileOffset returns the byte offset in the file of byte off of d.Text.
func (d *Document) FileOffset(off int) int {
	for i := len(d.maps) - 1; i >= 0; i-- {
		off = d.maps[i].src(off)
	}
	return off
}

// Line returns the 1-based line of the file on which byte off of d.Text
// stands.
func (d *Document) Line(off int) int {
	f := d.FileOffset(off)
	return sort.Search(len(d.lineStarts), func(i int) bool { return d.lineStarts[i] > f })
}

func lineStarts(raw []byte) []int {
	starts := make([]int, 1, bytes.Count(raw, []byte{'\n'})+1)
	for i, c := range raw {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// MaxLines is the most lines of a file read: three hundred times as many
// as a real call runs to (about 3,000). What follows is not read.
const MaxLines = 1_000_000

// lineEnd returns the offset just past the nth line feed of text, or
// len(text) when it holds fewer.
func lineEnd(text string, n int) int {
	off := 0
	for range n {
		k := strings.IndexByte(text[off:], '\n')
		if k < 0 {
			return len(text)
		}
		off += k + 1
	}
	return off
}
