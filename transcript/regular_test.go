package transcript

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestReadFileRefuses refuses, by name and before any read, the files a
// read could block on or never finish: a named pipe, a device, a
// directory; and a call larger than the limit, saying both sizes.
func TestReadFileRefuses(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "ACME_q1_2024.txt")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skipf("no named pipes here: %v", err)
	}
	big := filepath.Join(dir, "BIG_q1_2024.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("Revenue was $6.7 million. ", 100)), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		limit int64
		err   error
		says  string
	}{
		{fifo, MaxSize, ErrNotRegular, "a named pipe (FIFO)"},
		{"/dev/zero", MaxSize, ErrNotRegular, "a device"},
		{dir, MaxSize, ErrNotRegular, "a directory"},
		{big, 1000, ErrTooLarge, "2600 bytes, more than 1000 bytes"},
	}
	for _, tt := range tests {
		_, err := ReadFileLimit(context.Background(), tt.name, tt.limit)
		if !errors.Is(err, tt.err) || !strings.Contains(err.Error(), tt.says) || !strings.Contains(err.Error(), tt.name) {
			t.Errorf("ReadFileLimit(%s) = %v, want %v saying %q", tt.name, err, tt.err, tt.says)
		}
	}
	if _, err := ReadFileLimit(context.Background(), big, MaxSize); errors.Is(err, ErrTooLarge) || errors.Is(err, ErrNotRegular) {
		t.Errorf("a file under the limit: %v", err)
	}
}

// TestReadStops reads with a context already done: the read returns the
// context's error, for a file and for text, plain or HTML.
func TestReadStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	text := strings.Repeat("Revenue for the quarter was $6.7 million, up 12% on a year ago.\n\n", 5000)
	for _, name := range []string{"call.txt", "call.html"} {
		if d, err := ReadContext(ctx, name, []byte(text)); !errors.Is(err, context.Canceled) || d != nil {
			t.Errorf("ReadContext(%s) with a done context: %v, want context.Canceled", name, err)
		}
	}
	if _, err := ReadFileLimit(ctx, "../testdata/calls/northwind/NWPS_q4_2023.txt", MaxSize); !errors.Is(err, context.Canceled) {
		t.Errorf("ReadFileLimit with a done context: %v, want context.Canceled", err)
	}
}

// TestMaxSentences reads a text of more sentences than any call holds:
// the first MaxSentences are read, and the line of the rest is given.
func TestMaxSentences(t *testing.T) {
	var b strings.Builder
	b.WriteString("Good morning and thank you all for joining us today. We are very pleased with the quarter. Our teams worked hard all year.\n\n")
	for i := range MaxSentences + 10 {
		fmt.Fprintf(&b, "Item %d is here. ", i)
		if i%1000 == 999 {
			b.WriteString("\n\n")
		}
	}
	d, err := Read("call.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Sentences) != MaxSentences {
		t.Errorf("%d sentences read, want %d", len(d.Sentences), MaxSentences)
	}
	// the 50,000th sentence after the first three is "Item 49997", in the
	// paragraph of items 49000 to 49999, on line 3+2×49
	if want := 3 + 2*49; d.Unread != want {
		t.Errorf("not read from line %d, want %d", d.Unread, want)
	}
	if last := d.Sentences[len(d.Sentences)-1].Text; last != "Item 49996 is here." {
		t.Errorf("the last sentence read is %q", last)
	}
}

// TestMaxLines reads a file of more lines than any call runs to: the
// first MaxLines are read, and the line of the rest is given.
func TestMaxLines(t *testing.T) {
	text := "Good morning and thank you all for joining us today. We are very pleased with the quarter. Our teams worked hard all year.\n" +
		strings.Repeat("\n", MaxLines-2) + "Revenue was $5 million in the last line read.\nRevenue was $6 million in the first line not read.\n"
	d, err := Read("call.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if d.Unread != MaxLines+1 {
		t.Errorf("not read from line %d, want %d", d.Unread, MaxLines+1)
	}
	if last := d.Sentences[len(d.Sentences)-1]; last.Text != "Revenue was $5 million in the last line read." || d.Line(last.Start) != MaxLines {
		t.Errorf("the last sentence read is %q, on line %d", last.Text, d.Line(last.Start))
	}
}
