package compare

import (
	"qoq/facts"
	"qoq/fiscal"
)

// maxDrivers bounds the sentences quoted for one value.
const maxDrivers = 3

// drivers quotes, for each value of the current quarter (or of the year
// or year to date it closes, or a balance at its end), the sentences of
// the current call that explain its change: the figure's own sentence
// when it gives a cause, and the next sentence of its paragraph when that
// one does (extraction says which do).
func (c *comparer) drivers() {
	for i := range c.out.Series {
		s := &c.out.Series[i]
		for j := range s.Values {
			c.driversOf(s, &s.Values[j])
		}
	}
}

// driversOf quotes what explains value v of series s.
func (c *comparer) driversOf(s *Series, v *Value) {
	p, cur := v.Period, c.out.Current
	switch {
	case p.Kind == fiscal.Quarter && p.FiscalYear == cur.FiscalYear && p.Quarter == cur.Quarter:
	case (p.Kind == fiscal.Year || p.Kind == fiscal.YTD) && p.End == cur.End:
	case p.Kind == fiscal.Instant && p.End == cur.End:
	default:
		return
	}
	seen := map[string]bool{}
	add := func(text, speaker string, line int, call fiscal.Period, fig Source) {
		if seen[text] || len(v.Drivers) == maxDrivers {
			return
		}
		seen[text] = true
		v.Drivers = append(v.Drivers, Driver{Text: text, Speaker: speaker, Line: line, Call: call, Figure: fig})
	}
	for i, call := range c.calls {
		if call.Period.FiscalYear != cur.FiscalYear || call.Period.Quarter != cur.Quarter {
			continue
		}
		d := c.docs[i]
		for j := range d.Facts {
			f := &d.Facts[j]
			if !c.ofSeries(f, s) || f.Scenario != facts.Actual || !samePeriod(c.place(f.Period), p) {
				continue
			}
			fig := Source{File: d.File, Part: d.Part, Line: f.Source.Line, Call: call.Period, Quote: quoteOf(&f.Source)}
			if f.Source.Explains {
				add(f.Source.Text, f.Source.Speaker, f.Source.Line, call.Period, fig)
			}
			if f.Source.AfterExplains {
				add(f.Source.After, f.Source.Speaker, f.Source.AfterLine, call.Period, fig)
			}
		}
	}
}

// ofSeries reports whether fact f is a figure of series s: of its metric
// and basis, and of its segment however the call spells it, or by the
// name the config gives it.
func (c *comparer) ofSeries(f *facts.Fact, s *Series) bool {
	if f.Metric != s.Metric || f.Basis != s.Basis || (f.Segment == "") != (s.Segment == "") {
		return false
	}
	if f.Segment == "" {
		return true
	}
	k, _ := c.segmentKey(f.Segment)
	return c.segNames[k] == s.Segment
}

// samePeriod reports whether two placed periods are one.
func samePeriod(a, b fiscal.Period) bool {
	if a.Kind != b.Kind {
		return false
	}
	if a.Kind == fiscal.Instant {
		return a.End == b.End
	}
	return a.FiscalYear == b.FiscalYear && a.Quarter == b.Quarter && a.Months == b.Months
}
