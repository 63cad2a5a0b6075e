package facts

import "strings"

// SegmentKey returns the key under which segment names are the same
// segment: lower-cased, without filler words ("the", "segment"), each word
// singular, and synonyms ("remaining", "continuing") written as one
// ("ongoing"). "The Blood Products segment" and "blood product" share a
// key.
func SegmentKey(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(strings.ToLower(s)) {
		w = strings.Trim(w, ".,;:()\"'’")
		w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if w == "" || isFiller(w) {
			continue
		}
		w = synonym(singular(w))
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func isFiller(w string) bool {
	for _, f := range segmentFillers {
		if w == f {
			return true
		}
	}
	return false
}

func synonym(w string) string {
	for _, group := range segmentSynonyms {
		for _, s := range group[1:] {
			if w == s {
				return group[0]
			}
		}
	}
	return w
}

// singular strips an English plural ending: centers → center, facilities →
// facility, services → service; words ending in "ss" or "us" are kept.
func singular(w string) string {
	switch {
	case len(w) <= 3 || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}

// segmentSynonyms are words that name the same kind of part of a business
// in other words; SegmentKey maps each onto the first of its group.
var segmentSynonyms = [][]string{
	{"ongoing", "remaining", "continuing"},
}

// segmentFillers are words that never distinguish one segment from
// another.
var segmentFillers = []string{
	"the", "our", "its", "their", "company", "company's", "companys", "segment", "division",
	"business", "total", "overall", "of", "a", "an", "and", "&",
}
