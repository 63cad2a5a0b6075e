// Package extract extracts the figures of an earnings call: every quantity
// the call states, with the metric it measures, the segment and basis it is
// stated on, the fiscal period it belongs to, any change the speaker states
// with it, and the sentence it came from, as a facts.Document.
//
// It is the second step of qoq's pipeline, transcript → extract →
// compare → render, and the only one that reads words: it cuts each
// sentence into clauses (internal/clause), reads what the call says of
// itself (internal/callinfo), resolves period phrases (internal/period) and
// attributes each figure by named rules (internal/attrib), or lists it as
// unattributed with the reason.
//
// An Extractor compiles the vocabulary once and is safe for concurrent
// use:
//
//	x := extract.New(extract.Options{})
//	doc, err := x.ExtractFileWith("ACME_q1_2004.txt")
package extract
