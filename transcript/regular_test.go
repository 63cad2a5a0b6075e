package transcript

import (
	"context"
	"errors"
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
