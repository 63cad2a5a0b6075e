// Package lex cuts a sentence of a call into tokens and matches phrases
// of words against them.
//
// Tokenize turns a sentence, and the quantities the quantity package found
// in it, into Tokens: words (lower-cased, with whether they were
// capitalised), figures (one token a quantity, whatever its length) and
// the punctuation that separates clauses. Hyphens between letters split
// words ("year-over-year" is three words), between digits they join
// ("q4-20"); a possessive "'s" is a word of its own; "'21" is a year.
//
// A Trie holds phrases, each with a value, and finds the longest phrase
// that starts at a token:
//
//	t := lex.NewTrie[string]()
//	t.Insert("net income", "net_income")
//	t.Insert("[the] <ord> quarter of <year>", "quarter")
//
// A phrase is words separated by spaces; a word in brackets is optional;
// a word in angle brackets is a slot that one token fills, and what it
// filled is returned as Caps:
//
//	<ord>    first … fourth, 1st … 4th          Caps.Q
//	<year>   2004, '04                           Caps.Year
//	<fyear>  a fiscal year named beside a date   Caps.FY
//	<q>      q1 … q4, 1q                         Caps.Q
//	<qy>     1q21, q4-20, fy22q1                 Caps.Q, Caps.Year
//	<fy>     fy21, fy2021                        Caps.Year
//	<month>  january, jan                        Caps.Month
//	<day>    1 … 31                              Caps.Day
//	<num>    three, six, nine, twelve            Caps.Num
//
// Hyphens in a phrase are spaces, and commas between its words in the
// text are skipped ("June 30, 2022").
package lex
