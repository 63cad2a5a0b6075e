// Package testcalls reads the fictional calls of the repository's testdata/
// for tests and benchmarks, and makes longer histories of them.
package testcalls

import (
	"context"
	"path/filepath"
	"runtime"
	"testing"

	"qoq/extract"
	"qoq/facts"
	"qoq/fiscal"
	"qoq/transcript"
)

// Dir returns the directory of a company's calls in testdata/calls.
func Dir(company string) string {
	_, file, _, _ := runtime.Caller(0)
	// this file is <repo>/internal/testcalls/testcalls.go
	return filepath.Join(filepath.Dir(file), "..", "..", "testdata", "calls", company)
}

// Read extracts the calls of a company of testdata/calls, in the order of
// their file names.
func Read(tb testing.TB, company string) []facts.Document {
	tb.Helper()
	paths, err := filepath.Glob(filepath.Join(Dir(company), "*.txt"))
	if err != nil || len(paths) == 0 {
		tb.Fatalf("no calls for %s in testdata: %v", company, err)
	}
	return Extract(tb, extract.Options{}, paths)
}

// Extract extracts the calls at paths with opts, in their order.
func Extract(tb testing.TB, opts extract.Options, paths []string) []facts.Document {
	tb.Helper()
	read := make([]*transcript.Document, 0, len(paths))
	for _, p := range paths {
		d, err := transcript.ReadFile(p)
		if err != nil {
			tb.Fatal(err)
		}
		read = append(read, d)
	}
	docs, err := extract.New(opts).ExtractAll(context.Background(), read)
	if err != nil {
		tb.Fatal(err)
	}
	return docs
}

// Forty returns forty quarters of calls: Northwind's eight, and four more
// copies of them moved two, four, six and eight years later.
func Forty(tb testing.TB) []facts.Document {
	base := Read(tb, "northwind")
	var docs []facts.Document
	for k := range 5 {
		for _, d := range base {
			docs = append(docs, Shift(d, 2*k))
		}
	}
	return docs
}

// Shift returns a copy of d with every fiscal year moved by years, and its
// file named apart.
func Shift(d facts.Document, years int) facts.Document {
	if years == 0 {
		return d
	}
	move := func(p fiscal.Period) fiscal.Period {
		if p.FiscalYear != 0 {
			p.FiscalYear += years
		}
		if !p.End.IsZero() {
			p.End = p.End.AddMonths(12 * years)
		}
		return p
	}
	d.Period = move(d.Period)
	d.File = d.File + "+" + string(rune('0'+years/2))
	fs := make([]facts.Fact, len(d.Facts))
	for i, f := range d.Facts {
		f.Period = move(f.Period)
		if f.Change != nil {
			ch := *f.Change
			if ch.Versus != nil {
				v := move(*ch.Versus)
				ch.Versus = &v
			}
			f.Change = &ch
		}
		fs[i] = f
	}
	d.Facts = fs
	return d
}
