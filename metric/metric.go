package metric

import (
	"slices"
	"strings"
)

// Unit is the unit of a measure's figures, as the JSON contract names it.
type Unit string

// The units of measures.
const (
	USD         Unit = "USD"
	USDPerShare Unit = "USD/share"
	Percent     Unit = "percent"
	Days        Unit = "days"
	Count       Unit = "count"
	// BasisPoints and Points are the units of a change in a percentage.
	BasisPoints Unit = "bp"
	Points      Unit = "points"
)

// Industry names a kind of business whose calls have measures of their
// own.
type Industry string

// The industries with tables of their own; General measures belong to
// every call.
const (
	General   Industry = ""
	Bank      Industry = "bank"
	Insurance Industry = "insurance"
	REIT      Industry = "reit"
	Retail    Industry = "retail"
	Energy    Industry = "energy"
	Utility   Industry = "utility"
)

// Industries returns the industries that have tables of their own.
func Industries() []Industry {
	return []Industry{Bank, Insurance, REIT, Retail, Energy, Utility}
}

// ParseIndustry reads an industry's name as qoq.yaml gives it, in any
// case.
func ParseIndustry(s string) (Industry, bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	switch s {
	case "", "general":
		return General, true
	case "banks", "banking":
		return Bank, true
	case "insurer", "insurers":
		return Insurance, true
	case "reits", "real estate":
		return REIT, true
	case "retailer", "retailers":
		return Retail, true
	case "oil and gas":
		return Energy, true
	case "utilities":
		return Utility, true
	}
	for _, i := range Industries() {
		if string(i) == s {
			return i, true
		}
	}
	return General, false
}

// A Measure is what a figure can be the value of.
type Measure struct {
	ID string
	// Name is what people call it within a sentence: "G&A", "days sales
	// outstanding".
	Name string
	Unit Unit
	// Instant is set for a balance, stated at a date rather than for a
	// period.
	Instant bool
	// Better says which way is good: +1 when up is, -1 when down is, 0
	// when neither.
	Better int
	// Rate is set for a measure whose value is itself a rate of growth:
	// "comparable sales increased 8.1%" states its value, not a change.
	Rate bool
	// NonGAAP is set for a measure no GAAP statement reports (EBITDA, free
	// cash flow, FFO): its figures are non-GAAP unless the text says
	// otherwise.
	NonGAAP bool
	// Earnings is set for the measures a call's "all figures are adjusted
	// unless otherwise noted" covers.
	Earnings bool
	// Whole is set for a measure the company reports as a whole, seldom
	// for a part of it: EPS, dividends, the tax rate, debt. Its figures
	// take a part only from words of their own sentence.
	Whole bool
	// V1 is set for the measures of the contract's v1 vocabulary.
	V1 bool
	// Industry is the industry the measure belongs to, General for most.
	Industry Industry
}

// Lookup returns the measure with id.
func Lookup(id string) (Measure, bool) {
	i, ok := slices.BinarySearchFunc(byID, id, func(m Measure, id string) int { return strings.Compare(m.ID, id) })
	if !ok {
		return Measure{}, false
	}
	return byID[i], true
}

// Vocabulary returns the ids of the v1 vocabulary, in the contract's
// order.
func Vocabulary() []string {
	var ids []string
	for _, m := range measures {
		if m.V1 {
			ids = append(ids, m.ID)
		}
	}
	return ids
}

// All returns every measure of the registry, v1 first in the contract's
// order.
func All() []Measure { return slices.Clone(measures) }

// InVocabulary reports whether id is a measure of the v1 vocabulary.
func InVocabulary(id string) bool {
	m, ok := Lookup(id)
	return ok && m.V1
}

// Name returns what people call a measure within a sentence; for an id
// outside the registry, the id with spaces for underscores.
func Name(id string) string {
	if m, ok := Lookup(id); ok {
		return m.Name
	}
	return strings.ReplaceAll(id, "_", " ")
}

// UnitOf returns the unit of a measure's figures; USD for an id outside
// the registry.
func UnitOf(id string) Unit {
	if m, ok := Lookup(id); ok {
		return m.Unit
	}
	return USD
}

// Better says which way is good for a measure: +1, -1, or 0 when neither
// or the id is outside the registry.
func Better(id string) int {
	m, _ := Lookup(id)
	return m.Better
}

// byID is measures sorted by id, for Lookup.
var byID = func() []Measure {
	s := slices.Clone(measures)
	slices.SortFunc(s, func(a, b Measure) int { return strings.Compare(a.ID, b.ID) })
	return s
}()
