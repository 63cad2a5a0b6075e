package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"qoq/quantity"
)

// tokKind is the kind of a token.
type tokKind uint8

const (
	tWord  tokKind = iota // a word, lower-cased; numbers that are not figures too
	tQty                  // a quantity
	tPunct                // punctuation that separates: , ; : ( ) . ? ! and dashes
)

// A token is a word, quantity or punctuation mark of a sentence.
type token struct {
	kind       tokKind
	cap        bool      // the word starts with a capital letter
	start, end int32     // byte offsets in the sentence
	q          int32     // index of the quantity, for tQty
	text       string    // lower-cased word, or the punctuation mark
	info       *wordInfo // what the lexicon knows of the word
}

// tokenize splits sentence s into tokens; qs are its quantities, in order.
// Hyphens between letters split words ("year-over-year" is three words);
// between digits they join ("q4-20"). A possessive "'s" is a word of its
// own.
func (lx *lexicon) tokenize(dst []token, s string, qs []quantity.Quantity) []token {
	ls := lowerASCII(s)
	qi := 0
	for i := 0; i < len(s); {
		if qi < len(qs) && i >= qs[qi].Start {
			dst = append(dst, token{kind: tQty, start: int32(qs[qi].Start), end: int32(qs[qi].End), q: int32(qi), info: noInfo})
			i = max(i, qs[qi].End)
			qi++
			continue
		}
		if s[i] == ' ' {
			i++ // the commonest byte
			continue
		}
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case r < utf8.RuneSelf && asciiWord[r] || r >= utf8.RuneSelf && isWordRune(r):
			j := wordEnd(s, i)
			if qi < len(qs) && j > qs[qi].Start {
				j = qs[qi].Start
			}
			w := s[i:j]
			if len(w) > 2 && w[len(w)-1] == 's' && (strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")) {
				k := strings.LastIndexAny(w, "'’")
				if k > 0 {
					dst = append(dst, lx.word(s, ls, i, i+k))
					dst = append(dst, token{kind: tWord, start: int32(i + k), end: int32(j), text: "'s", info: lx.info("'s")})
					i = j
					continue
				}
			}
			t := lx.word(s, ls, i, j)
			if j-i == 2 && isDigits(t.text) && (strings.HasSuffix(s[:i], "'") || strings.HasSuffix(s[:i], "’")) {
				t.text = "'" + t.text // '21, a year
				t.info = lx.info(t.text)
			}
			dst = append(dst, t)
			i = j
		case strings.ContainsRune(",;:().?!", r) || r == '—' || r == '–' || r == '-' && i+1 < len(s) && s[i+1] == '-':
			dst = append(dst, token{kind: tPunct, start: int32(i), end: int32(i + n), text: s[i : i+n], info: noInfo})
			i += n
		default:
			i += n
		}
	}
	return dst
}

// word returns the word s[i:j]; ls is s lower-cased.
func (lx *lexicon) word(s, ls string, i, j int) token {
	r := rune(s[i])
	if r >= utf8.RuneSelf {
		r, _ = utf8.DecodeRuneInString(s[i:j])
	}
	return token{kind: tWord, start: int32(i), end: int32(j), text: ls[i:j], cap: unicode.IsUpper(r), info: lx.info(ls[i:j])}
}

// lowerASCII lower-cases the ASCII letters of s, keeping every byte where
// it was, and allocates only when s has capitals.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if c := s[i]; 'A' <= c && c <= 'Z' {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if c := b[j]; 'A' <= c && c <= 'Z' {
					b[j] = c + 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '&'
}

// wordEnd returns the end of the word starting at i: letters, digits and
// '&', with apostrophes, slashes and full stops inside it ("don't",
// "a/r", "u.s"), and hyphens between digits ("q4-20").
func wordEnd(s string, i int) int {
	j := i
	for j < len(s) {
		if c := s[j]; c < utf8.RuneSelf && asciiWord[c] {
			j++ // the common case: an ASCII letter or digit
			continue
		}
		r, n := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += n
			continue
		}
		if r == '\'' || r == '’' || r == '/' || r == '.' || r == '-' {
			prev, _ := utf8.DecodeLastRuneInString(s[:j])
			next, _ := utf8.DecodeRuneInString(s[j+n:])
			if j+n < len(s) && isWordRune(next) && isWordRune(prev) &&
				(r != '-' || unicode.IsDigit(prev) && unicode.IsDigit(next)) &&
				(r != '.' || unicode.IsLetter(prev) && unicode.IsLetter(next) && j-i <= 2) {
				j += n
				continue
			}
		}
		break
	}
	return j
}

// asciiWord marks the ASCII bytes that are word characters: letters,
// digits and '&'.
var asciiWord = func() (t [utf8.RuneSelf]bool) {
	for c := 0; c < utf8.RuneSelf; c++ {
		t[c] = isWordRune(rune(c))
	}
	return t
}()

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}
