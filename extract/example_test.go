package extract_test

import (
	"fmt"

	"qoq/extract"
	"qoq/transcript"
)

// Extract reads a call's figures: what each measures, its period, value
// and change, and the sentence it came from.
func ExampleExtractor_Extract() {
	doc, err := transcript.Read("ACME_q1_2004.txt", []byte(call))
	if err != nil {
		panic(err)
	}
	d := extract.New(extract.Options{}).Extract(doc)
	for _, f := range d.Facts {
		fmt.Println(f.Metric, f.Period, f.Value, "line", f.Source.Line)
	}
	// Output:
	// revenue 2004Q1 6736000 line 5
	// revenue 2003Q1 6931000 line 5
}

// call is a made-up call of a few sentences.
const call = `Prepared Remarks:

Jane Doe -- Chief Financial Officer

Thank you, and good morning, everyone. Revenue for the first quarter of 2004 was $6,736,000, compared with $6,931,000 in the first quarter of 2003. We are pleased with the progress our teams made during the quarter. Our customers continued to order steadily through March.
`
