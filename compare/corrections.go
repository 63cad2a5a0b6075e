package compare

import (
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
}

// correct applies the user's corrections. A corrected cell keeps the
// user's value, marked as such, and a check says what the calls said.
func (c *comparer) correct() {
	for _, corr := range c.opts.Corrections {
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
