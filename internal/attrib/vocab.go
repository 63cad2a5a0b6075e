package attrib

import (
	"maps"
	"slices"
	"strings"

	"qoq/internal/clause"
)

// A Vocab is what a call's own words teach about it: the names of the
// parts of its business. A capitalised name is a part's when the call
// names it at least twice, once where a part stands: before a measure
// ("Sales Cloud revenue"), before "segment" or "business", as the subject
// of a result ("Freight had another outstanding quarter"), or opening a
// topic ("In Industrial,", "Turning to Wealth Management").
type Vocab struct {
	segments map[string]bool // lower-case names
	firsts   map[string]bool // their first words
	// short maps a part's initials, lower-case, to the name they stand
	// for, as the call writes it: "eig" to "Electronic Instruments Group".
	short map[string]string
}

// Learn reads the names of a company's parts from the sentences of its
// calls, one set a call. people are the names of the calls' speakers,
// whose words are never a part's; company is the company's name; known
// are names the user gives.
func Learn(sets [][]*clause.Sentence, people []string, company string, known ...string) *Vocab {
	skip := map[string]bool{}
	firm := map[string]bool{}
	for i, p := range append(people, company) {
		for _, w := range strings.Fields(strings.ToLower(p)) {
			if w = strings.Trim(w, ".,'’"); !genericNameWords[w] {
				skip[w] = true
				firm[w] = i == len(people)
			}
		}
	}
	// firmPart reports whether key is the company's name and more, as a
	// segment's may be: "walmart u.s.", "walmart international".
	firmPart := func(key string) bool {
		first, rest, ok := strings.Cut(key, " ")
		return ok && firm[first] && !anyWord(rest, skip)
	}
	seen := map[string]int{}
	placed := map[string]int{}
	inner := map[string]bool{} // capitalised somewhere other than a sentence's start
	written := map[string]string{}
	var ss []*clause.Sentence
	for _, set := range sets {
		ss = append(ss, set...)
	}
	for _, s := range ss {
		items := s.Items
		for k := 0; k < len(items); k++ {
			if !nameStart(&items[k]) {
				continue
			}
			j := nameEnd(items, k)
			if k == 0 {
				j = subjectEnd(items, j) // "Blood services revenue was …"
			}
			key := nameKey(items, k, j)
			if key == "" || anyWord(key, skip) && !firmPart(key) {
				k = j - 1
				continue
			}
			if spoken(items, k, j) {
				// "Rick will discuss this further", "Next up is Rick to
				// give us details": a person
				for _, w := range strings.Fields(key) {
					skip[w] = true
				}
				delete(seen, key)
				k = j - 1
				continue
			}
			seen[key]++
			if _, ok := written[key]; !ok {
				written[key] = s.Text[s.Toks[items[k].T0].Start:s.Toks[items[j-1].T1-1].End]
			}
			if partContext(items, k, j) {
				placed[key]++
			}
			if k > 0 && !(k == 1 && items[0].Kind == clause.Word && fillers[items[0].Text]) {
				inner[key] = true
			}
			k = j - 1
		}
	}
	v := &Vocab{segments: map[string]bool{}}
	for _, k := range known {
		v.add(k)
	}
	for _, s := range ss {
		// "our blood products segment": the words before a segment's head
		items := s.Items
		for k := 2; k < len(items); k++ {
			if items[k].Text != "segment" && items[k].Text != "segments" && items[k].Text != "division" {
				continue
			}
			lo := k
			for lo > 0 && k-lo < 4 && items[lo-1].Kind == clause.Word && !fillers[items[lo-1].Text] && !stopModifier[items[lo-1].Text] && !lexDigits(items[lo-1].Text) {
				lo--
			}
			if lo < k && lo > 0 && fillers[items[lo-1].Text] {
				v.add(nameKey(items, lo, k))
			}
		}
	}
	for key, n := range seen {
		if anyWord(key, skip) && !firmPart(key) {
			continue // a person's name, learned after the name was seen
		}
		if n >= 2 && (placed[key] >= 1 && inner[key] || placed[key] >= 2) {
			v.segments[key] = true
		}
	}
	v.short = shortNames(written)
	v.firsts = map[string]bool{}
	for k := range v.segments {
		w, _, _ := strings.Cut(k, " ")
		v.firsts[w] = true
	}
	return v
}

// mayStart reports whether a part's name the call taught may start with
// word w, lower-case.
func (v *Vocab) mayStart(w string) bool { return v != nil && v.firsts[w] }

// shortNames returns, for the initials of the names of several words
// written in a call, the one name each stands for. A short name is a
// name's initials ("EIG": Electronic Instruments Group), or, when no
// name's initials are exactly it, letters of one name only that hold
// every word's initial in order ("EMG": ElectroMechanical Group).
func shortNames(written map[string]string) map[string]string {
	all := maps.Clone(written)
	for key, w := range written {
		if !strings.Contains(key, " and ") {
			continue
		}
		// "Electronic Instruments Group and Electromechanical Group": each
		ks, ws := strings.Split(key, " and "), strings.Split(w, " and ")
		if len(ks) == len(ws) {
			for i := range ks {
				if _, ok := all[ks[i]]; !ok {
					all[ks[i]] = ws[i]
				}
			}
		}
	}
	type name struct{ key, initials string }
	var names []name
	exact := map[string][]string{}
	for key := range all {
		if !strings.Contains(key, " ") {
			continue
		}
		if in := nameInitials(key); len(in) >= 2 {
			exact[in] = append(exact[in], key)
			names = append(names, name{key, in})
		}
	}
	out := map[string]string{}
	for in, keys := range exact {
		if len(keys) == 1 {
			out[in] = all[keys[0]]
		}
	}
	// the short names the call uses that are no name's initials
	loose := map[string][]string{}
	for _, abbr := range abbreviations(all) {
		if _, ok := exact[abbr]; ok {
			continue
		}
		for _, n := range names {
			if spells(abbr, n.key, n.initials) {
				loose[abbr] = append(loose[abbr], n.key)
			}
		}
	}
	for abbr, keys := range loose {
		if len(keys) == 1 {
			out[abbr] = all[keys[0]]
		}
	}
	return out
}

// abbreviations returns the lower-case one-word names of two to five
// capital letters among the names written.
func abbreviations(written map[string]string) []string {
	var out []string
	for key, w := range written {
		if len(w) >= 2 && len(w) <= 5 && strings.ToUpper(w) == w && !strings.ContainsAny(w, " .&'’-") {
			out = append(out, key)
		}
	}
	slices.Sort(out)
	return out
}

// nameInitials returns the first letters of the words of a lower-case
// name, past "of", "and", "the" and "&".
func nameInitials(key string) string {
	var b []byte
	for len(key) > 0 {
		w, rest, _ := strings.Cut(key, " ")
		key = rest
		if w == "" || w == "of" || w == "and" || w == "the" || w == "&" || w[0] < 'a' || w[0] > 'z' {
			continue
		}
		b = append(b, w[0])
	}
	return string(b)
}

// spells reports whether abbr's letters occur in order in the name key
// of initials in, starting with its first letter and holding each word's
// initial.
func spells(abbr, key, in string) bool {
	if in == "" || abbr[0] != in[0] || !subsequence(in, abbr) {
		return false
	}
	return subsequence(abbr, key)
}

// subsequence reports whether the letters of a occur in order in b,
// past its spaces.
func subsequence(a, b string) bool {
	i := 0
	for j := 0; i < len(a) && j < len(b); j++ {
		if b[j] != ' ' && a[i] == b[j] {
			i++
		}
	}
	return i == len(a)
}

// isShort reports whether key, lower-case, is a short name the call uses
// for a name it writes in full.
func (v *Vocab) isShort(key string) bool {
	_, ok := v.short[key]
	return v != nil && ok
}

// fullName returns the name a part's short name stands for in the call
// ("EIG": "Electronic Instruments Group"), or name.
func (v *Vocab) fullName(name string) string {
	if p := shortPlural(name); p != "" && v != nil {
		if full, ok := v.short[strings.ToLower(p)]; ok {
			return full // "FMPs fourth quarter EBITDA"
		}
	}
	if v == nil || len(name) > 5 || strings.ToUpper(name) != name {
		return name
	}
	if full, ok := v.short[strings.ToLower(name)]; ok {
		return full
	}
	return name
}

// shortPlural returns the short name in a plural one ("FMPs": "FMP"), or
// "".
func shortPlural(name string) string {
	if rest, ok := strings.CutSuffix(name, "s"); ok && len(rest) >= 2 && len(rest) <= 5 && strings.ToUpper(rest) == rest {
		return rest
	}
	return ""
}

// nameStart reports whether a capitalised name can start at it.
func nameStart(it *clause.Item) bool {
	return it.Kind == clause.Word && it.Cap && !notNames[it.Text] && !lexDigits(it.Text)
}

// nameEnd returns the end of the run of capitalised words starting at k:
// "Sam's Club", "Bank of America", "Food Equipment".
func nameEnd(items []clause.Item, k int) int {
	j := k + 1
	for j < len(items) {
		it := &items[j]
		switch {
		case it.Kind == clause.Word && it.Cap && !notNames[it.Text]:
			j++
		case (it.Text == "'s" || it.Text == "&" || it.Text == "of" || it.Text == "and") && j+1 < len(items) && nameStart(&items[j+1]):
			j += 2
		case it.Text == "of" && j+2 < len(items) && items[j+1].Text == "the" && nameStart(&items[j+2]):
			j += 3 // "Rest of the World"
		default:
			return j
		}
	}
	return j
}

// nameKey returns the lower-case key of the name in items [k, j).
func nameKey(items []clause.Item, k, j int) string {
	var b strings.Builder
	for i := k; i < j; i++ {
		if b.Len() > 0 && items[i].Text != "'s" {
			b.WriteByte(' ')
		}
		b.WriteString(items[i].Text)
	}
	return b.String()
}

func anyWord(key string, set map[string]bool) bool {
	for key != "" {
		w, rest, _ := strings.Cut(key, " ")
		if w != "" && set[w] {
			return true
		}
		key = rest
	}
	return false
}

// partContext reports whether the name in items [k, j) stands where a
// part of the business does.
func partContext(items []clause.Item, k, j int) bool {
	if j < len(items) {
		n := &items[j]
		switch {
		case n.Kind == clause.Measure, n.Is(clause.SegmentHead):
			return true
		case n.Kind == clause.Qualifier && j+1 < len(items) && items[j+1].Kind == clause.Measure:
			return true
		case resultVerbs[n.Text] && k == 0:
			return true
		}
	}
	if k > 0 {
		p := &items[k-1]
		if p.Is(clause.Transition) || k == 1 && (p.Text == "in" || p.Text == "at" || p.Text == "within") && j < len(items) && items[j].Text == "," {
			return true
		}
	}
	return false
}

// isSegment reports whether the vocabulary knows the name.
func (v *Vocab) isSegment(key string) bool { return v != nil && v.segments[key] }

// Segments returns the names the call taught, lower-case.
func (v *Vocab) Segments() []string {
	var out []string
	for k := range v.segments {
		out = append(out, k)
	}
	return out
}

// add learns a name, and its singular and plural forms: "blood services"
// is also "blood service".
func (v *Vocab) add(name string) {
	k := strings.ToLower(strings.TrimSpace(name))
	if k == "" {
		return
	}
	for _, suf := range []string{" segment", " segments", " division", " business"} {
		k = strings.TrimSuffix(k, suf)
	}
	v.segments[k] = true
	if strings.HasSuffix(k, "s") {
		v.segments[k[:len(k)-1]] = true
	} else {
		v.segments[k+"s"] = true
	}
}

// subjectEnd extends a name that opens a sentence over the lower-case
// nouns after its first word, up to the measure or the verb they are the
// subject of: "Blood services" in "Blood services generated gross profit".
func subjectEnd(items []clause.Item, j int) int {
	n := j
	for n < len(items) && n < j+3 && items[n].Kind == clause.Word && !items[n].Cap && !fillers[items[n].Text] && !stopModifier[items[n].Text] && !lexDigits(items[n].Text) && nounLike(items[n].Text) {
		n++
	}
	if n > j && n < len(items) && (items[n].Kind == clause.Measure || items[n].Is(clause.SegmentHead) || resultVerbs[items[n].Text]) {
		return n
	}
	return j
}

// spoken reports whether the name in items [k, j) is a person's: it is
// followed by a verb of speaking or preceded by a hand-over.
func spoken(items []clause.Item, k, j int) bool {
	if j < len(items) {
		w := items[j].Text
		if j+1 < len(items) && (w == "will" || w == "to" || w == "can" || w == "is going to") {
			w = items[j+1].Text
		}
		if speakingVerbs[w] {
			return true
		}
	}
	if k >= 2 && items[k-1].Text == "to" && (items[k-2].Text == "over" || items[k-2].Text == "it" || items[k-2].Text == "call") {
		return true // "turn the call over to Rick"
	}
	return false
}
