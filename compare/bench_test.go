package compare

import (
	"testing"

	"qoq/facts"
	"qoq/fiscal"
)

// shift returns a copy of d with every fiscal year moved by years.
func shift(d facts.Document, years int) facts.Document {
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

// BenchmarkCompare40 compares forty quarters of calls: Northwind's eight,
// moved two years at a time.
func BenchmarkCompare40(b *testing.B) {
	base := calls(b, "northwind")
	var docs []facts.Document
	for k := range 5 {
		for _, d := range base {
			docs = append(docs, shift(d, 2*k))
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Compare(docs, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
