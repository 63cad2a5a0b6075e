package compare

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"qoq/extract"
)

// alarmsPerCall is the most alarms (stated-change mismatches, conflicts
// and restatements) a corpus call may raise, on average, when the calls of
// each company with four or more calls are compared; it sits just above
// the figure reached, so that a regression fails the test.
const alarmsPerCall = 0.04

// TestCorpusAlarms compares the calls of each company of the shared corpus
// with four or more calls and counts the alarms raised. Real companies'
// successive calls agree with themselves almost always, so nearly every
// alarm is a misreading. With QOQ_ALARMS=1 and -v it lists each alarm.
func TestCorpusAlarms(t *testing.T) {
	if testing.Short() {
		t.Skip("compares the whole corpus")
	}
	tickers, byTicker := companies(t, 4)
	x := extract.New(extract.Options{})
	list := os.Getenv("QOQ_ALARMS") != ""
	kinds := map[string]int{}
	calls, alarms, checked, notes := 0, 0, 0, 0
	for _, tk := range tickers {
		docs, cmp := compareCalls(t, x, tk, byTicker[tk])
		calls += len(docs)
		checked += cmp.ChangesChecked
		for _, ch := range cmp.Checks {
			if ch.Kind == Unverified {
				notes++
			}
			if !IsProblem(ch.Kind) {
				continue
			}
			alarms++
			kinds[ch.Kind]++
			if list {
				t.Log(describeAlarm(tk, ch))
			}
		}
	}
	per := float64(alarms) / float64(max(calls, 1))
	t.Logf("corpus: %d companies with 4 or more calls, %d calls: %d alarms, %.2f a call (%s %d, %s %d, %s %d); %d stated changes checked against sure figures; %d unverified notes",
		len(tickers), calls, alarms, per, StatedChangeMismatch, kinds[StatedChangeMismatch], Conflict, kinds[Conflict], Restated, kinds[Restated], checked, notes)
	if per > alarmsPerCall {
		t.Errorf("%.2f alarms a call, want at most %.2f", per, alarmsPerCall)
	}
}

// describeAlarm writes an alarm on one line with the sentence it stands on.
func describeAlarm(ticker string, ch Check) string {
	s := fmt.Sprintf("%s %s: %s", ticker, ch.Kind, ch.Message)
	if ch.Source != nil && ch.Source.Quote != nil {
		q := ch.Source.Quote.Text
		if len(q) > 300 {
			q = q[:300] + "…"
		}
		s += fmt.Sprintf("\n\t%s:%d %s", ch.Source.File[strings.LastIndexByte(ch.Source.File, '/')+1:], ch.Source.Line, q)
	}
	return s
}

// TestPlanted compares fictional calls that plant what a check must get
// right and lists the alarms raised, one a line as kind, metric, segment,
// period and stated → computed: exactly the inconsistencies planted.
//
// Brightwater (testdata/alarms) writes its figures in full digits. Its
// 2021 call states a reported change beside one in constant currency
// (only the reported one is checked), a change against 2019 (checked
// against 2019, not 2020), a change "on a like-for-like basis" that the
// reported figures do not support (not checked), a part beside its total
// (no conflict), and a 12.0% increase that its figures, exact to the
// thousand, put at 12.2%.
func TestPlanted(t *testing.T) {
	tests := []struct {
		dir     string
		checked int // stated changes checked against sure figures
		alarms  []string
	}{
		{"../testdata/alarms/brightwater", 5, []string{
			"stated_change_mismatch operating_income  2021Q1 12→12.2",
		}},
		{"../testdata/calls/northwind", 9, []string{
			"stated_change_mismatch ga_expense  2023Q3 12.4→9.81",
			"restated revenue  2022Q2 6981000→7069000",
			"restated revenue  FY2022 28500000→28560000",
			"restated revenue blood products 2022Q2 4727000→4815000",
			"restated net_income  2022Q2 489000→553000",
			"restated net_income  FY2022 2180000→2244000",
		}},
		{"../testdata/calls/larkspur", 7, nil},
		{"../testdata/calls/quillon", 2, nil},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.dir), func(t *testing.T) {
			paths, err := filepath.Glob(filepath.Join(tt.dir, "*.txt"))
			if err != nil || len(paths) == 0 {
				t.Fatalf("no calls in %s: %v", tt.dir, err)
			}
			c, err := Compare(extracted(t, paths...), Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, ch := range c.Checks {
				if IsProblem(ch.Kind) {
					got = append(got, fmt.Sprintf("%s %s %s %s %s→%s", ch.Kind, ch.Metric, ch.Segment, ch.Period, ch.Stated, ch.Computed))
				}
			}
			slices.Sort(got)
			want := slices.Sorted(slices.Values(tt.alarms))
			if !slices.Equal(got, want) {
				t.Errorf("alarms:\n\t%s\nwant:\n\t%s", strings.Join(got, "\n\t"), strings.Join(want, "\n\t"))
			}
			if c.ChangesChecked != tt.checked {
				t.Errorf("%d stated changes checked against sure figures, want %d", c.ChangesChecked, tt.checked)
			}
		})
	}
}
