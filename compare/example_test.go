package compare_test

import (
	"fmt"

	"qoq/compare"
	"qoq/extract"
	"qoq/facts"
	"qoq/transcript"
)

// calls extracts made-up calls, one a file name and its text.
func calls(files ...string) []facts.Document {
	x := extract.New(extract.Options{})
	var docs []facts.Document
	for i := 0; i < len(files); i += 2 {
		t, err := transcript.Read(files[i], []byte(files[i+1]))
		if err != nil {
			panic(err)
		}
		docs = append(docs, x.Extract(t))
	}
	return docs
}

// Compare lines up successive calls by fiscal period, derives what follows
// from the stated changes, and checks each stated change against the
// figures.
func ExampleCompare() {
	docs := calls(
		"ACME_q1_2023.txt", "Thank you, and good morning. Revenue for the first quarter of 2023 was $6,100,000. General and administrative expenses were $1,140,000. We thank our customers for their trust.\n",
		"ACME_q1_2024.txt", "Thank you, and good morning. Revenue for the first quarter of 2024 was $6,736,000, compared with $6,100,000 in the first quarter of 2023. General and administrative expenses increased 12.4% to $1,254,000 from $1,140,000. We thank our customers for their trust.\n",
	)
	c, err := compare.Compare(docs, compare.Options{})
	if err != nil {
		panic(err)
	}
	for _, s := range c.Series {
		for _, v := range s.Values {
			fmt.Println(s.Metric, v.Period, v.Value, v.Confidence)
		}
	}
	for _, ch := range c.Checks {
		if compare.IsProblem(ch.Kind) {
			fmt.Println(ch.Kind+":", ch.Message)
		}
	}
	// Output:
	// revenue 2023Q1 6100000 corroborated
	// revenue 2024Q1 6736000 stated_once
	// ga_expense 2023Q1 1140000 corroborated
	// ga_expense 2024Q1 1254000 stated_once
	// stated_change_mismatch: G&A: the call says up 12.4% against 2023Q1; $1,254,000 against $1,140,000 is 10%
}
