package attrib

import (
	"fmt"
	"strings"
	"testing"

	"qoq/fiscal"
	"qoq/internal/clause"
	"qoq/internal/period"
	"qoq/metric"
	"qoq/transcript"
)

// A row is a sentence of a call on quarter q (and industry, "2021Q2 bank";
// "lines" for a call laid out a sentence a line, "2021Q4 lines") (the
// sentences of its paragraph before it, joined with " | ", when they
// matter) and what attribution must decide of
// each of its figures, in order, as a list separated by "; ":
//
//	FIGURE = METRIC[@SEGMENT] BASIS PERIOD [guide]   a level
//	FIGURE ~ METRIC[@SEGMENT] BASIS PERIOD up|down  a change
//	FIGURE < METRIC[@SEGMENT] BASIS PERIOD           the value compared with
//	FIGURE ! REASON                                 no value of a measure
//
// FIGURE is the figure's text as stated; REASON words of the reason
// given. BASIS is gaap or non_gaap; PERIOD 2021Q3, FY2021, 9M2021, or a
// date; "neg" follows a loss stated as a positive amount. A sentence an
// analyst says starts with "A: ".
type row struct {
	q, in, want string
}

// read attributes the last sentence of in, after the ones before it, in a
// call on quarter q, with the rules not named in off, and renders its
// figures as a row's want.
func read(t testing.TB, q, in string, off map[string]bool) (got string, rules []string) {
	t.Helper()
	q, ind, _ := strings.Cut(q, " ")
	lines := false
	if rest, ok := strings.CutSuffix(ind, "lines"); ok {
		ind, lines = strings.TrimSpace(rest), true
	}
	p, err := fiscal.ParsePeriod(q)
	if err != nil {
		t.Fatalf("quarter %q: %v", q, err)
	}
	parts := strings.Split(in, " | ")
	analyst := strings.HasPrefix(parts[len(parts)-1], "A: ")
	parts[len(parts)-1] = strings.TrimPrefix(parts[len(parts)-1], "A: ")
	text := strings.Join(parts, " ")
	from := len(text) - len(parts[len(parts)-1]) // where the row's sentence starts
	text += "\n\nThank you all for joining us today. We are very pleased with the quarter. Operator, please open the line.\n"
	doc, err := transcript.Read("call.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	lx := clause.NewLexicon(clause.Options{Industry: metric.Industry(ind)})
	var ss []*clause.Sentence
	for i := range doc.Sentences {
		ss = append(ss, lx.Analyze(nil, doc.Sentences[i].Text))
	}
	v := Learn([][]*clause.Sentence{ss}, nil, "Acme", knownParts...)
	r := NewReader(Call{Resolver: period.Resolver{Call: p, Calendar: fiscal.CalendarYear}, BalancesDated: true, Company: "Acme",
		Industry: metric.Industry(ind), Vocab: v, disabled: off})
	var out []string
	for i := range doc.Sentences {
		src := &doc.Sentences[i]
		s := ss[i]
		row := src.Start >= from && src.Start < len(text)-len(parts[len(parts)-1])+len(parts[len(parts)-1])
		claims := r.Sentence(nil, s, Meta{Index: i, Para: src.Para, Line: i + 1, Analyst: analyst && row, Lines: lines})
		if !row {
			continue
		}
		for _, c := range claims {
			q := s.Qs[c.Fig]
			out = append(out, src.Text[q.Start:q.End]+" "+brief(&c))
			rules = append(rules, c.Rule)
		}
	}
	return strings.Join(out, "; "), rules
}

// brief renders a claim as a row does.
func brief(c *Claim) string {
	if c.Role == Other {
		return "! " + c.Reason
	}
	m := c.Measure
	if c.Segment != "" {
		m += "@" + c.Segment
	}
	op := map[Role]string{Level: "=", Change: "~", Prior: "<"}[c.Role]
	s := fmt.Sprintf("%s %s %s %s", op, m, c.Basis, c.Period)
	if c.Guidance {
		s += " guide"
	}
	if c.Sign < 0 {
		s += " neg"
	}
	if c.Role == Change {
		s += map[int]string{1: " up", -1: " down", 0: " flat"}[c.Dir]
	}
	return s
}

// match reports whether got renders want: reasons match on a word.
func match(got, want string) bool {
	g, w := strings.Split(got, "; "), strings.Split(want, "; ")
	if len(g) != len(w) {
		return false
	}
	for i := range g {
		if k := strings.Index(w[i], " ! "); k >= 0 {
			gk := strings.Index(g[i], " ! ")
			if gk < 0 || g[i][:gk] != w[i][:k] || !strings.Contains(g[i][gk:], strings.TrimSpace(w[i][k+3:])) {
				return false
			}
			continue
		}
		if g[i] != w[i] {
			return false
		}
	}
	return true
}

func TestSentences(t *testing.T) {
	for _, tt := range sentences {
		got, _ := read(t, tt.q, tt.in, nil)
		if !match(got, tt.want) {
			t.Errorf("%s %q\n got %s\nwant %s", tt.q, tt.in, got, tt.want)
		}
	}
}

// TestRulesNeeded checks that every rule decides a row and that each row a
// rule decides fails without it, or another row of it does: a rule
// without a row that needs it is dead weight.
func TestRulesNeeded(t *testing.T) {
	byRule := map[string][]int{}
	for i, tt := range sentences {
		_, rules := read(t, tt.q, tt.in, nil)
		for _, r := range rules {
			byRule[r] = append(byRule[r], i)
		}
	}
	for _, rl := range Rules() {
		rows := byRule[rl.Name]
		if len(rows) == 0 {
			t.Errorf("rule %s decides no row", rl.Name)
			continue
		}
		failed := 0
		for _, i := range rows {
			tt := sentences[i]
			if got, _ := read(t, tt.q, tt.in, map[string]bool{rl.Name: true}); !match(got, tt.want) {
				failed++
			}
		}
		if failed == 0 {
			t.Errorf("rule %s: none of its %d rows fails without it", rl.Name, len(rows))
		}
	}
}

// knownParts are the parts of the business of the rows' calls, as a
// qoq.yaml would name them.
var knownParts = []string{"Food Equipment", "Protection Services", "Industrial", "Sales Cloud", "AeroTech"}
