package render

import (
	"strings"

	"github.com/shopspring/decimal"

	"qoq/comparison"
	"qoq/metric"
)

// scales are the words large amounts are written with, largest first.
var scales = []struct {
	exp  int32
	word string
}{{12, "trillion"}, {9, "billion"}, {6, "million"}}

// amount writes a figure for people, exactly: "$6.931 million", "$455,835",
// "$0.12/share", "12.4%", "47 days". Shifting a decimal point loses no digit,
// so the words never round.
func amount(d decimal.Decimal, unit string) string {
	if unit == string(metric.USD) || unit == string(metric.USDPerShare) {
		for _, s := range scales {
			if d.Abs().Cmp(decimal.New(1, s.exp)) >= 0 {
				sign := ""
				if d.IsNegative() {
					sign = "-"
				}
				out := sign + "$" + d.Abs().Shift(-s.exp).String() + " " + s.word
				if unit == string(metric.USDPerShare) {
					out += "/share"
				}
				return out
			}
		}
	}
	return metric.Format(d, unit)
}

// valueText writes a series' value: the figure, or the range that is all
// rounded figures allow.
func valueText(v comparison.Value, unit string) string {
	switch {
	case v.Value != nil:
		return amount(*v.Value, unit)
	case len(v.Approx) == 2:
		lo, hi := widen(v.Approx[0], v.Approx[1], unit)
		return amount(lo, unit) + " – " + amount(hi, unit)
	}
	return ""
}

// rangeDigits are the significant digits a range of amounts of a million
// or more is written to.
const rangeDigits = 4

// widen rounds a range of amounts outwards to rangeDigits significant
// digits of its larger end, when that is a million or more: "$152.1
// million – $153.5 million" holds every value "$152,191,235 – $153,413,655"
// does, and reads as what it is, a range from rounded figures.
func widen(lo, hi decimal.Decimal, unit string) (decimal.Decimal, decimal.Decimal) {
	big := decimal.Max(lo.Abs(), hi.Abs())
	if unit != string(metric.USD) || big.LessThan(decimal.New(1, 6)) {
		return lo, hi
	}
	digits := int32(len(big.Truncate(0).Coefficient().String())) + big.Truncate(0).Exponent()
	places := rangeDigits - digits
	return lo.RoundFloor(places), hi.RoundCeil(places)
}

// kindShort names a kind of change in a few letters.
var kindShort = map[string]string{
	comparison.Sequential:   "q/q",
	comparison.YearOverYear: "y/y",
	comparison.YearEnd:      "vs FYE",
}

// kindLong names a kind of change in words.
var kindLong = map[string]string{
	comparison.Sequential:   "on the prior quarter",
	comparison.YearOverYear: "on a year earlier",
	comparison.YearEnd:      "on the fiscal year end",
}

// arrows mark the direction of a change.
var arrows = map[string]string{"up": "▲", "down": "▼", "flat": "◆"}

// A changeView is one change as shown: "▲ 12.3% q/q".
type changeView struct {
	Text, Title, Class string
}

// newChange describes change ch of a series of metric in unit.
func newChange(ch comparison.Change, id, unit string) changeView {
	var mag string
	switch {
	case ch.Unit == string(metric.Points):
		mag = ch.Abs.String() + " pts"
	case ch.Pct != nil:
		mag = ch.Pct.String() + "%"
	default:
		mag = amount(*ch.Abs, unit)
	}
	full := amount(*ch.Abs, unit)
	if ch.Unit == string(metric.Points) {
		full = ch.Abs.String() + " percentage points"
	}
	if ch.Pct != nil {
		full += " (" + ch.Pct.String() + "%)"
	}
	title := ch.Direction + " " + full + " " + kindLong[ch.Kind] + ", " + ch.From.String() + " → " + ch.To.String()
	if ch.Direction == "flat" {
		mag = "0"
		title = "unchanged " + kindLong[ch.Kind] + ", " + ch.From.String() + " → " + ch.To.String()
	}
	return changeView{Text: arrows[ch.Direction] + " " + mag + " " + kindShort[ch.Kind], Title: title, Class: tone(ch.Direction, id)}
}

// tone classes a change by what it means for the company.
func tone(direction, id string) string {
	sign := map[string]int{"up": 1, "down": -1}[direction]
	switch b := metric.Better(id); {
	case sign == 0:
		return "flat"
	case b == 0:
		return "neutral"
	case sign*b > 0:
		return "good"
	}
	return "bad"
}

// metricName names a metric as a label: "G&A", "Days sales outstanding".
func metricName(m string) string {
	n := metric.Name(m)
	if n == "" {
		return n
	}
	return strings.ToUpper(n[:1]) + n[1:]
}

// seriesName names a series: "Gross profit — blood products (non-GAAP)".
func seriesName(id, segment, basis string) string {
	n := metricName(id)
	if segment != "" {
		n += " — " + segment
	}
	if basis == metric.NonGAAP {
		n += " (non-GAAP)"
	}
	return n
}
