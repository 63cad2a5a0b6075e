package facts

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"qoq/fiscal"
	"qoq/transcript"
)

// docCtx is what extraction knows about the call as a whole while it reads
// its sentences.
type docCtx struct {
	out    *Document
	period fiscal.Period // the call's quarter, with FiscalYear and Quarter; zero when unknown
	cal    fiscal.Calendar
	// segments are the parts of the business named so far, latest last.
	segments []string
	// last is the metric named last, for "this statistic".
	last *group
	// sentence counts the sentences read.
	sentence int
	// guide is the period of the last outlook given, and where.
	guide *topic
	// topic is the period a sentence without figures set for those after
	// it.
	topic *topic
	// year is the year or year to date the figures of the paragraph were
	// last stated for.
	year *topic
	// basis is a basis stated at the opening of a clause, for the rest of
	// its paragraph; declared, one the call declares for all its figures.
	basis    *basisScope
	declared string
}

// A basisScope is a basis stated for a paragraph: "On an adjusted basis,".
type basisScope struct {
	basis   string
	para    int
	speaker string
}

// basisFor returns the basis that the paragraph or the call states for
// figures that state none.
func (c *docCtx) basisFor(s *transcript.Sentence) string {
	if b := c.basis; b != nil && b.para == s.Para && b.speaker == s.Speaker {
		return b.basis
	}
	return c.declared
}

// near returns t when it reaches the current sentence of speaker: within
// topicReach sentences, said by the same speaker.
func (c *docCtx) near(t *topic, speaker string) *topic {
	if t == nil || c.sentence-t.sentence > topicReach || t.speaker != speaker {
		return nil
	}
	return t
}

// periodEvidence weights what a sentence says about the call's quarter.
// Strong evidence is a quarter's stated end, or a quarter and year named
// with the call or its results in the call's opening; weak evidence any
// other mention of a quarter and year.
const (
	wEnded     = 10 // "the first quarter ended March 31, 2004"
	wOpening   = 6  // "our first quarter 2021 results", "the Q1 2021 earnings call", early on
	wNamed     = 1  // "the first quarter of 2020" anywhere else
	wFileName  = 1  // breaks ties between strong readings of the text
	strong     = wOpening
	earlyCount = 15 // sentences counted as the opening
	scanCount  = 50 // sentences read for the quarter
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

// docInfo decides the call's quarter, fiscal calendar and company, writes
// them to out, and returns the context for reading the sentences.
func (x *Extractor) docInfo(doc *transcript.Document, sents []sent, out *Document) *docCtx {
	ctx := &docCtx{out: out}
	name, nameOK := periodFromName(doc.Name)
	cands := x.periodCandidates(sents, name)
	best := bestCandidate(cands, name)
	switch {
	case !x.opts.Period.IsZero():
		ctx.period = fiscal.Q(x.opts.Period.FiscalYear, x.opts.Period.Quarter)
		out.PeriodFrom = "option"
	case nameOK:
		// Transcripts misstate the year in their boilerplate often enough
		// ("welcome to the fourth quarter 2019 call" a year late) that the
		// name the user gave the file is the better witness.
		ctx.period = name
		out.PeriodFrom = "file name"
		if best.weight >= strong && best.p != name {
			out.Notes = append(out.Notes, fmt.Sprintf("the text names %s as this call's quarter, the file name %s; the file name was followed (pass --period to choose)", best.p, name))
		}
	case best.weight >= strong:
		ctx.period = best.p
		out.PeriodFrom = "text"
	case best.weight > 0:
		ctx.period = best.p
		out.PeriodFrom = "text, uncertain"
		out.Notes = append(out.Notes, fmt.Sprintf("the call does not state its quarter plainly; %s is the quarter it names most (pass --period or name the file like ACME_q1_2004.txt to be sure)", best.p))
	default:
		out.Notes = append(out.Notes, fmt.Sprintf("cannot tell which quarter this call reports on: the text names none and the file name %q carries none; pass --period 2004Q1 or rename the file like ACME_q1_2004.txt", filepath.Base(doc.Name)))
	}

	switch {
	case !x.opts.Calendar.IsZero():
		ctx.cal = x.opts.Calendar
		out.FiscalYearEnd = monthName(ctx.cal.EndMonth) + " (option)"
	case !best.date.IsZero() && best.p.Quarter != 0:
		ctx.cal = fiscal.Infer(best.p.FiscalYear, best.p.Quarter, best.date)
		out.FiscalYearEnd = monthName(ctx.cal.EndMonth) + " (text)"
	default:
		ctx.cal = fiscal.CalendarYear
		out.FiscalYearEnd = "December (assumed)"
		out.Notes = append(out.Notes, "the call does not say when its fiscal year ends; December was assumed for dating balance-sheet figures (set fiscal_year_end in qoq.yaml, or pass --fiscal-year-end)")
	}
	if !ctx.period.IsZero() {
		out.Period = ctx.cal.Place(ctx.period)
	}
	out.Calendar, out.CalendarStated = ctx.cal, !strings.HasSuffix(out.FiscalYearEnd, "(assumed)")
	out.Company = x.opts.Company
	if out.Company == "" {
		out.Company = company(sents, doc.Name)
	}
	if i := declaredBasis(sents); i >= 0 {
		ctx.declared = NonGAAP
		out.Notes = append(out.Notes, fmt.Sprintf("the call says its figures are non-GAAP unless noted (line %d); figures stated without a basis are recorded as non-GAAP", doc.Line(sents[i].src.Start)))
	}
	return ctx
}

// declaredBasis returns the index of the opening sentence that declares
// the call's figures non-GAAP, or -1.
func declaredBasis(sents []sent) int {
	for i := range sents[:min(len(sents), 40)] {
		if !sents[i].hasWord("gaap", "adjusted") {
			continue
		}
		lower := strings.ToLower(sents[i].src.Text)
		if hasAny(lower, basisDeclarations.scope) && hasAny(lower, basisDeclarations.nonGAAP) &&
			!strings.Contains(lower, "reconcil") {
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

// periodCandidates collects the quarters the first sentences of a call
// name, weighted by how likely each is the call's own. A stated quarter end
// joins the quarter named beside it ("our first quarter of fiscal 2021,
// which ended December 31, 2020"), or the best quarter named elsewhere,
// which fixes the fiscal calendar; alone, it is read on the calendar given
// or the calendar year.
func (x *Extractor) periodCandidates(sents []sent, name fiscal.Period) []candidate {
	var cands []candidate
	var loose []fiscal.Date // quarter ends stated without their quarter
	for i := range sents[:min(len(sents), scanCount)] {
		s := &sents[i]
		if s.src.Section != transcript.Prepared {
			break
		}
		opening := i < earlyCount && hasAny(strings.ToLower(s.src.Text), resultWords)
		compared := false
		var named []int // candidates named in this sentence
		var ends []fiscal.Date
		for _, it := range s.items {
			if it.kind == iTerm && (it.term.kind == kCompare || it.term.kind == kGuide || it.term.kind == kChange) {
				compared = true
			}
			if it.kind != iPeriod {
				continue
			}
			c := it.per.c
			switch it.per.rule {
			case prQuarterEnded:
				d := c.date()
				switch {
				case d.IsZero():
				case c.q != 0 && c.fy != 0:
					cands = addCandidate(cands, candidate{p: fiscal.Q(c.fy, c.q), date: d, weight: wEnded})
				case c.q != 0:
					fy, q := x.calendarFor(c.q, d).QuarterOf(d)
					cands = addCandidate(cands, candidate{p: fiscal.Q(fy, q), date: d, weight: wEnded})
				default:
					ends = append(ends, d)
				}
			case prEnded:
				// "our first quarter of fiscal 2021, which ended December 31,
				// 2020"; but not "the year ended December 31, 2022"
				if d := c.date(); !d.IsZero() && len(named) > 0 && plausibleEnd(cands[named[0]].p, d) {
					cands[named[0]].weight += wEnded
					if cands[named[0]].date.IsZero() {
						cands[named[0]].date = d
					}
				}
			case prQuarter:
				if c.q == 0 || c.year == 0 {
					continue
				}
				w := wNamed
				if opening && !compared {
					w = wOpening
				}
				cands = addCandidate(cands, candidate{p: fiscal.Q(c.year, c.q), weight: w})
				named = append(named, indexOf(cands, fiscal.Q(c.year, c.q)))
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
		return addCandidate(cands, candidate{p: name, date: d, weight: wEnded})
	}
	if best := bestCandidate(cands, fiscal.Period{}); best.weight > 0 && plausibleEnd(best.p, d) {
		i := indexOf(cands, best.p)
		cands[i].weight += wEnded
		if cands[i].date.IsZero() {
			cands[i].date = d
		}
		return cands
	}
	fy, q := x.calendarFor(0, d).QuarterOf(d)
	return addCandidate(cands, candidate{p: fiscal.Q(fy, q), date: d, weight: wEnded})
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
func (x *Extractor) calendarFor(q int, d fiscal.Date) fiscal.Calendar {
	switch {
	case !x.opts.Calendar.IsZero():
		return x.opts.Calendar
	case q != 0:
		c := fiscal.Infer(0, q, d)
		c.Shift = 0
		return c
	}
	return fiscal.CalendarYear
}

// addCandidate adds c's weight to the candidate for the same quarter, or
// appends it.
func addCandidate(cands []candidate, c candidate) []candidate {
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

// periodFromName reads a fiscal quarter from a file name: ACME_q1_2004.txt,
// 2004-Q1.txt, FY24Q1.htm, q1-2004, 1Q04.
func periodFromName(name string) (fiscal.Period, bool) {
	base := strings.ToLower(strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)))
	words := strings.FieldsFunc(base, func(r rune) bool {
		return !('a' <= r && r <= 'z' || '0' <= r && r <= '9')
	})
	for i, w := range words {
		if q, y, ok := compactQuarter(w); ok {
			return fiscal.Q(y, q), true
		}
		q, isQ := fill(sQ, w)
		if !isQ && len(w) == 2 && w[1] == 'q' && isQuarterDigit(w[0]) {
			q, isQ = int(w[0]-'0'), true
		}
		if !isQ {
			continue
		}
		for _, j := range []int{i + 1, i - 1} {
			if j < 0 || j >= len(words) {
				continue
			}
			y := strings.TrimPrefix(words[j], "fy")
			if len(y) == 4 || len(y) == 2 {
				if fy, ok := parseYearDigits(y); ok {
					return fiscal.Q(fy, q), true
				}
			}
		}
	}
	return fiscal.Period{}, false
}

// companyCues are the words around a company's name in the opening of a
// call: "welcome to the Acme first quarter call", "Investor Relations at
// Acme", "Acme's President".
var (
	companyBefore = []string{"welcome to the", "welcome to", "relations at", "relations for", "joining", "joining us for", "behalf of", "for joining"}
	companyAfter  = map[string]bool{
		"first": true, "second": true, "third": true, "fourth": true, "q1": true, "q2": true, "q3": true,
		"q4": true, "fiscal": true, "earnings": true, "quarterly": true, "conference": true, "results": true,
		"financial": true, "'s": true, "full": true, "year": true, "fourth-quarter": true, ",": true, ".": true,
		"president": true, "chief": true, "ceo": true, "cfo": true, "chairman": true, "investor": true,
	}
)

// company finds the company's name in the opening of a call, or falls back
// on the ticker that starts the file name.
func company(sents []sent, name string) string {
	votes := map[string]int{}
	best := ""
	for i := range sents[:min(len(sents), 30)] {
		s := &sents[i]
		lower := strings.ToLower(s.src.Text)
		for _, cue := range companyBefore {
			for off := 0; ; {
				k := strings.Index(lower[off:], cue+" ")
				if k < 0 {
					break
				}
				start := off + k + len(cue) + 1
				off = start
				if n := properName(s, start); n != "" {
					votes[n] += 2
				}
			}
		}
		for j, t := range s.toks {
			if t.text == "'s" && j > 0 && s.toks[j-1].cap {
				k := j - 1
				for k > 0 && s.toks[k-1].cap && s.toks[k-1].kind == tWord {
					k--
				}
				if j+1 < len(s.toks) && companyAfter[s.toks[j+1].text] {
					votes[s.src.Text[s.toks[k].start:s.toks[j-1].end]]++
				}
			}
		}
	}
	for n, v := range votes {
		if v > votes[best] || v == votes[best] && n < best {
			best = n
		}
	}
	if best != "" && votes[best] >= 2 {
		return best
	}
	base := filepath.Base(name)
	if i := strings.IndexAny(base, "_-. "); i > 0 && strings.ToUpper(base[:i]) == base[:i] {
		return base[:i]
	}
	return best
}

// properName returns the run of capitalised words of s starting at byte
// start, stopping before the words that follow a name in an opening.
func properName(s *sent, start int) string {
	var first, last = -1, -1
	for j, t := range s.toks {
		if int(t.start) < start {
			continue
		}
		if first < 0 && t.text == "the" {
			continue
		}
		if t.kind != tWord || !t.cap && !(first >= 0 && (t.text == "&" || t.text == "and" || t.text == "of")) || companyAfter[t.text] {
			break
		}
		if first < 0 {
			first = j
		}
		last = j
	}
	if first < 0 || last-first > 5 {
		return ""
	}
	for last > first && !s.toks[last].cap {
		last--
	}
	n := s.src.Text[s.toks[first].start:s.toks[last].end]
	if strings.EqualFold(n, "operator") || strings.EqualFold(n, "the") {
		return ""
	}
	return n
}

// hasWord reports whether the sentence has one of the lower-case words.
func (s *sent) hasWord(words ...string) bool {
	for _, t := range s.toks {
		for _, w := range words {
			if t.text == w {
				return true
			}
		}
	}
	return false
}

func monthName(m time.Month) string { return m.String() }

func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
