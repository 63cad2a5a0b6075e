package attrib

import (
	"qoq/fiscal"
	"qoq/metric"
)

// Role is what a figure is to its measure.
type Role uint8

// The roles of a figure.
const (
	Other  Role = iota // no value of a measure: see Claim.Reason
	Level              // the measure's value for the period
	Change             // a change in the measure
	Prior              // the measure's value for the period compared with
)

// A Claim is what attribution decides of one figure.
type Claim struct {
	Fig  int // the quantity, an index into the sentence's Qs
	Role Role
	// Measure is the measure's id; for Other, the measure named near it
	// if any.
	Measure string
	Label   string // the words that named the measure
	Segment string // the part of the business; "" for the company
	Basis   string // metric.GAAP or metric.NonGAAP
	// BasisStated says the text qualified the figure's basis, rather than
	// the measure's nature, the call's declaration or the default.
	BasisStated bool
	Variant     string // diluted, basic, basic_and_diluted
	Unit        metric.Unit
	Sign        int // -1 when the figure is a loss stated as a positive amount
	// Guidance is set for an outlook, target or plan.
	Guidance bool
	Period   fiscal.Period
	// PeriodFrom says where the period came from when the figure's own
	// sentence does not name it: "line 61: fiscal Q1".
	PeriodFrom    string
	PeriodAssumed bool
	// For a Change: its direction and the period compared with.
	Dir           int
	Versus        fiscal.Period
	VersusAssumed bool
	// ChangeUnit is "bp" or "points" for a change in a percentage stated
	// in points.
	ChangeUnit string
	// Frame groups the claims of one measure in one clause: a level, its
	// changes, its prior value.
	Frame int
	// Rule names the rule that decided; Reason says why an Other figure is
	// no level.
	Rule   string
	Reason string
}
