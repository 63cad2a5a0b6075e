// Package attrib decides what each figure of a call is: the value of which
// measure, for which part of the business, on which basis, for which
// period, actual or outlook — or, when the sentence does not make that
// plain, nothing, with the reason.
//
// It reads a sentence as package clause cut it, clause by clause, and
// decides each figure by the first of a list of named rules that applies
// to it (Rules lists them, each with its doc line). The rules look at the
// structure around a figure: the measure that governs it through linking
// words ("revenue was $X", "$X in net income"), the cue words between
// (a change, a comparison, an impact, a part, an outlook), the modifiers
// of the measure's phrase (a qualifier, a segment's name), and the
// periods named. A figure no rule attributes with confidence is an Other
// claim with a reason: an impact, a difference, a share of a total, a
// count, a hypothetical, an analyst's figure, a measure outside the
// vocabulary.
//
// Across sentences a Reader keeps what a call has set up and not yet
// closed: the part of the business being discussed ("Turning to Consumer
// Banking"), the period a paragraph is about ("For the full year,"), an
// outlook being given.
//
// Precision comes first: a figure becomes a company-wide value of a
// measure only when the sentence makes it so.
package attrib
