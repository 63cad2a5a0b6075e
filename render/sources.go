package render

import (
	"cmp"
	"path/filepath"
	"slices"
	"strconv"

	"qoq/comparison"
	"qoq/fiscal"
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
}

type refKey struct {
	file       string // the file, with the part read
	start, fig int
}

func newSources() *sources {
	return &sources{refs: map[refKey]*Ref{}}
}

// ref returns the Ref of a figure, nil when the source quotes nothing.
func (s *sources) ref(src *comparison.Source) *Ref {
	if src == nil || src.Quote == nil {
		return nil
	}
	q := src.Quote
	path := src.File + "\x00" + src.Part
	k := refKey{path, q.Start, q.FigureStart}
	if r, ok := s.refs[k]; ok {
		return r
	}
	r := &Ref{File: filepath.Base(src.File), Line: src.Line, Call: src.Call, Speaker: q.Speaker,
		Section: sectionNames[q.Section], start: q.Start, fig: q.FigureStart, path: path,
		Before: q.Before, After: q.After, Parts: highlight(q.Text, q.FigureStart, q.FigureEnd)}
	if src.Part != "" {
		r.File += ", " + src.Part
	}
	s.refs[k] = r
	return r
}

// first returns the Ref of the first of srcs.
func (s *sources) first(srcs []comparison.Source) *Ref {
	if len(srcs) == 0 {
		return nil
	}
	return s.ref(&srcs[0])
}

var sectionNames = map[string]string{"prepared": "prepared remarks", "qa": "questions and answers"}

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
