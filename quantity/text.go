package quantity

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func isDigitAt(s string, i int) bool { return i >= 0 && i < len(s) && isDigit(s[i]) }

// isLetter reports whether c starts or continues a word. Bytes of
// multi-byte characters count as letters, except those of the currency
// signs and typographic punctuation, which the callers check first.
func isLetter(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// isLetterAt reports whether the character ending just after s[i] is a
// letter (any script).
func isLetterAt(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return false
	}
	if s[i] < utf8.RuneSelf {
		return isLetter(s[i])
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i+1])
	return unicode.IsLetter(r)
}

// boundaryBefore reports whether a number may start at s[i]: it is not
// written against a letter or digit ("Q1", "H2") nor after a hyphen that
// follows a letter ("COVID-19"), nor after an apostrophe ("'21").
func boundaryBefore(s string, i int) bool {
	if i == 0 {
		return true
	}
	p := s[i-1]
	switch {
	case isLetterAt(s, i-1) || isDigit(p) || p == '_' || p == '#' || p == '\'':
		return false
	case p == '-' && (isLetterAt(s, i-2) || isDigitAt(s, i-2)):
		return isDigitAt(s, i-2) // "1.20-1.25" is a range, "COVID-19" a name
	case strings.HasSuffix(s[:i], "’"):
		return false
	}
	return true
}

// skipToken returns the offset past the run of letters, digits and joining
// punctuation that starts at i, so that the rest of "10-Q" or "3/31/2004"
// is not read again.
func skipToken(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if isDigit(c) || isLetter(c) || c == '$' || c == '(' && j == i {
			j++
			continue
		}
		if (c == '-' || c == '/' || c == ':' || c == '.' || c == ',') && j+1 < len(s) && (isDigit(s[j+1]) || isLetter(s[j+1])) {
			j++
			continue
		}
		break
	}
	if j == i {
		j++
	}
	return j
}

// skipWord returns the offset past the word starting at i.
func skipWord(s string, i int) int {
	if j := wordEnd(s, i); j > i {
		return j
	}
	return i + 1
}

// wordEnd returns the offset past the ASCII letters starting at i.
func wordEnd(s string, i int) int {
	for i < len(s) && isLetter(s[i]) {
		i++
	}
	return i
}

// nextWord returns the word after one space at s[i:], and the offset past
// it; "" when there is none.
func nextWord(s string, i int) (string, int) {
	if i >= len(s) || s[i] != ' ' {
		return "", i
	}
	j := wordEnd(s, i+1)
	if j == i+1 || j < len(s) && isDigit(s[j]) {
		return "", i
	}
	return s[i+1 : j], j
}

// prevWord returns the word just before offset i, past one space.
func prevWord(s string, i int) string {
	j := i
	if j > 0 && s[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 && (isLetter(s[k-1]) || s[k-1] == '.') {
		k--
	}
	return s[k:j]
}

// findScale looks w up among the scale words; attached says whether it was
// written against the number.
func findScale(w string, attached bool) (scale, bool) {
	for _, sc := range scales {
		if w == sc.word && (attached || !sc.attached) {
			return sc, true
		}
	}
	return scale{}, false
}

// followedByCurrencyWord reports whether "dollars" follows offset i: "5M
// dollars".
func followedByCurrencyWord(s string, i int) bool {
	w, _ := nextWord(s, i)
	return strings.EqualFold(w, "dollars")
}

// hasPhrase reports whether s[i:] begins with phrase, ignoring ASCII case,
// and ends a word there.
func hasPhrase(s string, i int, phrase string) bool {
	end := i + len(phrase)
	return end <= len(s) && strings.EqualFold(s[i:end], phrase) && !isLetterAt(s, end)
}

// unitAfter finds a unit word after one space at s[i:].
func unitAfter(s string, i int) (unitWord, int, bool) {
	if i >= len(s) || s[i] != ' ' {
		return unitWord{}, i, false
	}
	for _, u := range units {
		if hasPhrase(s, i+1, u.word) {
			return u, i + 1 + len(u.word), true
		}
	}
	return unitWord{}, i, false
}

// perShareAfter finds a per-share phrase after one space at s[i:].
func perShareAfter(s string, i int) (string, int, bool) {
	if i >= len(s) || s[i] != ' ' {
		return "", i, false
	}
	for _, p := range perShare {
		if hasPhrase(s, i+1, p.phrase) {
			return p.variant, i + 1 + len(p.phrase), true
		}
	}
	return "", i, false
}

// hedgeBefore returns the hedging words just before offset i, lower-cased,
// or "".
func hedgeBefore(s string, i int) string {
	t := strings.TrimRight(s[:i], " ")
	for _, h := range hedges {
		if len(t) < len(h) {
			continue
		}
		k := len(t) - len(h)
		if strings.EqualFold(t[k:], h) && (k == 0 || !isLetterAt(s, k-1) || h == "~") {
			return h
		}
	}
	return ""
}

// rangeOpeners end the text before the first figure of a range: "between
// $225 and $230 million", "in the range of $1.20 to $1.25", "expected to
// range from $730 million to $760 million".
var rangeOpeners = []string{"between", "range of", "ranges of", "range from", "ranging from", "ranges from", "range between", "a range of", "range is"}

// rangeOpener reports whether text ends with a range opener.
func rangeOpener(text string) bool {
	for _, o := range rangeOpeners {
		if strings.HasSuffix(text, o) && (len(text) == len(o) || text[len(text)-len(o)-1] == ' ') {
			return true
		}
	}
	return false
}

// negativeWordBefore reports whether "negative" or "minus" stands just
// before the figure at start (before its hedge, if any).
func negativeWordBefore(s string, start int, hedge string) bool {
	t := strings.TrimRight(s[:start], " ")
	if hedge != "" && len(t) >= len(hedge) {
		t = strings.TrimRight(t[:len(t)-len(hedge)], " ")
	}
	for _, w := range []string{"negative", "minus"} {
		if len(t) >= len(w) && strings.EqualFold(t[len(t)-len(w):], w) && !isLetterAt(s, len(t)-len(w)-1) {
			return true
		}
	}
	return false
}

// beforeWindow bounds the text textBefore looks at: enough for the longest
// words it is asked about (range openers, "negative", a hedge), so that
// each quantity costs the same however long the sentence before it.
const beforeWindow = 64

// textBefore returns the last words before q, lower-cased, trimmed,
// without q's hedge: at most beforeWindow bytes and the hedge, cut at a
// word's start.
func textBefore(s string, q Quantity) string {
	from := max(0, q.Start-beforeWindow-len(q.Hedge))
	t := s[from:q.Start]
	if from > 0 {
		if i := strings.IndexByte(t, ' '); i >= 0 {
			t = t[i+1:]
		} else {
			t = ""
		}
	}
	t = strings.TrimRight(t, " ")
	if len(t) < len(q.Hedge) {
		return ""
	}
	t = strings.ToLower(strings.TrimSpace(t[:len(t)-len(q.Hedge)]))
	for _, w := range []string{"negative", "minus"} {
		t = strings.TrimSpace(strings.TrimSuffix(t, w))
	}
	return strings.TrimSuffix(t, " a") // "between a $1.87 and $2.03 per share"
}

func hasString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// mayBeNumberWord reports cheaply whether w could be a number word: it has
// the length of one and starts with a letter that one starts with.
func mayBeNumberWord(w string) bool {
	if len(w) < 3 || len(w) > 9 {
		return false
	}
	switch w[0] | 0x20 {
	case 'z', 'o', 't', 'f', 's', 'e', 'n':
		return true
	}
	return false
}

// lowerWord lower-cases a short ASCII word, allocating only when it has
// capitals.
func lowerWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; 'A' <= c && c <= 'Z' {
			return strings.ToLower(w)
		}
	}
	return w
}
