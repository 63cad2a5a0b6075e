package extract

import (
	"os"
	"path/filepath"
	"testing"

	"qoq/internal/shared"
	"qoq/transcript"
)

// BenchmarkExtract measures the whole extraction (read, segment, extract)
// over calls of the shared corpus, in bytes of transcript per second.
func BenchmarkExtract(b *testing.B) {
	dir := shared.Dir(b, "corpus", "calls")
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) == 0 {
		b.Skipf("no calls in %s", dir)
	}
	if len(names) > 200 {
		names = names[:200]
	}
	raws := make([][]byte, len(names))
	var size int64
	for i, n := range names {
		if raws[i], err = os.ReadFile(n); err != nil {
			b.Fatal(err)
		}
		size += int64(len(raws[i]))
	}
	x := New(Options{})
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for i, raw := range raws {
			d, err := transcript.Read(names[i], raw)
			if err != nil {
				b.Fatal(err)
			}
			x.Extract(d)
		}
	}
}
