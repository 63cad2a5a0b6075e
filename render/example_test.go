package render_test

import (
	"bytes"
	"fmt"
	"strings"

	"qoq/comparison"
	"qoq/render"
)

// Report draws a comparison as the board report, from the comparison
// alone: here one read from its JSON.
func ExampleReport() {
	c, err := comparison.Read(strings.NewReader(`{"schema": "qoq.compare/v1", "company": "HemaCare",
		"calendar": {"end_month": 12},
		"current": {"kind": "quarter", "fiscal_year": 2004, "quarter": 1, "end": "2004-03-31"},
		"calls": [{"file": "HEMA_q1_2004.txt", "period": {"kind": "quarter", "fiscal_year": 2004, "quarter": 1, "end": "2004-03-31"}}],
		"periods": [{"kind": "quarter", "fiscal_year": 2004, "quarter": 1, "end": "2004-03-31"}],
		"series": [{"metric": "revenue", "basis": "gaap", "unit": "USD", "label": "revenue",
			"values": [{"period": {"kind": "quarter", "fiscal_year": 2004, "quarter": 1, "end": "2004-03-31"}, "value": "6736000", "derived": false,
				"sources": [{"file": "HEMA_q1_2004.txt", "line": 40, "call": {"kind": "quarter", "fiscal_year": 2004, "quarter": 1},
					"quote": {"start": 1800, "text": "Revenue was $6,736,000.", "figure_start": 12, "figure_end": 22}}]}],
			"changes": []}],
		"checks": [], "guidance": []}`))
	if err != nil {
		panic(err)
	}
	page, err := render.Report(c, render.Options{Version: "example"})
	if err != nil {
		panic(err)
	}
	fmt.Println(bytes.HasPrefix(page, []byte("<!DOCTYPE html>")), bytes.Contains(page, []byte("$6.736 million")), bytes.Contains(page, []byte("Revenue was ")))
	// Output: true true true
}
