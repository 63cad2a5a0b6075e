package corpus

import (
	"regexp"
	"sort"
	"strings"

	"github.com/shopspring/decimal"

	"qoq/facts"
)

// Numbers holds the numbers a transcript states, in base units, so that
// many figures can be looked up in one call's text.
type Numbers struct {
	// totals are amounts written with a scale word ("$3.28 billion",
	// "3,284 million") and long numbers written out ("$3,284,000,000").
	totals []decimal.Decimal
	// plain are numbers as written ("3.34", "$.34") and cents as dollars
	// ("34 cents" is 0.34): the candidates for per-share figures.
	plain []decimal.Decimal
}

// textNumber is a number of a transcript with its scale word or "cents".
var textNumber = regexp.MustCompile(`(?P<num>` + numPattern + `)(?:\s?(?P<scale>` + scalePattern + `)\b|\s?(?P<cents>cents?\b|¢))?`)

// textRangeJoin joins the ends of a range whose near end has no scale:
// "$1.82 to $1.83 billion".
var textRangeJoin = regexp.MustCompile(`^\s*(?:to|-|and|through)\s*\$?\s*$`)

// writtenOut is the size from which a number written without a scale word
// may be a money total: "$3,284,000,000".
var writtenOut = decimal.New(1, 5)

// IndexNumbers reads the numbers of a transcript.
func IndexNumbers(text string) *Numbers {
	text = strings.ToLower(text)
	var n Numbers
	ms := textNumber.FindAllStringSubmatchIndex(text, -1)
	for i, m := range ms {
		num := text[m[2]:m[3]]
		scale := submatch(text, m, textNumber, "scale")
		cents := submatch(text, m, textNumber, "cents") != ""
		a, ok := newAmount(num, scale, false, cents)
		if !ok {
			continue
		}
		n.add(a)
		if !a.scaled && !cents && i+1 < len(ms) {
			n.addRangeEnd(text, a, m, ms[i+1])
		}
	}
	sortDecimals(n.totals)
	sortDecimals(n.plain)
	return &n
}

// add files amount a as a total, a plain number or both.
func (n *Numbers) add(a amount) {
	switch {
	case a.scaled:
		n.totals = append(n.totals, a.value)
	case a.value.GreaterThanOrEqual(writtenOut):
		n.totals = append(n.totals, a.value)
		n.plain = append(n.plain, a.value)
	default:
		n.plain = append(n.plain, a.value)
	}
}

// addRangeEnd adds near end a of "1.82 to 1.83 billion" at the scale of
// the far end, the number matched by next.
func (n *Numbers) addRangeEnd(text string, a amount, m, next []int) {
	if !textRangeJoin.MatchString(text[m[1]:next[0]]) {
		return
	}
	scale := submatch(text, next, textNumber, "scale")
	if shift, ok := scales[scale]; ok {
		n.totals = append(n.totals, a.withShift(shift).value)
	}
}

func submatch(s string, m []int, re *regexp.Regexp, name string) string {
	i := re.SubexpIndex(name)
	if m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

func sortDecimals(ds []decimal.Decimal) {
	sort.Slice(ds, func(i, j int) bool { return ds[i].LessThan(ds[j]) })
}

// Has reports whether the transcript states figure e: a number equal to
// each end of e at the summary's precision. Signs are ignored: a call
// says "a loss of $0.12 per share".
func (n *Numbers) Has(e Expected) bool {
	pool := n.totals
	if e.Unit == facts.USDPerShare {
		pool = n.plain
	}
	ends := e.ends()
	if len(ends) == 0 {
		return false
	}
	for _, v := range ends {
		if !containsNear(pool, v.Abs(), e.Places) {
			return false
		}
	}
	return true
}

// Stated reports whether the text of a call states figure e, in any
// written form: "3.34", "$3.28 billion", "3,284 million" and "$3,284.5
// million" all state "$3.3 billion"; a range needs both ends.
func Stated(text string, e Expected) bool {
	return IndexNumbers(text).Has(e)
}

// containsNear reports whether sorted ds holds a number within half a unit
// of the last place of v.
func containsNear(ds []decimal.Decimal, v decimal.Decimal, places int32) bool {
	h := halfUnit(places)
	lo := v.Sub(h)
	i := sort.Search(len(ds), func(i int) bool { return ds[i].GreaterThanOrEqual(lo) })
	return i < len(ds) && ds[i].LessThanOrEqual(v.Add(h))
}

// halfUnit is half of 10^-places: the widest gap between a figure and a
// value that rounds to it.
func halfUnit(places int32) decimal.Decimal {
	return decimal.New(5, -places-1)
}

// near reports whether a rounds to b at places: |a-b| <= half a unit.
func near(a, b decimal.Decimal, places int32) bool {
	return a.Sub(b).Abs().LessThanOrEqual(halfUnit(places))
}

// ends returns the value of e, or its low and high ends.
func (e Expected) ends() []decimal.Decimal {
	switch {
	case e.Value != nil:
		return []decimal.Decimal{*e.Value}
	case e.Low != nil && e.High != nil:
		return []decimal.Decimal{*e.Low, *e.High}
	}
	return nil
}
