package callinfo

import (
	"path/filepath"
	"slices"
	"strings"

	"qoq/internal/clause"
	"qoq/internal/lex"
	"qoq/metric"
	"qoq/transcript"
)

// companyCues are the words around a company's name in the opening of a
// call: "welcome to the Acme first quarter call", "Investor Relations at
// Acme", "Acme's President".
var (
	companyBefore = []string{"welcome to the", "welcome to today's", "welcome to", "welcome everyone to the", "welcome everyone to", "welcome you to the", "welcome you to", "relations at", "relations for", "joining", "joining us for", "behalf of", "for joining"}
	companyAfter  = map[string]bool{
		"first": true, "second": true, "third": true, "fourth": true, "q1": true, "q2": true, "q3": true,
		"q4": true, "fiscal": true, "earnings": true, "quarterly": true, "conference": true, "results": true,
		"financial": true, "'s": true, "full": true, "year": true, "fourth-quarter": true, ",": true, ".": true,
		"president": true, "chief": true, "ceo": true, "cfo": true, "chairman": true, "investor": true,
	}
)

// company finds the company's name in the opening of a call, or falls back
// on the ticker that starts the file name.
func company(doc *transcript.Document, opening, sents []*clause.Sentence) string {
	votes := map[string]int{}
	best := ""
	for _, s := range opening[:min(len(opening), 30)] {
		lower := strings.ToLower(s.Text)
		for _, cue := range companyBefore {
			for off := 0; ; {
				k := strings.Index(lower[off:], cue+" ")
				if k < 0 {
					break
				}
				start := off + k + len(cue) + 1
				off = start
				if n := properName(s, start); n != "" {
					votes[n] += 2
				}
			}
		}
		for j, t := range s.Toks {
			if t.Text == "'s" && j > 0 && s.Toks[j-1].Cap {
				k := j - 1
				for k > 0 && (s.Toks[k-1].Cap && s.Toks[k-1].Kind == lex.Word || k > 1 && s.Toks[k-1].Text == "&" && s.Toks[k-2].Cap) {
					k-- // "Helmerich & Payne's"
				}
				if j+1 < len(s.Toks) && companyAfter[s.Toks[j+1].Text] {
					votes[s.Text[s.Toks[k].Start:s.Toks[j-1].End]]++
				}
			}
		}
	}
	for _, n := range domainNames(opening[:min(len(opening), 30)]) {
		votes[n] += 2 // "see rpc.net for a copy", and the call says "RPC reported"
	}
	for n, v := range votes {
		if v > votes[best] || v == votes[best] && n < best {
			best = n
		}
	}
	ticker := Ticker(doc.Name)
	if best != "" && votes[best] >= 2 {
		// the opening may name a subsidiary ("Douglas Elliman" in a call
		// of Vector Group, VGR): a name the ticker abbreviates well wins
		if t := strings.ToLower(ticker); len(t) >= 2 && !abbreviates(t, strings.ToLower(best)) {
			// "welcome everyone to the American Axle & Manufacturing …"
			// beside "www.aam.com": the opening's name the ticker
			// abbreviates, before any other
			alt := ""
			for n, v := range votes {
				if v >= 2 && abbreviates(t, strings.ToLower(n)) && (alt == "" || v > votes[alt] || v == votes[alt] && n < alt) {
					alt = n
				}
			}
			if alt != "" {
				return alt
			}
			if n := tickerName(sents, ticker); n != "" && abbreviation(t, strings.ToLower(n)) >= 2 {
				return n
			}
		}
		return best
	}
	if n := tickerName(sents, ticker); n != "" {
		return n // "Capital One earned $3.5 billion" in COF_q2_2021
	}
	base := filepath.Base(doc.Name)
	if i := strings.IndexAny(base, "_-. "); i > 0 && strings.ToUpper(base[:i]) == base[:i] {
		return base[:i]
	}
	return best
}

// properName returns the run of capitalised words of s starting at byte
// start, stopping before the words that follow a name in an opening.
func properName(s *clause.Sentence, start int) string {
	first, last := -1, -1
	for j, t := range s.Toks {
		if int(t.Start) < start {
			continue
		}
		if first < 0 && t.Text == "the" {
			continue
		}
		if t.Kind != lex.Word && t.Text != "&" || !t.Cap && !(first >= 0 && (t.Text == "&" || t.Text == "and" || t.Text == "of")) || companyAfter[t.Text] {
			break
		}
		if first < 0 {
			first = j
		}
		last = j
	}
	if first < 0 || last-first > 5 {
		return ""
	}
	for last > first && !s.Toks[last].Cap {
		last--
	}
	n := s.Text[s.Toks[first].Start:s.Toks[last].End]
	if strings.EqualFold(n, "operator") || strings.EqualFold(n, "the") {
		return ""
	}
	return n
}

// industryCues are phrases whose counts in a call tell its industry; a
// call is of the industry whose cues it names at least industryMin
// times, and twice as often as any other's.
var industryCues = map[metric.Industry][]string{
	metric.Bank: {"net interest income", "net interest margin", "deposits", "loan growth", "charge-offs", "provision for credit losses", "noninterest income", "non-interest income", "efficiency ratio", "cet1", "allowance for credit losses", "loan balances", "commercial loans"},
	metric.Insurance: {"combined ratio", "premiums", "catastrophe losses", "cat losses", "underwriting income", "underwriting results", "underwriting profit", "underwriting loss", "underwriting margin", "loss ratio", "reserve development", "policies in force", "net investment income",
		"annuities", "annuity", "mortality", "policyholder", "life insurance", "account values", "group insurance"},
	metric.REIT:    {"ffo", "funds from operations", "noi", "occupancy", "same-property", "same property", "leasing spreads", "tenants", "cap rate", "book value per share", "agency mbs", "reit"},
	metric.Retail:  {"comparable sales", "comp sales", "comparable store sales", "same-store sales", "store count", "new stores", "average ticket", "merchandise", "our stores", "in stores", "shoppers", "identical sales", "supermarkets", "comps"},
	metric.Energy:  {"barrels", "boe", "upstream", "downstream", "refining", "crude", "natural gas prices", "per barrel", "production"},
	metric.Utility: {"rate base", "rate case", "kilowatt", "megawatt", "regulated utility", "utilities", "electric", "commission", "weather-normal", "weather normal"},
}

const industryMin = 6

// Industry decides a call's industry from the cues its text names.
func Industry(doc *transcript.Document) metric.Industry {
	lower := strings.Map(func(r rune) rune {
		if r >= 'A' && r <= 'Z' {
			return r + 'a' - 'A'
		}
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return ' '
	}, doc.Text)
	words := strings.Fields(lower)
	counts := map[metric.Industry]int{}
	for i, w := range words {
		for _, c := range cueIndex[w] {
			if i+len(c.words) <= len(words) && slices.Equal(words[i:i+len(c.words)], c.words) {
				counts[c.industry]++
			}
		}
	}
	best, second := metric.General, 0
	bestN := 0
	for _, ind := range metric.Industries() {
		switch n := counts[ind]; {
		case n > bestN:
			second, best, bestN = bestN, ind, n
		case n > second:
			second = n
		}
	}
	if bestN >= industryMin && bestN >= 2*second {
		return best
	}
	return metric.General
}

// An industryCue is a cue phrase of industryCues, in words.
type industryCue struct {
	words    []string
	industry metric.Industry
}

// cueIndex is industryCues by the first word of each phrase, so that a
// call's text is read once.
var cueIndex = func() map[string][]industryCue {
	idx := map[string][]industryCue{}
	for ind, cues := range industryCues {
		for _, c := range cues {
			ws := strings.Fields(c)
			idx[ws[0]] = append(idx[ws[0]], industryCue{ws, ind})
		}
	}
	return idx
}()

// Ticker returns the ticker a file name starts with, "ACME" in
// ACME_q1_2004.txt, or "".
func Ticker(name string) string {
	base := filepath.Base(name)
	if i := strings.IndexAny(base, "_-. "); i > 0 && i <= 6 && strings.ToUpper(base[:i]) == base[:i] && strings.ToLower(base[:i]) != base[:i] {
		return base[:i]
	}
	return ""
}

// tickerName returns the capitalised name the call uses most that the
// ticker abbreviates best (see abbreviation), "Capital One" for COF,
// "Tennant" for TNC. A name must be written capitalised inside a
// sentence, so that words that only open sentences ("Turning") are not
// names, and used twice, or four times when it abbreviates loosely.
func tickerName(sents []*clause.Sentence, ticker string) string {
	if len(ticker) < 2 {
		return ""
	}
	t := strings.ToLower(ticker)
	counts := map[string]int{}
	inner := map[string]bool{}
	for _, s := range sents {
		toks := s.Toks
		for j := 0; j < len(toks); j++ {
			if toks[j].Kind != lex.Word || !toks[j].Cap {
				continue
			}
			for n := 1; n <= 2 && j+n <= len(toks); n++ {
				if n == 2 && !toks[j+1].Cap {
					break
				}
				name := s.Text[toks[j].Start:toks[j+n-1].End]
				if !abbreviates(t, strings.ToLower(name)) {
					continue
				}
				counts[name]++
				if j > 0 {
					inner[name] = true
				}
			}
		}
	}
	best, bestRank := "", 0
	for n, c := range counts {
		r := abbreviation(t, strings.ToLower(n))
		if !inner[n] || c < 2 || r == 1 && c < 4 {
			continue
		}
		if r > bestRank || r == bestRank && (c > counts[best] || c == counts[best] && n < best) {
			best, bestRank = n, r
		}
	}
	return best
}

// abbreviates reports whether ticker t can abbreviate name: both start
// with the same letter and the ticker's second letter follows in the name.
func abbreviates(t, name string) bool {
	if name == "" || name[0] != t[0] || strings.HasSuffix(name, "'s") {
		return false
	}
	return strings.IndexByte(name[1:], t[1]) >= 0
}

// abbreviation ranks how well ticker t abbreviates name: 3 when the name
// starts with it ("idacorp") or its words' initials start it ("capital
// one"), 2 when all its letters are in the name in order ("vector group"),
// else 1.
func abbreviation(t, name string) int {
	if strings.HasPrefix(name, t) {
		return 3
	}
	if words := strings.Fields(name); len(words) > 1 {
		initials := ""
		for _, w := range words {
			initials += w[:1]
		}
		if strings.HasPrefix(t, initials) {
			return 3
		}
	}
	k := 0
	for i := 0; i < len(name) && k < len(t); i++ {
		if name[i] == t[k] {
			k++
		}
	}
	if k == len(t) {
		return 2
	}
	return 1
}

// domainNames returns the names of the opening that are also the name of
// a web site it gives ("rpc.net", "www.acme.com"), as the call writes them
// elsewhere in the opening: "RPC".
func domainNames(opening []*clause.Sentence) []string {
	sites := map[string]bool{}
	for _, s := range opening {
		lower := strings.ToLower(s.Text)
		for _, tld := range []string{".com", ".net"} {
			for off := 0; ; {
				k := strings.Index(lower[off:], tld)
				if k < 0 {
					break
				}
				end := off + k
				start := end
				for start > 0 && (lower[start-1] >= 'a' && lower[start-1] <= 'z' || lower[start-1] >= '0' && lower[start-1] <= '9') {
					start--
				}
				if end-start >= 2 {
					sites[lower[start:end]] = true
				}
				off = end + len(tld)
			}
		}
	}
	var names []string
	seen := map[string]bool{}
	for _, s := range opening {
		for _, t := range s.Toks {
			w := s.Text[t.Start:t.End]
			if t.Kind == lex.Word && t.Cap && sites[strings.ToLower(w)] && !seen[w] {
				seen[w] = true
				names = append(names, w)
			}
		}
	}
	return names
}
