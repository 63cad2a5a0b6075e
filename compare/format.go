package compare

import (
	"github.com/shopspring/decimal"

	"qoq/facts"
)

// Checks are read by people: their messages give figures as stated, and
// figures computed in the units and rounding people read ("$1.26 billion
// (derived)"); the exact values stay in the check's fields and the cells.

// readableDigits is how many significant digits a computed figure is
// written with in a message.
const readableDigits = 3

// bigWords are the words large amounts are written with, largest first.
var bigWords = []struct {
	exp  int32
	word string
}{{12, "trillion"}, {9, "billion"}, {6, "million"}}

// figure writes the figure a check compared, of series k, for people: as
// stated when a mention (from) or a stated cell gave it, else the middle
// of the interval s rounded, marked derived.
func (c *comparer) figure(k key, s span, cl *cell, from *obs) string {
	switch {
	case from != nil:
		return show(from)
	case cl != nil && cl.stated() && cl.chosen != nil:
		return show(cl.chosen)
	}
	return c.rounded(k, mid(s), false) + " (derived)"
}

// rounded writes a computed value of series k in the rounding people
// read: three significant digits, with "million" or "billion" for large
// sums, cents for amounts per share, a tenth for percentages. A change is
// written with its sign, in points for a percentage.
func (c *comparer) rounded(k key, v decimal.Decimal, change bool) string {
	sign := ""
	if change && v.IsPositive() {
		sign = "+"
	}
	switch k.unit {
	case facts.USD, facts.USDPerShare:
		if v.IsNegative() {
			sign, v = "-", v.Neg()
		}
		out := ""
		for _, w := range bigWords {
			if v.Cmp(decimal.New(1, w.exp)) >= 0 {
				out = "$" + significant(v.Shift(-w.exp)).String() + " " + w.word
				break
			}
		}
		if out == "" {
			r := significant(v)
			if k.unit == facts.USDPerShare || v.LessThan(decimal.New(1000, 0)) {
				r = v.Round(2)
			}
			out = facts.FormatValue(r, facts.USD)
		}
		if k.unit == facts.USDPerShare {
			out += "/share"
		}
		return sign + out
	case facts.Percent:
		if change {
			return sign + v.Round(1).String() + " points"
		}
		return v.Round(1).String() + "%"
	}
	return sign + facts.FormatValue(significant(v), k.unit)
}

// significant rounds v to readableDigits significant digits, or to a
// whole number when it has more digits before its point.
func significant(v decimal.Decimal) decimal.Decimal {
	if v.IsZero() {
		return v
	}
	digits := int32(len(v.Abs().Truncate(0).String()))
	if v.Abs().LessThan(decimal.New(1, 0)) {
		digits = 0
	}
	if digits >= readableDigits {
		return v.Round(0)
	}
	return v.Round(readableDigits - digits)
}
