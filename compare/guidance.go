package compare

import (
	"cmp"
	"slices"
	"strings"

	"github.com/shopspring/decimal"

	"qoq/fiscal"
)

// guidance builds the history of each metric and period guided: the range
// each call gave, labelled against the call before, and the actual once a
// call reports it.
func (c *comparer) guidance() {
	type gkey struct {
		k key
		p fiscal.Period
	}
	byKey := map[gkey][]*obs{}
	var keys []gkey
	for _, o := range c.guides {
		gk := gkey{o.key, o.period}
		if byKey[gk] == nil {
			keys = append(keys, gk)
		}
		byKey[gk] = append(byKey[gk], o)
	}
	slices.SortFunc(keys, func(a, b gkey) int { return cmp.Or(compareKeys(a.k, b.k), a.p.Compare(b.p)) })
	for _, gk := range keys {
		g := Guidance{Metric: gk.k.metric, Segment: c.segNames[gk.k.seg], Basis: gk.k.basis, Unit: gk.k.unit, Period: gk.p}
		var prev *GuidanceStep
		for call := range c.calls {
			o := c.first(byKey[gk], func(o *obs) bool { return o.call == call })
			if o == nil {
				continue
			}
			lo, hi := bounds(o)
			step := GuidanceStep{Call: c.calls[call].Period, Low: &lo, High: &hi, Label: Initiated, Source: *c.source(o)}
			if prev != nil {
				step.Label = relabel(*prev.Low, *prev.High, lo, hi)
			}
			g.History = append(g.History, step)
			prev = &g.History[len(g.History)-1]
		}
		if len(g.History) == 0 {
			continue
		}
		g.Actual = c.actual(gk.k, gk.p, g.History[len(g.History)-1])
		c.out.Guidance = append(c.out.Guidance, g)
	}
	if c.out.Guidance == nil {
		c.out.Guidance = []Guidance{}
	}
}

// bounds returns the range a guidance mention gives; a point is a range
// of one value.
func bounds(o *obs) (decimal.Decimal, decimal.Decimal) {
	f := o.fact
	if f.Low != nil && f.High != nil {
		return *f.Low, *f.High
	}
	if f.Value != nil {
		return *f.Value, *f.Value
	}
	return decimal.Zero, decimal.Zero
}

// relabel says how a range moved from one call to the next: both ends up
// is raised, both down lowered; ends moving toward each other, or one end
// moving in, narrowed; the other way, widened.
func relabel(plo, phi, lo, hi decimal.Decimal) string {
	dlo, dhi := lo.Cmp(plo), hi.Cmp(phi)
	switch {
	case dlo == 0 && dhi == 0:
		return Maintained
	case dlo > 0 && dhi > 0:
		return Raised
	case dlo < 0 && dhi < 0:
		return Lowered
	case dlo >= 0 && dhi <= 0:
		return Narrowed
	}
	return Widened
}

// actual returns the figure a guided period came in at, from the cell of
// the same series, or of the same metric on the other basis, against the
// last guidance.
func (c *comparer) actual(k key, p fiscal.Period, last GuidanceStep) *Actual {
	cl := c.cells[cellKey{k, p}]
	if cl == nil || cl.chosen == nil {
		for ck, other := range c.cells {
			if ck.period == p && ck.key.metric == k.metric && ck.key.seg == k.seg && other.chosen != nil && (cl == nil || strings.Compare(ck.key.basis, cl.key.basis) < 0) {
				cl = other
			}
		}
	}
	if cl == nil || cl.chosen == nil || cl.val.Value == nil {
		return nil
	}
	v := *cl.val.Value
	a := &Actual{Value: v, Against: "within", Source: *c.source(cl.chosen)}
	switch {
	case v.LessThan(*last.Low):
		a.Against = "below"
	case v.GreaterThan(*last.High):
		a.Against = "above"
	}
	return a
}

// finish settles the current quarter, the periods covered, the company
// and the order of the checks.
func (c *comparer) finish() {
	out := c.out
	out.Calendar = c.cal
	out.Current = c.calls[len(c.calls)-1].Period
	if !c.opts.Current.IsZero() {
		out.Current = c.place(c.opts.Current)
	}
	seen := map[fiscal.Period]bool{}
	addQuarter := func(p fiscal.Period) {
		if p.Kind == fiscal.Instant {
			p = fiscal.Q(p.FiscalYear, p.Quarter)
		}
		if p.Kind != fiscal.Quarter || p.Quarter == 0 {
			return
		}
		p = c.cal.Place(fiscal.Q(p.FiscalYear, p.Quarter))
		if !seen[p] {
			seen[p] = true
			out.Periods = append(out.Periods, p)
		}
	}
	for _, call := range c.calls {
		addQuarter(call.Period)
	}
	for _, s := range out.Series {
		for _, v := range s.Values {
			addQuarter(v.Period)
		}
	}
	slices.SortFunc(out.Periods, fiscal.Period.Compare)
	out.Company = c.opts.Company
	if out.Company == "" {
		votes := map[string]int{}
		for _, call := range c.calls {
			if call.Company != "" {
				votes[call.Company]++
			}
		}
		for name, v := range votes {
			if v > votes[out.Company] || v == votes[out.Company] && name < out.Company {
				out.Company = name
			}
		}
	}
	if out.Checks == nil {
		out.Checks = []Check{}
	}
	if out.Series == nil {
		out.Series = []Series{}
	}
	slices.SortStableFunc(out.Checks, func(a, b Check) int { return cmp.Compare(checkRank[a.Kind], checkRank[b.Kind]) })
}

// checkRank orders checks by how much they matter to a reader.
var checkRank = map[string]int{StatedChangeMismatch: 0, Restated: 1, Conflict: 2, Correction: 3, Note: 4, Unattributed: 5}
