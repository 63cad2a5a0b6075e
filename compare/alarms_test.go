package compare

import (
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"qoq/corpus"
	"qoq/facts"
	"qoq/internal/shared"
)

// alarmsPerCall is the most alarms (stated-change mismatches, conflicts
// and restatements) a corpus call may raise, on average, when the calls of
// each company with four or more calls are compared; it sits just above
// the figure reached, so that a regression fails the test.
const alarmsPerCall = 1.40

// TestCorpusAlarms compares the calls of each company of the shared corpus
// with four or more calls and counts the alarms raised. Real companies'
// successive calls agree with themselves almost always, so nearly every
// alarm is a misreading. With QOQ_ALARMS=1 and -v it lists each alarm.
func TestCorpusAlarms(t *testing.T) {
	if testing.Short() {
		t.Skip("compares the whole corpus")
	}
	dir := shared.Dir(t, "corpus", "calls")
	all, err := corpus.Calls(dir)
	if err != nil {
		t.Fatal(err)
	}
	byTicker := map[string][]corpus.Call{}
	for _, c := range all {
		byTicker[c.Ticker] = append(byTicker[c.Ticker], c)
	}
	var tickers []string
	for tk, cs := range byTicker {
		if len(cs) >= 4 {
			tickers = append(tickers, tk)
		}
	}
	slices.Sort(tickers)
	x := facts.New(facts.Options{})
	list := os.Getenv("QOQ_ALARMS") != ""
	kinds := map[string]int{}
	calls, alarms := 0, 0
	for _, tk := range tickers {
		var docs []facts.Document
		for _, call := range byTicker[tk] {
			d, err := x.ExtractFileWith(call.Transcript)
			if err != nil {
				t.Fatal(err)
			}
			docs = append(docs, d)
		}
		cmp, err := Compare(docs, Options{})
		if err != nil {
			t.Fatalf("%s: %v", tk, err)
		}
		calls += len(docs)
		for _, ch := range cmp.Checks {
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
	t.Logf("corpus: %d companies with 4 or more calls, %d calls: %d alarms, %.2f a call (%s %d, %s %d, %s %d)",
		len(tickers), calls, alarms, per, StatedChangeMismatch, kinds[StatedChangeMismatch], Conflict, kinds[Conflict], Restated, kinds[Restated])
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
