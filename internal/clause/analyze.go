package clause

import (
	"qoq/internal/lex"
	"qoq/internal/period"
	"qoq/metric"
	"qoq/quantity"
	"strings"
)

// Kind is the kind of an item.
type Kind uint8

// The kinds of items.
const (
	Word       Kind = iota // a word no table knows
	Punct                  // punctuation
	Figure                 // a quantity
	Measure                // a phrase naming a measure
	NotMeasure             // a phrase that hides a measure's words: "sales force"
	Qualifier              // a basis or share class: "adjusted", "diluted"
	CueWord                // a cue: "up", "compared with", "expect"
	Period                 // a period phrase: "the first quarter of 2004"
)

// An Item is a token, or a run of tokens a table knows as one phrase.
type Item struct {
	Kind   Kind
	T0, T1 int32  // tokens [T0, T1)
	Text   string // the word or mark; the phrase for a run
	Cap    bool   // its first word is capitalised
	Q      int32  // the quantity, for a Figure
	// Measure is the phrase's measure, for a Measure.
	Measure *metric.Alias
	// Basis and Variant are what a Qualifier says.
	Basis, Variant string
	// Cue and Dir are a cue's roles and the direction of a change.
	Cue Cue
	Dir int8
	// Period is a period phrase, for a Period.
	Period period.Ref
}

// Is reports whether the item plays any of the cue roles c: a cue word,
// or a qualifier or measure whose words are also a cue ("reported").
func (it *Item) Is(c Cue) bool { return it.Cue&c != 0 }

// Sentence is a sentence read into items.
type Sentence struct {
	Text  string
	Qs    []quantity.Quantity
	Toks  []lex.Token
	Items []Item
	// Clauses are the sentence's clauses, as ranges of Items: cut at
	// semicolons and at dashes that do not pair around a parenthesis.
	Clauses [][2]int
}

// Reset empties s for reuse, keeping its buffers.
func (s *Sentence) Reset() {
	s.Text, s.Qs, s.Toks, s.Items, s.Clauses = "", s.Qs[:0], s.Toks[:0], s.Items[:0], s.Clauses[:0]
}

// Analyze reads sentence text into s, reusing s's buffers; s may be nil.
func (lx *Lexicon) Analyze(s *Sentence, text string) *Sentence {
	if s == nil {
		s = &Sentence{}
	} else {
		s.Reset()
	}
	s.Text = text
	s.Qs = quantity.Append(s.Qs, text)
	s.Toks = lex.Tokenize(s.Toks, text, s.Qs)
	s.Items = lx.items(s.Items, s.Toks)
	lx.elided(s.Items, s.Toks)
	sgaComma(s.Items)
	shouted(s.Items, s.Toks, text)
	yearToDate(s.Items)
	lastYearQuarter(s.Items)
	names(s.Items)
	s.Clauses = clauses(s.Clauses, s.Items)
	return s
}

// items groups tokens into items: the longest phrase of the lexicon at
// each token, else the token itself.
func (lx *Lexicon) items(dst []Item, toks []lex.Token) []Item {
	for i := 0; i < len(toks); {
		t := toks[i]
		switch t.Kind {
		case lex.Figure:
			dst = append(dst, Item{Kind: Figure, T0: int32(i), T1: int32(i + 1), Q: t.Q})
			i++
			continue
		case lex.Punct:
			dst = append(dst, Item{Kind: Punct, T0: int32(i), T1: int32(i + 1), Text: t.Text})
			i++
			continue
		}
		end, vals, caps := lx.trie.Match(toks, i)
		if end == i {
			dst = append(dst, Item{Kind: Word, T0: int32(i), T1: int32(i + 1), Text: t.Text, Cap: t.Cap})
			i++
			continue
		}
		e := lx.pick(vals)
		it := Item{Kind: e.kind, T0: int32(i), T1: int32(end), Text: lex.Phrase(toks, i, end), Cap: t.Cap}
		switch e.kind {
		case Measure:
			it.Measure = e.alias
			if end2, ps := lx.perShare(toks, end, e.alias); ps != nil {
				// "net operating earnings per common share"
				it.Measure, end = ps, end2
				it.T1, it.Text = int32(end), lex.Phrase(toks, i, end)
			}
		case Qualifier:
			it.Basis, it.Variant = e.basis, e.variant
			it.Cue, it.Dir = e.cue, e.dir
		case CueWord:
			it.Cue, it.Dir = e.cue, e.dir
		case Period:
			it.Period = period.Ref{Rule: e.rule, Caps: caps}
		}
		dst = append(dst, it)
		i = end
	}
	return dst
}

// elided gives the measure its name to a word or a margin that shares
// another's words across "and": "gross" in "gross and operating margins"
// is the gross margin (the head "margins" elided), and "margin" in "pre-tax
// profit and margin" is the pre-tax margin (the qualifier elided).
func (lx *Lexicon) elided(items []Item, toks []lex.Token) {
	for k := 0; k+2 < len(items); k++ {
		if c := items[k+1].Text; c != "and" && c != "or" {
			continue
		}
		a, b := &items[k], &items[k+2]
		switch {
		case a.Kind == Word && b.Kind == Measure && b.T1-b.T0 >= 2:
			// the head of b after the word a
			pair := [2]lex.Token{toks[a.T0], toks[b.T1-1]}
			end, vals, _ := lx.trie.Match(pair[:], 0)
			if end != 2 {
				continue
			}
			if e := lx.pick(vals); e.kind == Measure && e.alias.ID != "" {
				a.Kind, a.Measure, a.Cue, a.Dir = Measure, e.alias, 0, 0
				if k > 0 && items[k-1].Kind == Qualifier && items[k-1].Basis != "" && b.Measure.Basis == "" {
					m := *b.Measure // "adjusted gross and operating margins": both adjusted
					m.Basis = items[k-1].Basis
					b.Measure = &m
				}
			}
		case a.Kind == Measure && b.Kind == Measure && (b.Text == "margin" || b.Text == "margins") && a.Measure.ID != "":
			if id, ok := metric.MarginOf(a.Measure.ID); ok {
				m := *b.Measure
				m.ID = id
				b.Measure = &m
			}
		}
	}
}

// sgaComma joins "Sales, general and administrative expenses", written
// with a comma, into one measure: selling, general and administrative
// expense, not sales and G&A.
func sgaComma(items []Item) {
	for k := 2; k < len(items); k++ {
		it := &items[k]
		if it.Kind != Measure || it.Measure.ID != "ga_expense" || items[k-1].Text != "," {
			continue
		}
		if w := items[k-2].Text; w == "sales" || w == "selling" {
			m := *it.Measure
			m.ID = "sga_expense"
			it.Measure = &m
			items[k-2].Kind, items[k-2].Measure = Word, nil
		}
	}
}

// perShare reports whether "per … share" follows the measure a at
// toks[i], and returns the end of the phrase and the measure per share:
// "net earnings per common share" is EPS.
func (lx *Lexicon) perShare(toks []lex.Token, i int, a *metric.Alias) (int, *metric.Alias) {
	id, ok := metric.PerShare(a.ID)
	if !ok || i >= len(toks) || toks[i].Text != "per" || id == a.ID {
		return i, nil
	}
	variant := a.Variant
	for j := i + 1; j < len(toks) && j < i+4; j++ {
		w := toks[j].Text
		if w == "share" || w == "unit" {
			ps := *a
			ps.ID = id
			if variant != "" {
				ps.Variant = variant
			}
			return j + 1, &ps
		}
		v, ok := perShareWords[w]
		if !ok {
			break
		}
		if v != "" {
			variant = v
		}
	}
	return i, nil
}

// clauses cuts items into clauses at semicolons, and at dashes unless the
// sentence has exactly two, which then set off a parenthesis.
func clauses(dst [][2]int, items []Item) [][2]int {
	dashes := 0
	for _, it := range items {
		if it.Kind == Punct && isDash(it.Text) {
			dashes++
		}
	}
	a := 0
	for k, it := range items {
		if it.Kind != Punct || !(it.Text == ";" || isDash(it.Text) && dashes != 2) {
			continue
		}
		if k > a {
			dst = append(dst, [2]int{a, k})
		}
		a = k + 1
	}
	if len(items) > a {
		dst = append(dst, [2]int{a, len(items)})
	}
	return dst
}

func isDash(t string) bool { return t == "—" || t == "–" || t == "--" }

// IsDash reports whether a punctuation item is a dash.
func IsDash(t string) bool { return isDash(t) }

// names turns a one-word measure written with a capital mid-sentence, next
// to another capitalised word, into a word of a name: "Sales" in "Sales
// Cloud", "Revenue" in "Revenue Cycle Management".
func names(items []Item) {
	for k := 0; k+1 < len(items); k++ {
		// "bad debt provision": "debt" qualifies the measure after it
		if it := &items[k]; it.Kind == Measure && it.T1-it.T0 == 1 && items[k+1].Kind == Measure {
			it.Kind, it.Measure = Word, nil
		}
	}
	for k := 1; k < len(items); k++ {
		it := &items[k]
		if it.Kind != Measure || !it.Cap || it.T1-it.T0 != 1 {
			continue
		}
		prev := &items[k-1]
		nextCap := k+1 < len(items) && items[k+1].Kind == Word && items[k+1].Cap
		prevCap := prev.Kind == Word && prev.Cap
		if nextCap || prevCap && prev.Text != "q1" && prev.Text != "q2" && prev.Text != "q3" && prev.Text != "q4" && k > 1 {
			it.Kind, it.Measure = Word, nil
		}
	}
}

// shouted demotes to words the one-word periods written in capitals, which
// are names and not months: "NOV reported revenues" (National Oilwell
// Varco), not November.
func shouted(items []Item, toks []lex.Token, text string) {
	for i := range items {
		it := &items[i]
		if it.Kind != Period || it.T1 != it.T0+1 {
			continue
		}
		t := toks[it.T0]
		if w := text[t.Start:t.End]; monthAbbrevs[t.Text] && strings.ToUpper(w) == w {
			it.Kind, it.Period = Word, period.Ref{}
		}
	}
}

// yearToDate makes a year named just after "year to date" its year to
// date: "On a year-to-date basis, 2021 GAAP earnings were …",
// "year-to-date 2020 GAAP earnings".
func yearToDate(items []Item) {
	for i := range items {
		if items[i].Kind != Period || items[i].Period.Rule != period.YTD {
			continue
		}
		for j := i + 1; j < len(items) && j <= i+3; j++ {
			it := &items[j]
			if it.Kind == Period && it.Period.Rule == period.Year {
				it.Period.Rule = period.YTD
				break
			}
			if it.Kind != Word && it.Text != "," {
				break // "year to date basis ,"
			}
		}
	}
}

// lastYearQuarter makes a quarter named just after "prior year" or "last
// year" that quarter of the year before: "our prior year Q2 adjusted
// gross margin was 42%".
func lastYearQuarter(items []Item) {
	for i := 0; i+1 < len(items); i++ {
		a, b := &items[i], &items[i+1]
		if a.Kind == Period && a.Period.Rule == period.LastYear && b.Kind == Period && b.Period.Rule == period.QuarterNoYear {
			b.Period.Rule = period.QuarterLastYear
		}
	}
}

var monthAbbrevs = map[string]bool{"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true}
