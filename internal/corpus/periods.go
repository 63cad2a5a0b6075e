package corpus

import (
	"sort"
	"strconv"

	"qoq/facts"
	"qoq/fiscal"
)

// A periodToken is a period named in a clause: "q2", "fy 2021",
// "quarterly", "first half".
type periodToken struct {
	start, end int
	kind       periodKind
	quarter    int // 1-4 for tokQuarter
	year       int // the fiscal year named, 0 when none
	text       string
}

var ordinals = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4}

// findPeriods returns the period tokens of a clause, leftmost first; where
// two overlap, the one that starts first and then the longer one wins.
func findPeriods(s string) []periodToken {
	var toks []periodToken
	for _, row := range periodRows {
		for _, m := range row.re.FindAllStringSubmatchIndex(s, -1) {
			if t, ok := tokenOf(s, row, m); ok {
				toks = append(toks, t)
			}
		}
	}
	sort.SliceStable(toks, func(i, j int) bool {
		if toks[i].start != toks[j].start {
			return toks[i].start < toks[j].start
		}
		return toks[i].end > toks[j].end
	})
	var out []periodToken
	for _, t := range toks {
		if len(out) > 0 && t.start < out[len(out)-1].end {
			continue
		}
		out = append(out, t)
	}
	return out
}

// tokenOf builds a token from a match of a period row.
func tokenOf(s string, row periodRow, m []int) (periodToken, bool) {
	t := periodToken{start: m[0], end: m[1], kind: row.kind, text: s[m[0]:m[1]]}
	if q := group(s, row.re, m, "q"); q != "" {
		t.quarter = int(q[0] - '0')
	}
	if o := group(s, row.re, m, "ord"); o != "" {
		t.quarter = ordinals[o]
	}
	if y := group(s, row.re, m, "y", "y2"); y != "" {
		t.year = fullYear(y)
		if b := before(s, m[0]); len(y) == 4 && (dateBefore.MatchString(b) || yearNotPeriod.MatchString(b)) {
			return t, false // "march 31, 2021", "$2021"
		}
	}
	return t, true
}

// fullYear reads a 2- or 4-digit year; "21" is 2021.
func fullYear(y string) int {
	n, _ := strconv.Atoi(y)
	if len(y) == 2 {
		n += 2000
	}
	return n
}

// resolve turns the period token of an expected figure into a fiscal
// period, against the quarter the call reports on. It returns a skip reason
// when the period cannot be decided.
func resolve(t periodToken, scenario string, call fiscal.Period) (fiscal.Period, string) {
	guidance := scenario == facts.Guidance
	switch t.kind {
	case tokQuarter:
		return resolveQuarter(t, guidance, call)
	case tokYear:
		return resolveYear(t, guidance, call)
	case tokThisQuarter:
		if guidance {
			return fiscal.Period{}, reasonPeriod
		}
		return call, ""
	case tokNextQuarter:
		if !guidance {
			return fiscal.Period{}, reasonPeriod
		}
		return call.Next(), ""
	case tokNextYear:
		return fiscal.FY(call.FiscalYear + 1), ""
	case tokThisYear:
		return fiscal.FY(call.FiscalYear), ""
	}
	return fiscal.Period{}, reasonPartYear
}

// notOver reports whether period p has not ended by the end of the call's
// quarter, so that a figure for it can only be an outlook.
func notOver(p, call fiscal.Period) bool {
	switch p.Kind {
	case fiscal.Quarter:
		return p.Compare(call) > 0
	case fiscal.Year:
		return p.FiscalYear > call.FiscalYear || (p.FiscalYear == call.FiscalYear && call.Quarter < 4)
	}
	return false
}

// resolveQuarter: a quarter with a year is that quarter. Without a year, an
// actual must be the call's own quarter; guidance is for the next such
// quarter: "sees q1" on a fourth-quarter call is q1 of the next year.
func resolveQuarter(t periodToken, guidance bool, call fiscal.Period) (fiscal.Period, string) {
	switch {
	case t.year != 0:
		return fiscal.Q(t.year, t.quarter), ""
	case !guidance && t.quarter != call.Quarter:
		return fiscal.Period{}, reasonOtherQuarter
	case !guidance:
		return call, ""
	case t.quarter > call.Quarter:
		return fiscal.Q(call.FiscalYear, t.quarter), ""
	}
	return fiscal.Q(call.FiscalYear+1, t.quarter), ""
}

// resolveYear: a year named is that fiscal year. "fy" alone is the call's
// fiscal year, except that on a fourth-quarter call guidance is for the
// next one, and an actual full year is only reported on a fourth-quarter
// call.
func resolveYear(t periodToken, guidance bool, call fiscal.Period) (fiscal.Period, string) {
	switch {
	case t.year != 0:
		return fiscal.FY(t.year), ""
	case guidance && call.Quarter == 4:
		return fiscal.FY(call.FiscalYear + 1), ""
	case guidance:
		return fiscal.FY(call.FiscalYear), ""
	case call.Quarter == 4:
		return fiscal.FY(call.FiscalYear), ""
	}
	return fiscal.Period{}, reasonPeriod
}
