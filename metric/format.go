package metric

import (
	"strings"

	"github.com/shopspring/decimal"
)

// Format writes a figure for people: "$6,736,000", "$0.03/share",
// "16.5%", "150 bp", "47 days".
func Format(d decimal.Decimal, unit string) string {
	switch unit {
	case string(USD):
		return formatMoney(d)
	case string(USDPerShare):
		return formatMoney(d) + "/share"
	case string(Percent):
		return d.String() + "%"
	case string(BasisPoints):
		return d.String() + " bp"
	case string(Points):
		return d.String() + " points"
	case string(Days):
		return thousands(d.String()) + " days"
	case string(Count), "":
		return thousands(d.String())
	}
	return thousands(d.String()) + " " + unit
}

// FormatRange writes a range of figures: "$1.82B–$1.83B" written in full.
func FormatRange(lo, hi decimal.Decimal, unit string) string {
	return Format(lo, unit) + " to " + Format(hi, unit)
}

func formatMoney(d decimal.Decimal) string {
	if d.IsNegative() {
		return "-$" + thousands(d.Neg().String())
	}
	return "$" + thousands(d.String())
}

// thousands puts thousands separators into a decimal string.
func thousands(s string) string {
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return sign + b.String()
}
