package extract

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"

	"qoq/facts"
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

// maxFigures is the most figures a sentence may hold and be read as
// prose. The longest sentences of real calls hold about twenty; a
// sentence of thousands of figures is a table or junk, and reading it
// would take time growing with the square of its figures.
const maxFigures = 200

// maxListed is the most figures of such a sentence listed as
// unattributed, one by one; a note on the call counts them all (a megabyte
// of junk holds some 350,000). Only these are kept of the sentence.
const maxListed = 100

// maxSentence is the longest sentence read whole: nine times the longest
// of real calls (1,785 bytes in the corpus). Of a longer one, junk, only
// the first maxSentence bytes are read.
const maxSentence = 16 << 10

// maxCallFigures is the most figures read in one call: sixty times as
// many as a real call states (321 at most in the corpus). Beyond them the
// call is not read, so that what a call costs stays bounded however it
// was made.
const maxCallFigures = 20_000

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
func ExtractFile(name string, opts Options) (facts.Document, error) {
	return New(opts).ExtractFileWith(name)
}

// ExtractFileWith reads the call in the named file and extracts its facts
// with x.
func (x *Extractor) ExtractFileWith(name string) (facts.Document, error) {
	doc, err := transcript.ReadFile(name)
	if err != nil {
		return facts.Document{}, err
	}
	return x.Extract(doc), nil
}

// Extract extracts the facts of a call.
func (x *Extractor) Extract(doc *transcript.Document) facts.Document {
	ctx := context.Background() // never done: neither step fails
	p, _ := x.prepare(ctx, doc)
	d, _ := x.attribute(ctx, p, attrib.Learn([][]*clause.Sentence{p.sents}, p.people, p.info.Company, x.opts.Segments...))
	return d
}

// checkEvery is how many sentences are read between two looks at whether
// the extraction was stopped: some hundred microseconds of work.
const checkEvery = 64

// stopped returns ctx's error every checkEvery sentences, once ctx is done.
func stopped(ctx context.Context, i int) error {
	if i%checkEvery != 0 {
		return nil
	}
	return ctx.Err()
}

// ExtractAll extracts the facts of calls, learning the names of each
// company's parts from all of its calls: a segment one call names as a
// segment is one in the calls that only name it. Calls are grouped by the
// company they name. The documents are in the order of docs. When ctx is
// done, the extraction stops within a millisecond and returns ctx's error.
func (x *Extractor) ExtractAll(ctx context.Context, docs []*transcript.Document) ([]facts.Document, error) {
	ps := make([]*prepared, len(docs))
	for i, d := range docs {
		var err error
		if ps[i], err = x.prepare(ctx, d); err != nil {
			return nil, err
		}
	}
	groups := map[string][]int{}
	var order []string
	for i, p := range ps {
		k := strings.ToLower(p.info.Company)
		if groups[k] == nil {
			order = append(order, k)
		}
		groups[k] = append(groups[k], i)
	}
	out := make([]facts.Document, len(docs))
	for _, k := range order {
		var sets [][]*clause.Sentence
		var people []string
		for _, i := range groups[k] {
			sets = append(sets, ps[i].sents)
			people = append(people, ps[i].people...)
		}
		v := attrib.Learn(sets, people, ps[groups[k][0]].info.Company, x.opts.Segments...)
		for _, i := range groups[k] {
			var err error
			if out[i], err = x.attribute(ctx, ps[i], v); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

// prepared is a call read into its spans, with what it says of itself.
type prepared struct {
	doc    *transcript.Document
	sents  []*clause.Sentence
	info   callinfo.Info
	people []string
	notes  []string    // on what was not read
	junk   map[int]int // sentences of more than maxFigures figures: how many
}

// prepare reads every sentence of a call into its spans, and decides from
// them what the call says of itself: its quarter, calendar, company.
func (x *Extractor) prepare(ctx context.Context, doc *transcript.Document) (*prepared, error) {
	ind := x.opts.Industry
	if !x.opts.IndustrySet {
		ind = callinfo.Industry(doc)
	}
	lx := x.lexicons[ind]
	sents := make([]clause.Sentence, len(doc.Sentences))
	ptrs := make([]*clause.Sentence, len(doc.Sentences))
	var notes []string
	junk := map[int]int{} // sentence: its figures, for sentences of more than maxFigures
	figures := 0
	for i := range sents {
		if err := stopped(ctx, i); err != nil {
			return nil, err
		}
		ptrs[i] = &sents[i]
		src := &doc.Sentences[i]
		if figures > maxCallFigures {
			continue // not read: an empty sentence
		}
		text := src.Text
		if len(text) > maxSentence {
			cut := maxSentence
			for cut > 0 && !utf8.RuneStart(text[cut]) {
				cut--
			}
			text = text[:cut]
			notes = append(notes, fmt.Sprintf("line %d: a sentence of %d bytes, more than the %d a sentence of prose runs to; only its first %d were read", doc.Line(src.Start), len(src.Text), maxSentence, cut))
		}
		s := lx.Analyze(&sents[i], text)
		figures += len(s.Qs)
		if n := len(s.Qs); n > maxFigures {
			// not prose: only the figures listed are kept
			junk[i] = n
			s.Qs, s.Toks, s.Items, s.Clauses = slices.Clone(s.Qs[:maxListed]), nil, nil, nil
		}
		if figures > maxCallFigures {
			notes = append(notes, fmt.Sprintf("line %d: the call states more than %d figures, sixty times as many as a call does; from there on it was not read", doc.Line(src.Start), maxCallFigures))
		}
	}
	info := callinfo.Read(doc, ptrs, callinfo.Options{
		Period: x.opts.Period, Calendar: x.opts.Calendar, Company: x.opts.Company,
		Industry: ind, IndustrySet: true,
	})
	return &prepared{doc: doc, sents: ptrs, info: info, people: speakers(doc), notes: notes, junk: junk}, nil
}

// attribute attributes the figures of a prepared call, a sentence at a
// time, with the vocabulary v of its company's parts.
func (x *Extractor) attribute(ctx context.Context, p *prepared, v *attrib.Vocab) (facts.Document, error) {
	doc, info, ptrs := p.doc, p.info, p.sents
	out := facts.Document{
		File: doc.Name, Part: doc.Part, Company: info.Company, Period: info.Period,
		PeriodFrom: info.PeriodFrom, FiscalYearEnd: info.FiscalYearEnd, Calendar: info.Calendar,
		CalendarStated: info.CalendarStated, Industry: string(info.Industry),
		Facts: []facts.Fact{}, Notes: info.Notes,
	}
	out.Notes = append(out.Notes, p.notes...)
	if doc.Unread > 0 {
		out.Notes = append(out.Notes, fmt.Sprintf("line %d: the call runs to more than a call does (%d sentences, %d lines at most are read); from there on it was not read", doc.Unread, transcript.MaxSentences, transcript.MaxLines))
	}
	if n := len(doc.Replaced); n > 0 {
		lines := fmt.Sprint(doc.Replaced[:min(n, 10)])
		out.Notes = append(out.Notes, fmt.Sprintf("bytes that are not UTF-8 were replaced by U+FFFD (the file is read as UTF-8, its other characters being so) on line%s %s",
			map[bool]string{true: "", false: "s"}[n == 1], strings.Trim(lines, "[]")))
	}
	res := period.Resolver{Calendar: info.Calendar}
	if !info.Period.IsZero() {
		res.Call = fiscal.Q(info.Period.FiscalYear, info.Period.Quarter)
	}
	rd := attrib.NewReader(attrib.Call{
		Resolver: res, Company: info.Company, Industry: info.Industry, Declared: info.Declared, DeclaredOnly: info.DeclaredOnly,
		BalancesDated: info.BalancesDated, Vocab: v, People: p.people, Ticker: callinfo.Ticker(doc.Name),
	})
	var claims []attrib.Claim
	desc := newDescriber(doc)
	for i := range doc.Sentences {
		if err := stopped(ctx, i); err != nil {
			return facts.Document{}, err
		}
		src := &doc.Sentences[i]
		fromFact, fromFig := len(out.Facts), len(out.Unattributed)
		if n, ok := p.junk[i]; ok {
			// not prose: attribution weighs each figure against the others
			reason := fmt.Sprintf("one of %d figures in one sentence, more than the %d a sentence of prose holds: not read", n, maxFigures)
			for k := range ptrs[i].Qs {
				listUnattributed(&out, doc, src, ptrs[i], k, reason)
			}
			out.Notes = append(out.Notes, fmt.Sprintf("line %d: a sentence of %d figures, more than the %d a sentence of prose holds, was not read; its first %d figures are listed as unattributed", doc.Line(src.Start), n, maxFigures, len(ptrs[i].Qs)))
			desc.describe(&out, i, fromFact, fromFig, ptrs[i].Qs)
			continue
		}
		claims = rd.Sentence(claims[:0], ptrs[i], attrib.Meta{
			Index: i, Line: doc.Line(src.Start), Para: src.Para, Speaker: src.Speaker,
			QA: src.Section == transcript.QA, Analyst: src.Analyst, Lines: doc.Layout == transcript.Lines,
		})
		if debugLines != nil && debugLines(doc.Line(src.Start)) {
			debugSentence(ptrs[i], claims)
		}
		build(&out, doc, src, ptrs[i], claims)
		desc.describe(&out, i, fromFact, fromFig, ptrs[i].Qs)
	}
	corroborate(&out)
	disputed(&out)
	return out, nil
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
