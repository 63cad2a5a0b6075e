package quantity

import (
	"fmt"
	"math"
	"runtime"
	"strings"
	"testing"
	"time"
)

// adversarial are inputs that once took time or memory growing with the
// square of their length: long runs of figures, of separators and of
// number words in one sentence.
var adversarial = []string{"$1 ", "twenty-", "1. ", "999,", "(($5)) "}

// BenchmarkAdversarial scans 64 KB, 256 KB and 1 MB of each adversarial
// input: time and allocation a byte stay flat as the input grows.
func BenchmarkAdversarial(b *testing.B) {
	for _, pat := range adversarial {
		for _, size := range []int{64 << 10, 256 << 10, 1 << 20} {
			s := strings.Repeat(pat, size/len(pat))
			b.Run(fmt.Sprintf("%s/%dKB", strings.TrimSpace(pat), size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(s)))
				b.ReportAllocs()
				for b.Loop() {
					Append(nil, s)
				}
			})
		}
	}
}

// TestLinear scans each adversarial input at two lengths, the second four
// times the first, and checks that the time taken grows about as the
// length does, not as its square: a scan that looks back over the whole
// sentence for each figure takes sixteen times as long, a linear one four.
// The ratio of two times on one machine does not depend on its speed.
func TestLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("times scans of 64 KB and 256 KB")
	}
	for _, pat := range adversarial {
		small := strings.Repeat(pat, (64<<10)/len(pat))
		large := strings.Repeat(pat, (256<<10)/len(pat))
		ts, tl := fastest(small), fastest(large)
		if ratio := float64(tl) / float64(max(ts, 1)); ratio > 9 {
			t.Errorf("%q: %v for 64 KB, %v for 256 KB (%.1f times): more than linear", pat, ts, tl, ratio)
		}
	}
}

// fastest returns the shortest of five scans of s.
func fastest(s string) time.Duration {
	best := time.Duration(math.MaxInt64)
	for range 5 {
		runtime.GC() // each scan from the same heap
		t0 := time.Now()
		Append(nil, s)
		best = min(best, time.Since(t0))
	}
	return best
}
