package transcript

import (
	"context"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Section says which part of a call a sentence belongs to.
type Section uint8

// The sections of a call.
const (
	Prepared Section = iota // prepared remarks; the whole of a script
	QA                      // questions and answers
	skipped                 // participant lists and the like: not read
)

func (s Section) String() string {
	switch s {
	case Prepared:
		return "prepared"
	case QA:
		return "qa"
	}
	return "skipped"
}

// Layout is the way a call is laid out on the page.
type Layout uint8

// The layouts Read recognises.
const (
	// Paragraphs of prose separated by blank lines, possibly hard-wrapped,
	// with speakers named on lines of their own ("Name:" over a dashed line,
	// or "Name -- Title").
	Paragraphs Layout = iota
	// One sentence a line, no blank lines, usually no speakers.
	Lines
)

func (l Layout) String() string {
	if l == Lines {
		return "sentence per line"
	}
	return "paragraphs"
}

// sectionHeaders maps a header line, lower-cased without its colon, to the
// section it opens.
var sectionHeaders = map[string]Section{
	"prepared remarks":             Prepared,
	"presentation":                 Prepared,
	"management discussion":        Prepared,
	"questions and answers":        QA,
	"questions & answers":          QA,
	"question and answer":          QA,
	"question and answer session":  QA,
	"question-and-answer session":  QA,
	"q&a":                          QA,
	"q & a":                        QA,
	"call participants":            skipped,
	"conference call participants": skipped,
	"corporate participants":       skipped,
	"participants":                 skipped,
	"executives":                   skipped,
	"analysts":                     skipped,
}

// skipLinePrefixes start lines that carry no remarks.
var skipLinePrefixes = []string{"duration:", "<page>", "[operator instructions]", "[operator closing remarks]"}

// qaTriggers are words after which a call without section headers is in its
// question-and-answer part.
var qaTriggers = []string{
	"question-and-answer session", "question and answer session",
	"first question comes from", "first question is from", "first question will come from",
	"open the call for questions", "open the call to questions", "open the line for questions",
	"open the lines for questions", "open it up for questions", "open up the call for questions",
	"open the floor for questions", "open the call up for questions", "open the conference for your questions",
	"open the call for your questions", "open the line for your questions", "(operator instructions)",
}

// nameParticles may appear in lower case inside a person's name.
var nameParticles = map[string]bool{"de": true, "da": true, "del": true, "der": true, "di": true, "du": true, "la": true, "le": true, "van": true, "von": true, "bin": true, "al": true}

// abbreviations end in a full stop that does not end the sentence when the
// next word is capitalised, lower-cased and without their final dot.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "st": true,
	"jr": true, "sr": true, "vs": true, "no": true, "nos": true, "u.s": true, "e.g": true,
	"i.e": true, "approx": true, "est": true, "fig": true, "gen": true, "gov": true,
	"sen": true, "rep": true, "lt": true, "col": true, "capt": true, "messrs": true,
	"mt": true, "ft": true, "u.k": true, "n.a": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "p": true, "pp": true,
}

// A paragraph is a run of remarks by one speaker, as offsets into the text.
type paragraph struct {
	start, end int
	speaker    string
	section    Section
	analyst    bool
}

// checkEvery is how many lines or paragraphs are read between two looks
// at whether the read was stopped: some ten thousand a millisecond.
const checkEvery = 1 << 12

// MaxSentences is the most sentences of a call read: fifty times as many
// as the longest real call holds (about a thousand). A text of more is
// junk, or many calls in one file; what follows the last is not read.
const MaxSentences = 50_000

// segment splits text into sentences, stopped when ctx is done. cut is the
// offset in text where sentences beyond MaxSentences start, -1 when there
// are none.
func segment(ctx context.Context, text string) (out []Sentence, layout Layout, cut int, err error) {
	lines := splitLines(text)
	layout = detectLayout(text, lines)
	paras, cut, err := paragraphs(ctx, text, lines, layout)
	if err != nil {
		return nil, layout, -1, err
	}
	qa := false
	explicit := false
	for _, p := range paras {
		if p.section == QA {
			explicit = true
		}
	}
	for i, p := range paras {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return nil, layout, -1, ctx.Err()
		}
		for _, s := range sentences(text, p.start, p.end, MaxSentences-len(out)+1) {
			if len(out) == MaxSentences {
				return out, layout, s[0], nil
			}
			sec := p.section
			if !explicit && qa {
				sec = QA
			}
			sn := newSentence(text, s, i, p.speaker, sec)
			sn.Analyst = p.analyst
			out = append(out, sn)
			if !explicit && !qa && opensQA(text[s[0]:s[1]]) {
				qa = true
			}
		}
	}
	return out, layout, cut, nil
}

func newSentence(text string, s [2]int, para int, speaker string, sec Section) Sentence {
	t := text[s[0]:s[1]]
	if strings.ContainsAny(t, "\n\r\t") {
		t = strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' || r == '\t' {
				return ' '
			}
			return r
		}, t)
	}
	return Sentence{Text: t, Start: s[0], End: s[1], Para: para, Speaker: speaker, Section: sec}
}

// splitLines returns the [start, end) offsets of each line, without its
// line ending.
func splitLines(text string) [][2]int {
	lines := make([][2]int, 0, strings.Count(text, "\n")+1)
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		next := start + end + 1
		if end < 0 {
			end, next = len(text)-start, len(text)
		}
		e := start + end
		if e > start && text[e-1] == '\r' {
			e--
		}
		lines = append(lines, [2]int{start, e})
		start = next
	}
	return lines
}

// detectLayout tells a sentence-per-line call from one in paragraphs: it has
// many lines of text and next to no blank lines between them.
func detectLayout(text string, lines [][2]int) Layout {
	blank, full := 0, 0
	for _, l := range lines {
		if isBlank(text[l[0]:l[1]]) {
			blank++
		} else {
			full++
		}
	}
	if full >= 8 && blank*20 < full {
		return Lines
	}
	return Paragraphs
}

// paragraphs groups lines into paragraphs, recognising speaker lines,
// section headers and rules on the way.
// Beyond MaxSentences paragraphs, it stops: cut is then the offset of the
// first line not read, -1 when every line was.
func paragraphs(ctx context.Context, text string, lines [][2]int, layout Layout) (out []paragraph, cut int, err error) {
	var (
		cur     = paragraph{start: -1}
		speaker string
		analyst bool
		section = Prepared
		known   = map[string]bool{}
	)
	flush := func() {
		if cur.start >= 0 {
			out = append(out, cur)
		}
		cur = paragraph{start: -1}
	}
	for i, l := range lines {
		if i%checkEvery == 0 && ctx.Err() != nil {
			return nil, -1, ctx.Err()
		}
		if len(out) >= MaxSentences {
			return out, l[0], nil
		}
		line := strings.TrimSpace(text[l[0]:l[1]])
		if len(line) < 40 {
			if sec, ok := sectionHeaders[strings.ToLower(strings.TrimSuffix(line, ":"))]; ok {
				flush()
				section, speaker, analyst = sec, "", false
				continue
			}
		}
		switch {
		case line == "" || isRule(line) || hasPrefixFold(line, skipLinePrefixes):
			flush()
			continue
		case section == skipped:
			continue
		}
		if name, ok := speakerLine(line, text, lines, i, known); ok {
			flush()
			speaker = name
			analyst = isAnalystLine(line)
			known[name] = true
			continue
		}
		if cur.start < 0 {
			cur = paragraph{start: l[0], speaker: speaker, section: section, analyst: analyst}
			if n := len(out); n > 0 && startsLower(line) && out[n-1].speaker == speaker && out[n-1].section == section {
				// "Comp sales were up 8.1% with U.S.\n\ncomps of positive
				// 7.6%": a sentence the transcript broke in two
				cur, out = out[n-1], out[:n-1]
			}
		}
		cur.end = l[1]
		if layout == Lines {
			flush()
		}
	}
	flush()
	return out, -1, nil
}

// speakerLine reports whether line i names the next speaker, and returns
// the name. Three forms are recognised: "Operator"; "Name -- Title" on a
// line of its own; and "Name:" on a line of its own followed by a dashed
// rule, a blank line, or naming someone who has spoken before.
func speakerLine(line, text string, lines [][2]int, i int, known map[string]bool) (string, bool) {
	if strings.EqualFold(strings.TrimSuffix(line, ":"), "operator") {
		return "Operator", true
	}
	if len(line) > 160 {
		return "", false
	}
	if name, _, ok := strings.Cut(line, " -- "); ok && isName(name) {
		return strings.TrimSpace(name), true
	}
	name, ok := strings.CutSuffix(line, ":")
	if !ok || !isName(name) {
		return "", false
	}
	next := ""
	if i+1 < len(lines) {
		next = strings.TrimSpace(text[lines[i+1][0]:lines[i+1][1]])
	}
	if isRule(next) || next == "" || known[name] {
		return name, true
	}
	return "", false
}

// isAnalystLine reports whether a speaker's line titles them an analyst:
// "Jane Doe -- Morgan Stanley -- Analyst".
func isAnalystLine(line string) bool {
	_, title, ok := strings.Cut(line, " -- ")
	return ok && containsFold(title, "analyst")
}

// isName reports whether s looks like a person's name: one to six words,
// each capitalised or a name particle, with no digits.
func isName(s string) bool {
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 6 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) && !nameParticles[w] {
			return false
		}
		for _, c := range w {
			if unicode.IsDigit(c) || !(unicode.IsLetter(c) || c == '.' || c == '\'' || c == '-' || c == '’' || c == ',') {
				return false
			}
		}
	}
	return true
}

// isRule reports whether line is a horizontal rule of dashes, equals signs
// or underscores (EDGAR writes a leading dash as "- ").
func isRule(line string) bool {
	n := 0
	for _, c := range line {
		switch c {
		case '-', '=', '_', '*':
			n++
		case ' ':
		default:
			return false
		}
	}
	return n >= 3
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// opensQA reports whether a sentence hands over to the questions: all the
// triggers name a question or the operator's instructions.
func opensQA(s string) bool {
	if !containsFold(s, "question") && !containsFold(s, "operator instructions") {
		return false
	}
	lower := strings.ToLower(s)
	for _, w := range qaTriggers {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains the lower-case ASCII word w,
// ignoring case, without allocating.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 == w[0] && strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

func hasPrefixFold(s string, prefixes []string) bool {
	for _, p := range prefixes {
		if len(s) >= len(p) && strings.EqualFold(s[:len(p)], p) {
			return true
		}
	}
	return false
}

// sentences splits text[start:end] into at most limit sentences, returned
// as offsets with surrounding white space trimmed.
func sentences(text string, start, end, limit int) [][2]int {
	var out [][2]int
	add := func(a, b int) {
		for a < b && isSpace(text[a]) {
			a++
		}
		for b > a && isSpace(text[b-1]) {
			b--
		}
		if a < b {
			out = append(out, [2]int{a, b})
		}
	}
	from := start
	for i := start; i < end; i++ {
		c := text[i]
		if c != '.' && c != '?' && c != '!' {
			continue
		}
		j := i + 1
		for j < end && strings.IndexByte("\"')]", text[j]) >= 0 {
			j++
		}
		for _, q := range []string{"”", "’"} {
			if strings.HasPrefix(text[j:end], q) {
				j += len(q)
			}
		}
		if j < end && !isSpace(text[j]) {
			continue
		}
		k := j
		for k < end && isSpace(text[k]) {
			k++
		}
		// a lower-case word starts no sentence, unless a line ends before
		// it: "…for each segment.\nhad its first ever $100 billion quarter"
		// in a transcript that lost a name at a line's start
		if k < end && !startsSentence(text[k:end]) && strings.IndexByte(text[j:k], '\n') < 0 {
			continue
		}
		if c == '.' && k < end && isAbbreviation(text[from:i]) {
			continue
		}
		add(from, j)
		if len(out) == limit {
			return out
		}
		from = j
		i = j - 1
	}
	add(from, end)
	return out
}

// startsSentence reports whether s can begin a sentence: it does not begin
// with a lower-case letter.
func startsSentence(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return !unicode.IsLower(r)
}

// isAbbreviation reports whether the word that ends s (just before a full
// stop) is an abbreviation or an initial.
func isAbbreviation(s string) bool {
	i := strings.LastIndexAny(s, " \t\n\r(\"")
	w := s[i+1:]
	if len(w) == 1 && w[0] >= 'A' && w[0] <= 'Z' {
		return true
	}
	return abbreviations[strings.ToLower(w)]
}

func isSpace(c byte) bool { return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' }

// startsLower reports whether line starts with a lower-case letter: the
// rest of a sentence, not a new one.
func startsLower(line string) bool {
	r, _ := utf8.DecodeRuneInString(line)
	return unicode.IsLower(r)
}
