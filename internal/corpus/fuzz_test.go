package corpus

import (
	"strings"
	"testing"

	"qoq/fiscal"
)

// FuzzParseSummary checks that no summary makes ParseSummary or Stated
// panic, and that what it returns is well formed.
func FuzzParseSummary(f *testing.F) {
	for _, tc := range parseCases {
		f.Add(tc.line, uint8(tc.call.Quarter), uint16(tc.call.FiscalYear))
	}
	f.Add("$-.5 - $(1,2 billion to 3q21 fy'9 ¢ per a share", uint8(4), uint16(0))
	f.Add("sees q5 fy 99999 $99999999999999999999999 billion", uint8(0), uint16(65535))
	f.Fuzz(func(t *testing.T, text string, quarter uint8, year uint16) {
		call := fiscal.Q(2000+int(year%50), 1+int(quarter%4))
		sum, err := ParseSummary(strings.NewReader(text), call)
		if err != nil {
			return
		}
		for _, e := range sum.Expected {
			if (e.Value == nil) == (e.Low == nil || e.High == nil) {
				t.Errorf("%q: %s has neither a value nor a range", text, e)
			}
			Stated(text, e)
		}
	})
}
