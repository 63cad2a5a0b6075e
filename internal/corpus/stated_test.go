package corpus

import (
	"testing"

	"github.com/shopspring/decimal"

	"qoq/facts"
)

// point and span build Expected figures for tests.
func point(unit, v string, places int32) Expected {
	d := decimal.RequireFromString(v)
	return Expected{Unit: unit, Value: &d, Places: places}
}

func span2(unit, lo, hi string, places int32) Expected {
	l, h := decimal.RequireFromString(lo), decimal.RequireFromString(hi)
	return Expected{Unit: unit, Low: &l, High: &h, Places: places}
}

func TestStated(t *testing.T) {
	billions := point(facts.USD, "3300000000", -8)  // "$3.3 billion"
	perShare := point(facts.USDPerShare, "2.41", 2) // "$2.41"
	for _, tc := range []struct {
		name string
		text string
		e    Expected
		want bool
	}{
		{"same words", "Revenue was $3.3 billion.", billions, true},
		{"finer", "Revenue was $3.28 billion, up 5%.", billions, true},
		{"in millions", "Sales of 3,284 million in the quarter.", billions, true},
		{"in millions with decimals", "Net sales were $3,284.5 million.", billions, true},
		{"no dollar sign", "about 3.3 billion in sales", billions, true},
		{"rounds elsewhere", "Revenue was $3.24 billion.", billions, false},
		{"coarser", "Revenue was about $3 billion.", billions, false},
		{"unscaled is not a total", "We shipped 3.3 units.", billions, false},
		{"written out", "revenue of $3,300,000,000", billions, true},
		{"per share", "adjusted EPS of $2.41, up", perShare, true},
		{"per share without dollar", "EPS was 2.41.", perShare, true},
		{"scaled is not per share", "2.41 billion", perShare, false},
		{"cents", "a loss of 31 cents a share", point(facts.USDPerShare, "-0.31", 2), true},
		{"leading point", "EPS of $.31", point(facts.USDPerShare, "0.31", 2), true},
		{"negative in parentheses", "EPS of $(0.31)", point(facts.USDPerShare, "-0.31", 2), true},
		{"range both ends", "we expect $1.82 billion to $1.85 billion", span2(facts.USD, "1820000000", "1850000000", -7), true},
		{"range scale on far end", "we expect $1.82 to $1.85 billion", span2(facts.USD, "1820000000", "1850000000", -7), true},
		{"range one end", "we expect $1.82 billion or so", span2(facts.USD, "1820000000", "1850000000", -7), false},
		{"per-share range", "EPS of $6.10 to $6.40", span2(facts.USDPerShare, "6.1", "6.4", 2), true},
		{"capital letters", "Revenue Was $3.3 Billion", billions, true},
		{"nothing", "", billions, false},
		{"no value", "$3.3 billion", Expected{Unit: facts.USD, Places: -8}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Stated(tc.text, tc.e); got != tc.want {
				t.Errorf("Stated(%q, %s @%d) = %v, want %v", tc.text, tc.e.ValueString(), tc.e.Places, got, tc.want)
			}
		})
	}
}

func TestNumbersReuse(t *testing.T) {
	n := IndexNumbers("Revenue was $3.28 billion and EPS $2.41.")
	for _, e := range []Expected{point(facts.USD, "3300000000", -8), point(facts.USDPerShare, "2.41", 2)} {
		if !n.Has(e) {
			t.Errorf("Has(%s) = false", e.ValueString())
		}
	}
}
