package compare

import (
	"testing"

	"qoq/internal/testcalls"
)

// BenchmarkCompare40 compares forty quarters of calls: Northwind's eight,
// moved two years at a time.
func BenchmarkCompare40(b *testing.B) {
	docs := testcalls.Forty(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compare(docs, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
