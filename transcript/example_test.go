package transcript_test

import (
	"fmt"

	"qoq/transcript"
)

// Read cuts a call into sentences, each with its speaker and section.
func ExampleRead() {
	doc, err := transcript.Read("ACME_q1_2004.txt", []byte(call))
	if err != nil {
		panic(err)
	}
	for _, s := range doc.Sentences {
		fmt.Printf("%s | %s | %s\n", s.Speaker, s.Section, s.Text)
	}
	// Output:
	// Jane Doe | prepared | Thank you, and good morning, everyone.
	// Jane Doe | prepared | Revenue for the first quarter of 2004 was $6,736,000, compared with $6,931,000 in the first quarter of 2003.
	// Jane Doe | prepared | We are pleased with the progress our teams made during the quarter.
	// Jane Doe | prepared | Our customers continued to order steadily through March.
}

// call is a made-up call of a few sentences.
const call = `Prepared Remarks:

Jane Doe -- Chief Financial Officer

Thank you, and good morning, everyone. Revenue for the first quarter of 2004 was $6,736,000, compared with $6,931,000 in the first quarter of 2003. We are pleased with the progress our teams made during the quarter. Our customers continued to order steadily through March.
`
