// Package period reads the phrases of a call that name fiscal periods, and
// resolves them against the call's own quarter and fiscal calendar.
//
// A phrase is matched by a pattern of the Patterns table (in the pattern
// language of package lex: "[the] <ord> quarter of <year>") and gives a
// Ref: the Rule that says how the phrase resolves, and what its slots
// captured. A Resolver, made for one call from its quarter and calendar,
// turns a Ref into a fiscal.Period for a figure:
//
//	r := period.Resolver{Call: fiscal.Q(2021, 3), Calendar: fiscal.CalendarYear}
//	p, ok := r.Resolve(ref, period.Want{Guidance: true})
//
// What a phrase means depends on the figure it dates: "this year" in a
// third-quarter call is the call's fiscal year, and in a fourth-quarter
// call's outlook the year ahead; "last year" beside a figure compared
// with is the same period a year earlier; a balance is dated at the end of
// the period named. Want says what the figure is.
package period
