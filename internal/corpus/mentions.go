package corpus

import (
	"regexp"
	"sort"
	"strings"
)

// A mention is a metric phrase in a clause.
type mention struct {
	start, end int
	row        *metricRow
	kind       mentionKind // the row's kind, or kindOther when notBefore rejects it
	text       string
}

// findMentions returns the metric phrases of a clause, leftmost first;
// where two overlap, the one that starts first and then the longer one
// wins, then the earlier row.
func findMentions(s string) []mention {
	var all []mention
	for i := range metricRows {
		row := &metricRows[i]
		for _, m := range row.re.FindAllStringIndex(s, -1) {
			k := row.kind
			if notMetric.MatchString(s[m[1]:]) || (row.notBefore != nil && row.notBefore.MatchString(s[m[1]:])) {
				k = kindOther
			}
			all = append(all, mention{start: m[0], end: m[1], row: row, kind: k, text: s[m[0]:m[1]]})
		}
	}
	sort.SliceStable(all, func(i, j int) bool {
		if all[i].start != all[j].start {
			return all[i].start < all[j].start
		}
		return all[i].end > all[j].end
	})
	var out []mention
	for _, m := range all {
		if len(out) > 0 && m.start < out[len(out)-1].end {
			continue
		}
		out = append(out, m)
	}
	return out
}

// periodWord is a word that names a period or a number: "q1", "fy21",
// "2021", "q4-21".
var periodWord = regexp.MustCompile(`^(?:q[1-4]|[1-4]q|fy|h[12])?['-]?[\d.,]*e?$`)

// companyWide reports whether the phrase at m stands for the whole company:
// the word before it is a verb, a period, a basis word or the start of the
// clause, and not a segment ("asia revenue") or a qualifier ("organic
// sales").
func companyWide(s string, m mention) bool {
	w := previousWord(s, m.start)
	return companyWords[w] || periodWord.MatchString(w) || strings.HasSuffix(w, "-")
}

// notNetIncome reports whether a profit phrase names something other than
// net income: "operating income", "interest income", "pretax loss", or
// "income" and "loss" without "net".
func notNetIncome(s string, m mention) bool {
	return profitNotNet[previousWord(s, m.start)] || operatingWord.MatchString(m.text) || !netWord.MatchString(m.text)
}
