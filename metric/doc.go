// Package metric is qoq's registry of measures: every measure a figure of
// a call can be the value of, with its unit, whether it is a balance at
// an instant, which way is good, and the phrases calls name it by.
//
// The registry holds the 33 measures of the v1 vocabulary of the
// qoq.facts/v1 contract (revenue, eps, dso, …) and the measures of
// industries whose figures would otherwise be taken for them: a bank's
// fee income is not its revenue, an insurer's premiums are not its sales,
// a REIT's same-property NOI is not its operating income, a retailer's
// comparable sales growth is not its revenue growth. Those measures have
// ids of their own outside the vocabulary (fee_income, premiums_written,
// same_property_noi); a figure of one is reported under that id and never
// placed on a v1 measure.
//
// Lookup finds a measure by id; Aliases lists the phrases of the text
// that name measures, for the extractor to compile. Every table is data:
// a measure or a phrase is added by adding a row.
//
//	m, _ := metric.Lookup("dso")
//	fmt.Println(m.Name, m.Unit, m.Instant, m.Better) // days sales outstanding days true -1
package metric
