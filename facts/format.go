package facts

import (
	"math/big"
	"strings"

	"github.com/shopspring/decimal"

	"qoq/metric"
	"qoq/quantity"
)

// FormatValue writes a figure for people: "$6,736,000", "$0.03/share",
// "16.5%", "150 bp", "47 days" (see metric.Format).
func FormatValue(d decimal.Decimal, unit string) string { return metric.Format(d, unit) }

// FormatRange writes a range of figures (see metric.FormatRange).
func FormatRange(lo, hi decimal.Decimal, unit string) string { return metric.FormatRange(lo, hi, unit) }

// Exp returns the power of ten of the last digit the fact's figure was
// stated to, in base units: 5 for "$6.7 million", -1 for "16.5%". An amount
// of money written in full counts its trailing zeros as rounding: 3 for
// "$6,736,000". It returns 0 when the figure is not stated.
func (f Fact) Exp() int32 {
	return StatedExp(f.Stated)
}

// StatedExp is Fact.Exp for a figure as written.
func StatedExp(stated string) int32 {
	qs := quantity.Append(nil, stated)
	if len(qs) == 0 {
		return 0
	}
	q := qs[0]
	exp := q.Exp
	if exp == 0 && !q.Scaled && q.Unit == quantity.Money && q.Value.Abs().GreaterThanOrEqual(thousand) {
		// "$6,736,000": the speaker rounded to thousands
		v := q.Value.Abs().Coefficient()
		for v.Sign() > 0 && new(big.Int).Mod(v, big.NewInt(10)).Sign() == 0 {
			v.Div(v, big.NewInt(10))
			exp++
		}
	}
	return exp
}

// FullDigits reports whether a sum is written in full digits with comma
// groups, as prepared scripts write them: "$4,600,000", not "$4.6
// million".
func FullDigits(stated string) bool {
	qs := quantity.Append(nil, stated)
	return len(qs) > 0 && !qs[0].Scaled && qs[0].Unit == quantity.Money && strings.Contains(stated, ",")
}

// String writes a fact's figure for people: its value or range, or its
// change when it has neither.
func (f Fact) String() string {
	switch {
	case f.Value != nil:
		return FormatValue(*f.Value, f.Unit)
	case f.Low != nil && f.High != nil:
		return FormatRange(*f.Low, *f.High, f.Unit)
	}
	return ""
}

// Format writes a change in a figure of the given unit for people: "down
// $195,000 2.8% vs 2003Q1"; a "?" marks a period compared with that was
// assumed.
func (c Change) Format(unit string) string {
	var parts []string
	parts = append(parts, c.Direction)
	if c.Unit != "" {
		unit = c.Unit
	}
	if c.Abs != nil {
		parts = append(parts, FormatValue(*c.Abs, unit))
	}
	if c.Pct != nil {
		parts = append(parts, FormatValue(*c.Pct, Percent))
	}
	s := strings.Join(parts, " ")
	if c.Versus != nil {
		s += " vs " + c.Versus.String()
		if c.VersusAssumed {
			s += "?"
		}
	}
	return s
}

var thousand = decimal.NewFromInt(1000)
