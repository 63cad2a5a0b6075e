// Package facts is the data model of what qoq reads in an earnings call:
// a Document per call, holding a Fact for every figure attributed (the
// metric it measures, the segment and basis it is stated on, its scenario,
// fiscal period and value, any change stated with it, and the sentence it
// came from, with the sentences around it) and a Figure for every figure
// that could not be attributed, with the reason. A Set is the
// qoq.facts/v1 document that qoq extract writes.
//
// The package also writes figures for people (FormatValue), gives the
// precision a figure was stated to (StatedExp), and keys segments however
// the calls spell them (SegmentKey). Extraction itself is package extract;
// the measures, their units and which way is good are package metric.
package facts
