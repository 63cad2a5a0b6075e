package lex

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"qoq/quantity"
)

// Kind is the kind of a token.
type Kind uint8

const (
	Word   Kind = iota // a word, lower-cased; numbers that are not figures too
	Figure             // a quantity
	Punct              // punctuation that separates: , ; : ( ) . ? ! and dashes
)

// A Token is a word, figure or punctuation mark of a sentence.
type Token struct {
	Kind       Kind
	Cap        bool   // the word starts with a capital letter
	Start, End int32  // byte offsets in the sentence
	Q          int32  // index of the quantity, for a Figure
	Text       string // the lower-cased word, or the punctuation mark
}

// Tokenize appends the tokens of sentence s to dst; qs are the quantities
// of s, in order.
func Tokenize(dst []Token, s string, qs []quantity.Quantity) []Token {
	ls := lowerASCII(s)
	qi := 0
	for i := 0; i < len(s); {
		if qi < len(qs) && i >= qs[qi].Start {
			dst = append(dst, Token{Kind: Figure, Start: int32(qs[qi].Start), End: int32(qs[qi].End), Q: int32(qi)})
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
				if k := strings.LastIndexAny(w, "'’"); k > 0 {
					dst = append(dst, word(s, ls, i, i+k))
					dst = append(dst, Token{Kind: Word, Start: int32(i + k), End: int32(j), Text: "'s"})
					i = j
					continue
				}
			}
			if j+1 < len(s) && s[j] == '.' && s[j+1] == ' ' && strings.IndexByte(w, '.') > 0 {
				j++ // "U.S." keeps its last full stop mid-sentence
			}
			t := word(s, ls, i, j)
			if j-i == 2 && isDigits(t.Text) && (strings.HasSuffix(s[:i], "'") || strings.HasSuffix(s[:i], "’")) {
				t.Text = "'" + t.Text // '21, a year
			}
			dst = append(dst, t)
			i = j
		case strings.ContainsRune(",;:().?!", r) || r == '—' || r == '–' || r == '-' && i+1 < len(s) && s[i+1] == '-':
			end := i + n
			if r == '-' {
				end = i + 2
			}
			dst = append(dst, Token{Kind: Punct, Start: int32(i), End: int32(end), Text: s[i:end]})
			i = end
		default:
			i += n
		}
	}
	return dst
}

// word returns the word s[i:j]; ls is s lower-cased.
func word(s, ls string, i, j int) Token {
	r := rune(s[i])
	if r >= utf8.RuneSelf {
		r, _ = utf8.DecodeRuneInString(s[i:j])
	}
	return Token{Kind: Word, Start: int32(i), End: int32(j), Text: ls[i:j], Cap: unicode.IsUpper(r)}
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

// IsDigits reports whether w is a run of ASCII digits.
func IsDigits(w string) bool { return isDigits(w) }

func isDigits(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return w != ""
}

// Phrase returns the words of toks[i:j] joined by single spaces, "'s"
// joined to the word before it.
func Phrase(toks []Token, i, j int) string {
	if j == i+1 {
		return toks[i].Text
	}
	var b strings.Builder
	for k := i; k < j; k++ {
		if toks[k].Kind != Word {
			continue
		}
		if b.Len() > 0 && toks[k].Text != "'s" {
			b.WriteByte(' ')
		}
		b.WriteString(toks[k].Text)
	}
	return b.String()
}
