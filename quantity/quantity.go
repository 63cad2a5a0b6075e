package quantity

import (
	"strings"
	"unicode/utf8"

	"github.com/shopspring/decimal"
)

// Unit is the kind of a quantity.
type Unit uint8

// The units a quantity can have.
const (
	None        Unit = iota // a plain number: a count
	Money                   // an amount of Currency
	Percent                 // a percentage, as stated: 16.5 for 16.5%
	BasisPoints             // basis points
	Points                  // percentage points
	Days                    // days
	Times                   // a multiple: 2.5x
)

var unitNames = [...]string{"", "money", "percent", "bp", "points", "days", "times"}

func (u Unit) String() string { return unitNames[u] }

// A Quantity is a figure found in text.
type Quantity struct {
	Start, End int // byte offsets of the figure in the text scanned

	// Value is the figure, or the low end of a range, in base units:
	// "$6.7 million" is 6700000. High is the high end of a range.
	Value, High decimal.Decimal
	Range       bool
	// Exp is the power of ten of the last digit stated, in base units:
	// 5 for "$6.7 million", -2 for "$.03", 0 for "$6,736,000".
	Exp int32

	Unit     Unit
	Currency string // ISO code for Money: "USD"
	PerShare bool   // "$0.12 per share"
	Variant  string // the class of share named: "diluted", "basic", …
	Scaled   bool   // written with a scale word or letter
	ScaleExp int32  // the power of ten of that scale: 6 for "million"
	Negative bool   // written as negative: "$(0.12)", "-5%"
	Approx   bool   // hedged: "approximately $5 million"
	Hedge    string // the hedging words, lower-cased
	// Join is the word that joins this quantity to the one before it when
	// nothing else stands between them: "to", "or", "and".
	Join string
	// Unread, when set, says why the figure written from Start to End is
	// not read as a value: "more than 24 digits", "in exponent form", "in
	// doubled parentheses". Value and High are then zero: such a figure is
	// found so that it can be listed, never so that it can be used.
	Unread string
}

// The reasons a figure is not read.
const (
	unreadLong   = "more than 24 digits: too long to be read as a figure"
	unreadExp    = "written in exponent form, as no call states a figure"
	unreadParens = "in doubled parentheses: whether it is negative is not clear"
)

// Append scans s for quantities and appends them to dst.
func Append(dst []Quantity, s string) []Quantity {
	first := len(dst)
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == ' ' || c == ',':
			i++
			continue
		case isLetter(c) && !currencyCodeAt(s, i):
			j := wordEnd(s, i)
			if w := s[i:j]; !mayBeNumberWord(w) || isLetterAt(s, i-1) || !isNumberWord(w) {
				i = j // a word holds no figure unless it is a number written out
				continue
			}
		}
		q, next, ok := scanAt(s, i)
		if ok {
			dst = append(dst, q)
		}
		i = next
	}
	return pair(dst, first, s)
}

// scanAt tries to read a quantity starting at s[i:]. It returns the
// quantity, the offset to go on scanning from (always past i) and whether a
// quantity was found.
func scanAt(s string, i int) (Quantity, int, bool) {
	c := s[i]
	switch {
	case isDigit(c) || c == '.' && i+1 < len(s) && isDigit(s[i+1]) && !isDigitAt(s, i-1):
		if !boundaryBefore(s, i) {
			return Quantity{}, skipToken(s, i), false
		}
		return figure(s, i, i, "", false, false)
	case c == '(' || c == '-' || c == '+' || c >= utf8.RuneSelf || c == '$' || c == '~' ||
		(c == 'U' || c == 'C' || c == 'A' || c == 'R' || c == 'E' || c == 'G') && currencyCodeAt(s, i):
		if q, next, ok := signed(s, i); ok || next > i+1 {
			return q, next, ok
		}
	}
	if isLetter(c) && !isLetterAt(s, i-1) {
		q, next, ok := words(s, i)
		if ok {
			return q, next, true
		}
		// no quantity starts within a run of number words that ends
		// without a scale or a unit: go on after it
		return Quantity{}, max(next, skipWord(s, i)), false
	}
	_, n := utf8.DecodeRuneInString(s[i:])
	return Quantity{}, i + n, false
}

// signed reads a figure that starts with a currency sign, a sign or a
// parenthesis: "$6.7 million", "US$ 3", "$(0.12)", "($0.12)", "-$0.05",
// "-5%".
func signed(s string, i int) (Quantity, int, bool) {
	j := i
	neg, paren := false, false
	switch {
	case s[j] == '(' && j+1 < len(s) && !isDigit(s[j+1]):
		j++
		neg, paren = true, true
	case s[j] == '-' || s[j] == '+':
		if !boundaryBefore(s, i) || isDigitAt(s, i-1) {
			return Quantity{}, i + 1, false
		}
		neg = s[j] == '-'
		j++
	case strings.HasPrefix(s[j:], "−"): // minus sign
		neg = true
		j += len("−")
	}
	cur := ""
	for _, c := range currencies {
		if strings.HasPrefix(s[j:], c.sign) && (j == 0 || !isLetterAt(s, j-1) || c.sign[0] == '$') {
			cur = c.code
			j += len(c.sign)
			break
		}
	}
	if cur == "" && (!neg || paren) {
		return Quantity{}, i + 1, false
	}
	if cur != "" && j < len(s) && s[j] == ' ' {
		j++ // "$ 1,234" in tables, "USD 3"
	}
	if cur != "" && !neg && j < len(s) && (s[j] == '(' || s[j] == '-') {
		neg, paren = true, s[j] == '('
		j++
	}
	if j >= len(s) || !(isDigit(s[j]) || s[j] == '.' && j+1 < len(s) && isDigit(s[j+1])) {
		return Quantity{}, i + 1, false
	}
	return figure(s, i, j, cur, neg, paren)
}

// figure reads the number at s[j:] and what follows it: scale, unit,
// per-share phrase. start is where the figure's text begins (a sign or
// currency before the number); paren says the number must be closed by a
// parenthesis, as in "$(0.12)".
func figure(s string, start, j int, cur string, neg, paren bool) (Quantity, int, bool) {
	n, ok := readNumber(s, j)
	if !ok {
		return Quantity{}, skipToken(s, j), false
	}
	end := n.end
	if paren {
		if end >= len(s) || s[end] != ')' {
			return Quantity{}, end, false
		}
		end++
	}
	if n.long {
		return unread(s, start, end, cur, unreadLong)
	}
	if k := exponentEnd(s, end); k > end {
		return unread(s, start, k, cur, unreadExp)
	}
	if paren && start > 0 && s[start-1] == '(' && end < len(s) && s[end] == ')' {
		return unread(s, start-1, end+1, cur, unreadParens)
	}
	q := Quantity{Start: start, Currency: cur, Negative: neg, Exp: n.exp}
	if cur != "" {
		q.Unit = Money
	}
	mant, exp := n.mant, n.exp

	// What is written against the number: an ordinal suffix, a scale letter,
	// an x, or the rest of a word such as "10-Q" or "3D".
	if end < len(s) && isLetter(s[end]) {
		w := s[end:wordEnd(s, end)]
		lw := strings.ToLower(w)
		switch {
		case hasString(ordinalSuffixes, lw):
			return Quantity{}, end + len(w), false
		case lw == "x":
			q.Unit = Times
			end += len(w)
		default:
			sc, found := findScale(lw, true)
			if !found || (cur == "" && !followedByCurrencyWord(s, end+len(w))) {
				return Quantity{}, skipToken(s, start), false
			}
			exp += sc.exp
			q.Scaled, q.ScaleExp = true, sc.exp
			end += len(w)
		}
	} else if end+1 < len(s) && (s[end] == '-' && isLetter(s[end+1]) || s[end] == '/' && isDigit(s[end+1]) || s[end] == ':' && isDigit(s[end+1]) || s[end] == '.' && isDigit(s[end+1])) {
		return Quantity{}, skipToken(s, start), false // 10-Q, 3/31/2004, 8:30, 877.407.0789
	} else if isPhone(s, start, end) {
		return Quantity{}, skipToken(s, start), false
	}

	// A scale word and a unit after a space.
	if !q.Scaled && q.Unit != Times {
		if w, k := nextWord(s, end); w != "" {
			if sc, found := findScale(strings.ToLower(w), false); found {
				exp += sc.exp
				q.Scaled, q.ScaleExp = true, sc.exp
				end = k
			}
		}
	}
	if end < len(s) && s[end] == '%' {
		q.Unit = Percent
		end++
	} else if end+1 < len(s) && s[end] == ' ' && s[end+1] == '%' {
		q.Unit = Percent
		end += 2
	} else if u, k, found := unitAfter(s, end); found && (q.Unit == None || q.Unit == Money && u.unit == Money) {
		q.Unit = u.unit
		exp += u.exp
		if u.cur != "" {
			q.Currency = u.cur
		}
		end = k
	}
	if q.Unit == Money || q.Unit == None && !q.Scaled {
		if v, k, found := perShareAfter(s, end); found {
			q.Unit, q.PerShare, q.Variant, end = Money, true, v, k
			if q.Currency == "" {
				q.Currency = "USD"
			}
		}
	}
	q.Exp = exp
	q.Value = n.decimal(mant, exp)
	if neg {
		q.Value = q.Value.Neg()
	}
	q.High = q.Value
	q.End = end

	if q.Unit == None && !q.Scaled {
		if n.plainYear() || isDateDay(s, start, end, n) || isLabel(prevWord(s, start)) || isSpan(s, end) {
			return Quantity{}, end, false
		}
	}
	q.Hedge = hedgeBefore(s, start)
	q.Approx = q.Hedge != ""
	if !neg && negativeWordBefore(s, start, q.Hedge) {
		q.Value, q.High, q.Negative = q.Value.Neg(), q.High.Neg(), true
	}
	return q, end, true
}

// unread returns the figure from start to end, not read for the reason
// given: its scale word or unit, if any, is taken with it.
func unread(s string, start, end int, cur, why string) (Quantity, int, bool) {
	q := Quantity{Start: start, Currency: cur, Unread: why}
	if cur != "" {
		q.Unit = Money
	}
	if w, k := nextWord(s, end); w != "" {
		if _, found := findScale(strings.ToLower(w), false); found {
			end = k
		}
	}
	if end < len(s) && s[end] == '%' {
		q.Unit, end = Percent, end+1
	}
	q.End = end
	return q, end, true
}

// exponentEnd returns the end of an exponent written at s[i:] ("e9",
// "E+10", "e-3"), or i when none is.
func exponentEnd(s string, i int) int {
	if i >= len(s) || s[i]|0x20 != 'e' {
		return i
	}
	k := i + 1
	if k < len(s) && (s[k] == '+' || s[k] == '-') {
		k++
	}
	d := k
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	if k == d || isLetterAt(s, k) {
		return i
	}
	return k
}

// isNumberWord reports, without allocating, whether w is one of the
// numberWords in any case.
func isNumberWord(w string) bool {
	c := w[0] | 0x20
	if c < 'a' || c > 'z' {
		return false
	}
	for _, n := range numberWordsByLetter[c-'a'] {
		if len(n) == len(w) && strings.EqualFold(n, w) {
			return true
		}
	}
	return false
}

// currencyCodeAt reports whether a currency written in letters starts at
// s[i]: "US$", "C$", "USD ".
func currencyCodeAt(s string, i int) bool {
	switch s[i] {
	case 'U', 'C', 'A', 'R', 'E', 'G':
	default:
		return false
	}
	for _, c := range currencies {
		if c.sign[0] == s[i] && strings.HasPrefix(s[i:], c.sign) {
			return true
		}
	}
	return false
}

// A number is the digits of a number as read: mantissa digits and the
// power of ten of the last one.
type number struct {
	digits  [24]byte
	nd      int  // digits used
	long    bool // more than 24 digits: the number is not read
	exp     int32
	end     int  // offset past the number
	commas  bool // written with thousands separators
	hasFrac bool
	mant    int64
}

// readNumber reads digits with optional thousands separators and a decimal
// part: 6,736,000 / 6.7 / .03.
func readNumber(s string, j int) (number, bool) {
	var n number
	add := func(c byte) {
		if n.nd == len(n.digits) {
			n.long = true // read on to the end of the digits, keeping none
			return
		}
		n.digits[n.nd] = c
		n.nd++
	}
	k := j
	for k < len(s) && isDigit(s[k]) {
		add(s[k])
		k++
	}
	for k > j && k+3 < len(s) && s[k] == ',' && isDigit(s[k+1]) && isDigit(s[k+2]) && isDigit(s[k+3]) && !isDigitAt(s, k+4) {
		n.commas = true
		for _, c := range []byte(s[k+1 : k+4]) {
			add(c)
		}
		k += 4
	}
	if k+1 < len(s) && s[k] == '.' && isDigit(s[k+1]) {
		n.hasFrac = true
		k++
		for k < len(s) && isDigit(s[k]) {
			add(s[k])
			n.exp--
			k++
		}
	}
	if n.nd == 0 {
		return n, false
	}
	n.end = k
	if n.nd <= 18 {
		for _, c := range n.digits[:n.nd] {
			n.mant = n.mant*10 + int64(c-'0')
		}
	}
	return n, true
}

// decimal returns the number's value with exponent exp.
func (n *number) decimal(mant int64, exp int32) decimal.Decimal {
	if n.nd <= 18 {
		return decimal.New(mant, exp)
	}
	d, err := decimal.NewFromString(string(n.digits[:n.nd]))
	if err != nil {
		return decimal.Zero
	}
	return d.Shift(exp)
}

// plainYear reports whether the number is written like a year: four digits
// from 1900 to 2099, no separators, no decimals.
func (n *number) plainYear() bool {
	return n.nd == 4 && !n.commas && !n.hasFrac && n.mant >= 1900 && n.mant <= 2099
}

// isDateDay reports whether the number is the day of a date: "March 31",
// "31 March".
func isDateDay(s string, start, end int, n number) bool {
	if n.commas || n.hasFrac || n.mant < 1 || n.mant > 31 {
		return false
	}
	if w := prevWord(s, start); months[strings.ToLower(strings.TrimSuffix(w, "."))] {
		return true
	}
	w, _ := nextWord(s, end)
	return months[strings.ToLower(w)]
}

// isPhone reports whether the number from start to end is part of a
// telephone number: "800-555-1234", "(800) 555-1234".
func isPhone(s string, start, end int) bool {
	if start > 0 && s[start-1] == '(' && strings.HasPrefix(s[end:], ") ") && isDigitAt(s, end+2) {
		return true
	}
	if end-start == 3 && end+5 <= len(s) && s[end] == '-' && isDigit(s[end+1]) && isDigit(s[end+2]) && isDigit(s[end+3]) && isDigit(s[end+4]) && !isDigitAt(s, end+5) && (end+5 == len(s) || s[end+5] != '%') {
		return true // 555-1234
	}
	k := end
	groups := 0
	for k+1 < len(s) && (s[k] == '-' || s[k] == '.') && isDigit(s[k+1]) {
		k++
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		groups++
	}
	return groups >= 2
}

// words reads a number written in words followed by a scale or unit:
// "one million dollars", "twenty-five basis points", "two percent".
func words(s string, i int) (Quantity, int, bool) {
	var total int64
	j, seen := i, false
	if !mayBeNumberWord(s[i:wordEnd(s, i)]) {
		return Quantity{}, i, false
	}
	for {
		w := s[j:wordEnd(s, j)]
		v, ok := numberWords[lowerWord(w)]
		if !ok {
			if strings.EqualFold(w, "hundred") && seen {
				total *= 100
				j += len(w)
			} else {
				break
			}
		} else {
			total += v
			seen = true
			j += len(w)
		}
		if j < len(s) && s[j] == '-' && j+1 < len(s) && isLetter(s[j+1]) {
			j++
			continue
		}
		if k := j + 1; j < len(s) && s[j] == ' ' && k < len(s) && isLetter(s[k]) {
			nw := lowerWord(s[k:wordEnd(s, k)])
			if _, ok := numberWords[nw]; ok || nw == "hundred" {
				j = k
				continue
			}
		}
		break
	}
	if !seen {
		return Quantity{}, i, false
	}
	run := j
	q := Quantity{Start: i}
	end := j
	var exp int32
	if w, k := nextWord(s, end); w != "" {
		if sc, found := findScale(strings.ToLower(w), false); found {
			exp, q.Scaled, q.ScaleExp, end = sc.exp, true, sc.exp, k
		}
	}
	if u, k, found := unitAfter(s, end); found {
		q.Unit, q.Currency, end = u.unit, u.cur, k
		exp += u.exp
	}
	if !q.Scaled && q.Unit == None {
		return Quantity{}, run, false
	}
	q.Exp, q.End = exp, end
	q.Value = decimal.New(total, exp)
	q.High = q.Value
	q.Hedge = hedgeBefore(s, i)
	q.Approx = q.Hedge != ""
	return q, end, true
}

// pair joins quantities that the text joins: ranges ("between $225 and
// $230 million", "$1.20 - $1.25") become one quantity, and a bare end takes
// its partner's scale and unit. Quantities joined by "to" or "or" are left
// apart, with Join set.
func pair(qs []Quantity, first int, s string) []Quantity {
	out := qs[:first]
	for k := first; k < len(qs); k++ {
		cur := qs[k]
		if len(out) == first {
			out = append(out, cur)
			continue
		}
		prev := &out[len(out)-1]
		if cur.Unread != "" || prev.Unread != "" {
			out = append(out, cur) // a figure not read joins no other
			continue
		}
		gap := strings.ToLower(strings.Trim(dropNotes(s[prev.End:cur.Start]), " ,\u00a0"))
		if cur.Hedge != "" {
			gap = strings.TrimSpace(strings.TrimSuffix(gap, cur.Hedge))
		}
		if cur.Negative {
			// "between negative 0.4% and negative 0.2%"
			gap = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(gap, "negative"), "minus"))
		}
		dash := gap == "-" || gap == "–" || gap == "—" || gap == "through"
		between := rangeOpener(textBefore(s, *prev))
		joined := dash || gap == "to" || gap == "and" && between || gap == "or"
		if joined && gap != "or" {
			inherit(prev, &cur)
		}
		if (dash || between && (gap == "and" || gap == "to")) && !prev.Range && prev.Unit == cur.Unit && prev.PerShare == cur.PerShare && Commensurate(*prev, cur) {
			if prev.Negative && !cur.Negative && cur.Value.IsPositive() && negativeWordBefore(s, prev.Start, prev.Hedge) {
				cur.Value, cur.Negative = cur.Value.Neg(), true // "negative $0.09 to $0.08"
			}
			prev.Range = true
			prev.High = cur.Value
			prev.End = cur.End
			prev.Approx = prev.Approx || cur.Approx
			prev.Exp = min(prev.Exp, cur.Exp)
			continue
		}
		if joined || gap == "and" {
			cur.Join = gap
		}
		out = append(out, cur)
	}
	return out
}

// Commensurate reports whether two figures can be the ends of a range:
// within a factor of a thousand of each other, not "$85 million to 180 --
// a 105 --", a false start.
func Commensurate(a, b Quantity) bool {
	lo, hi := a.Value.Abs(), b.Value.Abs()
	if lo.IsZero() || hi.IsZero() {
		return true
	}
	if lo.GreaterThan(hi) {
		lo, hi = hi, lo
	}
	return lo.Shift(3).GreaterThanOrEqual(hi)
}

// inherit gives a bare first end of a pair the second end's scale, unit
// and currency: "$225 and $230 million", "10 to 12%".
func inherit(a, b *Quantity) {
	if b.Scaled && !a.Scaled && (a.Unit == None || a.Unit == b.Unit) {
		// Only a figure of the same order as the other's digits takes its
		// scale: "$225 and $230 million", not "$195,000 to $6.7 million".
		bare, lo, hi := b.Value.Abs().Shift(-b.ScaleExp), a.Value.Abs().Shift(2), a.Value.Abs().Shift(-2)
		if lo.GreaterThanOrEqual(bare) && hi.LessThanOrEqual(bare) {
			a.Value = a.Value.Shift(b.ScaleExp)
			a.High = a.Value
			a.Exp += b.ScaleExp
			a.Scaled, a.ScaleExp = true, b.ScaleExp
		}
	}
	if a.Unit == None && b.Unit != None {
		a.Unit, a.Currency = b.Unit, b.Currency
	}
	if a.Unit == Money && b.Unit == None {
		b.Unit, b.Currency = Money, a.Currency // "$510 million to 530 million"
	}
	if b.PerShare && a.Unit == Money && !a.PerShare {
		a.PerShare, a.Variant = true, b.Variant
	}
	if a.PerShare && b.Unit == Money && !b.PerShare {
		b.PerShare, b.Variant = true, a.Variant
	}
}

// isLabel reports, without allocating, whether w is one of the labels in
// any case.
func isLabel(w string) bool {
	var buf [12]byte
	if len(w) == 0 || len(w) > len(buf) {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return labels[string(buf[:len(w)])]
}

// isSpan reports whether the word after offset end makes the number a
// span of time: "the trailing 12 months", "over 3 years".
func isSpan(s string, end int) bool {
	w, _ := nextWord(s, end)
	switch w {
	case "months", "month", "quarters", "quarter", "years", "year", "weeks", "week":
		return true
	}
	return false
}

// dropNotes removes a transcriber's note in brackets: "$14.69 [Phonetic]
// and $15.09".
func dropNotes(gap string) string {
	i := strings.IndexByte(gap, '[')
	if i < 0 {
		return gap
	}
	j := strings.IndexByte(gap[i:], ']')
	if j < 0 {
		return gap
	}
	return gap[:i] + gap[i+j+1:]
}
