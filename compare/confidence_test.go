package compare

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"qoq/facts"
	"qoq/fiscal"
	"qoq/metric"
)

// written builds documents from calls written one a line, as
//
//	2021Q4: eps 2021Q4 6.65 @73; eps 2021Q4 1.07 @86 "as restated"
//
// the call's quarter, then its figures: metric, period (2021Q4, FY2021 or
// 2021-12-31), value and line, and the sentence's words when they matter.
// A line is a sentence.
func written(t *testing.T, spec string) []facts.Document {
	t.Helper()
	var docs []facts.Document
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		q, figs, ok := strings.Cut(strings.TrimSpace(line), ":")
		if !ok {
			t.Fatalf("no call quarter in %q", line)
		}
		p, err := fiscal.ParsePeriod(q)
		if err != nil {
			t.Fatal(err)
		}
		d := facts.Document{File: "X_" + q + ".txt", Period: p}
		for _, fig := range strings.Split(figs, ";") {
			text := ""
			if i := strings.IndexByte(fig, '"'); i >= 0 {
				fig, text = fig[:i], strings.Trim(fig[i:], `" `)
			}
			f := strings.Fields(fig)
			if len(f) != 4 || !strings.HasPrefix(f[3], "@") {
				t.Fatalf("want metric period value @line in %q", fig)
			}
			per, err := fiscal.ParsePeriod(f[1])
			if err != nil {
				t.Fatal(err)
			}
			v := decimal.RequireFromString(f[2])
			n, err := strconv.Atoi(f[3][1:])
			if err != nil {
				t.Fatal(err)
			}
			unit := string(metric.UnitOf(f[0]))
			d.Facts = append(d.Facts, facts.Fact{Metric: f[0], Basis: facts.GAAP, Scenario: facts.Actual, Period: per,
				Value: &v, Unit: unit, Stated: facts.FormatValue(v, unit),
				Restated: strings.Contains(text, "restated"), // as extraction reads it
				Source:   facts.Source{Line: n, Start: 100 * n, End: 100*n + 99, Text: text}})
		}
		docs = append(docs, d)
	}
	return docs
}

// TestConfidence pins how a comparison settles two readings of one cell:
// each row is calls (see written), the cell asked for, the value kept, and
// the checks raised, as kind and stated→computed.
func TestConfidence(t *testing.T) {
	eps := "2020Q4: eps 2020Q4 1.50 @10\n2021Q1: eps 2021Q1 1.60 @10\n2021Q2: eps 2021Q2 1.70 @10\n2021Q3: eps 2021Q3 1.80 @10\n"
	tests := []struct {
		name, calls, metric, period, want, checks string
	}{
		// preferInRange: the year's EPS read for the quarter beside the
		// quarter's own
		{"in range", eps + "2021Q4: eps 2021Q4 6.65 @73; eps 2021Q4 1.07 @86", "eps", "2021Q4", "1.07", "unverified 6.65→1.07"},
		// an outlier nothing contradicts stays
		{"outlier alone", eps + "2021Q4: eps 2021Q4 6.65 @73", "eps", "2021Q4", "6.65", ""},
		// a later call's mention, far off and stated once, is set aside
		{"outlier mentioned", eps + "2022Q4: eps 2021Q4 6.65 @73", "eps", "2021Q4", "", "unverified 6.65→"},
		// two values each stated twice in one call: a conflict
		{"conflict", "2021Q1: revenue 2021Q1 100 @10; revenue 2021Q1 120 @20; revenue 2021Q1 100 @30; revenue 2021Q1 120 @40", "revenue", "2021Q1", "100", "conflict 120→100"},
		// one stated once: no alarm, the better stated kept
		{"stated once", "2021Q1: revenue 2021Q1 120 @10; revenue 2021Q1 100 @20; revenue 2021Q1 100 @30", "revenue", "2021Q1", "100", "unverified 120→100"},
		// two values for two periods in one call: two measures read as one
		{"two measures", "2021Q1: net_interest_margin 2021Q1 3.4 @10; net_interest_margin 2021Q1 3.1 @11; net_interest_margin 2020Q4 3.5 @12; net_interest_margin 2020Q4 3.2 @13\n" +
			"2021Q2: net_interest_margin 2021Q1 3.4 @10; net_interest_margin 2021Q1 3.1 @11; net_interest_margin 2020Q4 3.5 @12; net_interest_margin 2020Q4 3.2 @13",
			"net_interest_margin", "2021Q1", "3.4", "unverified 3.2→3.5; unverified 3.1→3.4"},
		// a later call's figure stated in three calls over the one the
		// reporting call stated once
		{"corroborated later", "2020Q4: cash 2020-12-31 184.5 @120\n2021Q1: cash 2020-12-31 923.4 @20\n2021Q2: cash 2020-12-31 923.4 @20", "cash", "2020-12-31", "923.4", "unverified 184.5→923.4"},
		// a later call that says it restates
		{"restated", "2022Q2: revenue 2022Q2 7069 @38\n2023Q2: revenue 2022Q2 6981 @44 \"from $6,981,000, as restated\"", "revenue", "2022Q2", "6981", "restated 6981→7069"},
		// a later figure far off, stated once: a note, the reported kept
		{"far off once", "2021Q1: revenue 2021Q1 401 @10\n2021Q2: revenue 2021Q1 7 @20", "revenue", "2021Q1", "401", "unverified 7→401"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Compare(written(t, tt.calls), Options{})
			if err != nil {
				t.Fatal(err)
			}
			p, err := fiscal.ParsePeriod(tt.period)
			if err != nil {
				t.Fatal(err)
			}
			if got, _ := value(c, tt.metric, "", "", p); got != tt.want {
				t.Errorf("%s %s = %q, want %q", tt.metric, tt.period, got, tt.want)
			}
			var got []string
			for _, ch := range c.Checks {
				if IsProblem(ch.Kind) || ch.Kind == Unverified {
					got = append(got, fmt.Sprintf("%s %s→%s", ch.Kind, ch.Stated, ch.Computed))
				}
			}
			if s := strings.Join(got, "; "); s != tt.checks {
				t.Errorf("checks %q, want %q", s, tt.checks)
			}
		})
	}
}
