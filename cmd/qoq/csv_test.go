package main

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/shopspring/decimal"

	"qoq/compare"
	"qoq/fiscal"
)

// TestCSVInert writes cells a spreadsheet would run as formulas, from a
// company's name, a segment and a correction's note, with a single quote
// before them; numbers, negative ones too, stay numbers.
func TestCSVInert(t *testing.T) {
	v := decimal.RequireFromString("-412000")
	c := &compare.Comparison{Company: `=HYPERLINK("http://x","click")`, Series: []compare.Series{{
		Metric: "net_income", Segment: "+Industrial", Basis: "gaap", Unit: "USD",
		Values: []compare.Value{{Period: fiscal.Q(2023, 3), Value: &v, How: "@SUM(A1:A9)", Sources: []compare.Source{{File: "-x.txt", Line: 3}}}},
	}}}
	var b bytes.Buffer
	if err := writeCSV(&b, c); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	row := rows[1]
	for i, want := range map[int]string{0: `'=HYPERLINK("http://x","click")`, 2: "'+Industrial", 11: "-412000", 16: "'@SUM(A1:A9)", 17: "'-x.txt:3"} {
		if row[i] != want {
			t.Errorf("%s = %q, want %q", rows[0][i], row[i], want)
		}
	}
}
