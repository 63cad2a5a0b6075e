package callinfo

import (
	"strings"
	"testing"

	"qoq/internal/clause"
	"qoq/metric"
	"qoq/transcript"
)

// read reads what a call of the given file name and text says of itself.
func read(t *testing.T, name, text string) Info {
	t.Helper()
	text += "\n\nThank you all for joining us today. We are very pleased with the quarter. Operator, please open the line.\n"
	doc, err := transcript.Read(name, []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	lx := clause.NewLexicon(clause.Options{})
	var ss []*clause.Sentence
	for i := range doc.Sentences {
		ss = append(ss, lx.Analyze(nil, doc.Sentences[i].Text))
	}
	return Read(doc, ss, Options{})
}

// Each row is an opening, in made-up words, and what it declares: "non_gaap"
// when it says the call's figures are adjusted unless noted.
func TestDeclaredBasis(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Our comments today will be on a non-GAAP basis, unless otherwise noted.", "non_gaap"},
		{"References to operating margin and earnings per share will be as adjusted, unless otherwise noted.", "non_gaap"},
		{"All references to earnings per share are adjusted figures.", "non_gaap"},
		{"I'll be referring to adjusted results today.", "non_gaap"},
		{"Net sales were up 12% and earnings per share up 20%, as always, on a non-GAAP currency-neutral basis.", "non_gaap"},
		{"As always, we will refer to non-GAAP measures today.", ""},
		{"We will refer to certain non-GAAP measures during the call.", ""},
		{"Reconciliations of non-GAAP measures, unless otherwise noted, are in the release.", ""},
		{"Unless otherwise noted, growth rates are versus the prior year.", ""},
	}
	for _, tt := range tests {
		got := read(t, "ACME_q2_2021.txt", "Good morning and welcome. "+tt.in+" Revenue was $10 million.\n")
		if got.Declared != tt.want {
			t.Errorf("%q: declared %q, want %q", tt.in, got.Declared, tt.want)
		}
	}
}

// Each row is a declaration of the call's basis, in made-up words, and the
// measures it covers when not every earnings measure.
func TestDeclaredScope(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Any references made on this call to 2021 results will be on an adjusted basis, excluding after-tax, deal-related amortization.", "net_income eps"},
		{"Our comments today will be on a non-GAAP basis, unless otherwise noted.", ""},
	}
	for _, tt := range tests {
		got := read(t, "ACME_q2_2021.txt", "Good morning and welcome. "+tt.in+" Revenue was $10 million.\n")
		if got.Declared != "non_gaap" || strings.Join(got.DeclaredOnly, " ") != tt.want {
			t.Errorf("%q: declared %q for %q, want non_gaap for %q", tt.in, got.Declared, got.DeclaredOnly, tt.want)
		}
	}
}

// Each row is a file name and an opening, and the quarter and company the
// call is of.
func TestPeriodAndCompany(t *testing.T) {
	tests := []struct{ name, in, period, company string }{
		{"ACME_q2_2021.txt", "Welcome to the Acme second quarter 2021 earnings call.", "2021Q2", "Acme"},
		{"ACME_q2_2021.txt", "Welcome to the Acme earnings call.", "2021Q2", "Acme"},
		// the text names another quarter again and again: the file is
		// misnamed
		{"ACME_q2_2021.txt", "Welcome to the Acme third quarter 2021 earnings call. Our third quarter 2021 results were strong. In the third quarter 2021 we grew.", "2021Q3", "Acme"},
		{"BRV_q1_2021.txt", "Welcome to the Brevant Group first quarter 2021 call. Today we will discuss Delta Homes results.", "2021Q1", "Brevant Group"},
		// "the fourth quarter and full year 2019": the year is the
		// quarter's too, and the file is misnamed
		{"ACME_q4_2020.txt", "Welcome to the Acme Fourth Quarter and Full Year 2019 Earnings Call. Acme released its fourth quarter and full year 2019 results today. Our fourth quarter and full year 2019 were strong.", "2019Q4", "Acme"},
		// a call of fiscal years that speaks of its Q3 results throughout,
		// in a file named by the calendar quarter
		{"ACME_q2_2021.txt", "Welcome. Our fiscal '21 is on track. I will review our Q3 results. Q3 was strong. Orders in the third quarter grew, and fiscal 2022 looks good.", "2021Q3", "ACME"},
		// the name the call uses is its web site's, not the ticker
		{"KXE_q4_2020.txt", "Please see kelto.net for the release. In addition, KELTO is required to report EBITDA.", "2020Q4", "KELTO"},
		// a name with an ampersand, after "welcome to today's"
		{"HP_q1_2021.txt", "Good day everyone, and welcome to today's Helmerich & Payne's Fiscal First Quarter Earnings Call. Welcome everyone to Helmerich & Payne's conference call for the first quarter fiscal year 2021.", "2021Q1", "Helmerich & Payne"},
		// a fiscal year's end stated as a date names the year end's month
		{"MTN_q1_2022.txt", "Welcome to the Vail Resorts first quarter fiscal 2022 call. We expect EBITDA in the company's fiscal year ending July 31, 2023 to grow.", "2022Q1", "Vail Resorts"},
		// the ticker abbreviates the opening's name, not the web site's
		{"AXL_q3_2021.txt", "I would like to welcome everyone to the American Axle & Manufacturing Third Quarter 2021 Earnings Conference Call. I'd like to welcome everyone who is joining us on AAM's Third quarter Earnings Call. You can access it on our website, www.aam.com.", "2021Q3", "American Axle & Manufacturing"},
	}
	for _, tt := range tests {
		got := read(t, tt.name, tt.in+" Revenue was $10 million.\n")
		if got.Period.String() != tt.period || got.Company != tt.company {
			t.Errorf("%s %q: %s %q, want %s %q", tt.name, tt.in, got.Period, got.Company, tt.period, tt.company)
		}
	}
}

func TestNotes(t *testing.T) {
	got := read(t, "ACME_q2_2021.txt", "Welcome to the Acme second quarter 2021 earnings call. All figures are on an adjusted basis unless otherwise noted. Revenue was $10 million.\n")
	if !strings.Contains(strings.Join(got.Notes, "\n"), "non-GAAP unless noted") {
		t.Errorf("notes %q do not say the call declares its figures non-GAAP", got.Notes)
	}
}

// A call whose fiscal year is its own dates balances only where it says
// when; "fiscal" of a government's policy says nothing of the calendar.
func TestBalancesDated(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Fiscal policy stayed loose. Fiscal support is fading. Fiscally induced inflation is a worry.", true},
		{"In fiscal 2021 we grew. Our fiscal year is strong. Fiscal Q3 was a record.", false},
		{"Fiscal-year sales grew. The fiscal quarter was good. We raised our fiscal '22 outlook.", false},
	}
	for _, tt := range tests {
		got := read(t, "ACME_q2_2021.txt", "Good morning and welcome. "+tt.in+" Revenue was $10 million.\n")
		if got.BalancesDated != tt.want {
			t.Errorf("%q: balances dated %v, want %v", tt.in, got.BalancesDated, tt.want)
		}
	}
}

// A call's industry is the one whose measures it names most; a life
// insurer names annuities and mortality more than premiums.
func TestIndustry(t *testing.T) {
	tests := []struct {
		in   string
		want metric.Industry
	}{
		{strings.Repeat("Annuity sales rose and account values grew while mortality was favorable. ", 3), metric.Insurance},
		{strings.Repeat("Net interest income rose as deposits and loan growth held up. ", 3), metric.Bank},
		{strings.Repeat("Revenue rose and margins held up. ", 3), metric.General},
		// an investment bank's underwriting is not an insurer's
		{strings.Repeat("Advisory fees rose and equity underwriting was strong. ", 4), metric.General},
		{strings.Repeat("Underwriting income rose and the combined ratio improved. ", 3), metric.Insurance},
	}
	for _, tt := range tests {
		if got := read(t, "ACME_q2_2021.txt", tt.in+"\n").Industry; got != tt.want {
			t.Errorf("%.50q: industry %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestStatedYearEnd reads a call's fiscal year end from the sentences
// that state one.
func TestStatedYearEnd(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"MTN_q1_2022.txt", "Welcome to the Vail Resorts first quarter fiscal 2022 call. We expect EBITDA in the company's fiscal year ending July 31, 2023 to grow.", "July (text)"},
		{"WGO_q2_2021.txt", "Welcome to the Winnebago second quarter call. Our effective tax rate was 23.4% for the first six months ended February 27, 2021.", "August (text)"},
		{"ACME_q3_2021.txt", "Welcome to the Acme third quarter call. For the twelve months ended September 30, 2021, revenue grew.", "December (assumed)"},
	}
	for _, tt := range tests {
		if got := read(t, tt.name, tt.in+" Revenue was $10 million.\n"); got.FiscalYearEnd != tt.want {
			t.Errorf("%s %q: fiscal year end %q, want %q", tt.name, tt.in, got.FiscalYearEnd, tt.want)
		}
	}
}
