package facts

import (
	"qoq/fiscal"
	"qoq/quantity"
	"qoq/transcript"
)

// Options say what extraction cannot read from the call itself, or what
// the user knows better.
type Options struct {
	// Period, when set, is the quarter the call reports on, overriding the
	// text and the file name.
	Period fiscal.Period
	// Calendar, when set, is the company's fiscal calendar, overriding what
	// the text says.
	Calendar fiscal.Calendar
	// Company, when set, names the company.
	Company string
	// Metrics maps extra phrases, lower-case, onto metric ids.
	Metrics map[string]string
}

// An Extractor extracts facts from calls. It holds the compiled vocabulary
// and is safe for concurrent use.
type Extractor struct {
	lx   *lexicon
	opts Options
}

// New returns an Extractor with the given options.
func New(opts Options) *Extractor {
	return &Extractor{lx: newLexicon(opts.Metrics), opts: opts}
}

// ExtractFile reads the call in the named file and extracts its facts.
func ExtractFile(name string, opts Options) (Document, error) {
	doc, err := transcript.ReadFile(name)
	if err != nil {
		return Document{}, err
	}
	return New(opts).Extract(doc), nil
}

// A sent is a sentence being read: its quantities, tokens and items.
type sent struct {
	src   *transcript.Sentence
	qs    []quantity.Quantity
	toks  []token
	items []item
}

// Extract extracts the facts of a call.
func (x *Extractor) Extract(doc *transcript.Document) Document {
	// The call's opening is read whole first, to decide its quarter and
	// company; the rest a sentence at a time, reusing one set of buffers.
	head := make([]sent, min(len(doc.Sentences), scanCount))
	size := 0
	for i := range head {
		size += len(doc.Sentences[i].Text)
	}
	// one backing array each for the tokens and items of the opening
	buf := sent{toks: make([]token, 0, size/5+8), items: make([]item, 0, size/5+8)}
	for i := range head {
		t, it := len(buf.toks), len(buf.items)
		x.analyze(&buf, &doc.Sentences[i])
		head[i] = sent{src: buf.src, qs: buf.qs, toks: buf.toks[t:len(buf.toks):len(buf.toks)], items: buf.items[it:len(buf.items):len(buf.items)]}
		buf.qs = nil
	}
	out := Document{File: doc.Name, Part: doc.Part, Facts: []Fact{}, Transcript: doc}
	ctx := x.docInfo(doc, head, &out)
	var scratch sent
	for i := range doc.Sentences {
		s := &scratch
		if i < len(head) {
			s = &head[i]
		} else {
			s.qs, s.toks, s.items = s.qs[:0], s.toks[:0], s.items[:0]
			x.analyze(s, &doc.Sentences[i])
		}
		x.sentence(ctx, doc, s)
	}
	return out
}

// analyze finds the quantities, tokens and items of sentence src,
// appending to s's buffers; s.qs must hold no other sentence's
// quantities.
func (x *Extractor) analyze(s *sent, src *transcript.Sentence) {
	s.src = src
	s.qs = quantity.Append(s.qs, src.Text)
	t := len(s.toks)
	s.toks = x.lx.tokenize(s.toks, src.Text, s.qs)
	s.items = x.items(s.items, s.toks[t:]) // item indexes are the sentence's own
}

// ExtractFileWith reads the call in the named file and extracts its facts
// with x.
func (x *Extractor) ExtractFileWith(name string) (Document, error) {
	doc, err := transcript.ReadFile(name)
	if err != nil {
		return Document{}, err
	}
	return x.Extract(doc), nil
}
