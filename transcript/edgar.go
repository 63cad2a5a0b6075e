package transcript

import (
	"fmt"
	"strings"
)

// An edgarDoc is one <DOCUMENT> of an EDGAR full-submission text file.
type edgarDoc struct {
	typ, seq, filename, desc string
	body                     string // between <TEXT> and </TEXT>
	start                    int    // offset of body in the submission
}

// isEDGAR reports whether text is an EDGAR submission holding documents.
func isEDGAR(text string) bool {
	head := text[:min(len(text), 1<<16)]
	return indexFold(head, "<DOCUMENT>") >= 0 && indexFold(head, "<TYPE>") >= 0
}

// edgarDocs splits an EDGAR submission into its documents.
func edgarDocs(text string) []edgarDoc {
	var docs []edgarDoc
	for off := 0; ; {
		i := indexFold(text[off:], "<DOCUMENT>")
		if i < 0 {
			return docs
		}
		off += i + len("<DOCUMENT>")
		end := indexFold(text[off:], "</DOCUMENT>")
		if end < 0 {
			end = len(text) - off
		}
		block := text[off : off+end]
		d := edgarDoc{
			typ:      edgarField(block, "<TYPE>"),
			seq:      edgarField(block, "<SEQUENCE>"),
			filename: edgarField(block, "<FILENAME>"),
			desc:     edgarField(block, "<DESCRIPTION>"),
		}
		if t := indexFold(block, "<TEXT>"); t >= 0 {
			body := block[t+len("<TEXT>"):]
			if e := indexFold(body, "</TEXT>"); e >= 0 {
				body = body[:e]
			}
			d.body, d.start = body, off+t+len("<TEXT>")
		}
		docs = append(docs, d)
		off += end
	}
}

// edgarField returns the value of a header line such as "<TYPE>EX-99.2".
func edgarField(block, tag string) string {
	i := indexFold(block, tag)
	if i < 0 {
		return ""
	}
	v := block[i+len(tag):]
	if j := strings.IndexAny(v, "\r\n<"); j >= 0 {
		v = v[:j]
	}
	return strings.TrimSpace(v)
}

// Words that mark the call script among a submission's documents, with
// their weights: in the document's type, file name or description, and in
// its text.
var (
	scriptMeta = []weighted{{"script", 50}, {"transcript", 50}, {"conference call", 40}, {"call", 20}, {"remarks", 20}}
	scriptText = []weighted{{"conference call", 5}, {"good morning", 5}, {"good afternoon", 5}, {"operator", 3}, {"thank you", 2}, {"question", 1}}
	skipTypes  = []string{"GRAPHIC", "ZIP", "EXCEL", "PDF", "XML", "JSON", "EX-101"}
)

type weighted struct {
	word string
	n    int
}

// pickScript returns the index of the document most likely to be the call
// script or transcript, or -1 when no document has text.
func pickScript(docs []edgarDoc) int {
	best, bestScore := -1, -1
	for i, d := range docs {
		if strings.TrimSpace(d.body) == "" || strings.HasPrefix(strings.TrimSpace(d.body), "begin 6") || skipType(d.typ) {
			continue
		}
		score := 0
		meta := strings.ToLower(d.typ + " " + d.filename + " " + d.desc)
		for _, w := range scriptMeta {
			if strings.Contains(meta, w.word) {
				score += w.n
			}
		}
		body := strings.ToLower(d.body[:min(len(d.body), 1<<16)])
		for _, w := range scriptText {
			score += min(strings.Count(body, w.word), 5) * w.n
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

func skipType(t string) bool {
	t = strings.ToUpper(t)
	for _, s := range skipTypes {
		if strings.HasPrefix(t, s) {
			return true
		}
	}
	return false
}

func (d edgarDoc) describe(i, n int) string {
	var parts []string
	for _, s := range []string{d.typ, d.filename, d.desc} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	s := fmt.Sprintf("document %d of %d", i+1, n)
	if len(parts) > 0 {
		s += " (" + strings.Join(parts, ", ") + ")"
	}
	return s
}

// indexFold is strings.Index ignoring ASCII case, for markup tags, which
// all start with '<'.
func indexFold(s, tag string) int {
	for i := 0; ; {
		j := strings.IndexByte(s[i:], '<')
		if j < 0 || i+j+len(tag) > len(s) {
			return -1
		}
		i += j
		if strings.EqualFold(s[i:i+len(tag)], tag) {
			return i
		}
		i++
	}
}
