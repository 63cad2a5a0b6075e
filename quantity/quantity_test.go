package quantity

import (
	"fmt"
	"strings"
	"testing"
)

// brief renders quantities compactly for comparison: value[..high] unit
// flags.
func brief(s string, qs []Quantity) string {
	var parts []string
	for _, q := range qs {
		if q.Unread != "" {
			parts = append(parts, fmt.Sprintf("unread %s %s [%s]", q.Unit, strings.Fields(q.Unread)[0], s[q.Start:q.End]))
			continue
		}
		v := q.Value.String()
		if q.Range {
			v += ".." + q.High.String()
		}
		if q.Unit != None {
			v += " " + q.Unit.String()
		}
		if q.Currency != "" && q.Currency != "USD" {
			v += " " + q.Currency
		}
		if q.PerShare {
			v += " /sh"
			if q.Variant != "" {
				v += " " + q.Variant
			}
		}
		if q.Approx {
			v += " ~" + q.Hedge
		}
		if q.Join != "" {
			v = q.Join + " " + v
		}
		v += fmt.Sprintf(" e%d [%s]", q.Exp, s[q.Start:q.End])
		parts = append(parts, v)
	}
	return strings.Join(parts, "; ")
}

func TestAppend(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		{"revenue of $6,736,000", "6736000 money e0 [$6,736,000]"},
		{"sales of $6.7 million", "6700000 money e5 [$6.7 million]"},
		{"a $1.2B charge", "1200000000 money e8 [$1.2B]"},
		{"a $425m program", "425000000 money e6 [$425m]"},
		{"$.03 per share basic and diluted", "0.03 money /sh e-2 [$.03 per share]"},
		{"a loss of $(0.12) per diluted share", "-0.12 money /sh diluted e-2 [$(0.12) per diluted share]"},
		{"a loss of ($0.12)", "-0.12 money e-2 [($0.12)]"},
		{"down -$0.05", "-0.05 money e-2 [-$0.05]"},
		{"nearly one million dollars", "1000000 money ~nearly e6 [one million dollars]"},
		{"twenty-five basis points", "25 bp e0 [twenty-five basis points]"},
		{"two percent", "2 percent e0 [two percent]"},
		{"two quarters ago", ""},
		{"improved to 16.5%", "16.5 percent e-1 [16.5%]"},
		{"up 200 percent", "200 percent e0 [200 percent]"},
		{"50 basis points", "50 bp e0 [50 basis points]"},
		{"150 bps", "150 bp e0 [150 bps]"},
		{"stood at 47 days", "47 days e0 [47 days]"},
		{"3 cents per share", "0.03 money /sh e-2 [3 cents per share]"},
		{"approximately $5 million", "5000000 money ~approximately e6 [$5 million]"},
		{"more than $203 million", "203000000 money ~more than e6 [$203 million]"},
		{"slightly above 3%", "3 percent ~slightly above e0 [3%]"},
		{"2.5x leverage", "2.5 times e-1 [2.5x]"},
		{"$1.82 billion to $1.83 billion", "1820000000 money e7 [$1.82 billion]; to 1830000000 money e7 [$1.83 billion]"},
		{"declined $195,000 to $6,736,000", "195000 money e0 [$195,000]; to 6736000 money e0 [$6,736,000]"},
		{"between $225 and $230 million", "225000000..230000000 money e6 [$225 and $230 million]"},
		{"between $225 million and $230 million", "225000000..230000000 money e6 [$225 million and $230 million]"},
		{"EPS of $1.20 - $1.25", "1.2..1.25 money e-2 [$1.20 - $1.25]"},
		{"EPS of $1.20-$1.25 per share", "1.2..1.25 money /sh e-2 [$1.20-$1.25 per share]"},
		{"growth of 10% to 12%", "10 percent e0 [10%]; to 12 percent e0 [12%]"},
		{"growth of 10 to 12%", "10 percent e0 [10]; to 12 percent e0 [12%]"},
		{"$246,000, or $.03 per share", "246000 money e0 [$246,000]; or 0.03 money /sh e-2 [$.03 per share]"},
		{"ended March 31, 2004", ""},
		{"on 31 March 2004", ""},
		{"in 2003 and 2004", ""},
		{"call 1-800-555-1234 now", ""},
		{"call (800) 555-1234 now", ""},
		{"dial 877.407.0789", ""},
		{"our 45th consecutive call", ""},
		{"in Q1 2021 and 2Q21", ""},
		{"our Form 10-Q filing", ""},
		{"COVID-19 effects", ""},
		{"at 8:30 a.m.", ""},
		{"on 3/31/2004", ""},
		{"in '21", ""},
		{"a 52-week high", ""},
		{"we opened 12 stores", "12 e0 [12]"},
		{"earnings, as shown on Slide 4, were $1.43 per share", "1.43 money /sh e-2 [$1.43 per share]"},
		{"on page 12 of the deck", ""},
		{"for the trailing 12 months, bookings were", ""},
		{"in the range of $14.69 [Phonetic] and $15.09", "14.69..15.09 money e-2 [$14.69 [Phonetic] and $15.09]"},
		{"€3.5 million", "3500000 money EUR e5 [€3.5 million]"},
		{"US$ 2.1 billion", "2100000000 money e8 [US$ 2.1 billion]"},
		{"$ 1,234", "1234 money e0 [$ 1,234]"},
		{"gross margin of 38.2%, up 150 basis points", "38.2 percent e-1 [38.2%]; 150 bp e0 [150 basis points]"},
		{"sales of $3.3 billion versus $3.28 billion", "3300000000 money e8 [$3.3 billion]; 3280000000 money e7 [$3.28 billion]"},
		{"about $1.5 billion of liquidity", "1500000000 money ~about e8 [$1.5 billion]"},
		{"net loss per share of $0.09 to $0.08", "0.09 money e-2 [$0.09]; to 0.08 money e-2 [$0.08]"},
		{"range from $0.25 to $0.30 and $0.24 to $0.29", "0.25..0.3 money e-2 [$0.25 to $0.30]; and 0.24 money e-2 [$0.24]; to 0.29 money e-2 [$0.29]"},
		{"$6.736 million.", "6736000 money e3 [$6.736 million]"},
		{"revenue was 12,345,678,901,234,567,890,123 dollars", "12345678901234567890123 money e0 [12,345,678,901,234,567,890,123 dollars]"},
		// figures found but not read: listed, never used
		{"revenue was 1,234,567,890,123,456,789,012,345 dollars", "unread  more [1,234,567,890,123,456,789,012,345]"},
		{"a loss of (($5)) million and $3 million", "unread money in [(($5)) million]; 3000000 money e6 [$3 million]"},
		{"revenue of $1.5e9 and 2E+10 units, or 3e-2%", "unread money written [$1.5e9]; unread  written [2E+10]; unread percent written [3e-2%]"},
		{"between $5 and (($6)) million", "5 money e0 [$5]; unread money in [(($6)) million]"},
		{"the 3e cartridge", ""},
		{"between $85 million to 180 -- a 105", "85000000 money e6 [$85 million]; to 180 money e0 [180]; 105 e0 [105]"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := brief(tt.in, Append(nil, tt.in)); got != tt.want {
				t.Errorf("Append(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzAppend checks that no text makes the scanner panic, and that what it
// finds lies inside the text, in order, with consistent ranges.
func FuzzAppend(f *testing.F) {
	for _, s := range []string{
		"revenue declined $195,000 to $6,736,000, or 2.8%",
		"between $225 and $230 million", "$1.20 - $1.25 per diluted share", "$(0.12)",
		"nearly one million dollars", "March 31, 2004", "call 1-800-555-1234", "US$ 2.1bn",
		"($", "$.", "-$", "1,2", "9999999999999999999999999", "twenty-", "€(1)", "between  and 5%",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		qs := Append(nil, s)
		end := 0
		for _, q := range qs {
			if q.Start < end || q.End <= q.Start || q.End > len(s) {
				t.Fatalf("Append(%q): quantity at [%d,%d) out of order or bounds (previous ended %d)", s, q.Start, q.End, end)
			}
			end = q.End
			if !q.Range && !q.High.Equal(q.Value) {
				t.Fatalf("Append(%q): point %v has high %v", s, q.Value, q.High)
			}
		}
	})
}

func TestAppendRangesAndSigns(t *testing.T) {
	tests := []struct{ in, want string }{
		{"expected to range from $730 million to $760 million", "730000000..760000000 money e6 [$730 million to $760 million]"},
		{"in the range of $1.20 to $1.25 per share", "1.2..1.25 money /sh e-2 [$1.20 to $1.25 per share]"},
		{"GAAP EPS in the range of negative $0.09 to $0.08", "-0.09..-0.08 money e-2 [$0.09 to $0.08]"},
		{"EBITDA was negative $17.8 million", "-17800000 money e5 [$17.8 million]"},
		{"adjusted EPS of $3.20 and $3.40", "3.2 money e-2 [$3.20]; and 3.4 money e-2 [$3.40]"},
		{"to be between negative 0.4% and negative 0.2%", "-0.4..-0.2 percent e-1 [0.4% and negative 0.2%]"},
		{"to be between a $1.87 and $2.03 per share", "1.87..2.03 money /sh e-2 [$1.87 and $2.03 per share]"},
		{"increased from $4 million to $5 million", "4000000 money e6 [$4 million]; to 5000000 money e6 [$5 million]"},
	}
	for _, tt := range tests {
		if got := brief(tt.in, Append(nil, tt.in)); got != tt.want {
			t.Errorf("Append(%q)\n got %s\nwant %s", tt.in, got, tt.want)
		}
	}
}
