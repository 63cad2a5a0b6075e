package facts

import (
	"fmt"

	"qoq/fiscal"
	"qoq/internal/attrib"
	"qoq/internal/callinfo"
	"qoq/internal/clause"
	"qoq/internal/period"
	"qoq/metric"
	"qoq/transcript"
)

// Options say what extraction cannot read from the call itself, or what
// the user knows better.
type Options struct {
	// Period, when set, is the quarter the call reports on, overriding the
	// text and the file name.
	Period fiscal.Period
	// Calendar, when set, is the company's fiscal calendar, overriding what
	// the text says.
	Calendar fiscal.Calendar
	// Company, when set, names the company.
	Company string
	// Industry, when IndustrySet, is the company's industry, whose
	// measures' phrases are read in its calls; otherwise the call's words
	// decide it.
	Industry    metric.Industry
	IndustrySet bool
	// Metrics maps extra phrases, lower-case, onto metric ids.
	Metrics map[string]string
	// Segments are names of the company's parts the user knows, read as
	// parts wherever the calls name them.
	Segments []string
}

// An Extractor extracts facts from calls. It holds the compiled
// vocabulary, one for each industry, and is safe for concurrent use.
type Extractor struct {
	lexicons map[metric.Industry]*clause.Lexicon
	opts     Options
}

// New returns an Extractor with the given options.
func New(opts Options) *Extractor {
	x := &Extractor{lexicons: map[metric.Industry]*clause.Lexicon{}, opts: opts}
	for _, ind := range append([]metric.Industry{metric.General}, metric.Industries()...) {
		x.lexicons[ind] = clause.NewLexicon(clause.Options{Industry: ind, Metrics: opts.Metrics})
	}
	return x
}

// ExtractFile reads the call in the named file and extracts its facts.
func ExtractFile(name string, opts Options) (Document, error) {
	return New(opts).ExtractFileWith(name)
}

// ExtractFileWith reads the call in the named file and extracts its facts
// with x.
func (x *Extractor) ExtractFileWith(name string) (Document, error) {
	doc, err := transcript.ReadFile(name)
	if err != nil {
		return Document{}, err
	}
	return x.Extract(doc), nil
}

// Extract extracts the facts of a call.
func (x *Extractor) Extract(doc *transcript.Document) Document {
	ind := x.opts.Industry
	if !x.opts.IndustrySet {
		ind = callinfo.Industry(doc)
	}
	lx := x.lexicons[ind]
	// Every sentence is read into its spans first: the opening decides the
	// call's quarter and company, the whole call teaches the names of its
	// parts; then the figures are attributed a sentence at a time.
	sents := make([]clause.Sentence, len(doc.Sentences))
	ptrs := make([]*clause.Sentence, len(doc.Sentences))
	for i := range sents {
		lx.Analyze(&sents[i], doc.Sentences[i].Text)
		ptrs[i] = &sents[i]
	}
	info := callinfo.Read(doc, ptrs, callinfo.Options{
		Period: x.opts.Period, Calendar: x.opts.Calendar, Company: x.opts.Company,
		Industry: ind, IndustrySet: true,
	})
	out := Document{
		File: doc.Name, Part: doc.Part, Company: info.Company, Period: info.Period,
		PeriodFrom: info.PeriodFrom, FiscalYearEnd: info.FiscalYearEnd, Calendar: info.Calendar,
		CalendarStated: info.CalendarStated, Industry: string(info.Industry), Transcript: doc,
		Facts: []Fact{}, Notes: info.Notes,
	}
	res := period.Resolver{Calendar: info.Calendar}
	if !info.Period.IsZero() {
		res.Call = fiscal.Q(info.Period.FiscalYear, info.Period.Quarter)
	}
	rd := attrib.NewReader(attrib.Call{
		Resolver: res, Company: info.Company, Industry: info.Industry, Declared: info.Declared,
		BalancesDated: info.BalancesDated,
		Vocab:         attrib.Learn(ptrs, speakers(doc), info.Company, x.opts.Segments...), People: speakers(doc), Ticker: callinfo.Ticker(doc.Name),
	})
	var claims []attrib.Claim
	for i := range doc.Sentences {
		src := &doc.Sentences[i]
		claims = rd.Sentence(claims[:0], ptrs[i], attrib.Meta{
			Index: i, Line: doc.Line(src.Start), Para: src.Para, Speaker: src.Speaker,
			QA: src.Section == transcript.QA, Analyst: src.Analyst,
		})
		if debugLines != nil && debugLines(doc.Line(src.Start)) {
			debugSentence(ptrs[i], claims)
		}
		build(&out, doc, src, ptrs[i], claims)
	}
	corroborate(&out)
	return out
}

// speakers returns the names of a call's speakers.
func speakers(doc *transcript.Document) []string {
	seen := map[string]bool{}
	var out []string
	for i := range doc.Sentences {
		if sp := doc.Sentences[i].Speaker; sp != "" && !seen[sp] {
			seen[sp] = true
			out = append(out, sp)
		}
	}
	return out
}

// debugLines, set by a test, selects lines whose claims are printed.
var debugLines func(line int) bool

func debugSentence(s *clause.Sentence, claims []attrib.Claim) {
	for _, it := range s.Items {
		fmt.Printf("[%d %q %x] ", it.Kind, it.Text, it.Cue)
	}
	fmt.Println()
	for _, c := range claims {
		q := s.Qs[c.Fig]
		fmt.Printf("  %q role=%d %s seg=%q basis=%s guide=%v per=%v from=%q rule=%s reason=%s vs=%v dir=%d\n", s.Text[q.Start:q.End], c.Role, c.Measure, c.Segment, c.Basis, c.Guidance, c.Period, c.PeriodFrom, c.Rule, c.Reason, c.Versus, c.Dir)
	}
}
