// Package callinfo decides what a call says of itself as a whole: the
// quarter it reports on, the company's fiscal calendar, the company's
// name, its industry, and whether it declares its figures non-GAAP unless
// noted.
//
// Read weighs the evidence of the call's opening against its file name
// and the options a user gave:
//
//   - The quarter: a stated quarter end ("the first quarter ended March
//     31, 2004") is the strongest evidence, then a quarter and year named
//     with the call or its results in the opening ("our fourth quarter
//     2019 results"), then any quarter and year named. The file name
//     (ACME_q1_2004.txt) is followed unless the opening names another
//     quarter again and again and never the file's, as when a transcript
//     was filed under the wrong quarter; either way a disagreement is a
//     note.
//   - The calendar: the month a stated quarter end falls in, for the
//     quarter it ends; December otherwise, with a note.
//   - The industry: from the measures the call names (net interest income
//     and deposits, combined ratio and premiums, FFO and occupancy,
//     comparable sales), unless the options set it.
//   - The declared basis: "all figures are adjusted unless otherwise
//     noted" in the opening; "we will refer to non-GAAP measures" is not
//     such a declaration.
package callinfo

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"qoq/fiscal"
	"qoq/internal/clause"
	"qoq/internal/lex"
	"qoq/internal/period"
	"qoq/metric"
	"qoq/transcript"
)

// Options are what the user knows better than the call.
type Options struct {
	Period   fiscal.Period   // the call's quarter, when set
	Calendar fiscal.Calendar // the fiscal calendar, when set
	Company  string
	Industry metric.Industry // with IndustrySet, the industry
	// IndustrySet says Industry was given (General included).
	IndustrySet bool
}

// Info is what the call says of itself.
type Info struct {
	// Period is the quarter the call reports on, placed on the calendar;
	// zero when it cannot be told.
	Period fiscal.Period
	// PeriodFrom says how Period was decided: "text", "file name",
	// "option".
	PeriodFrom     string
	Calendar       fiscal.Calendar
	CalendarStated bool
	// BalancesDated says balances can be dated at the call's quarter end:
	// the calendar is stated, or the call gives no sign of one other than
	// the calendar year.
	BalancesDated bool
	// FiscalYearEnd names the year end's month and how it was decided:
	// "June (text)".
	FiscalYearEnd string
	Company       string
	Industry      metric.Industry
	// Declared is "non_gaap" when the call declares its figures non-GAAP
	// unless noted, at sentence DeclaredAt.
	Declared   string
	DeclaredAt int
	// DeclaredOnly are the measures the declaration covers when the
	// adjustments it names touch only them ("excluding after-tax,
	// acquisition-related intangible amortization": net income and EPS);
	// nil for every earnings measure.
	DeclaredOnly []string
	Notes        []string
}

// Evidence weights: a stated quarter end, a quarter and year named with
// the call or its results early on, any other quarter and year, and the
// file name, which breaks ties between strong readings of the text.
const (
	wEnded     = 10
	wOpening   = 6
	wNamed     = 1
	wFileName  = 1
	strong     = wOpening
	earlyCount = 15 // sentences counted as the opening
	// ScanCount is the number of opening sentences Read looks at.
	ScanCount = 50
)

// resultWords in a sentence make a period it names likely the call's own.
var resultWords = []string{"results", "call", "earnings", "reported", "report", "announced", "today"}

// candidate is a quarter the call may report on, with the weight of the
// evidence for it.
type candidate struct {
	p      fiscal.Period
	date   fiscal.Date // where the text states the quarter's end
	weight int
}

// Read decides what the call says of itself from its sentences, analyzed:
// the quarter from the opening (the first ScanCount), the calendar from
// any quarter end the call states.
func Read(doc *transcript.Document, sents []*clause.Sentence, opts Options) Info {
	var out Info
	opening := sents[:min(len(sents), ScanCount)]
	name, nameOK := PeriodFromName(doc.Name)
	cands := periodCandidates(doc, opening, name, opts.Calendar)
	best := bestCandidate(cands, name)
	var call fiscal.Period
	var shifted fiscal.Calendar // the calendar a file named by calendar quarter implies
	switch {
	case !opts.Period.IsZero():
		call = fiscal.Q(opts.Period.FiscalYear, opts.Period.Quarter)
		out.PeriodFrom = "option"
	case nameOK && opts.Calendar.IsZero() && best.weight < strong && fiscalWords(doc) >= 2 && otherQuarter(doc, opening, name) != 0:
		// "a detailed review of Q3 results" in JCI_q2_2021.txt, a call
		// that speaks of its fiscal years and never names a second
		// quarter: the file is named by the calendar quarter its fiscal
		// third quarter ends in
		q := otherQuarter(doc, opening, name)
		fy := name.FiscalYear
		if q < name.Quarter {
			fy++
		}
		call = fiscal.Q(fy, q)
		shifted = fiscal.Infer(fy, q, fiscal.CalendarYear.QuarterEnd(name.FiscalYear, name.Quarter))
		out.PeriodFrom = "text"
		out.Notes = append(out.Notes, fmt.Sprintf("the file name says %s, but the call's results are of its %s quarter throughout: the file is taken as named by the calendar quarter, and the call as fiscal %s of a year ending in %s (pass --period and --fiscal-year-end to choose)", name, ordinal(q), call, shifted.EndMonth))
	case nameOK && best.weight >= 2*strong && best.p != name && weightOf(cands, name) == 0:
		// the opening names another quarter again and again, and never
		// the file's: the file was named wrong
		call = best.p
		out.PeriodFrom = "text"
		out.Notes = append(out.Notes, fmt.Sprintf("the file name says %s, but the call's opening names %s throughout and never %s; %s was followed (pass --period to choose)", name, best.p, name, best.p))
	case nameOK:
		// Transcripts misstate the year in their boilerplate often enough
		// ("welcome to the fourth quarter 2019 call" a year late) that the
		// name the user gave the file is the better witness.
		call = name
		out.PeriodFrom = "file name"
		if best.weight >= strong && best.p != name {
			out.Notes = append(out.Notes, fmt.Sprintf("the text names %s as this call's quarter, the file name %s; the file name was followed (pass --period to choose)", best.p, name))
		}
	case best.weight >= strong:
		call = best.p
		out.PeriodFrom = "text"
	case best.weight > 0:
		call = best.p
		out.PeriodFrom = "text, uncertain"
		out.Notes = append(out.Notes, fmt.Sprintf("the call does not state its quarter plainly; %s is the quarter it names most (pass --period or name the file like ACME_q1_2004.txt to be sure)", best.p))
	default:
		out.Notes = append(out.Notes, fmt.Sprintf("cannot tell which quarter this call reports on: the text names none and the file name %q carries none; pass --period 2004Q1 or rename the file like ACME_q1_2004.txt", filepath.Base(doc.Name)))
	}

	switch {
	case !opts.Calendar.IsZero():
		out.Calendar = opts.Calendar
		out.FiscalYearEnd = opts.Calendar.EndMonth.String() + " (option)"
	case !shifted.IsZero():
		out.Calendar = shifted
		out.FiscalYearEnd = shifted.EndMonth.String() + " (text)"
	case !best.date.IsZero() && best.p.Quarter != 0 && (best.p == call || call.IsZero()):
		out.Calendar = fiscal.Infer(best.p.FiscalYear, best.p.Quarter, best.date)
		out.FiscalYearEnd = out.Calendar.EndMonth.String() + " (text)"
	case !best.date.IsZero() && best.p.Quarter != 0 && best.p.Quarter == call.Quarter:
		// the stated end dates the quarter even where the year named with
		// it is off
		out.Calendar = fiscal.Infer(best.p.FiscalYear, best.p.Quarter, best.date)
		out.FiscalYearEnd = out.Calendar.EndMonth.String() + " (text)"
	default:
		if c, ok := statedEnd(sents, call); ok {
			out.Calendar = c
			out.FiscalYearEnd = c.EndMonth.String() + " (text)"
			break
		}
		out.Calendar = fiscal.CalendarYear
		out.FiscalYearEnd = "December (assumed)"
		out.Notes = append(out.Notes, "the call does not say when its fiscal year ends; December was assumed (set fiscal_year_end in qoq.yaml, or pass --fiscal-year-end)")
	}
	if !call.IsZero() {
		out.Period = out.Calendar.Place(call)
	}
	out.CalendarStated = !strings.HasSuffix(out.FiscalYearEnd, "(assumed)")
	out.Industry = opts.Industry
	if !opts.IndustrySet {
		out.Industry = Industry(doc)
	}
	// A call that speaks of its fiscal years, or a retailer's, keeps a
	// calendar of its own: unless it says which, its balances cannot be
	// dated.
	out.BalancesDated = out.CalendarStated || fiscalWords(doc) < fiscalMin && out.Industry != metric.Retail
	if !out.BalancesDated {
		out.Notes = append(out.Notes, "the call speaks of fiscal years without saying when they end, so balance-sheet figures without a stated date are left unattributed (set fiscal_year_end in qoq.yaml)")
	}
	out.Company = opts.Company
	if out.Company == "" {
		out.Company = company(doc, opening, sents)
	}
	out.DeclaredAt = -1
	if i := declaredBasis(opening); i >= 0 {
		out.Declared, out.DeclaredAt = metric.NonGAAP, i
		which := "earnings figures"
		if out.DeclaredOnly = declaredScope(opening[i].Text); out.DeclaredOnly != nil {
			which = strings.Join(out.DeclaredOnly, " and ") + " figures"
		}
		out.Notes = append(out.Notes, fmt.Sprintf("the call says its figures are non-GAAP unless noted (line %d); %s stated without a basis are recorded as non-GAAP", doc.Line(doc.Sentences[i].Start), which))
	}
	return out
}

// basisDeclarations are the words with which a call declares the basis of
// all its figures: "Our comments today … will be on a non-GAAP basis,
// unless otherwise noted." Both a scope and a non-GAAP phrase must be
// there.
var basisDeclarations = struct{ scope, nonGAAP []string }{
	scope: []string{"unless otherwise", "unless we say otherwise", "unless noted", "unless stated otherwise",
		"unless indicated otherwise", "all references to", "all of the numbers", "all figures", "all numbers",
		"all comparisons", "all of our comments", "all results", "all financial", "any references",
		"unless they are", "unless specifically", "unless we specifically", "unless otherwise stated"},
	nonGAAP: []string{"non-gaap", "non gaap", "adjusted basis", "adjusted results", "adjusted figures",
		"adjusted measures", "adjusted numbers", "adjusted financial", "as adjusted", "excluding special items",
		"excluding items", "exclude special items", "base business basis", "core basis", "operating basis"},
}

// basisStatements are whole declarations that the call's results are
// adjusted: "I'll be referring to adjusted results today".
var basisStatements = []string{
	"referring to adjusted results", "referencing adjusted results", "reference adjusted results",
	"focus on adjusted results", "focus on our adjusted results", "focus on our as adjusted results",
	"discussing adjusted results", "discuss adjusted results", "discuss our adjusted results",
	"will be on an adjusted basis", "will be on a non gaap basis", "are on an adjusted basis",
	"are on a non gaap basis", "be on a non gaap basis", "earnings means adjusted earnings",
	"results discussed today are adjusted", "figures discussed today are adjusted",
	"using core performance measures unless",
	"as always, on a non gaap", "as always on a non gaap", // "Revenue up 29%, as always, on a non-GAAP currency-neutral basis."
}

// declarationScopes are the adjustments a declaration may name that
// touch only some measures, and those measures: an after-tax adjustment
// leaves operating income and margins as reported.
var declarationScopes = []struct {
	phrases  []string
	measures []string
}{
	{[]string{"after-tax", "after tax"}, []string{"net_income", "eps"}},
}

// declaredScope returns the measures a declaration of the call's basis
// covers when its adjustments touch only them, or nil.
func declaredScope(text string) []string {
	lower := strings.ToLower(text)
	for _, sc := range declarationScopes {
		if hasAny(lower, sc.phrases) {
			return sc.measures
		}
	}
	return nil
}

// declaredBasis returns the index of the opening sentence that declares
// the call's figures non-GAAP unless noted, or -1.
func declaredBasis(opening []*clause.Sentence) int {
	for i, s := range opening[:min(len(opening), 40)] {
		lower := strings.ReplaceAll(strings.ToLower(s.Text), "-", " ")
		if strings.Contains(lower, "reconcil") {
			continue
		}
		if hasAny(lower, basisStatements) || hasAny(lower, basisDeclarations.scope) && hasAny(lower, basisDeclarations.nonGAAP) {
			return i
		}
	}
	return -1
}

// bestCandidate returns the candidate with the most weight; the file
// name's quarter, then the later quarter, break ties.
func bestCandidate(cands []candidate, name fiscal.Period) candidate {
	best := candidate{}
	for _, c := range cands {
		if c.p == name {
			c.weight += wFileName
		}
		if c.weight > best.weight || c.weight == best.weight && c.p.Compare(best.p) > 0 {
			best = c
		}
	}
	return best
}

func weightOf(cands []candidate, p fiscal.Period) int {
	for _, c := range cands {
		if c.p == p {
			return c.weight
		}
	}
	return 0
}

// periodCandidates collects the quarters the opening of a call names,
// weighted by how likely each is the call's own. A stated quarter end
// joins the quarter named beside it ("our first quarter of fiscal 2021,
// which ended December 31, 2020"), or the best quarter named elsewhere,
// which fixes the fiscal calendar; alone, it is read on the calendar given
// or the calendar year.
func periodCandidates(doc *transcript.Document, opening []*clause.Sentence, name fiscal.Period, given fiscal.Calendar) []candidate {
	var cands []candidate
	var loose []fiscal.Date // quarter ends stated without their quarter
	for i, s := range opening {
		if doc.Sentences[i].Section != transcript.Prepared || doc.Sentences[i].Analyst {
			break
		}
		opens := i < earlyCount && hasAny(strings.ToLower(s.Text), resultWords)
		compared := false
		var named []int // candidates named in this sentence
		var ends []fiscal.Date
		for k, it := range s.Items {
			if it.Is(clause.Compare | clause.Guide | clause.Change | clause.From) {
				compared = true
			}
			if it.Kind != clause.Period {
				continue
			}
			c := it.Period.Caps
			rule := it.Period.Rule
			if rule == period.QuarterNoYear && k+2 < len(s.Items) && s.Items[k+1].Text == "and" && s.Items[k+2].Kind == clause.Period && s.Items[k+2].Period.Rule == period.Year {
				// "our Fourth Quarter and Full Year 2019 Earnings Call": the
				// year names the quarter's too
				c.Year, rule = s.Items[k+2].Period.Caps.Year, period.Quarter
			}
			switch rule {
			case period.QuarterEnded:
				d := period.DateOf(c)
				switch {
				case d.IsZero():
				case c.Q != 0 && c.FY != 0:
					cands = add(cands, candidate{p: fiscal.Q(c.FY, c.Q), date: d, weight: wEnded})
				case c.Q != 0:
					fy, q := calendarFor(given, c.Q, d).QuarterOf(d)
					cands = add(cands, candidate{p: fiscal.Q(fy, q), date: d, weight: wEnded})
				default:
					ends = append(ends, d)
				}
			case period.Ended:
				// "our first quarter of fiscal 2021, which ended December 31,
				// 2020"; but not "the year ended December 31, 2022"
				if d := period.DateOf(c); !d.IsZero() && len(named) > 0 && plausibleEnd(cands[named[0]].p, d) {
					cands[named[0]].weight += wEnded
					if cands[named[0]].date.IsZero() {
						cands[named[0]].date = d
					}
				}
			case period.Quarter:
				if c.Q == 0 || c.Year == 0 {
					continue
				}
				w := wNamed
				if opens && !compared {
					w = wOpening
				}
				cands = add(cands, candidate{p: fiscal.Q(c.Year, c.Q), weight: w})
				named = append(named, indexOf(cands, fiscal.Q(c.Year, c.Q)))
			}
		}
		for _, d := range ends {
			if len(named) > 0 && plausibleEnd(cands[named[0]].p, d) {
				cands[named[0]].weight += wEnded
				if cands[named[0]].date.IsZero() {
					cands[named[0]].date = d
				}
				continue
			}
			loose = append(loose, d)
		}
	}
	if len(loose) == 0 {
		return cands
	}
	d := loose[0]
	if !name.IsZero() && plausibleEnd(name, d) {
		// "the three months ended June 30, 2022" in ACME_q2_2022.txt
		return add(cands, candidate{p: name, date: d, weight: wEnded})
	}
	if best := bestCandidate(cands, fiscal.Period{}); best.weight > 0 && plausibleEnd(best.p, d) {
		i := indexOf(cands, best.p)
		cands[i].weight += wEnded
		if cands[i].date.IsZero() {
			cands[i].date = d
		}
		return cands
	}
	fy, q := calendarFor(given, 0, d).QuarterOf(d)
	return add(cands, candidate{p: fiscal.Q(fy, q), date: d, weight: wEnded})
}

// otherQuarter returns the quarter the opening's results sentences name
// again and again without a year ("Q3 results", "in the third quarter"),
// when they never name the quarter of the file name; else 0.
func otherQuarter(doc *transcript.Document, opening []*clause.Sentence, name fiscal.Period) int {
	var all, results [5]int
	for i, s := range opening {
		if doc.Sentences[i].Section != transcript.Prepared || doc.Sentences[i].Analyst {
			break
		}
		plain := hasAny(strings.ToLower(s.Text), resultWords)
		for _, it := range s.Items {
			if it.Is(clause.Compare | clause.From) {
				plain = false
			}
		}
		for _, it := range s.Items {
			if it.Kind == clause.Period && (it.Period.Rule == period.QuarterNoYear || it.Period.Rule == period.Quarter) && it.Period.Caps.Q >= 1 && it.Period.Caps.Q <= 4 {
				if it.Period.Caps.Q == name.Quarter {
					return 0 // the file's own quarter is named
				}
				if it.Period.Rule == period.QuarterNoYear {
					all[it.Period.Caps.Q]++
					if plain {
						results[it.Period.Caps.Q]++
					}
				}
			}
		}
	}
	best := 0
	for q := 1; q <= 4; q++ {
		if all[q] > all[best] {
			best = q
		}
	}
	if all[best] < otherQuarterMin || results[best] == 0 {
		return 0
	}
	return best
}

// otherQuarterMin is how many times an opening must name another quarter
// than the file's, once at least as its results', and never the file's,
// for the file to be taken as named by calendar quarter.
const otherQuarterMin = 3

func ordinal(q int) string {
	return [...]string{"", "first", "second", "third", "fourth"}[q]
}

// plausibleEnd reports whether quarter p can end on d under a calendar
// companies use: fiscal years named after the year they end in, or, for
// years ending in January to March, after the year they start in.
func plausibleEnd(p fiscal.Period, d fiscal.Date) bool {
	if p.Quarter < 1 || p.Quarter > 4 {
		return false
	}
	c := fiscal.Infer(p.FiscalYear, p.Quarter, d)
	return c.Shift == 0 || c.Shift == 1 && c.EndMonth <= time.March
}

func indexOf(cands []candidate, p fiscal.Period) int {
	for i, c := range cands {
		if c.p == p {
			return i
		}
	}
	return -1
}

// calendarFor returns the calendar to read a quarter's end date with: the
// one given, or the one under which the date ends quarter q with fiscal
// years named by the year they end in, or the calendar year.
func calendarFor(given fiscal.Calendar, q int, d fiscal.Date) fiscal.Calendar {
	switch {
	case !given.IsZero():
		return given
	case q != 0:
		c := fiscal.Infer(0, q, d)
		c.Shift = 0
		return c
	}
	return fiscal.CalendarYear
}

// add adds c's weight to the candidate for the same quarter, or appends
// it.
func add(cands []candidate, c candidate) []candidate {
	for i := range cands {
		if cands[i].p == c.p {
			cands[i].weight += c.weight
			if cands[i].date.IsZero() {
				cands[i].date = c.date
			}
			return cands
		}
	}
	return append(cands, c)
}

// PeriodFromName reads a fiscal quarter from a file name: ACME_q1_2004.txt,
// 2004-Q1.txt, FY24Q1.htm, q1-2004, 1Q04.
func PeriodFromName(name string) (fiscal.Period, bool) {
	base := strings.ToLower(strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)))
	words := strings.FieldsFunc(base, func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	})
	for i, w := range words {
		if q, y, ok := lex.CompactQuarter(w); ok {
			return fiscal.Q(y, q), true
		}
		q, isQ := lex.QuarterWord(w)
		if !isQ {
			continue
		}
		for _, j := range []int{i + 1, i - 1} {
			if j < 0 || j >= len(words) {
				continue
			}
			y := strings.TrimPrefix(words[j], "fy")
			if len(y) == 4 || len(y) == 2 {
				if fy, ok := lex.ParseYearDigits(y); ok {
					return fiscal.Q(fy, q), true
				}
			}
		}
	}
	return fiscal.Period{}, false
}

func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// fiscalMin is how many times a call says "fiscal" before its calendar is
// taken to be its own.
const fiscalMin = 3

// fiscalWords counts the times a call names its own fiscal periods:
// "fiscal 2021", "fiscal year", "fiscal Q3", not "fiscal policy".
func fiscalWords(doc *transcript.Document) int {
	n := 0
	for _, s := range doc.Sentences {
		for t := s.Text; ; {
			i := strings.Index(t, "iscal")
			if i < 1 {
				break
			}
			c := t[i-1]
			t = t[i+5:]
			if c != 'f' && c != 'F' {
				continue
			}
			next := strings.TrimLeft(t, " -")
			if len(next) == len(t) {
				continue // "fiscally"
			}
			w, _, _ := strings.Cut(strings.ToLower(next), " ")
			w = strings.TrimRight(w, ".,;:")
			if fiscalPeriodWords[w] || w != "" && (w[0] >= '0' && w[0] <= '9' || w[0] == '\'' || strings.HasPrefix(w, "’")) {
				n++
			}
		}
	}
	return n
}

// fiscalPeriodWords follow "fiscal" where a call names its own periods.
var fiscalPeriodWords = map[string]bool{
	"year": true, "years": true, "quarter": true, "quarters": true, "q1": true, "q2": true, "q3": true, "q4": true,
	"first": true, "second": true, "third": true, "fourth": true, "half": true, "h1": true, "h2": true,
	"ytd": true, "year-to-date": true, "year's": true, "fy": true,
}

// statedEnd finds a statement of the call's own quarter's end anywhere in
// the call ("the quarter ended January 30, 2022", "the first six months
// ended February 27, 2021" in a second-quarter call, "the fiscal year
// ended August 28, 2021" in a fourth-quarter one) and returns the
// calendar it implies.
func statedEnd(sents []*clause.Sentence, call fiscal.Period) (fiscal.Calendar, bool) {
	if call.IsZero() {
		return fiscal.Calendar{}, false
	}
	for _, s := range sents {
		for _, it := range s.Items {
			if it.Kind != clause.Period {
				continue
			}
			c := it.Period.Caps
			switch it.Period.Rule {
			case period.QuarterEnded:
				if c.Q != 0 && c.Q != call.Quarter {
					continue
				}
			case period.Months:
				if c.Num != 3*call.Quarter {
					continue // "the six months ended …" ends the second quarter
				}
			case period.YearEnded:
				if d := period.DateOf(c); strings.Contains(it.Text, "fiscal year") && !d.IsZero() {
					// "our fiscal year ending July 31, 2023": the month the
					// years end in, each named by the year it ends in
					return fiscal.Infer(d.Year, 4, d), true
				}
				if call.Quarter != 4 || c.Num != 0 {
					continue
				}
			default:
				continue
			}
			d := period.DateOf(c)
			if d.IsZero() || !plausibleEnd(call, d) {
				continue
			}
			return fiscal.Infer(call.FiscalYear, call.Quarter, d), true
		}
	}
	return fiscal.Calendar{}, false
}
