package render

import (
	"testing"

	"qoq/compare"
	"qoq/facts"
	"qoq/internal/testcalls"
)

// benchReport measures comparing the calls and writing the report, the
// calls read beforehand; it reports the report's size.
// The Renderer is made once, as qoq makes it once for a batch.
func benchReport(b *testing.B, docs []facts.Document) {
	b.ReportAllocs()
	r, err := New()
	if err != nil {
		b.Fatal(err)
	}
	var size int
	for b.Loop() {
		c, err := compare.Compare(docs, compare.Options{})
		if err != nil {
			b.Fatal(err)
		}
		page, err := r.Report(c, Options{Version: "bench"})
		if err != nil {
			b.Fatal(err)
		}
		size = len(page)
	}
	b.ReportMetric(float64(size), "bytes/report")
}

// BenchmarkReport8 builds Northwind's report: eight quarters of calls.
func BenchmarkReport8(b *testing.B) { benchReport(b, testcalls.Read(b, "northwind")) }

// BenchmarkReport40 builds a report from forty quarters of calls.
func BenchmarkReport40(b *testing.B) { benchReport(b, testcalls.Forty(b)) }
