// Package gold scores extracted facts against calls labelled by hand,
// figure by figure.
//
// A labelled call is a <CALL>.gold.json file (the format of
// ../shared/gold/README.md): every figure of the call, with what it is: a
// level or a change of which measure, for which part of the business, on
// which basis, for which period, actual or guidance; or no value of a
// measure at all. ReadDir reads a folder of them; Score judges each fact
// of the extracted documents against the labelled figure its text covers,
// by the rules of ../shared/gold/score.py, which this package and the
// script must keep agreeing on:
//
//   - A level is right when its measure, part (company-wide or a part
//     whose name shares a word), basis, scenario, period and value all
//     agree with the figure's; precision counts the levels of v1 measures.
//   - A change is right when its measure, part, basis, direction, period
//     compared with and magnitude agree.
//   - Recall is the share of the labelled levels (and changes) of v1
//     measures that a right fact states.
//
// Figures marked as a speaker's or transcriber's slip are not judged.
package gold

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"qoq/facts"
	"qoq/fiscal"
	"qoq/metric"
)

// A Call is one labelled call.
type Call struct {
	File          string   `json:"file"`
	CallPeriod    string   `json:"call_period"`
	FiscalYearEnd string   `json:"fiscal_year_end"`
	Figures       []Figure `json:"figures"`
}

// A Figure is one labelled figure of a call: its place in the file and
// what it is.
type Figure struct {
	Start     int     `json:"start"`
	End       int     `json:"end"`
	Line      int     `json:"line"`
	Text      string  `json:"text"`
	Kind      string  `json:"kind"` // level, change or other
	Metric    string  `json:"metric"`
	Segment   *string `json:"segment"`
	Basis     string  `json:"basis"`
	Scenario  string  `json:"scenario"`
	Period    string  `json:"period"`
	Versus    string  `json:"versus"`
	Direction string  `json:"direction"`
	Value     *string `json:"value"`
	Low       *string `json:"low"`
	High      *string `json:"high"`
	Unit      string  `json:"unit"`
	Slip      bool    `json:"slip"`
}

// ReadDir reads the labelled calls of dir, in the order of their names.
func ReadDir(dir string) ([]Call, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*.gold.json"))
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var out []Call
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("read labels: %w", err)
		}
		var c Call
		if err := json.Unmarshal(b, &c); err != nil {
			return nil, fmt.Errorf("%s: read labels: %w", name, err)
		}
		if c.File == "" {
			return nil, fmt.Errorf("%s: read labels: no \"file\" names the call", name)
		}
		out = append(out, c)
	}
	return out, nil
}

// A Tally counts facts judged and those judged right.
type Tally struct{ Right, Of int }

// Share is Right/Of, or 0.
func (t Tally) Share() float64 {
	if t.Of == 0 {
		return 0
	}
	return float64(t.Right) / float64(t.Of)
}

func (t Tally) String() string { return fmt.Sprintf("%.3f (%d/%d)", t.Share(), t.Right, t.Of) }

// A Result is the score of a set of labelled calls.
type Result struct {
	Calls, Figures int
	// Levels judges the levels of v1 measures (precision); LevelRecall
	// counts the labelled levels of v1 measures found right (recall).
	Levels, LevelRecall Tally
	// Outside judges the levels of measures outside v1.
	Outside Tally
	// Changes and ChangeRecall do the same for changes.
	Changes, ChangeRecall Tally
	// Unjudged counts the facts whose figure no label covers.
	UnjudgedLevels, UnjudgedChanges int
	// Wrong counts the wrong levels of v1 measures by the field at fault.
	Wrong map[string]int
	// Errors lists every wrong or missed figure, one a line.
	Errors []string
}

// Score judges the facts of docs, found by the base name of their file,
// against the labelled calls. A call whose document is missing counts as
// one with no facts.
func Score(calls []Call, docs []facts.Document) Result {
	byFile := map[string]*facts.Document{}
	for i := range docs {
		byFile[filepath.Base(docs[i].File)] = &docs[i]
	}
	r := Result{Calls: len(calls), Wrong: map[string]int{}}
	for _, c := range calls {
		r.Figures += len(c.Figures)
		r.call(c, byFile[c.File])
	}
	return r
}

func (r *Result) call(c Call, doc *facts.Document) {
	var figs []Figure
	for _, x := range c.Figures {
		if !x.Slip {
			figs = append(figs, x)
		}
	}
	foundLevels, foundChanges := map[int]bool{}, map[int]bool{}
	var fs []facts.Fact
	if doc != nil {
		fs = doc.Facts
	}
	for _, f := range fs {
		lo := f.Source.Start + f.Source.FigureStart
		hi := f.Source.Start + f.Source.FigureEnd
		var over []int
		for i, x := range figs {
			if x.Start < hi && lo < x.End {
				over = append(over, i)
			}
		}
		v1 := isV1(f.Metric)
		hasLevel := f.Value != nil || f.Low != nil
		where := fmt.Sprintf("%s:%d", c.File, f.Source.Line)
		if hasLevel {
			if len(over) == 0 {
				r.UnjudgedLevels++
			} else {
				x := figs[over[0]]
				var bad []string
				if x.Kind == "level" {
					bad = judgeLevel(x, f)
				} else {
					bad = []string{"kind"}
				}
				t := &r.Outside
				if v1 {
					t = &r.Levels
				}
				t.Of++
				if len(bad) == 0 {
					t.Right++
					foundLevels[over[0]] = true
				} else if v1 {
					for _, b := range bad {
						r.Wrong[b]++
					}
					r.Errors = append(r.Errors, fmt.Sprintf("wrong level %s %q: qoq %s gold %s [%s]", where, x.Text, factBrief(f), figBrief(x), strings.Join(bad, ",")))
				}
			}
		}
		if f.Change == nil || !v1 {
			continue
		}
		for _, mag := range []*decimal.Decimal{f.Change.Abs, f.Change.Pct} {
			if mag == nil {
				continue
			}
			var cands []int
			for i, x := range figs {
				if x.Line == f.Source.Line && decEq(x.Value, *mag) {
					cands = append(cands, i)
				}
			}
			if !hasLevel && len(over) > 0 {
				var own []int
				for _, i := range over {
					if decEq(figs[i].Value, *mag) {
						own = append(own, i)
					}
				}
				if len(own) > 0 {
					cands = own
				}
			}
			if len(cands) == 0 {
				r.UnjudgedChanges++
				continue
			}
			x := figs[cands[0]]
			var bad []string
			if x.Kind == "change" {
				bad = judgeChange(x, f, *mag)
			} else {
				bad = []string{"kind"}
			}
			r.Changes.Of++
			if len(bad) == 0 {
				r.Changes.Right++
				foundChanges[cands[0]] = true
			} else {
				r.Errors = append(r.Errors, fmt.Sprintf("wrong change %s %q: qoq %s %s %s gold %s [%s]", where, x.Text, f.Metric, f.Change.Direction, mag, figBrief(x), strings.Join(bad, ",")))
			}
		}
	}
	for i, x := range figs {
		if !isV1(x.Metric) {
			continue
		}
		switch x.Kind {
		case "level":
			r.LevelRecall.Of++
			if foundLevels[i] {
				r.LevelRecall.Right++
			} else {
				r.Errors = append(r.Errors, fmt.Sprintf("missed level %s:%d %q %s", c.File, x.Line, x.Text, figBrief(x)))
			}
		case "change":
			r.ChangeRecall.Of++
			if foundChanges[i] {
				r.ChangeRecall.Right++
			}
		}
	}
}

// judgeLevel returns the fields of fact f that disagree with the labelled
// level x.
func judgeLevel(x Figure, f facts.Fact) []string {
	var bad []string
	if !metricOK(x.Metric, f.Metric) {
		bad = append(bad, "metric")
	}
	if !segmentOK(x.Segment, f.Segment) {
		bad = append(bad, "segment")
	}
	if or(x.Basis, facts.GAAP) != or(f.Basis, facts.GAAP) {
		bad = append(bad, "basis")
	}
	if or(x.Scenario, facts.Actual) != or(f.Scenario, facts.Actual) {
		bad = append(bad, "scenario")
	}
	if x.Period != Period(f.Period) {
		bad = append(bad, "period")
	}
	if !valueOK(x, f) {
		bad = append(bad, "value")
	}
	return bad
}

// judgeChange returns the fields of fact f's change of magnitude mag that
// disagree with the labelled change x.
func judgeChange(x Figure, f facts.Fact, mag decimal.Decimal) []string {
	var bad []string
	if !metricOK(x.Metric, f.Metric) {
		bad = append(bad, "metric")
	}
	if !segmentOK(x.Segment, f.Segment) {
		bad = append(bad, "segment")
	}
	if or(x.Basis, facts.GAAP) != or(f.Basis, facts.GAAP) {
		bad = append(bad, "basis")
	}
	versus := ""
	if f.Change.Versus != nil {
		versus = Period(*f.Change.Versus)
	}
	if x.Versus != "" && x.Versus != versus {
		bad = append(bad, "versus")
	}
	if x.Direction != "" && f.Change.Direction != "" && x.Direction != f.Change.Direction {
		bad = append(bad, "direction")
	}
	if !decEq(x.Value, mag) {
		bad = append(bad, "value")
	}
	return bad
}

// Period writes p as the labels do: 2021Q4, FY2021, YTD2021M9, or the
// date of an instant; "" when it has none.
func Period(p fiscal.Period) string {
	switch p.Kind {
	case fiscal.Quarter:
		return fmt.Sprintf("%dQ%d", p.FiscalYear, p.Quarter)
	case fiscal.Year:
		return fmt.Sprintf("FY%d", p.FiscalYear)
	case fiscal.YTD:
		return fmt.Sprintf("YTD%dM%d", p.FiscalYear, p.Months)
	case fiscal.Instant:
		if p.End.IsZero() {
			return ""
		}
		return p.End.String()
	}
	return ""
}

func isV1(id string) bool {
	m, ok := metric.Lookup(id)
	return ok && m.V1
}

// metricOK: a v1 measure must be the same; two measures outside v1 agree,
// whatever their slugs.
func metricOK(g, q string) bool {
	if isV1(g) || isV1(q) {
		return g == q
	}
	return true
}

// stopWords are the words a part's name may differ in.
var stopWords = map[string]bool{
	"the": true, "a": true, "an": true, "of": true, "and": true, "our": true, "its": true, "their": true,
	"total": true, "segment": true, "segments": true, "business": true, "division": true, "group": true,
	"sales": true, "revenue": true, "revenues": true,
}

var wordRE = regexp.MustCompile(`[a-z0-9&]+`)

func nameWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range wordRE.FindAllString(strings.ToLower(s), -1) {
		if w = strings.TrimRight(w, "s"); !stopWords[w] {
			out[w] = true
		}
	}
	return out
}

// segmentOK: both company-wide, or both parts whose names share a word.
func segmentOK(g *string, q string) bool {
	gs := ""
	if g != nil {
		gs = *g
	}
	if gs == "" || q == "" {
		return gs == "" && q == ""
	}
	gw, qw := nameWords(gs), nameWords(q)
	for w := range gw {
		if qw[w] {
			return true
		}
	}
	return len(gw) == len(qw) && len(gw) == 0
}

func valueOK(x Figure, f facts.Fact) bool {
	if x.Low != nil || f.Low != nil {
		return decPtrEq(x.Low, f.Low) && decPtrEq(x.High, f.High)
	}
	return x.Value != nil && f.Value != nil && decEq(x.Value, *f.Value)
}

func decEq(s *string, d decimal.Decimal) bool {
	if s == nil {
		return false
	}
	v, err := decimal.NewFromString(*s)
	return err == nil && v.Equal(d)
}

func decPtrEq(s *string, d *decimal.Decimal) bool {
	if s == nil || d == nil {
		return s == nil && d == nil
	}
	return decEq(s, *d)
}

func or(s, def string) string {
	if s == "" {
		return def
	}
	return s
}

func factBrief(f facts.Fact) string {
	v := "?"
	switch {
	case f.Value != nil:
		v = f.Value.String()
	case f.Low != nil && f.High != nil:
		v = f.Low.String() + ".." + f.High.String()
	}
	return fmt.Sprintf("%s/%s/%s/%s/%s=%s", f.Metric, or(f.Segment, "-"), f.Basis, f.Scenario, Period(f.Period), v)
}

func figBrief(x Figure) string {
	seg := "-"
	if x.Segment != nil && *x.Segment != "" {
		seg = *x.Segment
	}
	v := "?"
	switch {
	case x.Value != nil:
		v = *x.Value
	case x.Low != nil && x.High != nil:
		v = *x.Low + ".." + *x.High
	}
	return fmt.Sprintf("%s %s/%s/%s/%s/%s=%s", x.Kind, x.Metric, seg, x.Basis, x.Scenario, x.Period, v)
}
