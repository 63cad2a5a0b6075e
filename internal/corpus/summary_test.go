package corpus

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"qoq/fiscal"
)

// brief formats an Expected for comparison: "eps non_gaap actual 2021Q1
// 3.34 @2", with "~" before a hedged value.
func brief(e Expected) string {
	return fmt.Sprintf("%s @%d", e, e.Places)
}

func briefs(es []Expected) []string {
	var out []string
	for _, e := range es {
		out = append(out, brief(e))
	}
	return out
}

// parseCases are summary lines written for these tests; their numbers are
// made up. Each gives the figures it should yield, or the reason it gives
// none.
var parseCases = []struct {
	name string
	line string
	call fiscal.Period
	want []string
	skip string // the first skip reason, when want is empty
}{
	{"adjusted eps", "q1 adjusted earnings per share $2.41.", fiscal.Q(2021, 1),
		[]string{"eps non_gaap actual 2021Q1 2.41 @2"}, ""},
	{"sales with estimate", "q1 sales $1.7 billion versus refinitiv ibes estimate of $1.68 billion.", fiscal.Q(2021, 1),
		[]string{"revenue any actual 2021Q1 1700000000 @-8"}, ""},
	{"fy year range", "sees fy 2021 earnings per share $6.10 to $6.40.", fiscal.Q(2021, 1),
		[]string{"eps any guidance FY2021 6.1..6.4 @2"}, ""},
	{"compname reports", "compname reports q2 earnings per share of $1.05.", fiscal.Q(2021, 2),
		[]string{"eps any actual 2021Q2 1.05 @2"}, ""},
	{"about next quarter", "sees q2 revenue about $2.6 billion.", fiscal.Q(2021, 1),
		[]string{"revenue any guidance 2021Q2 ~2600000000 @-8"}, ""},
	{"growth then level", "q4 revenue rose 41 percent to $1.27 billion.", fiscal.Q(2020, 4),
		[]string{"revenue any actual 2020Q4 1270000000 @-7"}, ""},
	{"dash range with scales", "sees 2020 ebitda of $410 million-$430 million.", fiscal.Q(2020, 2),
		[]string{"ebitda any guidance FY2020 410000000..430000000 @-6"}, ""},
	{"net loss per share", "qtrly adjusted net loss attributable to acme was $0.31 per share.", fiscal.Q(2020, 3),
		[]string{"eps non_gaap actual 2020Q3 -0.31 @2"}, ""},
	{"two figures in a line", "expects 2022 adjusted eps of between $2.10 and $2.30 and adjusted ebitda of between $610 million and $640 million.", fiscal.Q(2021, 4),
		[]string{"eps non_gaap guidance FY2022 2.1..2.3 @2", "ebitda non_gaap guidance FY2022 610000000..640000000 @-6"}, ""},
	{"loss per share", "q3 loss per share $0.44.", fiscal.Q(2020, 3),
		[]string{"eps any actual 2020Q3 -0.44 @2"}, ""},
	{"q1 guidance on a q4 call", "sees q1 adjusted earnings per share $0.50 to $0.55.", fiscal.Q(2020, 4),
		[]string{"eps non_gaap guidance 2021Q1 0.5..0.55 @2"}, ""},
	{"fy guidance on a q4 call", "sees fy adjusted earnings per share $3.60 to $3.80.", fiscal.Q(2021, 4),
		[]string{"eps non_gaap guidance FY2022 3.6..3.8 @2"}, ""},
	{"fy guidance mid-year", "sees fy adjusted earnings per share $3.60 to $3.80.", fiscal.Q(2021, 2),
		[]string{"eps non_gaap guidance FY2021 3.6..3.8 @2"}, ""},
	{"gaap from continuing operations", "q2 gaap earnings per share $0.85 from continuing operations.", fiscal.Q(2021, 2),
		[]string{"eps gaap actual 2021Q2 0.85 @2"}, ""},
	{"excluding items after", "q2 earnings per share $1.31 excluding items.", fiscal.Q(2021, 2),
		[]string{"eps non_gaap actual 2021Q2 1.31 @2"}, ""},
	{"net income and eps", "compname reports q1 2021 net income of $2.2 bln, or $4.07 per share.", fiscal.Q(2021, 1),
		[]string{"net_income any actual 2021Q1 2200000000 @-8", "eps any actual 2021Q1 4.07 @2"}, ""},
	{"versus prior year", "qtrly net sales $512 million versus $488.1 million.", fiscal.Q(2021, 3),
		[]string{"revenue any actual 2021Q3 512000000 @-6"}, ""},
	{"same store sales", "q3 same store sales rose 3.1 percent.", fiscal.Q(2021, 3), nil, reasonNoMetric},
	{"growth rate only", "sees fy sales up 6 to 8 percent.", fiscal.Q(2021, 3), nil, reasonNoFigure},
	{"segment revenue", "qtrly digital revenue of $215 million rose 18%.", fiscal.Q(2021, 3), nil, reasonSegment},
	{"scale on far end", "sees 2021 capital expenditures in range of $30 to $35 million.", fiscal.Q(2021, 1),
		[]string{"capex any guidance FY2021 30000000..35000000 @-6"}, ""},
	{"greater than", "sees 2021 free cash flow to be greater than $2 billion.", fiscal.Q(2021, 1),
		[]string{"free_cash_flow any guidance FY2021 ~2000000000 @-9"}, ""},
	{"cents", "compname reports q2 earnings per share of 47 cents.", fiscal.Q(2021, 2),
		[]string{"eps any actual 2021Q2 0.47 @2"}, ""},
	{"usd after", "q2 diluted loss per share 0.21 usd.", fiscal.Q(2021, 2),
		[]string{"eps any actual 2021Q2 -0.21 @2"}, ""},
	{"respectively", "compname reports third quarter earnings per share and ffo per share of $0.55 and $1.40, respectively.", fiscal.Q(2021, 3),
		nil, reasonRespectively},
	{"change only", "qtrly net sales decreased $95.5 million, or 7 percent.", fiscal.Q(2021, 3), nil, reasonChangeOnly},
	{"raised from", "raises fy adjusted earnings per share view to $5.15 to $5.30 from $5.00 to $5.20.", fiscal.Q(2021, 2),
		[]string{"eps non_gaap guidance FY2021 5.15..5.3 @2"}, ""},
	{"updated from a range", "updating its 2021 guidance for sales from $300 - $320 million to $330 - $340 million.", fiscal.Q(2021, 2),
		[]string{"revenue any guidance FY2021 330000000..340000000 @-6"}, ""},
	{"half year", "compname reports first half 2021 net earnings of $210 million.", fiscal.Q(2021, 2), nil, reasonPartYear},
	{"another quarter", "q3 revenue rose 9 percent to $2.5 billion.", fiscal.Q(2021, 2), nil, reasonOtherQuarter},
	{"component", "fy 2021 diluted eps outlook now estimates contribution of 20 to 25 cents from its stake in a joint venture.", fiscal.Q(2021, 2),
		nil, reasonComponent},
	{"glued sentences", "q1 earnings per share $0.61.2021 earnings guidance range of $3.10 to $3.20 per share affirmed.", fiscal.Q(2021, 1),
		[]string{"eps any actual 2021Q1 0.61 @2", "eps any guidance FY2021 3.1..3.2 @2"}, ""},
	{"figure before phrase", "expects to invest $90 million to $95 million in capital expenditures in 2021.", fiscal.Q(2021, 1),
		[]string{"capex any guidance FY2021 90000000..95000000 @-6"}, ""},
	{"loss range", "sees q1 adjusted net loss per diluted share to be in range of $0.30 to $0.20.", fiscal.Q(2020, 4),
		[]string{"eps non_gaap guidance 2021Q1 -0.3..-0.2 @2"}, ""},
	{"company prefix", "acme corp - q3 core earnings per share $0.29.", fiscal.Q(2021, 3),
		[]string{"eps non_gaap actual 2021Q3 0.29 @2"}, ""},
	{"operating eps", "q4 operating earnings per share $0.77.", fiscal.Q(2020, 4),
		[]string{"eps non_gaap actual 2020Q4 0.77 @2"}, ""},
	{"ffo per share", "sees q2 ffo per share $1.12 to $1.16.", fiscal.Q(2021, 1),
		[]string{"ffo_per_share any guidance 2021Q2 1.12..1.16 @2"}, ""},
	{"mln", "compname reports q2 revenue $275 mln.", fiscal.Q(2021, 2),
		[]string{"revenue any actual 2021Q2 275000000 @-6"}, ""},
	{"fiscal year guidance", "for fiscal 2021 net sales are expected to be in range of $1.815 billion to $1.850 billion.", fiscal.Q(2021, 2),
		[]string{"revenue any guidance FY2021 1815000000..1850000000 @-6"}, ""},
	{"actual for a year not over", "fy 2021 capital expenditures of $95 million to $110 million.", fiscal.Q(2021, 2),
		[]string{"capex any guidance FY2021 95000000..110000000 @-6"}, ""},
	{"second figure adjusted", "q4 earnings per share of $1.12, $1.25 on an adjusted basis.", fiscal.Q(2021, 4),
		[]string{"eps any actual 2021Q4 1.12 @2"}, ""},
	{"trailing period", "sees adjusted free cash flow in range of $180 million to $210 million for fy 2021.", fiscal.Q(2021, 1),
		[]string{"free_cash_flow non_gaap guidance FY2021 180000000..210000000 @-6"}, ""},
	{"two clauses", "qtrly earnings per share $0.92; qtrly adjusted earnings per share $1.01.", fiscal.Q(2021, 2),
		[]string{"eps any actual 2021Q2 0.92 @2", "eps non_gaap actual 2021Q2 1.01 @2"}, ""},
	{"parenthesized loss", "compname reports fourth quarter diluted loss per share of ($2.15) and adjusted earnings per share of $0.40.", fiscal.Q(2020, 4),
		[]string{"eps any actual 2020Q4 -2.15 @2", "eps non_gaap actual 2020Q4 0.4 @2"}, ""},
	{"continued guidance", "sees q2 revenue $1.4 billion and adjusted earnings per share $0.95.", fiscal.Q(2021, 1),
		[]string{"revenue any guidance 2021Q2 1400000000 @-8", "eps non_gaap guidance 2021Q2 0.95 @2"}, ""},
	{"no period for guidance", "net sales guidance reaffirmed at a range of $1.1 billion to $1.2 billion.", fiscal.Q(2021, 2), nil, reasonPeriod},
	{"gaap and adjusted", "q4 gaap and adjusted revenue increased 6% to $1.30 billion.", fiscal.Q(2020, 4),
		[]string{"revenue any actual 2020Q4 1300000000 @-7"}, ""},
	{"operating income is not net income", "compname says operating earnings for q2 were $210 million, or $1.15 per diluted share.", fiscal.Q(2021, 2),
		[]string{"eps non_gaap actual 2021Q2 1.15 @2"}, ""},
	{"comma thousands", "qtrly total revenues $1,234.5 million versus $1,100.2 million.", fiscal.Q(2021, 1),
		[]string{"revenue any actual 2021Q1 1234500000 @-5"}, ""},
	{"ebitda ratio", "total debt to ebitda ratio of 2.1x.", fiscal.Q(2021, 1), nil, reasonNoMetric},
	{"affo is not ffo", "qtrly affo per share $0.71.", fiscal.Q(2021, 1), nil, reasonNoMetric},
}

func TestParseLine(t *testing.T) {
	for _, tc := range parseCases {
		t.Run(tc.name, func(t *testing.T) {
			got, skips := ParseLine(tc.line, tc.call)
			if !reflect.DeepEqual(briefs(got), tc.want) {
				t.Errorf("ParseLine(%q)\n got %q\nwant %q\nskips %q", tc.line, briefs(got), tc.want, skips)
			}
			if tc.skip != "" && (len(skips) == 0 || skips[0] != tc.skip) {
				t.Errorf("ParseLine(%q) skips %q, want first %q", tc.line, skips, tc.skip)
			}
		})
	}
}

func TestParseSummary(t *testing.T) {
	summary := strings.Join([]string{
		"compname reports q2 adjusted earnings per share $1.40.",
		"",
		"q2 adjusted earnings per share $1.40.",
		"q2 revenue $800 million versus refinitiv ibes estimate of $790 million.",
		"board declares quarterly dividend.",
		"sees fy revenue $3.1 billion to $3.2 billion.",
	}, "\n")
	got, err := ParseSummary(strings.NewReader(summary), fiscal.Q(2021, 2))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"eps non_gaap actual 2021Q2 1.4 @2",
		"revenue any actual 2021Q2 800000000 @-6",
		"revenue any guidance FY2021 3100000000..3200000000 @-8",
	}
	if !reflect.DeepEqual(briefs(got.Expected), want) {
		t.Errorf("expected %q, want %q", briefs(got.Expected), want)
	}
	if got.Lines != 5 {
		t.Errorf("Lines = %d, want 5 non-empty lines", got.Lines)
	}
	lines := []int{}
	for _, e := range got.Expected {
		lines = append(lines, e.LineNo)
	}
	if !reflect.DeepEqual(lines, []int{1, 4, 6}) {
		t.Errorf("line numbers %v, want [1 4 6]", lines)
	}
	wantSkips := []Skip{
		{LineNo: 3, Line: "q2 adjusted earnings per share $1.40.", Reason: reasonDuplicate, Whole: true},
		{LineNo: 5, Line: "board declares quarterly dividend.", Reason: reasonNoMetric, Whole: true},
	}
	if !reflect.DeepEqual(got.Skipped, wantSkips) {
		t.Errorf("skipped %+v, want %+v", got.Skipped, wantSkips)
	}
}

func TestParseSummaryLongLine(t *testing.T) {
	long := strings.Repeat("x", 2<<20)
	if _, err := ParseSummary(strings.NewReader(long), fiscal.Q(2021, 1)); err == nil {
		t.Error("ParseSummary of a 2 MB line: no error")
	}
}
