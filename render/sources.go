package render

import (
	"cmp"
	"path/filepath"
	"slices"
	"strconv"

	"qoq/compare"
	"qoq/facts"
	"qoq/fiscal"
	"qoq/transcript"
)

// A Ref is a figure's sentence, shown in the sources section; everything
// that shows the figure links to it by ID.
type Ref struct {
	ID      string
	File    string
	Line    int
	Call    fiscal.Period
	Speaker string
	Section string
	// Before and After are the sentences around the figure's, in its
	// paragraph.
	Before, After string
	Parts         []part

	path       string // the file as named, with the part read
	start, fig int    // file offset of the sentence, figure offset in it
}

// A part is a run of a quoted sentence; Mark is set on the figure.
type part struct {
	Text string
	Mark bool
}

// String returns the ref's id, "" for none: the template writes a Ref
// where it links to it.
func (r *Ref) String() string {
	if r == nil {
		return ""
	}
	return r.ID
}

// sources collects the sentences a report quotes, one Ref per figure.
type sources struct {
	refs map[refKey]*Ref
	// sentences indexes each call's sentences by their offset in the file.
	sentences map[*facts.Document]map[int]int
}

type refKey struct {
	doc        *facts.Document
	start, fig int
}

func newSources() *sources {
	return &sources{refs: map[refKey]*Ref{}, sentences: map[*facts.Document]map[int]int{}}
}

// ref returns the Ref of a figure, nil when the source quotes nothing.
func (s *sources) ref(src *compare.Source) *Ref {
	if src == nil || src.Quote == nil || src.Doc == nil {
		return nil
	}
	q := src.Quote
	k := refKey{src.Doc, q.Start, q.FigureStart}
	if r, ok := s.refs[k]; ok {
		return r
	}
	r := &Ref{File: filepath.Base(src.File), Line: q.Line, Call: src.Call, Speaker: q.Speaker,
		Section: sectionNames[q.Section], start: q.Start, fig: q.FigureStart}
	if src.Doc.Part != "" {
		r.File += ", " + src.Doc.Part
	}
	r.path = src.File + "\x00" + src.Doc.Part
	r.Parts = highlight(q.Text, q.FigureStart, q.FigureEnd)
	r.Before, r.After = s.context(src.Doc, q.Start)
	s.refs[k] = r
	return r
}

// first returns the Ref of the first of srcs.
func (s *sources) first(srcs []compare.Source) *Ref {
	if len(srcs) == 0 {
		return nil
	}
	return s.ref(&srcs[0])
}

var sectionNames = map[string]string{facts.Prepared: "prepared remarks", facts.QA: "questions and answers"}

// highlight splits text around the figure at [from, to).
func highlight(text string, from, to int) []part {
	if from < 0 || to > len(text) || from >= to {
		return []part{{Text: text}}
	}
	var ps []part
	if from > 0 {
		ps = append(ps, part{Text: text[:from]})
	}
	ps = append(ps, part{Text: text[from:to], Mark: true})
	if to < len(text) {
		ps = append(ps, part{Text: text[to:]})
	}
	return ps
}

// context returns the sentences before and after the one starting at file
// offset start, when they are of the same paragraph.
func (s *sources) context(d *facts.Document, start int) (before, after string) {
	t := d.Transcript
	if t == nil {
		return "", ""
	}
	idx, ok := s.sentences[d]
	if !ok {
		idx = make(map[int]int, len(t.Sentences))
		for i, sn := range t.Sentences {
			idx[t.FileOffset(sn.Start)] = i
		}
		s.sentences[d] = idx
	}
	i, ok := idx[start]
	if !ok {
		return "", ""
	}
	ss := t.Sentences
	if i > 0 && ss[i-1].Para == ss[i].Para {
		before = ss[i-1].Text
	}
	if i+1 < len(ss) && ss[i+1].Para == ss[i].Para {
		after = ss[i+1].Text
	}
	return before, after
}

// next returns the sentence after the one at file offset start in d, when
// it is of the same paragraph.
func (s *sources) next(d *facts.Document, start int) (transcript.Sentence, bool) {
	t := d.Transcript
	if t == nil {
		return transcript.Sentence{}, false
	}
	s.context(d, start) // indexes the sentences
	i, ok := s.sentences[d][start]
	if !ok || i+1 >= len(t.Sentences) || t.Sentences[i+1].Para != t.Sentences[i].Para {
		return transcript.Sentence{}, false
	}
	return t.Sentences[i+1], true
}

// list numbers the refs in the order of the calls and of their lines, and
// returns them in that order.
func (s *sources) list() []*Ref {
	out := make([]*Ref, 0, len(s.refs))
	for _, r := range s.refs {
		out = append(out, r)
	}
	slices.SortFunc(out, func(a, b *Ref) int {
		return cmp.Or(a.Call.Compare(b.Call), cmp.Compare(a.path, b.path), cmp.Compare(a.start, b.start), cmp.Compare(a.fig, b.fig))
	})
	for i, r := range out {
		r.ID = "src-" + strconv.Itoa(i+1)
	}
	return out
}
