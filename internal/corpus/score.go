package corpus

import (
	"fmt"
	"os"
	"sort"
	"sync"

	"qoq/facts"
	"qoq/fiscal"
)

// An Extractor reads the call at path, which reports on period, and
// returns its facts.
type Extractor func(path string, period fiscal.Period) (facts.Document, error)

// Options tune Score.
type Options struct {
	// Metric scores only this metric; "" scores all.
	Metric string
	// Workers is how many calls are read at once; below 2 they are read
	// one by one. The report is the same either way.
	Workers int
	// Closest is how many facts a miss lists; 0 lists 3.
	Closest int
}

// An Outcome is what became of one expected figure.
type Outcome struct {
	Call     string // the call's name: "AAP_q1_2021"
	Expected Expected
	// Stated is set when the call's text states the figure; only stated
	// figures are counted.
	Stated  bool
	Matched bool
	Fact    *facts.Fact // the fact that matched
	// Closest are facts of the same metric, most alike first, for a miss.
	Closest []facts.Fact
}

// A Tally counts expected figures of one kind.
type Tally struct {
	Name     string
	Expected int // parsed from the summaries
	Stated   int // of which the call states the figure: the ones counted
	Matched  int // of which the extraction found
}

func (t *Tally) add(o Outcome) {
	t.Expected++
	if o.Stated {
		t.Stated++
	}
	if o.Matched {
		t.Matched++
	}
}

// Recall is Matched over Stated as a percentage with one decimal, "-"
// when nothing was counted.
func (t Tally) Recall() string { return percent(t.Matched, t.Stated) }

// A Count is how many lines or phrases were skipped for one reason.
type Count struct {
	Reason string
	N      int
}

// A Report is the score of the extraction over a set of calls. Every list
// in it is sorted, so the same inputs give the same report.
type Report struct {
	Calls int
	// Lines are the non-empty summary lines; Parsed those that gave at
	// least one expected figure.
	Lines, Parsed int
	Total         Tally
	ByMetric      []Tally // in the order of Metrics
	ByScenario    []Tally // actual, then guidance
	// LinesSkipped counts the lines that gave no figure, by their first
	// reason; PhrasesSkipped every phrase skipped, also within lines that
	// gave others.
	LinesSkipped, PhrasesSkipped []Count
	// Misses are the stated figures the extraction did not find, by call
	// and summary line.
	Misses []Outcome
	// Errors are calls the extraction failed on; their stated figures
	// count as misses.
	Errors []string
}

// callResult is the score of one call.
type callResult struct {
	summary  Summary
	outcomes []Outcome
	err      string // extraction error, in words
}

// Score runs extract over calls and scores it against their summaries.
// It fails only when a summary or transcript cannot be read; a call the
// extraction fails on is reported in Errors.
func Score(calls []Call, extract Extractor, opt Options) (Report, error) {
	results := make([]callResult, len(calls))
	errs := make([]error, len(calls))
	forEach(len(calls), opt.Workers, func(i int) {
		results[i], errs[i] = scoreCall(calls[i], extract, opt)
	})
	for _, err := range errs {
		if err != nil {
			return Report{}, err
		}
	}
	return tally(calls, results), nil
}

// forEach calls f(0) .. f(n-1), on up to workers goroutines.
func forEach(n, workers int, f func(int)) {
	if workers < 2 {
		for i := range n {
			f(i)
		}
		return
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Go(func() {
			for i := range next {
				f(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}

// scoreCall parses the summary of call c, checks which figures its text
// states, and extracts the call when any is.
func scoreCall(c Call, extract Extractor, opt Options) (callResult, error) {
	sum, err := ReadSummary(c)
	if err != nil {
		return callResult{}, err
	}
	text, err := os.ReadFile(c.Transcript)
	if err != nil {
		return callResult{}, fmt.Errorf("%s: read transcript: %w", c.Name, err)
	}
	nums := IndexNumbers(string(text))
	res := callResult{summary: sum}
	stated := false
	for _, e := range sum.Expected {
		if opt.Metric != "" && e.Metric != opt.Metric {
			continue
		}
		o := Outcome{Call: c.Name, Expected: e, Stated: nums.Has(e)}
		stated = stated || o.Stated
		res.outcomes = append(res.outcomes, o)
	}
	if !stated {
		return res, nil
	}
	doc, err := extract(c.Transcript, c.Period)
	if err != nil {
		res.err = fmt.Sprintf("%s: extract: %v", c.Name, err)
		return res, nil
	}
	matchAll(res.outcomes, doc.Facts, opt.Closest)
	return res, nil
}

// matchAll matches the stated outcomes against the facts of a call.
func matchAll(outcomes []Outcome, fs []facts.Fact, closest int) {
	if closest == 0 {
		closest = 3
	}
	for i := range outcomes {
		o := &outcomes[i]
		if !o.Stated {
			continue
		}
		if f, ok := Match(o.Expected, fs); ok {
			o.Matched, o.Fact = true, &f
			continue
		}
		o.Closest = Closest(o.Expected, fs, closest)
	}
}

// tally adds up the results of the calls.
func tally(calls []Call, results []callResult) Report {
	r := Report{Calls: len(calls), Total: Tally{Name: "all"}}
	byMetric := map[string]*Tally{}
	byScenario := map[string]*Tally{}
	lineSkips, phraseSkips := map[string]int{}, map[string]int{}
	for _, res := range results {
		r.addSummary(res.summary, lineSkips, phraseSkips)
		if res.err != "" {
			r.Errors = append(r.Errors, res.err)
		}
		for _, o := range res.outcomes {
			r.Total.add(o)
			tallyOf(byMetric, o.Expected.Metric).add(o)
			tallyOf(byScenario, o.Expected.Scenario).add(o)
			if o.Stated && !o.Matched {
				r.Misses = append(r.Misses, o)
			}
		}
	}
	r.ByMetric = inOrder(byMetric, Metrics())
	r.ByScenario = inOrder(byScenario, []string{facts.Actual, facts.Guidance})
	r.LinesSkipped, r.PhrasesSkipped = counts(lineSkips), counts(phraseSkips)
	sort.SliceStable(r.Misses, func(i, j int) bool {
		a, b := r.Misses[i], r.Misses[j]
		if a.Call != b.Call {
			return a.Call < b.Call
		}
		return a.Expected.LineNo < b.Expected.LineNo
	})
	sort.Strings(r.Errors)
	return r
}

// addSummary counts the lines of one summary and why some were skipped.
func (r *Report) addSummary(s Summary, lineSkips, phraseSkips map[string]int) {
	r.Lines += s.Lines
	parsed := map[int]bool{}
	for _, e := range s.Expected {
		parsed[e.LineNo] = true
	}
	r.Parsed += len(parsed)
	for _, k := range s.Skipped {
		phraseSkips[k.Reason]++
		if k.Whole {
			lineSkips[k.Reason]++
		}
	}
}

func tallyOf(m map[string]*Tally, name string) *Tally {
	if m[name] == nil {
		m[name] = &Tally{Name: name}
	}
	return m[name]
}

// inOrder lists the tallies in the order of names, then any others by name.
func inOrder(m map[string]*Tally, names []string) []Tally {
	var out []Tally
	seen := map[string]bool{}
	for _, n := range names {
		if t := m[n]; t != nil {
			out = append(out, *t)
		}
		seen[n] = true
	}
	var rest []string
	for n := range m {
		if !seen[n] {
			rest = append(rest, n)
		}
	}
	sort.Strings(rest)
	for _, n := range rest {
		out = append(out, *m[n])
	}
	return out
}

// counts lists reasons by count, most first, then by reason.
func counts(m map[string]int) []Count {
	var out []Count
	for r, n := range m {
		out = append(out, Count{Reason: r, N: n})
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].N != out[j].N {
			return out[i].N > out[j].N
		}
		return out[i].Reason < out[j].Reason
	})
	return out
}

// percent formats part/whole as "87.5%", rounding half up, without
// floating point; "-" when whole is 0.
func percent(part, whole int) string {
	if whole == 0 {
		return "-"
	}
	tenths := (part*2000/whole + 1) / 2
	return fmt.Sprintf("%d.%d%%", tenths/10, tenths%10)
}

// Sample returns k calls spread evenly over calls, in order: a quick,
// repeatable cross-section of the corpus. It returns all of them when k is
// 0 or not below their number.
func Sample(calls []Call, k int) []Call {
	if k <= 0 || k >= len(calls) {
		return calls
	}
	out := make([]Call, 0, k)
	for i := range k {
		out = append(out, calls[i*len(calls)/k])
	}
	return out
}
