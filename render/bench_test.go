package render

import (
	"testing"

	"qoq/compare"
	"qoq/facts"
	"qoq/internal/testcalls"
)

// benchReport measures comparing the calls and writing the report, the
// calls read beforehand; it reports the report's size.
func benchReport(b *testing.B, docs []facts.Document) {
	b.ReportAllocs()
	var size int
	for b.Loop() {
		c, err := compare.Compare(docs, compare.Options{})
		if err != nil {
			b.Fatal(err)
		}
		page, err := Report(c, Options{Version: "bench"})
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
