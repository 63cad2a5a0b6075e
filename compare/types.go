package compare

import "qoq/comparison"

// Compare builds a comparison.Comparison, the qoq.compare/v1 document;
// these are its types and constants under the names compare's code and
// its callers use.
type (
	Comparison   = comparison.Comparison
	Call         = comparison.Call
	Series       = comparison.Series
	Value        = comparison.Value
	Source       = comparison.Source
	Quote        = comparison.Quote
	Driver       = comparison.Driver
	Change       = comparison.Change
	Check        = comparison.Check
	Guidance     = comparison.Guidance
	GuidanceStep = comparison.GuidanceStep
	Actual       = comparison.Actual
)

// The schema, and the kinds of check, change, guidance step and
// confidence (see package comparison).
const (
	Schema               = comparison.Schema
	StatedChangeMismatch = comparison.StatedChangeMismatch
	Restated             = comparison.Restated
	Conflict             = comparison.Conflict
	Unattributed         = comparison.Unattributed
	Note                 = comparison.Note
	Correction           = comparison.Correction
	Unverified           = comparison.Unverified
	Sequential           = comparison.Sequential
	YearOverYear         = comparison.YearOverYear
	YearEnd              = comparison.YearEnd
	Initiated            = comparison.Initiated
	Raised               = comparison.Raised
	Lowered              = comparison.Lowered
	Narrowed             = comparison.Narrowed
	Widened              = comparison.Widened
	Maintained           = comparison.Maintained
	Corroborated         = comparison.Corroborated
	StatedOnce           = comparison.StatedOnce
)

// IsProblem reports whether checks of the kind question a figure.
func IsProblem(kind string) bool { return comparison.IsProblem(kind) }
