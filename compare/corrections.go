package compare

import (
	"errors"
	"fmt"

	"github.com/shopspring/decimal"

	"qoq/facts"
	"qoq/fiscal"
	"qoq/metric"
)

// A CorrectionSpec is a value the user sets for a cell, overriding what
// the calls say: a figure extraction misread, or one the calls never
// state.
type CorrectionSpec struct {
	Metric  string
	Segment string
	Basis   string // GAAP when empty
	Period  fiscal.Period
	Value   decimal.Decimal
	Note    string
	// Source is where the correction is given, for messages:
	// "qoq.yaml:14".
	Source string
}

// correct applies the user's corrections. A corrected cell keeps the
// user's value, marked as such, and a check says what the calls said. A
// correction for a period after every call given is an error: it would
// add a quarter no call reports; one after the comparison's last quarter,
// when later calls were left out, is set aside with a note.
func (c *comparer) correct() error {
	last := c.calls[len(c.calls)-1].Period
	for _, corr := range c.opts.Corrections {
		if c.beyond(corr.Period, c.lastGiven) {
			where := "correction"
			if corr.Source != "" {
				where = corr.Source + ": correction"
			}
			return fmt.Errorf("%s of %s for %s: %w (%s); fix its period or remove it", where, corr.Metric, corr.Period, ErrCorrectsNothing, c.lastGiven)
		}
		if c.beyond(corr.Period, last) {
			c.out.Checks = append(c.out.Checks, Check{Kind: Note, Message: fmt.Sprintf("the correction of %s for %s was set aside: it is after %s, the last quarter compared", corr.Metric, corr.Period, last)})
			continue
		}
		basis := corr.Basis
		if basis == "" {
			basis = facts.GAAP
		}
		p := c.place(corr.Period)
		k := key{corr.Metric, c.segment(corr.Segment), basis, c.unitOf(corr.Metric, corr.Segment, basis)}
		cl := c.cellAt(k, p)
		was := "no figure"
		if cl.val.Value != nil {
			was = c.fmt(k, *cl.val.Value)
		}
		v := corr.Value
		sources := cl.val.Sources
		if sources == nil {
			sources = []Source{}
		}
		cl.val = Value{Period: p, Value: &v, Corrected: true, How: corr.Note, Sources: sources}
		cl.exp = v.Exponent()
		cl.lo, cl.hi = v, v
		cl.from = nil
		note := ""
		if corr.Note != "" {
			note = ": " + corr.Note
		}
		c.check(Check{Kind: Correction, Stated: v.String(),
			Message: fmt.Sprintf("%s set to %s by the config (the calls gave %s)%s", c.cellName(cl), c.fmt(k, v), was, note)}, cl)
	}
	return nil
}

// ErrCorrectsNothing is the error of a correction for a period after the
// last call's quarter.
var ErrCorrectsNothing = errors.New("after the quarter of the last call, no call states it")

// beyond reports whether period p ends after quarter q: a quarter or a
// date after q's, a fiscal year after q's.
func (c *comparer) beyond(p, q fiscal.Period) bool {
	switch p.Kind {
	case fiscal.Instant:
		return p.End.Compare(c.cal.QuarterEnd(q.FiscalYear, q.Quarter)) > 0
	case fiscal.Year:
		return p.FiscalYear > q.FiscalYear
	}
	return after(p, q)
}

// after reports whether quarter p is after quarter q.
func after(p, q fiscal.Period) bool {
	return p.FiscalYear > q.FiscalYear || p.FiscalYear == q.FiscalYear && p.Quarter > q.Quarter
}

// unitOf returns the unit of the series a correction is for: that of an
// existing series of the metric, else the metric's own.
func (c *comparer) unitOf(id, segment, basis string) string {
	for ck := range c.cells {
		if ck.key.metric == id && ck.key.basis == basis {
			return ck.key.unit
		}
	}
	return string(metric.UnitOf(id))
}
