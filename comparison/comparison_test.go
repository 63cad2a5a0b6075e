package comparison_test

import (
	"fmt"
	"strings"
	"testing"

	"qoq/comparison"
)

// TestRead reads documents as qoq compare writes them, and refuses others
// with a message that says why.
func TestRead(t *testing.T) {
	tests := []struct {
		in, err string
	}{
		{`{"schema":"qoq.compare/v1","company":"Acme","calendar":{"end_month":12},"series":[]}`, ""},
		{`{"schema":"qoq.facts/v1","calendar":{"end_month":12}}`, `schema "qoq.facts/v1", want "qoq.compare/v1"`},
		{`{"schema":"qoq.compare/v1"}`, "no calendar"},
		{`{"schema":"qoq.compare/v1","calendar":{"end_month":12},"colour":"red"}`, `unknown field "colour"`},
		{`[1, 2]`, "not a qoq.compare/v1 document"},
		{``, "not a qoq.compare/v1 document: unexpected end of JSON input"},
	}
	for _, tt := range tests {
		c, err := comparison.Read(strings.NewReader(tt.in))
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("Read(%.40q): %v", tt.in, err)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("Read(%.40q) = %v, want an error with %q", tt.in, err, tt.err)
		case tt.err == "" && c.Company != "Acme":
			t.Errorf("Read(%.40q): company %q", tt.in, c.Company)
		}
	}
}

// FuzzRead reads anything without panicking, and accepts only documents
// of the schema.
func FuzzRead(f *testing.F) {
	f.Add(`{"schema":"qoq.compare/v1","calendar":{"end_month":12},"series":[{"metric":"revenue","values":[{"period":{"kind":"quarter","fiscal_year":2004,"quarter":1},"value":"6736000"}]}]}`)
	f.Add(`{"schema":"qoq.compare/v1","calendar":{"end_month":10,"shift":1},"checks":[{"kind":"note","message":"x"}]}`)
	f.Fuzz(func(t *testing.T, in string) {
		c, err := comparison.Read(strings.NewReader(in))
		if err == nil && c.Schema != comparison.Schema {
			t.Errorf("accepted schema %q", c.Schema)
		}
	})
}

// Example reads a comparison as qoq compare --format json writes it.
func ExampleRead() {
	c, err := comparison.Read(strings.NewReader(`{"schema": "qoq.compare/v1", "company": "HemaCare",
		"calendar": {"end_month": 12},
		"current": {"kind": "quarter", "fiscal_year": 2004, "quarter": 1, "end": "2004-03-31"},
		"series": [{"metric": "dso", "basis": "gaap", "unit": "days", "label": "DSO",
			"values": [{"period": {"kind": "instant", "fiscal_year": 2004, "quarter": 1, "end": "2004-03-31"}, "value": "47", "derived": false, "sources": []}],
			"changes": []}]}`))
	if err != nil {
		panic(err)
	}
	v := c.Series[0].Values[0]
	fmt.Println(c.Company, c.Current, c.Series[0].Metric, v.Value, v.Period.End)
	// Output: HemaCare 2004Q1 dso 47 2004-03-31
}
