package compare

import (
	"cmp"
	"errors"
	"fmt"
	"math/big"
	"path/filepath"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"qoq/facts"
	"qoq/fiscal"
	"qoq/metric"
)

// Options say what the calls cannot: what the user set in the config.
type Options struct {
	// Calendar, when set, is the company's fiscal calendar.
	Calendar fiscal.Calendar
	// Segments maps other names of a segment onto the name to show it by:
	// "ongoing blood product collection facilities" → "blood products".
	Segments map[string]string
	// Current, when set, is the quarter to compare up to; by default the
	// latest call's.
	Current fiscal.Period
	// Company, when set, names the company.
	Company string
	// Corrections override what the calls say.
	Corrections []CorrectionSpec
}

// ErrNoCalls is returned when no document has a period to place it by;
// ErrNoneUpTo when every call is after Options.Current.
var (
	ErrNoCalls  = errors.New("no call whose quarter is known")
	ErrNoneUpTo = errors.New("no call up to the quarter asked for")
)

// key identifies a series.
type key struct{ metric, seg, basis, unit string }

// An obs is one mention of a figure in one call.
type obs struct {
	call   int           // the call's index, oldest first
	at     fiscal.Period // the call's quarter, placed in the calendar
	doc    *facts.Document
	fact   *facts.Fact
	key    key
	period fiscal.Period
	value  decimal.Decimal
	exp    int32
	hedged bool
	own    bool // the call reports the period as its own
	qa     bool
}

// A cell is a series' value for one period, with the mentions behind it.
type cell struct {
	key    key
	period fiscal.Period
	obs    []*obs
	chosen *obs
	val    Value
	lo, hi decimal.Decimal // the interval the value stands for
	exp    int32           // the power of ten of the value's last digit stated
	from   *obs            // the mention a derived value was derived from
	viaPct bool            // derived from a rounded percentage
}

type cellKey struct {
	key    key
	period fiscal.Period
}

// A comparer holds a comparison being built.
type comparer struct {
	opts  Options
	cal   fiscal.Calendar
	calls []Call
	// lastGiven is the quarter of the latest call given, compared or
	// left out for being after opts.Current.
	lastGiven fiscal.Period
	docs      []*facts.Document // each call's extraction
	cells     map[cellKey]*cell
	segNames  map[string]string         // segment key → name shown
	segSeen   map[string]map[string]int // segment key → each way of writing it, and how often
	changes   []*obs                    // mentions that state a change
	// twoMeasures counts, for a series and a call, the cells for which
	// the call gives two values (see callsOfTwoValues)
	twoMeasures map[seriesCall]int
	// usual holds each quarter's first reading of the series of steady
	// measures (see usualQuarters)
	usual  map[key]map[*cell]decimal.Decimal
	guides []*obs // mentions of guidance
	out    *Comparison
}

// Compare lines up the facts of the documents, one a call.
func Compare(docs []facts.Document, opts Options) (*Comparison, error) {
	c := &comparer{opts: opts, cells: map[cellKey]*cell{}, segNames: map[string]string{}, segSeen: map[string]map[string]int{}, out: &Comparison{Schema: Schema}}
	if first := c.order(docs); len(c.calls) == 0 {
		if first != nil {
			return nil, fmt.Errorf("%w: %s; the first call, %s, is of %s", ErrNoneUpTo, opts.Current, filepath.Base(first.File), first.Period)
		}
		return nil, ErrNoCalls
	}
	c.calendar()
	c.observe()
	c.choose()
	if err := c.correct(); err != nil {
		return nil, err
	}
	c.derive()
	c.series()
	c.checkChanges()
	c.guidance()
	c.notes()
	c.finish()
	c.drivers()
	return c.out, nil
}

// order keeps the documents whose quarter is known, and not after the
// quarter compared up to, oldest call first, and notes the others: a
// comparison up to a quarter is what was known then. It returns the first
// of the calls left out for being later, nil when none was.
func (c *comparer) order(docs []facts.Document) (firstLater *facts.Document) {
	var later []string
	for i := range docs {
		d := &docs[i]
		if d.Period.IsZero() {
			c.out.Checks = append(c.out.Checks, Check{Kind: Note, Message: fmt.Sprintf("%s was left out: the quarter it reports on is not known (pass --period or name the file like ACME_q1_2004.txt)", filepath.Base(d.File))})
			continue
		}
		if after(d.Period, c.lastGiven) {
			c.lastGiven = d.Period
		}
		if cur := c.opts.Current; !cur.IsZero() && cmp.Or(cmp.Compare(d.Period.FiscalYear, cur.FiscalYear), cmp.Compare(d.Period.Quarter, cur.Quarter)) > 0 {
			later = append(later, filepath.Base(d.File))
			if firstLater == nil || cmp.Or(cmp.Compare(d.Period.FiscalYear, firstLater.Period.FiscalYear), cmp.Compare(d.Period.Quarter, firstLater.Period.Quarter)) < 0 {
				firstLater = d
			}
			continue
		}
		c.docs = append(c.docs, d)
	}
	if len(later) > 0 {
		slices.Sort(later)
		c.out.Checks = append(c.out.Checks, Check{Kind: Note, Message: fmt.Sprintf("%d later call%s left out, the comparison being up to %s: %s", len(later), plural(len(later), " was", "s were"), c.opts.Current, strings.Join(later, ", "))})
	}
	slices.SortStableFunc(c.docs, func(a, b *facts.Document) int {
		return cmp.Or(cmp.Compare(a.Period.FiscalYear, b.Period.FiscalYear), cmp.Compare(a.Period.Quarter, b.Period.Quarter), strings.Compare(a.File, b.File))
	})
	for _, d := range c.docs {
		c.calls = append(c.calls, Call{File: d.File, Part: d.Part, Period: d.Period, Company: d.Company})
	}
	return firstLater
}

// calendar decides the fiscal calendar: the one given, else the one most
// calls state, else the calendar year.
func (c *comparer) calendar() {
	switch {
	case !c.opts.Calendar.IsZero():
		c.cal = c.opts.Calendar
		c.out.FiscalYearEnd = c.cal.EndMonth.String() + " (set in the config)"
		return
	}
	votes := map[fiscal.Calendar]int{}
	for _, d := range c.docs {
		if d.CalendarStated {
			votes[d.Calendar]++
		}
	}
	best, n := fiscal.CalendarYear, 0
	for cal, v := range votes {
		if v > n || v == n && cal.EndMonth < best.EndMonth {
			best, n = cal, v
		}
	}
	c.cal = best
	if n > 0 {
		c.out.FiscalYearEnd = best.EndMonth.String() + " (stated by the calls)"
	} else {
		c.out.FiscalYearEnd = "December (assumed: no call says when the fiscal year ends; set fiscal_year_end in the config)"
	}
}

// place returns p on the comparison's calendar.
func (c *comparer) place(p fiscal.Period) fiscal.Period {
	if p.Kind == fiscal.Instant {
		return c.cal.Place(fiscal.At(p.End))
	}
	p.End = fiscal.Date{}
	return c.cal.Place(p)
}

// own reports whether a call of quarter q reports period p as its own.
func (c *comparer) own(p, q fiscal.Period) bool {
	switch p.Kind {
	case fiscal.Quarter:
		return p.FiscalYear == q.FiscalYear && p.Quarter == q.Quarter
	case fiscal.Instant:
		return p.End == c.cal.QuarterEnd(q.FiscalYear, q.Quarter)
	case fiscal.Year:
		return q.Quarter == 4 && p.FiscalYear == q.FiscalYear
	case fiscal.YTD:
		return p.FiscalYear == q.FiscalYear && p.Months == 3*q.Quarter
	}
	return false
}

// segment returns the key a segment's name is compared by and remembers
// the name to show it by.
func (c *comparer) segment(name string) string {
	if name == "" {
		return ""
	}
	k, name := c.segmentKey(name)
	if c.segSeen[k] == nil {
		c.segSeen[k] = map[string]int{}
	}
	c.segSeen[k][name]++
	c.segNames[k] = mostSeen(c.segSeen[k])
	return k
}

// segmentKey returns the key a segment's name is compared by, and the
// name it goes by once the config's aliases are applied.
func (c *comparer) segmentKey(name string) (string, string) {
	k := facts.SegmentKey(name)
	for alias, to := range c.opts.Segments {
		if facts.SegmentKey(alias) == k {
			k = facts.SegmentKey(to)
			name = to
		}
	}
	return k, name
}

// mostSeen returns the way of writing a segment to show it by: the one
// with the fewest capitals, since a capital may only open a sentence
// ("blood services" over "Blood services"), then the one seen most often,
// then the first in order.
func mostSeen(seen map[string]int) string {
	best := ""
	for name, n := range seen {
		switch {
		case best == "", capitals(name) < capitals(best),
			capitals(name) == capitals(best) && (n > seen[best] || n == seen[best] && name < best):
			best = name
		}
	}
	return best
}

func capitals(s string) int {
	n := 0
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			n++
		}
	}
	return n
}

// observe reads every fact of every call into mentions.
func (c *comparer) observe() {
	for i := range c.calls {
		call := &c.calls[i]
		c.calls[i].Period = c.place(call.Period)
		d := c.docs[i]
		written := writtenInFull(d)
		for j := range d.Facts {
			f := &d.Facts[j]
			o := &obs{call: i, at: c.calls[i].Period, doc: d, fact: f, period: c.place(f.Period), qa: f.Source.Section == facts.QA,
				key: key{f.Metric, c.segment(f.Segment), f.Basis, unitOf(f)}, exp: f.Exp(), hedged: f.Approx}
			if written && o.exp > 3 && facts.FullDigits(f.Stated) {
				// "$4,600,000" in a script that writes every sum so is
				// exact to the thousand
				o.exp = 3
			}
			if f.Approx && f.Value != nil {
				// "roughly $800 million" is as precise as its last digit
				// that is not a zero: $750 million to $850 million
				o.exp = max(o.exp, roundExp(*f.Value))
			}
			o.own = c.own(o.period, call.Period)
			switch {
			case f.Scenario == facts.Guidance:
				if f.Value != nil || f.Low != nil && f.High != nil {
					c.guides = append(c.guides, o)
				}
				continue
			case f.Value != nil:
				o.value = *f.Value
				ck := cellKey{o.key, o.period}
				cl := c.cells[ck]
				if cl == nil {
					cl = &cell{key: o.key, period: o.period}
					c.cells[ck] = cl
				}
				cl.obs = append(cl.obs, o)
			}
			if f.Change != nil {
				c.changes = append(c.changes, o)
			}
		}
		c.out.Calls = append(c.out.Calls, *call)
	}
}

// unitOf returns the unit of the series a fact belongs to: its figure's,
// or, for a change stated alone as a percentage ("revenue was up 11.7%"),
// its measure's.
func unitOf(f *facts.Fact) string {
	if f.Value == nil && f.Low == nil && f.Unit == facts.Percent {
		if u := string(metric.UnitOf(f.Metric)); u != "" {
			return u
		}
	}
	return f.Unit
}

// writtenInFull reports whether a call writes its sums in full digits with
// comma groups ("$6,736,000"), as prepared scripts do: most of its sums of
// a thousand or more are so written.
func writtenInFull(d *facts.Document) bool {
	full, all := 0, 0
	for i := range d.Facts {
		f := &d.Facts[i]
		if f.Unit != facts.USD || f.Value == nil || f.Value.Abs().LessThan(decimal.New(1000, 0)) {
			continue
		}
		all++
		if facts.FullDigits(f.Stated) {
			full++
		}
	}
	return all > 0 && 2*full > all
}

// choose picks each cell's value: the call reporting the period as its
// own, prepared remarks first; a later call's other value restates it.
func (c *comparer) choose() {
	c.twoMeasures = c.callsOfTwoValues()
	c.usual = c.usualQuarters()
	for _, cl := range c.sortedCells() {
		slices.SortStableFunc(cl.obs, func(a, b *obs) int {
			return cmp.Or(cmp.Compare(a.call, b.call), boolCmp(a.qa, b.qa), cmp.Compare(a.fact.Source.Line, b.fact.Source.Line))
		})
		chosen := c.consensus(cl.obs, func(o *obs) bool { return o.own })
		if chosen == nil {
			last := cl.obs[len(cl.obs)-1].call
			chosen = c.consensus(cl.obs, func(o *obs) bool { return o.call == last })
		}
		// the most precise mention of the same value in the same call:
		// "$399.3 million" rather than "$399 million"
		for _, o := range cl.obs {
			if o.call == chosen.call && o.exp < chosen.exp && agree(o, chosen) && (!o.qa || chosen.qa) {
				chosen = o
			}
		}
		// one call giving two values
		for _, o := range cl.obs {
			if o.call == chosen.call && !agree(o, chosen) {
				chosen, _ = c.disagree(cl, chosen, o, Conflict, fmt.Sprintf("the same call gives %s and %s for %s", show(chosen), show(o), c.cellName(cl)))
				break
			}
		}
		// later calls restating it
		for call := chosen.call + 1; call < len(c.calls); call++ {
			o := c.first(cl.obs, func(o *obs) bool { return o.call == call })
			if o == nil || agree(o, chosen) {
				continue
			}
			if o.fact.Restated {
				c.check(Check{Kind: Restated, Stated: o.value.String(), Computed: chosen.value.String(),
					Message: fmt.Sprintf("%s was %s in %s and is %s, as restated, in %s", c.cellName(cl), show(chosen), c.calls[chosen.call].Period, show(o), c.calls[o.call].Period),
					Source:  c.source(o)}, cl)
				chosen = o
				continue
			}
			if !restates(o, chosen) {
				// a figure far from the one reported, with no word of a
				// restatement, is more likely something else misread
				chosen, _ = c.disagree(cl, chosen, o, Conflict, fmt.Sprintf("%s is %s in %s, but %s in %s, which reported it; the latter is kept", c.cellName(cl), show(o), c.calls[o.call].Period, show(chosen), c.calls[chosen.call].Period))
				continue
			}
			if kept, alarm := c.disagree(cl, chosen, o, Restated, fmt.Sprintf("%s was %s in %s and is %s in %s", c.cellName(cl), show(chosen), c.calls[chosen.call].Period, show(o), c.calls[o.call].Period)); alarm {
				chosen = o
			} else {
				chosen = kept
			}
		}
		if far, how := c.outOfRange(cl, chosen); far && !chosen.own && !cl.corroborated(chosen) {
			// a later call's mention, stated once and far from every
			// quarter the calls report: a year misplaced, most likely
			c.check(Check{Kind: Unverified, Stated: chosen.value.String(),
				Message: fmt.Sprintf("%s: %s reads %s, stated once and not by the call that reports the quarter; %s; it is set aside", c.cellName(cl), callLine(chosen), show(chosen), how),
				Source:  c.source(chosen)}, cl)
			continue
		}
		c.set(cl, chosen)
	}
}

// restatementShare is how far a later figure may lie from the one a call
// reported and still be taken for a restatement without saying so.
var restatementShare = decimal.New(1, -1) // 10%

// restates reports whether a later call's figure o, which does not say it
// restates the figure first reported, lies close enough to it to be taken
// for a restatement: within restatementShare.
func restates(o, first *obs) bool {
	if first.value.IsZero() {
		return false
	}
	return o.value.Sub(first.value).Abs().LessThanOrEqual(first.value.Abs().Mul(restatementShare))
}

// consensus returns, among the mentions ok accepts, the one whose value
// the most mentions of the cell (of any call) agree with; prepared remarks
// before questions and answers, then the earliest, break ties.
func (c *comparer) consensus(os []*obs, ok func(*obs) bool) *obs {
	var best *obs
	bestVotes := -1
	for _, o := range os {
		if !ok(o) {
			continue
		}
		votes := 0
		for _, m := range os {
			if agree(m, o) {
				votes++
			}
		}
		if votes > bestVotes || votes == bestVotes && best.qa && !o.qa {
			best, bestVotes = o, votes
		}
	}
	return best
}

// first returns the first mention that ok accepts, prepared remarks before
// questions and answers.
func (c *comparer) first(os []*obs, ok func(*obs) bool) *obs {
	var qa *obs
	for _, o := range os {
		if !ok(o) {
			continue
		}
		if !o.qa {
			return o
		}
		if qa == nil {
			qa = o
		}
	}
	return qa
}

// set makes mention o the value of cell cl, with the mentions that agree
// with it as its sources.
func (c *comparer) set(cl *cell, o *obs) {
	cl.chosen = o
	v := o.value
	cl.val = Value{Period: cl.period, Value: &v, Sources: []Source{*c.source(o)}, Confidence: cl.confidence()}
	cl.exp = o.exp
	for _, m := range cl.obs {
		if m != o && agree(m, o) {
			cl.val.Sources = append(cl.val.Sources, *c.source(m))
		}
	}
	cl.lo, cl.hi = interval(v, o.exp, o.hedged)
}

// agree reports whether two mentions state the same value at the
// precision both were stated to.
func agree(a, b *obs) bool {
	e := max(a.exp, b.exp)
	half := decimal.New(5, e-1)
	if a.hedged || b.hedged {
		half = half.Add(half)
	}
	return a.value.Sub(b.value).Abs().LessThanOrEqual(half)
}

// interval returns the values a figure stated to exp stands for.
func interval(v decimal.Decimal, exp int32, hedged bool) (lo, hi decimal.Decimal) {
	half := decimal.New(5, exp-1)
	if hedged {
		half = half.Add(half)
	}
	return v.Sub(half), v.Add(half)
}

// roundExp returns the exponent of the last digit of v that is not a
// zero: 8 for 800,000,000, 5 for 789,700,000.
func roundExp(v decimal.Decimal) int32 {
	if v.IsZero() {
		return 0
	}
	c, e := new(big.Int).Abs(v.Coefficient()), v.Exponent()
	ten, r := big.NewInt(10), new(big.Int)
	for {
		q, m := new(big.Int).QuoRem(c, ten, r)
		if m.Sign() != 0 {
			return e
		}
		c, e = q, e+1
	}
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// source locates mention o.
func (c *comparer) source(o *obs) *Source {
	s := sourceOf(o)
	return &s
}

// sourceOf locates mention o.
func sourceOf(o *obs) Source {
	return Source{File: o.doc.File, Part: o.doc.Part, Line: o.fact.Source.Line, Call: o.at, Quote: quoteOf(&o.fact.Source)}
}

// quoteOf returns the quote of a figure's sentence.
func quoteOf(s *facts.Source) *Quote {
	return &Quote{Start: s.Start, Text: s.Text, Speaker: s.Speaker, Section: s.Section,
		FigureStart: s.FigureStart, FigureEnd: s.FigureEnd, Before: s.Before, After: s.After}
}

// check records a check about cell cl.
func (c *comparer) check(ch Check, cl *cell) {
	if cl != nil {
		ch.Metric, ch.Segment, ch.Basis = cl.key.metric, c.segNames[cl.key.seg], cl.key.basis
		p := cl.period
		ch.Period = &p
	}
	c.out.Checks = append(c.out.Checks, ch)
}

// cellName names a cell for people: "revenue (blood products) for 2004Q1".
func (c *comparer) cellName(cl *cell) string {
	return c.seriesName(cl.key) + " for " + cl.period.String()
}

// seriesName names a series for people.
func (c *comparer) seriesName(k key) string {
	s := metric.Name(k.metric)
	if k.seg != "" {
		s += " (" + c.segNames[k.seg] + ")"
	}
	if k.basis == facts.NonGAAP {
		s += ", non-GAAP"
	}
	return s
}

// show writes a mention's figure as stated.
func show(o *obs) string {
	if o.fact.Stated != "" {
		return o.fact.Stated
	}
	return facts.FormatValue(o.value, o.fact.Unit)
}

// sortedCells returns the cells in a fixed order.
func (c *comparer) sortedCells() []*cell {
	cells := make([]*cell, 0, len(c.cells))
	for _, cl := range c.cells {
		cells = append(cells, cl)
	}
	slices.SortFunc(cells, func(a, b *cell) int {
		return cmp.Or(compareKeys(a.key, b.key), a.period.Compare(b.period))
	})
	return cells
}

// compareKeys orders series: by metric in the vocabulary's order, then
// company-wide before segments, GAAP before non-GAAP.
func compareKeys(a, b key) int {
	return cmp.Or(cmp.Compare(metricRank(a.metric), metricRank(b.metric)), strings.Compare(a.metric, b.metric),
		strings.Compare(a.seg, b.seg), strings.Compare(a.basis, b.basis), strings.Compare(a.unit, b.unit))
}

// metricRank places a metric in the vocabulary's order; others come after.
func metricRank(m string) int {
	if i := slices.Index(metric.Vocabulary(), m); i >= 0 {
		return i
	}
	return len(metric.Vocabulary())
}

// plural returns one when n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
