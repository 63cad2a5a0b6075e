package lex

import (
	"strings"
)

// slot is a kind of variable word in a phrase.
type slot uint8

const (
	sOrd   slot = iota // first … fourth, 1st … 4th
	sYear              // 2004, '04
	sQ                 // q1 … q4
	sQY                // 1q21, q4-20, fy22q1, q1fy22
	sFY                // fy21, fy2021
	sMonth             // january, jan
	sDay               // 1 … 31
	sNum               // a count of months or years: three, six, nine, twelve
	sFYear             // a fiscal year before a date: "fiscal 2022 ended …"
	nSlots
)

var slotNames = map[string]slot{
	"<ord>": sOrd, "<year>": sYear, "<q>": sQ, "<qy>": sQY, "<fy>": sFY,
	"<month>": sMonth, "<day>": sDay, "<num>": sNum, "<fyear>": sFYear,
}

// Caps holds what the slots of a phrase captured.
type Caps struct {
	Q, Year, Month, Day, Num int
	FY                       int // a fiscal year named beside a date
}

// A Trie matches phrases of lower-cased words, some of them slots, against
// tokens; each phrase carries values. The zero Trie is not usable; make
// one with NewTrie. A Trie is safe for concurrent matching once built.
type Trie[T any] struct {
	root *node[T]
}

type node[T any] struct {
	words    map[string]*node[T]
	slots    [nSlots]*node[T]
	hasSlots bool
	vals     []T
}

// NewTrie returns an empty trie.
func NewTrie[T any]() *Trie[T] { return &Trie[T]{root: &node[T]{}} }

// Insert adds phrase with value v. Words in brackets are optional:
// "[the] full year" adds "the full year" and "full year". Hyphens are
// spaces, and a possessive is a word of its own, as the tokenizer reads it.
func (t *Trie[T]) Insert(phrase string, v T) {
	var words []string
	for _, w := range strings.Fields(strings.ReplaceAll(phrase, "-", " ")) {
		if len(w) > 2 && strings.HasSuffix(w, "'s") {
			words = append(words, w[:len(w)-2], "'s") // "let's" is read as "let" "'s"
			continue
		}
		words = append(words, w)
	}
	var expand func(n *node[T], rest []string)
	expand = func(n *node[T], rest []string) {
		if len(rest) == 0 {
			n.vals = append(n.vals, v)
			return
		}
		w := rest[0]
		if strings.HasPrefix(w, "[") && strings.HasSuffix(w, "]") {
			expand(n, rest[1:])
			w = w[1 : len(w)-1]
		}
		expand(n.child(w), rest[1:])
	}
	expand(t.root, words)
}

func (n *node[T]) child(w string) *node[T] {
	if s, ok := slotNames[w]; ok {
		if n.slots[s] == nil {
			n.slots[s] = &node[T]{}
			n.hasSlots = true
		}
		return n.slots[s]
	}
	if n.words == nil {
		n.words = map[string]*node[T]{}
	}
	c := n.words[w]
	if c == nil {
		c = &node[T]{}
		n.words[w] = c
	}
	return c
}

// Starts reports whether some phrase of the trie starts with word w, or
// with a slot w may fill.
func (t *Trie[T]) Starts(w string) bool {
	if _, ok := t.root.words[w]; ok {
		return true
	}
	return t.root.hasSlots && mayFill(w)
}

// Match returns the longest phrase starting at toks[i]: the index past its
// last token, its values and what its slots captured; end is i when
// nothing matches. Commas inside a phrase are skipped.
func (t *Trie[T]) Match(toks []Token, i int) (end int, vals []T, c Caps) {
	m := matcher[T]{toks: toks, start: i, end: i}
	if i < len(toks) && toks[i].Kind == Word {
		if first := t.root.words[toks[i].Text]; first != nil {
			m.walk(first, i+1, Caps{})
		}
		m.slots(t.root, i, Caps{})
	}
	return m.end, m.vals, m.caps
}

// A matcher holds the best match found so far while a trie is walked.
type matcher[T any] struct {
	toks  []Token
	start int
	end   int
	vals  []T
	caps  Caps
}

func (m *matcher[T]) walk(n *node[T], j int, cur Caps) {
	if len(n.vals) > 0 && j > m.end {
		m.end, m.vals, m.caps = j, n.vals, cur
	}
	for j < len(m.toks) && j > m.start && m.toks[j].Kind == Punct && m.toks[j].Text == "," {
		j++
	}
	if j >= len(m.toks) || m.toks[j].Kind != Word {
		return
	}
	if next := n.words[m.toks[j].Text]; next != nil {
		m.walk(next, j+1, cur)
	}
	m.slots(n, j, cur)
}

// slots walks on from n through the slots that toks[j] fills.
func (m *matcher[T]) slots(n *node[T], j int, cur Caps) {
	if !n.hasSlots || !mayFill(m.toks[j].Text) {
		return
	}
	w := m.toks[j].Text
	for s := slot(0); s < nSlots; s++ {
		if n.slots[s] == nil {
			continue
		}
		if v, ok := fill(s, w); ok {
			nc := cur
			nc.set(s, v)
			m.walk(n.slots[s], j+1, nc)
		}
	}
}

func (c *Caps) set(s slot, v int) {
	switch s {
	case sOrd, sQ:
		c.Q = v
	case sYear, sFY:
		c.Year = v
	case sQY:
		c.Q, c.Year = v%10, v/10
	case sMonth:
		c.Month = v
	case sDay:
		c.Day = v
	case sNum:
		c.Num = v
	case sFYear:
		c.FY = v
	}
}

var (
	ordinals  = map[string]int{"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
	monthNums = map[string]int{
		"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
		"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
		"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
		"sept": 9, "oct": 10, "nov": 11, "dec": 12,
	}
	monthCounts = map[string]int{
		"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "twelve": 12,
		"2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9, "10": 10, "12": 12,
	}
)

// mayFill reports cheaply whether word w could fill any slot: it is an
// ordinal, month or count word, or starts with a digit or an apostrophe, or
// is a compact quarter or year such as q1, fy21, h1.
func mayFill(w string) bool {
	if len(w) < 2 {
		return len(w) == 1 && '2' <= w[0] && w[0] <= '9'
	}
	switch w[0] {
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '\'':
		return true
	case 'q', 'h':
		return isQuarterDigit(w[1])
	case 'f':
		if w[1] == 'y' || isQuarterDigit(w[1]) || w == "first" || w == "fourth" || w == "february" {
			return true
		}
	}
	_, o := ordinals[w]
	_, m := monthNums[w]
	_, c := monthCounts[w]
	return o || m || c
}

// fill reports whether word w can fill slot s, and with what value. A
// compact quarter and year is returned as year*10+quarter.
func fill(s slot, w string) (int, bool) {
	switch s {
	case sOrd:
		v, ok := ordinals[w]
		return v, ok
	case sYear, sFYear:
		return ParseYear(w)
	case sQ:
		if len(w) == 2 && w[0] == 'q' && isQuarterDigit(w[1]) {
			return int(w[1] - '0'), true
		}
		if len(w) == 2 && w[1] == 'q' && isQuarterDigit(w[0]) {
			return int(w[0] - '0'), true // "2Q '21"
		}
	case sQY:
		if q, y, ok := CompactQuarter(w); ok {
			return y*10 + q, true
		}
	case sFY:
		if strings.HasPrefix(w, "fy") {
			return parseYearDigits(strings.TrimLeft(w[2:], "'"))
		}
	case sMonth:
		v, ok := monthNums[w]
		return v, ok
	case sDay:
		if len(w) > 2 {
			switch w[len(w)-2:] {
			case "st", "nd", "rd", "th":
				w = w[:len(w)-2] // "June 30th"
			}
		}
		if n, ok := atoi(w); ok && len(w) <= 2 && n >= 1 && n <= 31 {
			return n, true
		}
	case sNum:
		v, ok := monthCounts[w]
		return v, ok
	}
	return 0, false
}

// QuarterWord returns the quarter a word such as "q3" or "3q" names.
func QuarterWord(w string) (int, bool) { return fill(sQ, w) }

// ParseYear reads "2004" or "'04".
func ParseYear(w string) (int, bool) {
	if strings.HasPrefix(w, "'") && len(w) == 3 {
		return parseYearDigits(w[1:])
	}
	if len(w) != 4 {
		return 0, false
	}
	return parseYearDigits(w)
}

// ParseYearDigits reads a year of two or four digits: "21", "2021".
func ParseYearDigits(w string) (int, bool) { return parseYearDigits(w) }

func parseYearDigits(w string) (int, bool) {
	n, ok := atoi(w)
	switch {
	case !ok:
		return 0, false
	case len(w) == 2:
		return 2000 + n, true
	case len(w) == 4 && n >= 1990 && n <= 2099:
		return n, true
	}
	return 0, false
}

// CompactQuarter reads the compact forms of a quarter and year: 1q21,
// 2q2021, q1'21, q4-20, q121, fy22q1, q1fy22.
func CompactQuarter(w string) (q, year int, ok bool) {
	w = strings.TrimPrefix(w, "f")
	w = strings.TrimPrefix(w, "y")
	var qs, ys string
	switch {
	case len(w) >= 4 && w[0] == 'q' && isQuarterDigit(w[1]):
		qs, ys = w[1:2], strings.TrimLeft(w[2:], "'-fy")
	case len(w) >= 4 && isQuarterDigit(w[0]) && w[1] == 'q':
		qs, ys = w[0:1], strings.TrimLeft(w[2:], "'-fy")
	default: // 22q1: a fiscal year then a quarter
		i := strings.IndexByte(w, 'q')
		if i < 2 || i != len(w)-2 || !isQuarterDigit(w[i+1]) {
			return 0, 0, false
		}
		qs, ys = w[i+1:], w[:i]
	}
	y, ok := parseYearDigits(ys)
	if !ok {
		return 0, 0, false
	}
	return int(qs[0] - '0'), y, true
}

func isQuarterDigit(c byte) bool { return c >= '1' && c <= '4' }

func atoi(w string) (int, bool) {
	if w == "" || len(w) > 9 {
		return 0, false
	}
	n := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0, false
		}
		n = n*10 + int(w[i]-'0')
	}
	return n, true
}
