package corpus

import (
	"regexp"
	"sort"
	"strings"

	"github.com/shopspring/decimal"
)

// An amount is one number of a summary in base units, with the decimal
// places it was written to at that scale: "$3.3 billion" is 3300000000 to
// -8 places (the nearest hundred million), "$3.34" is 3.34 to 2 places.
type amount struct {
	value  decimal.Decimal
	places int32
	shift  int32 // power of ten of the scale word: 6 for "million", -2 for cents
	scaled bool  // written with a scale word: million, bln, k...
}

// newAmount reads a written number and its scale word.
func newAmount(num, scale string, negative, cents bool) (amount, bool) {
	num = strings.ReplaceAll(num, ",", "")
	d, err := decimal.NewFromString(num)
	if err != nil {
		return amount{}, false
	}
	places := int32(0)
	if i := strings.IndexByte(num, '.'); i >= 0 {
		places = int32(len(num) - i - 1)
	}
	shift, scaled := scales[scale]
	if cents {
		shift = -2
	}
	if negative {
		d = d.Neg()
	}
	return amount{value: d.Shift(shift), places: places - shift, shift: shift, scaled: scaled}, true
}

// withShift scales an amount written without a scale word by 10^shift.
func (a amount) withShift(shift int32) amount {
	return amount{value: a.value.Shift(shift), places: a.places - shift, shift: shift, scaled: true}
}

// A figure is a money figure of a summary line: a point or a range.
type figure struct {
	start, end int // byte span in the clause, range included
	tailEnd    int // end of a per-share tail such as "per diluted share"
	lo, hi     amount
	isRange    bool
	perShare   bool // followed by "per share", or written in cents
	scaled     bool // any end written with a scale word
	text       string
}

// places is the coarsest precision of the figure's ends.
func (f figure) places() int32 {
	if f.isRange && f.hi.places < f.lo.places {
		return f.hi.places
	}
	return f.lo.places
}

// An atom is one written money amount before ranges are joined.
type atom struct {
	start, end int
	amount
	cents bool
}

// findFigures returns the money figures of a clause in order. A figure
// needs a currency: "$", "usd", "dollars" or "cents". Percentages and counts
// are never figures.
func findFigures(s string) []figure {
	atoms := findAtoms(s)
	var out []figure
	for i := 0; i < len(atoms); i++ {
		f, used := joinRange(s, atoms, i)
		i += used
		f.tailEnd = f.end
		if m := perShareTail.FindStringIndex(s[f.end:]); m != nil {
			f.perShare = true
			f.tailEnd = f.end + m[1]
		}
		f.text = s[f.start:f.end]
		out = append(out, f)
	}
	return out
}

// findAtoms finds the written money amounts of s, leftmost first.
func findAtoms(s string) []atom {
	var atoms []atom
	add := func(re *regexp.Regexp, cents bool) {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			if a, ok := atomOf(s, re, m, cents); ok {
				atoms = append(atoms, a)
			}
		}
	}
	add(dollarFigure, false)
	add(usdFigure, false)
	add(centsFigure, true)
	sort.SliceStable(atoms, func(i, j int) bool { return atoms[i].start < atoms[j].start })
	return dropOverlaps(atoms)
}

// atomOf builds an atom from a match of one of the figure patterns.
func atomOf(s string, re *regexp.Regexp, m []int, cents bool) (atom, bool) {
	num := group(s, re, m, "num", "num2")
	scale := group(s, re, m, "scale", "scale2")
	sign := group(s, re, m, "sign", "sign2")
	if num == "" {
		return atom{}, false
	}
	start := m[0]
	if strings.HasPrefix(sign, "-") && rangeDash.MatchString(before(s, m[0])) {
		// "$445 - $500 million": the dash joins a range, it is no sign.
		start += len(sign)
		sign = group(s, re, m, "sign2")
	}
	negative := strings.Contains(sign, "-") || (strings.Contains(sign, "(") && closesParen(s, re, m))
	if !negative {
		start += len(sign) // "($1.09 per share)": the figure starts at "$"
	}
	a, ok := newAmount(num, scale, negative, cents)
	return atom{start: start, end: m[1], amount: a, cents: cents}, ok
}

// closesParen reports whether the number of match m is followed by ")":
// "$(0.12)" is negative, "($1.09 per share)" is not.
func closesParen(s string, re *regexp.Regexp, m []int) bool {
	for _, n := range []string{"num", "num2"} {
		if i := re.SubexpIndex(n); i >= 0 && m[2*i+1] >= 0 {
			return m[2*i+1] < len(s) && s[m[2*i+1]] == ')'
		}
	}
	return false
}

// group returns the first non-empty named submatch among names.
func group(s string, re *regexp.Regexp, m []int, names ...string) string {
	for _, n := range names {
		i := re.SubexpIndex(n)
		if i >= 0 && m[2*i] >= 0 && m[2*i+1] > m[2*i] {
			return s[m[2*i]:m[2*i+1]]
		}
	}
	return ""
}

func dropOverlaps(atoms []atom) []atom {
	var out []atom
	for _, a := range atoms {
		if len(out) > 0 && a.start < out[len(out)-1].end {
			continue
		}
		out = append(out, a)
	}
	return out
}

// joinRange makes a figure of atoms[i], joined with the far end of its
// range where one follows: "$3.20 to $3.40", "$3.20 - 3.40",
// "between $1 and $2", "45 to 50 cents". It returns how many further atoms
// it used.
func joinRange(s string, atoms []atom, i int) (figure, int) {
	a := atoms[i]
	f := figure{start: a.start, end: a.end, lo: a.amount, perShare: a.cents, scaled: a.scaled}
	if near, start, ok := nearEnd(s, a); ok {
		return rangeFigure(f, start, a.end, near, a.amount, a.cents), 0
	}
	prior := isPrior(before(s, a.start))
	after := a.end
	if t := perShareTail.FindStringIndex(s[after:]); t != nil {
		after += t[1] // "$2.63 per share to $2.65 per share"
	}
	j := rangeJoin.FindStringIndex(s[after:])
	if j == nil {
		return f, 0
	}
	switch join := s[after : after+j[1]]; {
	case strings.Contains(join, "and") && !betweenEnd.MatchString(before(s, a.start)):
		return f, 0
	case prior && !strings.Contains(join, "-"):
		return f, 0 // "from $65 million to $35 million" is a change, not a range
	}
	at := after + j[1]
	if i+1 < len(atoms) && atoms[i+1].start == at {
		b := atoms[i+1]
		if r, ok := tryRange(f, a.amount, b.amount, b.end, a.cents || b.cents); ok {
			return r, 1
		}
		return f, 0
	}
	if far, end, ok := farEnd(s, at, a); ok {
		if r, ok := tryRange(f, a.amount, far, end, a.cents); ok {
			return r, 0
		}
	}
	return f, 0
}

// nearEnd reads the unit-less near end of "45 to 50 cents" before atom a.
func nearEnd(s string, a atom) (amount, int, bool) {
	if !a.cents {
		return amount{}, 0, false
	}
	b, off := behind(s, a.start)
	m := bareBefore.FindStringSubmatchIndex(b)
	if m == nil {
		return amount{}, 0, false
	}
	near, ok := newAmount(b[m[2]:m[3]], "", false, true)
	return near, off + m[0], ok
}

// farEnd reads the far end of a range written without "$":
// "$3.20 - 3.40", "$1.78 to 1.88 billion".
func farEnd(s string, at int, a atom) (amount, int, bool) {
	m := bareFigure.FindStringSubmatchIndex(s[at:])
	if m == nil {
		return amount{}, 0, false
	}
	num := group(s[at:], bareFigure, m, "num")
	scale := group(s[at:], bareFigure, m, "scale")
	if scale == "" && a.scaled {
		return amount{}, 0, false // "$5 million to 2023": not a range
	}
	b, ok := newAmount(num, scale, group(s[at:], bareFigure, m, "sign") != "", a.cents)
	return b, at + m[1], ok
}

// rangeFigure makes a range of figure f whose ends are lo and hi.
func rangeFigure(f figure, start, end int, lo, hi amount, cents bool) figure {
	lo, hi = shareScale(lo, hi), shareScale(hi, lo)
	f.start, f.end = start, end
	f.lo, f.hi, f.isRange = lo, hi, true
	f.perShare = cents
	f.scaled = lo.scaled || hi.scaled
	return f
}

// tryRange joins lo and hi when they are plausibly the ends of one range.
func tryRange(f figure, lo, hi amount, end int, cents bool) (figure, bool) {
	lo, hi = shareScale(lo, hi), shareScale(hi, lo)
	if !plausibleRange(lo.value, hi.value) {
		return f, false
	}
	return rangeFigure(f, f.start, end, lo, hi, cents), true
}

// shareScale gives an end written without a scale word the scale of the
// other end: "$250 to $275 million" is 250 million to 275 million.
func shareScale(a, other amount) amount {
	if a.scaled || !other.scaled {
		return a
	}
	return a.withShift(other.shift)
}

// plausibleRange reports whether two ends are close enough to be a range.
func plausibleRange(a, b decimal.Decimal) bool {
	a, b = a.Abs(), b.Abs()
	if a.IsZero() || b.IsZero() {
		return true
	}
	if a.GreaterThan(b) {
		a, b = b, a
	}
	return b.LessThanOrEqual(a.Mul(decimal.NewFromInt(maxRangeRatio)))
}
