package attrib

import (
	"slices"
	"strings"

	"qoq/internal/clause"
	"qoq/internal/period"
	"qoq/metric"
)

// Call is what a Reader knows of the call as a whole.
type Call struct {
	Resolver period.Resolver
	Company  string
	Industry metric.Industry
	// Declared is metric.NonGAAP when the call declares its earnings
	// figures non-GAAP unless noted.
	Declared string
	// DeclaredOnly are the measures the declaration covers, when not
	// every earnings measure.
	DeclaredOnly []string
	// BalancesDated says a balance can be dated at the end of the quarter
	// named (the calendar is known); otherwise only a stated date dates
	// one.
	BalancesDated bool
	// Ticker is the company's ticker where the file name gives it: "RTX"
	// in "At the RTX level" is the company.
	Ticker string
	// People are the names of the call's speakers.
	People []string
	// Vocab is what the call's own words teach: the names of its parts.
	Vocab *Vocab
	// disabled names rules left out, for the tests that show each rule is
	// needed.
	disabled map[string]bool
}

// Meta is where a sentence stands in its call.
type Meta struct {
	Index   int // the sentence's index in the call
	Line    int // its first line, for PeriodFrom
	Para    int
	Speaker string
	QA      bool // in the questions and answers
	Analyst bool // said by an analyst
	// Lines says the call is laid out a sentence a line, without
	// paragraphs: a paragraph is then no sign that a topic ended.
	Lines bool
}

// A Reader attributes the figures of one call, a sentence at a time, in
// order. It is not safe for concurrent use.
type Reader struct {
	call    Call
	company map[string]bool // the words of the company's name, lower-case
	vocab   *Vocab
	people  map[string]bool // the speakers' names and their words, lower-case
	d       discourse
	frames  int
}

// NewReader returns a Reader for a call.
func NewReader(c Call) *Reader {
	r := &Reader{call: c, company: map[string]bool{}, vocab: c.Vocab, people: map[string]bool{}, d: discourse{walkAt: -1, dealAt: -1}}
	for _, p := range c.People {
		p = strings.ToLower(p)
		r.people[p] = true
		for _, w := range strings.Fields(p) {
			r.people[strings.Trim(w, ".,")] = true
		}
	}
	for _, w := range strings.Fields(strings.ToLower(c.Company + " " + c.Ticker)) {
		w = strings.Trim(w, ".,'’")
		if len(w) > 1 && !stopModifier[w] && !genericNameWords[w] {
			r.company[w] = true
		}
	}
	for _, w := range initials(c.Company) {
		r.company[w] = true // "AAM generated …" for American Axle & Manufacturing
	}
	return r
}

// ownName reports whether the name key (lower-case words) is the
// company's own: it shares a word with the company's name and adds none
// but generic ones ("Vector Group", "Helmerich & Payne"). A name that adds
// words of its own is a part's ("ALLETE Clean Energy", "Genie Retail
// Energy International").
func (r *Reader) ownName(key string) bool {
	own := false
	for _, w := range strings.Fields(key) {
		w = strings.Trim(w, ".,'’")
		switch {
		case r.company[w]:
			own = true
		case w == "" || w == "s" || genericNameWords[w] || stopModifier[w]:
		default:
			return false
		}
	}
	return own
}

// partOfName reports whether the name key is the company's name and more,
// as a part's may be: "ALLETE Clean Energy", "Walmart U.S.".
func (r *Reader) partOfName(key string) bool {
	return anyWord(key, r.company) && !r.ownName(key)
}

// initials returns the short names a company's name makes of its words'
// first letters, lower-case: with its generic words ("Air Lease
// Corporation": "alc") and without them ("al"), each of two letters or
// more.
func initials(name string) []string {
	var all, own []byte
	for _, w := range strings.Fields(strings.ToLower(name)) {
		w = strings.Trim(w, ".,'’")
		if w == "" || w == "&" || w == "and" || w == "of" || w == "the" || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		all = append(all, w[0])
		if !genericNameWords[w] {
			own = append(own, w[0])
		}
	}
	var out []string
	for _, b := range [][]byte{all, own} {
		if len(b) > 1 && !slices.Contains(out, string(b)) {
			out = append(out, string(b))
		}
	}
	return out
}

// openingSpan returns the span of the year to date a sentence opens
// with, before its first figure ("For the nine months ended …, "), or,
// with years, the year a sentence without an outlook opens with and sets
// off by a comma ("For the full year, against the backdrop of …, we"), or
// nil.
func openingSpan(items []clause.Item, years bool) *period.Ref {
	if years && slices.ContainsFunc(items, func(it clause.Item) bool { return it.Is(clause.Guide) }) {
		years = false // "For the full year, we still anticipate …"
	}
	for k := range items {
		switch it := &items[k]; {
		case it.Kind == clause.Figure:
			return nil
		case it.Kind == clause.Period && (it.Period.Rule == period.Months || it.Period.Rule == period.NumMonths || it.Period.Rule == period.YTD) && k <= 3 && k+1 < len(items) && items[k+1].Text == ",":
			// opening the sentence, set off by a comma: not "a strong start
			// in the first two months of 2020 before …", nor "our strong
			// performance in the first three months of 2020, which was …"
			ref := it.Period
			return &ref
		case years && it.Kind == clause.Period && (it.Period.Rule == period.CurrentYear || it.Period.Rule == period.Year) && k <= 2 && k+1 < len(items) && items[k+1].Text == ",":
			ref := it.Period
			return &ref
		}
	}
	return nil
}

// Sentence attributes the figures of sentence s, appending a claim for
// each to dst.
func (r *Reader) Sentence(dst []Claim, s *clause.Sentence, m Meta) []Claim {
	r.d.begin(r, s, m)
	defer r.d.end(r, s, m)
	defer r.d.noteNamed(s, m)
	if len(s.Qs) == 0 {
		if sp := openingSpan(s.Items, true); sp != nil {
			// "For the full year, against the backdrop of …, we continued
			// to execute. | We delivered record EPS of $7.74."
			r.d.carry, r.d.carried, r.d.carryAt, r.d.carryPara = sp, nil, m.Index, m.Para
		}
		return dst
	}
	sc := &sentCtx{r: r, s: s, m: m}
	sc.scan()
	defer func() {
		if sc.carry == nil {
			// "As for our cash for the 9-month period ended September 30,
			// we spent $79.9 million on acquisitions. | … and had $17.7
			// million of capital expenditures": the opening's span goes on
			sc.carry = openingSpan(s.Items, false)
		}
		r.d.carry, r.d.carried, r.d.carryAt, r.d.carryPara = sc.carry, sc.carried, m.Index, m.Para
	}()
	from := len(dst)
	for _, cl := range s.Clauses {
		c := &clauseCtx{sc: sc, a: cl[0], b: cl[1]}
		c.read()
		for i := range c.figs {
			dst = append(dst, c.figs[i].claim)
		}
	}
	r.d.partOf(dst[from:], m)
	return dst
}
