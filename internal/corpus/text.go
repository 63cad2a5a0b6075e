package corpus

import (
	"regexp"
	"strings"
)

// normalize lowercases a summary line and writes its variants one way:
// plain hyphens and apostrophes, no invisible characters, one space between words,
// "non-gaap" as "nongaap" (so that "gaap" alone means GAAP).
func normalize(line string) string {
	s := strings.ToLower(line)
	for _, z := range zeroWidth {
		s = strings.ReplaceAll(s, z, "")
	}
	for _, d := range dashes {
		s = strings.ReplaceAll(s, d, "-")
	}
	for _, q := range quotes {
		s = strings.ReplaceAll(s, q, "'")
	}
	s = strings.ReplaceAll(s, "\u00a0", " ")
	s = strings.Join(strings.Fields(s), " ")
	return nonGAAPSpelling.ReplaceAllString(s, "nongaap")
}

// gluedYear is a sentence ending in a year run into one starting with a
// year: "compared to 2020.2021 adjusted eps ...".
var gluedYear = regexp.MustCompile(`(?:^|[^\d,.])(?:19|20)\d{2}\.(?:19|20)\d{2}(?:\s|$)`)

var nonGAAPSpelling = regexp.MustCompile(`\bnon[- ]?gaap\b`)

// companyPrefix is "valero energy - " or "box - " at the start of a line.
var companyPrefix = regexp.MustCompile(`^([^$\d;:]{2,60}?)\s*[-:]\s+`)

// stripCompany removes a leading company name set off by a dash or colon,
// when it names no metric: "worthington industries inc - qtrly ..." reads
// as "qtrly ...". A company name could otherwise carry words such as
// "core" into the figure's basis.
func stripCompany(s string) string {
	m := companyPrefix.FindStringSubmatchIndex(s)
	if m == nil {
		return s
	}
	if len(findMentions(s[m[2]:m[3]])) > 0 {
		return s
	}
	return s[m[1]:]
}

// splitClauses cuts a line into clauses at semicolons and at the ends of
// sentences. Each clause is read on its own, though a clause that names no
// period or outlook continues the one before it.
func splitClauses(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if endsClause(s, i) {
			if c := strings.TrimSpace(s[start:i]); c != "" {
				out = append(out, c)
			}
			start = i + 1
		}
	}
	if c := strings.Trim(strings.TrimSpace(s[start:]), "."); strings.TrimSpace(c) != "" {
		out = append(out, strings.TrimSpace(c))
	}
	return out
}

// endsClause reports whether the byte at i ends a clause.
func endsClause(s string, i int) bool {
	switch s[i] {
	case ';':
		return true
	case '.':
	default:
		return false
	}
	if i+1 >= len(s) {
		return false
	}
	next := s[i+1]
	word := lastWord(before(s, i))
	switch {
	case isDigit(next):
		return secondDecimalPoint(s[:i]) || gluedYear.MatchString(s[max(0, i-5):min(len(s), i+6)])
	case next == ' ', isLetter(next):
		return len(word) > 1 && !abbreviations[word]
	}
	return false
}

// secondDecimalPoint reports whether s ends in a number that already has a
// decimal point, so that a point after it starts a new sentence.
func secondDecimalPoint(s string) bool {
	i := len(s)
	for i > 0 && isDigit(s[i-1]) {
		i--
	}
	return i < len(s) && i > 1 && s[i-1] == '.' && isDigit(s[i-2])
}

// lastWord returns the word s ends with: the text after its last space,
// "(", "$" or full stop.
func lastWord(s string) string {
	i := strings.LastIndexAny(s, " ($.")
	return s[i+1:]
}

// previousWord returns the word before position i, skipping spaces, or ""
// at the start of the text. Punctuation ends a word.
func previousWord(s string, i int) string {
	j := i
	for j > 0 && s[j-1] == ' ' {
		j--
	}
	if j > 0 && s[j-1] == ')' {
		return ")"
	}
	k := j
	for k > 0 && !strings.ContainsRune(" ,;:()", rune(s[k-1])) {
		k--
	}
	return s[k:j]
}

// lookBehind is how much text before a position the patterns that end
// there ("versus $", "from about $") may read: enough for a few words, and
// it keeps parsing linear in the length of a line.
const lookBehind = 80

// behind returns the text just before position i, at most lookBehind
// bytes, and the offset it starts at.
func behind(s string, i int) (string, int) {
	start := max(0, i-lookBehind)
	return s[start:i], start
}

// before returns the text just before position i, at most lookBehind
// bytes.
func before(s string, i int) string {
	b, _ := behind(s, i)
	return b
}

func isDigit(b byte) bool  { return '0' <= b && b <= '9' }
func isLetter(b byte) bool { return 'a' <= b && b <= 'z' }
