// Package clause reads a sentence of a call into the spans attribution
// works on: the figures it states, the measures it names and the words
// that qualify them (basis, share class), the periods it names, and the
// cue words that say what a figure is to its measure (a change, a
// comparison, an outlook, an impact, a part). It then cuts the sentence
// into clauses.
//
// A Lexicon is compiled once from the tables of this package, the
// measure phrases of package metric and the period phrases of package
// period, and is safe for concurrent use. Analyze reads one sentence:
//
//	lx := clause.NewLexicon(clause.Options{})
//	s := lx.Analyze(nil, "Adjusted EPS was $1.24, up 12% year over year.")
//	for _, it := range s.Items { … }
//
// The items of "Adjusted EPS was $1.24, up 12% year over year." are a
// Qualifier (adjusted, non-GAAP), a Measure (EPS), a Cue (was: Link), a
// Figure ($1.24), a Punct, a Cue (up: Change, direction +1), a Figure
// (12%) and a Period (year over year: VsYearAgo).
//
// The longest phrase wins at each token; a period phrase and a measure
// phrase of the same length go to the period. Words no table knows are
// Word items, kept with whether they were capitalised, for the names of
// segments.
package clause
