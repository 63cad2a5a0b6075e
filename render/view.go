package render

import (
	"fmt"
	"html/template"
	"path/filepath"
	"slices"

	"github.com/shopspring/decimal"

	"qoq/comparison"
	"qoq/fiscal"
	"qoq/metric"
)

// view is what the report template shows.
type view struct {
	Version       string
	Company       string
	Quarter       string
	QuarterEnd    string
	FiscalYearEnd string
	Calls         []callView
	Cards         []card
	CheckCount    int
	// Alarms counts the checks that question a figure; Checked the stated
	// changes checked against figures qoq is sure of.
	Alarms, Checked int
	CheckGroups     []checkGroup
	Charts          []chartView
	Table           tableView
	Years           tableView
	Drivers         []driver
	Guidance        []guidanceView
	Sources         []*Ref

	CSS     template.CSS
	Script  template.JS
	ECharts template.JS
	// ScriptSrc is the page's Content-Security-Policy for scripts: the
	// hashes of its two, so that no other script can run.
	ScriptSrc string
}

type callView struct{ Quarter, File, Part string }

// A card shows a featured metric of the current quarter.
type card struct {
	Label, Value, How  string
	Src                link
	Derived, Corrected bool
	Doubt              *checkItem // the check that questions the value
	Changes            []changeView
}

// A tableView is series across periods; Current is the column of the
// current quarter, -1 when it has none.
type tableView struct {
	Periods []string
	Current int
	Rows    []rowView
}

type rowView struct {
	Name  string
	Cells []cellView
}

// A cellView is a series' value in one period, with its changes.
type cellView struct {
	Value, How         string
	Src                link
	Derived, Corrected bool
	Doubt              *checkItem // the check that questions the value
	Changes            []changeView
}

type checkGroup struct {
	Title     string
	Collapsed bool
	Items     []*checkItem
}

type checkItem struct {
	ID      string // the item's element id, for the checks that question a value
	Message string
	Src     *Ref
}

// String returns the item's element id: a checkItem is a link.
func (it *checkItem) String() string { return it.ID }

// A link is what a figure links to: the sentence it came from (a *Ref),
// or, for a value the user set, the check that says so (a *checkItem).
type link interface{ String() string }

// linkTo returns the link of a value: its correction when it has one, else
// its sentence, else nil.
func linkTo(r *Ref, correction *checkItem) link {
	switch {
	case correction != nil:
		return correction
	case r != nil:
		return r
	}
	return nil
}

// cellID names a value a check is about.
type cellID struct {
	metric, segment, basis string
	period                 fiscal.Period
}

// cellChecks are the values checks are about: the first check of each.
type cellChecks map[cellID]*checkItem

// of returns the check about series s's value v, nil when none.
func (d cellChecks) of(s *comparison.Series, v *comparison.Value) *checkItem {
	return d[cellID{s.Metric, s.Segment, s.Basis, v.Period}]
}

// marks are the values the checks are about: those a problem
// (comparison.IsProblem) questions, and those the user set.
type marks struct {
	doubt, set cellChecks
}

type driver struct {
	Series, Change string
	Quotes         []quote
}

type quote struct {
	Text, Speaker, Where string
	Src                  *Ref
}

type guidanceView struct {
	Title     string
	Steps     []stepView
	Actual    string
	ActualSrc *Ref
	Against   string
}

type stepView struct {
	Call, Range, Label string
	Src                *Ref
}

func newView(c *comparison.Comparison, opts Options) (*view, error) {
	if opts.Quarters <= 0 {
		opts.Quarters = 8
	}
	if len(opts.Featured) == 0 {
		opts.Featured = defaultFeatured()
	}
	src := newSources()
	cols := columns(c, opts.Quarters)
	v := &view{
		Version:       opts.Version,
		Company:       c.Company,
		Quarter:       c.Current.String(),
		QuarterEnd:    longDate(c.Current.End),
		FiscalYearEnd: c.FiscalYearEnd,
	}
	if v.Company == "" {
		v.Company = "Company not named"
	}
	for _, call := range c.Calls {
		// the file's name, not its path: the report is the same wherever
		// the calls are kept, and shows nothing of the machine
		v.Calls = append(v.Calls, callView{call.Period.String(), filepath.Base(call.File), call.Part})
	}
	var m marks
	v.CheckGroups, v.CheckCount, m = checks(c, src)
	v.Alarms, v.Checked = c.Problems(), c.ChangesChecked
	cell := func(s *comparison.Series, val *comparison.Value) cellView { return newCell(s, val, src, m) }
	v.Cards = cards(c, cols, opts.Featured, cell)
	v.Table = quarterTable(c, cols, cell)
	v.Years = yearTable(c, cell)
	charts, err := trendCharts(c, quarterRange(c, cols, opts.Quarters), src, m)
	if err != nil {
		return nil, err
	}
	v.Charts = charts
	v.Drivers = drivers(c, src)
	v.Guidance = guidance(c, src)
	v.Sources = src.list()
	return v, nil
}

// longDate writes a date as "March 31, 2004".
func longDate(d fiscal.Date) string {
	if d.IsZero() {
		return "(date unknown)"
	}
	return fmt.Sprintf("%s %d, %d", d.Month, d.Day, d.Year)
}

// columns returns the quarters shown: up to n of the comparison's, ending
// with the current one.
func columns(c *comparison.Comparison, n int) []fiscal.Period {
	var cols []fiscal.Period
	for _, p := range c.Periods {
		if p.Compare(c.Current) <= 0 {
			cols = append(cols, p)
		}
	}
	if len(cols) > n {
		cols = cols[len(cols)-n:]
	}
	return cols
}

// quarterRange returns the n quarters up to the last of cols, every one of
// them, so that charts space quarters evenly; none before the first of cols.
func quarterRange(c *comparison.Comparison, cols []fiscal.Period, n int) []fiscal.Period {
	if len(cols) == 0 {
		return nil
	}
	var out []fiscal.Period
	for p := cols[len(cols)-1]; len(out) < n && p.Compare(cols[0]) >= 0; p = c.Calendar.Place(fiscal.Q(p.FiscalYear, p.Quarter).Prev()) {
		out = append(out, p)
	}
	slices.Reverse(out)
	return out
}

// valueAt returns a series' value for quarter p, or its balance at the
// quarter's end.
func valueAt(s *comparison.Series, p fiscal.Period) *comparison.Value {
	for i := range s.Values {
		q := s.Values[i].Period
		switch q.Kind {
		case fiscal.Quarter:
			if q.FiscalYear == p.FiscalYear && q.Quarter == p.Quarter {
				return &s.Values[i]
			}
		case fiscal.Instant:
			if !q.End.IsZero() && q.End == p.End || q.End.IsZero() && q.FiscalYear == p.FiscalYear && q.Quarter == p.Quarter {
				return &s.Values[i]
			}
		}
	}
	return nil
}

// changesOf returns the changes of a series to value v, as shown.
func changesOf(s *comparison.Series, v *comparison.Value) []changeView {
	var out []changeView
	for _, ch := range s.Changes {
		if ch.To == v.Period {
			out = append(out, newChange(ch, s.Metric, s.Unit))
		}
	}
	return out
}

// headline returns the two changes a card shows: on the prior quarter (for
// a balance at the first quarter's end, on the fiscal year end) and on a
// year earlier.
func headline(s *comparison.Series, v *comparison.Value) []changeView {
	var prior, yearAgo, yearEnd *comparison.Change
	for i := range s.Changes {
		ch := &s.Changes[i]
		if ch.To != v.Period {
			continue
		}
		switch ch.Kind {
		case comparison.Sequential:
			prior = ch
		case comparison.YearOverYear:
			yearAgo = ch
		case comparison.YearEnd:
			yearEnd = ch
		}
	}
	if prior == nil && yearEnd != nil && (yearAgo == nil || yearEnd.From != yearAgo.From) {
		prior = yearEnd
	}
	var out []changeView
	for _, ch := range []*comparison.Change{prior, yearAgo} {
		if ch != nil {
			out = append(out, newChange(*ch, s.Metric, s.Unit))
		}
	}
	return out
}

// A cellMaker shows series s's value v.
type cellMaker func(s *comparison.Series, v *comparison.Value) cellView

func newCell(s *comparison.Series, v *comparison.Value, src *sources, m marks) cellView {
	return cellView{Value: valueText(*v, s.Unit), How: v.How, Src: linkTo(src.first(v.Sources), m.set.of(s, v)),
		Derived: v.Derived, Corrected: v.Corrected, Doubt: m.doubt.of(s, v), Changes: changesOf(s, v)}
}

// cards shows the featured metrics of the current quarter: the company's
// total, on a GAAP basis where the calls give one.
func cards(c *comparison.Comparison, cols []fiscal.Period, featured []string, cell cellMaker) []card {
	if len(cols) == 0 || cols[len(cols)-1] != c.Current {
		return nil
	}
	cur := c.Current
	var out []card
	for _, m := range featured {
		if len(out) == maxCards {
			break
		}
		for _, basis := range []string{metric.GAAP, metric.NonGAAP} {
			s := find(c, m, "", basis)
			if s == nil {
				continue
			}
			v := valueAt(s, cur)
			if v == nil {
				continue
			}
			cl := cell(s, v)
			out = append(out, card{Label: seriesName(s.Metric, "", s.Basis), Value: cl.Value, How: cl.How, Src: cl.Src,
				Derived: cl.Derived, Corrected: cl.Corrected, Doubt: cl.Doubt, Changes: headline(s, v)})
			break
		}
	}
	return out
}

// find returns the series of a metric, segment and basis.
func find(c *comparison.Comparison, metric, segment, basis string) *comparison.Series {
	for i := range c.Series {
		s := &c.Series[i]
		if s.Metric == metric && s.Segment == segment && s.Basis == basis {
			return s
		}
	}
	return nil
}

// quarterTable shows every series with a value in the quarters shown.
func quarterTable(c *comparison.Comparison, cols []fiscal.Period, cell cellMaker) tableView {
	t := tableView{Current: -1}
	for i, p := range cols {
		t.Periods = append(t.Periods, p.String())
		if p == c.Current {
			t.Current = i
		}
	}
	for i := range c.Series {
		s := &c.Series[i]
		row := rowView{Name: seriesName(s.Metric, s.Segment, s.Basis), Cells: make([]cellView, len(cols))}
		any := false
		for j, p := range cols {
			if v := valueAt(s, p); v != nil {
				row.Cells[j], any = cell(s, v), true
			}
		}
		if any {
			t.Rows = append(t.Rows, row)
		}
	}
	return t
}

// yearTable shows the series stated for fiscal years and years to date,
// over the current fiscal year and the two before it.
func yearTable(c *comparison.Comparison, cell cellMaker) tableView {
	t := tableView{Current: -1}
	keep := func(p fiscal.Period) bool {
		return (p.Kind == fiscal.Year || p.Kind == fiscal.YTD) &&
			p.FiscalYear <= c.Current.FiscalYear && p.FiscalYear >= c.Current.FiscalYear-2
	}
	var periods []fiscal.Period
	seen := map[fiscal.Period]bool{}
	for _, s := range c.Series {
		for _, v := range s.Values {
			if keep(v.Period) && !seen[v.Period] {
				seen[v.Period] = true
				periods = append(periods, v.Period)
			}
		}
	}
	slices.SortFunc(periods, fiscal.Period.Compare)
	for _, p := range periods {
		t.Periods = append(t.Periods, p.String())
	}
	for i := range c.Series {
		s := &c.Series[i]
		row := rowView{Name: seriesName(s.Metric, s.Segment, s.Basis), Cells: make([]cellView, len(periods))}
		any := false
		for j, p := range periods {
			for k := range s.Values {
				if s.Values[k].Period == p {
					row.Cells[j], any = cell(s, &s.Values[k]), true
				}
			}
		}
		if any {
			t.Rows = append(t.Rows, row)
		}
	}
	return t
}

// checkKinds are the groups checks are shown in, in order.
var checkKinds = []struct {
	kind, title string
	collapsed   bool
}{
	{comparison.StatedChangeMismatch, "Stated changes the figures do not support", false},
	{comparison.Conflict, "A call giving two values for one figure", false},
	{comparison.Restated, "Figures a later call restated", false},
	{comparison.Correction, "Values you corrected", false},
	{comparison.Unverified, "Checks that could not be made: figures stated once, derived or on another basis", true},
	{comparison.Note, "Notes on reading the calls", true},
	{comparison.Unattributed, "Figures not attributed to a metric or period", true},
}

// checks groups the comparison's checks, counts them, and returns the
// values they mark: those a problem (comparison.IsProblem) questions, and
// those the user set. Those checks get element ids
// (check-1, check-2, …) for the values to link to.
func checks(c *comparison.Comparison, src *sources) ([]checkGroup, int, marks) {
	var out []checkGroup
	n, ids := 0, 0
	m := marks{doubt: cellChecks{}, set: cellChecks{}}
	for _, k := range checkKinds {
		g := checkGroup{Title: k.title, Collapsed: k.collapsed}
		var about cellChecks
		switch {
		case comparison.IsProblem(k.kind):
			about = m.doubt
		case k.kind == comparison.Correction:
			about = m.set
		}
		for i := range c.Checks {
			ch := &c.Checks[i]
			if ch.Kind != k.kind {
				continue
			}
			item := &checkItem{Message: ch.Message, Src: src.ref(ch.Source)}
			if about != nil && ch.Period != nil {
				ids++
				item.ID = fmt.Sprintf("check-%d", ids)
				id := cellID{ch.Metric, ch.Segment, ch.Basis, *ch.Period}
				if about[id] == nil {
					about[id] = item
				}
			}
			g.Items = append(g.Items, item)
		}
		if len(g.Items) > 0 {
			out = append(out, g)
			n += len(g.Items)
		}
	}
	return out, n, m
}

// drivers quotes, for each value of the current quarter that changed,
// the sentences of the current call that explain the change (the
// comparison says which).
func drivers(c *comparison.Comparison, src *sources) []driver {
	var out []driver
	for i := range c.Series {
		s := &c.Series[i]
		for j := range s.Values {
			if d, ok := driverOf(s, &s.Values[j], src); ok {
				out = append(out, d)
			}
		}
	}
	return out
}

// driverOf quotes what explains the changes of series s to value v.
func driverOf(s *comparison.Series, v *comparison.Value, src *sources) (driver, bool) {
	chs := changesOf(s, v)
	if len(chs) == 0 || len(v.Drivers) == 0 {
		return driver{}, false
	}
	d := driver{Series: seriesName(s.Metric, s.Segment, s.Basis)}
	if p := v.Period; p.Kind == fiscal.Year || p.Kind == fiscal.YTD {
		d.Series += ", " + p.String()
	}
	for _, ch := range chs {
		d.Change = joinNonEmpty(d.Change, ch.Text)
	}
	for i := range v.Drivers {
		q := &v.Drivers[i]
		speaker := q.Speaker
		if speaker == "" {
			speaker = "the call"
		}
		d.Quotes = append(d.Quotes, quote{Text: q.Text, Speaker: speaker, Where: fmt.Sprintf("%s call, line %d", q.Call, q.Line), Src: src.ref(&q.Figure)})
	}
	return d, true
}

func joinNonEmpty(a, b string) string {
	if a == "" {
		return b
	}
	return a + ", " + b
}

// againstWords say how an actual compares with the last guidance.
var againstWords = map[string]string{"above": "above the range", "within": "within the range", "below": "below the range"}

func guidance(c *comparison.Comparison, src *sources) []guidanceView {
	var out []guidanceView
	for _, g := range c.Guidance {
		gv := guidanceView{Title: seriesName(g.Metric, g.Segment, g.Basis) + " for " + g.Period.String()}
		for i := range g.History {
			h := &g.History[i]
			gv.Steps = append(gv.Steps, stepView{Call: h.Call.String() + " call", Range: rangeText(*h.Low, *h.High, g.Unit),
				Label: h.Label, Src: src.ref(&h.Source)})
		}
		if a := g.Actual; a != nil {
			gv.Actual = amount(a.Value, g.Unit)
			gv.ActualSrc = src.ref(&a.Source)
			gv.Against = againstWords[a.Against]
		}
		out = append(out, gv)
	}
	return out
}

// rangeText writes a guided range, or a point.
func rangeText(lo, hi decimal.Decimal, unit string) string {
	if lo.Equal(hi) {
		return amount(lo, unit)
	}
	return amount(lo, unit) + " to " + amount(hi, unit)
}
