package compare

import (
	"fmt"
	"testing"

	"github.com/shopspring/decimal"

	"qoq/facts"
	"qoq/fiscal"
)

// TestDeriveUnbounded gives changes from which little or no prior value
// follows, because the rate may be zero ("about 1%") or the prior nothing
// ("down 100%"): nothing is derived for the prior where no bounded range
// follows, and nothing fails.
func TestDeriveUnbounded(t *testing.T) {
	dec := func(s string) *decimal.Decimal { d := decimal.RequireFromString(s); return &d }
	q := fiscal.Q(2024, 2)
	ago := fiscal.Q(2023, 2)
	tests := []struct {
		name  string
		value *decimal.Decimal
		ch    facts.Change
		want  string // the value derived for 2023Q2, "" for none
	}{
		// up $199,000, about 1%: the rate may be 0, so the prior may be
		// anything above nothing
		{"about one percent, no figure", nil, facts.Change{Direction: "up", Abs: dec("199000"), StatedAbs: "$199,000", Pct: dec("1"), StatedPct: "1%", Approx: true, Versus: &ago}, ""},
		{"down a hundred percent", dec("0.5"), facts.Change{Direction: "down", Pct: dec("100"), StatedPct: "100%", Versus: &ago}, ""},
		// down about 1% (0% to 2%) to $5,000,000: bounded
		{"about one percent, with figure", dec("5000000"), facts.Change{Direction: "down", Pct: dec("1"), StatedPct: "1%", Approx: true, Versus: &ago}, "[5000000 5102041]"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := facts.Fact{Metric: "ga_expense", Basis: facts.GAAP, Scenario: facts.Actual, Period: q, Unit: facts.USD,
				Value: tt.value, Change: &tt.ch, Source: facts.Source{Line: 3, Text: "G&A changed."}}
			if tt.value != nil {
				f.Stated = "$" + tt.value.String()
			}
			doc := facts.Document{File: "ACME_q2_2024.txt", Period: q, Facts: []facts.Fact{f}}
			c, err := Compare([]facts.Document{doc}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			for _, s := range c.Series {
				for _, v := range s.Values {
					switch {
					case v.Period.FiscalYear != ago.FiscalYear || v.Period.Quarter != ago.Quarter:
					case v.Value != nil:
						got = v.Value.String()
					default:
						got = fmt.Sprint(v.Approx)
					}
				}
			}
			if got != tt.want {
				t.Errorf("derived for %s: %q, want %q", ago, got, tt.want)
			}
		})
	}
}

func TestRoundExp(t *testing.T) {
	tests := []struct {
		in   string
		want int32
	}{
		{"800000000", 8}, {"789700000", 5}, {"0.26", -2}, {"1.50", -1}, {"-120", 1}, {"0", 0},
	}
	for _, tt := range tests {
		if got := roundExp(decimal.RequireFromString(tt.in)); got != tt.want {
			t.Errorf("roundExp(%s) = %d, want %d", tt.in, got, tt.want)
		}
	}
}
