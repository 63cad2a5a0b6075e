// Package facts extracts the figures of an earnings call: every quantity the
// call states, with the metric it measures, the segment and basis it is
// stated on, the fiscal period it belongs to, any change the speaker states
// with it, and the sentence it came from.
//
// It is the second step of qoq's pipeline, transcript → facts → comparison →
// report, and the only one that reads words.
package facts
