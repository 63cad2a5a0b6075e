package compare

import (
	"fmt"
	"path/filepath"
)

// How sure a comparison is of a figure.
//
// Real companies' successive calls agree with themselves almost always,
// so two readings that disagree more often mean one was misread than that
// the calls disagree. A figure is corroborated when it is stated in two
// sentences or more, of one call or of several, that agree on it at the
// precision both were stated to: last year's call reporting a quarter and
// this year's call comparing with it, or a figure stated in the prepared
// remarks and again in the answers. A sentence that states the figures it
// compares ("increased 12.4% to $1,254,000 from $1,140,000") is its own
// evidence. Checks compare only what both sides are sure of; what a check
// could not stand behind becomes an Unverified check, a quiet note, not an
// alarm.

// Confidence of a value.
const (
	Corroborated = "corroborated" // stated in two sentences or more that agree
	StatedOnce   = "stated_once"  // stated in one sentence
)

// A sentence identifies one sentence of one call.
type sentence struct {
	call, start int
}

func (o *obs) sentence() sentence { return sentence{o.call, o.fact.Source.Start} }

// support counts the sentences whose mentions of cell cl agree with o.
func (cl *cell) support(o *obs) int {
	seen := map[sentence]bool{}
	for _, m := range cl.obs {
		if agree(m, o) {
			seen[m.sentence()] = true
		}
	}
	return len(seen)
}

// corroborated reports whether mention o of cell cl is stated in two
// sentences or more.
func (cl *cell) corroborated(o *obs) bool { return cl.support(o) >= 2 }

// sure reports whether the cell holds a stated value that is corroborated.
func (cl *cell) sure() bool {
	return cl.has() && !cl.val.Derived && cl.chosen != nil && cl.corroborated(cl.chosen)
}

// confidence says how sure the comparison is of a stated value.
func (cl *cell) confidence() string {
	if cl.corroborated(cl.chosen) {
		return Corroborated
	}
	return StatedOnce
}

// disagree records that mention o of cell cl disagrees with the value
// kept, kept: an alarm of the kind given when both are corroborated, else
// an Unverified note. When o is corroborated and kept is not, o is the
// better evidence and is kept instead. It returns the mention kept and
// whether an alarm was raised.
func (c *comparer) disagree(cl *cell, kept, o *obs, kind, msg string) (*obs, bool) {
	if cl.corroborated(kept) && cl.corroborated(o) {
		c.check(Check{Kind: kind, Stated: o.value.String(), Computed: kept.value.String(), Message: msg, Source: c.source(o)}, cl)
		return kept, true
	}
	other, why := o, keptWhy(kept)
	if cl.corroborated(o) {
		kept, other, why = o, kept, "the better corroborated"
	}
	c.check(Check{Kind: Unverified, Stated: other.value.String(), Computed: kept.value.String(),
		Message: fmt.Sprintf("%s: %s reads %s, stated in %s; %s reads %s, stated in %s; %s is kept, as %s",
			c.cellName(cl), callLine(kept), show(kept), times(cl.support(kept)), callLine(other), show(other), times(cl.support(other)), show(kept), why),
		Source: c.source(other)}, cl)
	return kept, false
}

// keptWhy says why a mention's value is the one kept.
func keptWhy(o *obs) string {
	if o.own {
		return "its own call reported it"
	}
	return "stated first"
}

// callLine names a mention's file and line: "ACME_q1_2004.txt line 61".
func callLine(o *obs) string {
	return fmt.Sprintf("%s line %d", filepath.Base(o.doc.File), o.fact.Source.Line)
}

// times writes a count of sentences: "one sentence", "3 sentences".
func times(n int) string {
	if n == 1 {
		return "one sentence"
	}
	return fmt.Sprintf("%d sentences", n)
}
