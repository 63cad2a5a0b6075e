package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/shopspring/decimal"

	"qoq/facts"
	"qoq/fiscal"
	"qoq/metric"
)

const full = `# Northwind's settings
company: Northwind Plasma Services
fiscal_year_end: june
industry: Banks
featured: [revenue, net_income, eps, dso]
segments:
  blood services segment: blood services
metrics:
  Net Patient Revenue: revenue
corrections:
  - metric: revenue
    segment: blood products
    period: 2022Q2
    value: 4727000
    note: restated in the 10-Q
  - metric: eps
    basis: non_gaap
    period: FY2023
    value: 1240000000000000.10
    note: the press release's figure
  - metric: cash
    period: 2023-06-30
    value: "-0.50"
    note: a test of a quoted negative
`

func TestParse(t *testing.T) {
	c, err := Parse("qoq.yaml", []byte(full))
	if err != nil {
		t.Fatal(err)
	}
	if c.Company != "Northwind Plasma Services" || c.FiscalYearEnd.EndMonth != time.June {
		t.Errorf("company %q, fiscal year end %v", c.Company, c.FiscalYearEnd)
	}
	if got := strings.Join(c.Featured, " "); got != "revenue net_income eps dso" {
		t.Errorf("featured %q", got)
	}
	if c.Segments["blood services segment"] != "blood services" || c.Metrics["net patient revenue"] != "revenue" {
		t.Errorf("segments %v, metrics %v", c.Segments, c.Metrics)
	}
	want := []struct {
		metric, segment, basis, period, value, note string
	}{
		{"revenue", "blood products", facts.GAAP, "2022Q2", "4727000", "restated in the 10-Q"},
		{"eps", "", facts.NonGAAP, "FY2023", "1240000000000000.10", "the press release's figure"},
		{"cash", "", facts.GAAP, "2023-06-30", "-0.50", "a test of a quoted negative"},
	}
	if len(c.Corrections) != len(want) {
		t.Fatalf("%d corrections, want %d", len(c.Corrections), len(want))
	}
	for i, w := range want {
		got := c.Corrections[i]
		if got.Metric != w.metric || got.Segment != w.segment || got.Basis != w.basis || got.Period.String() != w.period || got.Note != w.note {
			t.Errorf("correction %d: %+v, want %+v", i+1, got, w)
		}
		// exact: the digits as written, trailing zeros included (the
		// exponent says so: 0.10 is 10×10⁻², not 1×10⁻¹)
		if wv := decimal.RequireFromString(w.value); !got.Value.Equal(wv) || got.Value.Exponent() != wv.Exponent() {
			t.Errorf("correction %d: value %s×10^%d, want %s", i+1, got.Value.Coefficient(), got.Value.Exponent(), w.value)
		}
	}
	// seventeen digits: through a float64 they would be 1240000000000000.00
	if got := c.Corrections[1].Value.StringFixed(2); got != "1240000000000000.10" {
		t.Errorf("a YAML number lost its digits: %s", got)
	}
	if c.Metrics["net patient revenue"] != "revenue" || c.Industry != metric.Bank || !c.IndustrySet {
		t.Errorf("metrics %v, industry %v (set %v)", c.Metrics, c.Industry, c.IndustrySet)
	}
	co := c.CompareOptions()
	if co.Company != c.Company || co.Calendar != c.FiscalYearEnd || co.Segments["blood services segment"] != "blood services" || len(co.Corrections) != 3 {
		t.Errorf("compare options %+v", co)
	}
}

func TestParseEmpty(t *testing.T) {
	for _, in := range []string{"", "# nothing yet\n", "\n\n"} {
		c, err := Parse("qoq.yaml", []byte(in))
		if err != nil || c.Company != "" || len(c.Corrections) != 0 || !c.FiscalYearEnd.IsZero() {
			t.Errorf("Parse(%q) = %+v, %v; want an empty config", in, c, err)
		}
	}
}

// TestErrors gives one file for each kind of mistake: the error names the
// line and says what is wrong.
func TestErrors(t *testing.T) {
	correction := func(fields string) string {
		return "corrections:\n  - metric: revenue\n" + fields
	}
	tests := []struct {
		name, in string
		line     int
		msg      string
	}{
		{"unknown key", "company: A\nfiscal_year_ends: june\n", 2, `unknown key "fiscal_year_ends" (known keys: company, fiscal_year_end`},
		{"key twice", "company: A\ncompany: B\n", 2, `"company" given twice (first on line 1)`},
		{"bad year end", "fiscal_year_end: lunch\n", 1, `fiscal_year_end "lunch": want the month`},
		{"unknown industry", "company: A\nindustry: airline\n", 2, `industry "airline": want one of general, bank, insurance, reit, retail, energy, utility`},
		{"unknown featured metric", "featured:\n  - revenue\n  - revenu\n", 3, `featured: "revenu" is not a metric qoq knows; did you mean "revenue"?`},
		{"featured not a list", "featured: revenue\n", 1, "featured: want a list"},
		{"featured twice", "featured: [eps, eps]\n", 1, `"eps" is listed twice`},
		{"far from any metric", "featured: [happiness]\n", 1, `"happiness" is not a metric qoq knows (the README`},
		{"unknown alias metric", "metrics:\n  net patient revenue: revenues\n", 2, `metrics: "revenues" is not a metric qoq knows; did you mean "revenue"?`},
		{"segments not a mapping", "segments: [a, b]\n", 1, "segments: want one line a name"},
		{"unknown key in a correction", correction("    period: 2022Q2\n    value: 1\n    note: x\n    segmnet: a\n"), 6, `unknown key "segmnet" in corrections[1]`},
		{"bad period", correction("    period: 2023Q5\n    value: 1\n    note: x\n"), 3, `corrections[1].period "2023Q5": want a fiscal quarter such as 2023Q2`},
		{"bad value", correction("    period: 2023Q2\n    value: $12.4 million\n    note: x\n"), 4, `corrections[1].value "$12.4 million": want a plain number`},
		{"value a list", correction("    period: 2023Q2\n    value: [1, 2]\n    note: x\n"), 4, "corrections[1].value: want a number such as 4727000, not a list"},
		{"missing note", correction("    period: 2023Q2\n    value: 1\n"), 2, "corrections[1]: note is missing"},
		{"missing value", correction("    period: 2023Q2\n    note: x\n"), 2, "corrections[1]: value is missing"},
		{"bad basis", correction("    basis: adjusted\n    period: 2023Q2\n    value: 1\n    note: x\n"), 3, `corrections[1].basis "adjusted": want gaap or non_gaap`},
		{"unknown correction metric", "corrections:\n  - metric: sales\n    period: 2023Q2\n    value: 1\n    note: x\n", 2, `corrections[1].metric: "sales" is not a metric`},
		{"same figure twice", correction("    period: 2023Q2\n    value: 1\n    note: x\n") + "  - metric: revenue\n    period: 2023Q2\n    value: 2\n    note: y\n", 6, "corrects the same figure as the correction on line 2"},
		{"corrections not a list", "corrections:\n  metric: revenue\n", 2, "corrections: want a list"},
		{"day not in the month", "fiscal_year_end: 02-30\n", 1, `fiscal_year_end "02-30": want the month`},
		{"year far off", correction("    period: 9999Q1\n    value: 1\n    note: x\n"), 3, `corrections[1].period "9999Q1": want a fiscal quarter`},
		{"balance for a quarter", "corrections:\n  - metric: cash\n    period: 2023Q2\n    value: 1\n    note: x\n", 3, `corrections[1].period "2023Q2": cash is a balance, stated at a date; give the date, such as the last day of 2023Q2`},
		{"flow at a date", correction("    period: 2023-06-30\n    value: 1\n    note: x\n"), 3, `corrections[1].period "2023-06-30": revenue is stated for a quarter or a year`},
		{"runaway value echoed short", "featured: [" + strings.Repeat("x", 2<<20) + "]\n", 1, `"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx… (2097152 bytes)" is not a metric`},
		{"not a mapping", "- company\n", 1, "want keys and values"},
		{"yaml syntax", "company: A\nfeatured: eps: revenue\n", 2, "mapping values are not allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("qoq.yaml", []byte(tt.in))
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("Parse = %v, want an *Error", err)
			}
			if e.Line != tt.line || e.File != "qoq.yaml" || !strings.Contains(e.Msg, tt.msg) {
				t.Errorf("got %q (line %d), want line %d and %q", err, e.Line, tt.line, tt.msg)
			}
			if len(err.Error()) > 400 {
				t.Errorf("a message of %d bytes", len(err.Error()))
			}
			if !strings.HasPrefix(err.Error(), "qoq.yaml:") {
				t.Errorf("%q does not start with the file's name", err)
			}
		})
	}
}

func TestFind(t *testing.T) {
	dir := t.TempDir()
	call := filepath.Join(dir, "ACME_q1_2024.txt")
	if err := os.WriteFile(call, []byte("a call"), 0o644); err != nil {
		t.Fatal(err)
	}
	if c, err := ForCalls([]string{dir}); c != nil || err != nil {
		t.Fatalf("ForCalls with no config = %v, %v; want nil, nil", c, err)
	}
	if err := os.WriteFile(filepath.Join(dir, AltName), []byte("company: Acme\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{{dir}, {call}} {
		c, err := ForCalls(args)
		if err != nil || c == nil || c.Company != "Acme" || c.File != filepath.Join(dir, AltName) {
			t.Errorf("ForCalls(%v) = %+v, %v", args, c, err)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, Name), []byte("company: [\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := ForCalls([]string{call})
	if err == nil || !strings.Contains(err.Error(), filepath.Join(dir, Name)) {
		t.Errorf("a broken qoq.yaml (preferred to qoq.yml) gave %v", err)
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte(full))
	f.Add([]byte("corrections:\n  - metric: eps\n    period: 2023Q2\n    value: 0.1e3\n    note: x\n"))
	f.Add([]byte("featured: [revenue, {a: b}]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("fuzz.yaml", data)
		if err != nil {
			var e *Error
			if !errors.As(err, &e) {
				t.Fatalf("an error that is not an *Error: %v", err)
			}
			return
		}
		for _, corr := range c.Corrections {
			if corr.Metric == "" || corr.Note == "" || corr.Period.Kind == fiscal.NoKind {
				t.Fatalf("a correction without metric, note or period: %+v", corr)
			}
		}
	})
}

func ExampleParse() {
	c, err := Parse("qoq.yaml", []byte("company: Acme\nfiscal_year_end: june\ncorrections:\n  - metric: revenue\n    period: FY2024\n    value: 12400000.10\n    note: audited\n"))
	if err != nil {
		panic(err)
	}
	fmt.Println(c.Company, c.FiscalYearEnd.EndMonth, c.Corrections[0].Metric, c.Corrections[0].Period, c.Corrections[0].Value)
	_, err = Parse("qoq.yaml", []byte("company: Acme\nfeatured: [revenu]\n"))
	fmt.Println(err)
	// Output:
	// Acme June revenue FY2024 12400000.1
	// qoq.yaml:2: featured: "revenu" is not a metric qoq knows; did you mean "revenue"?
}
