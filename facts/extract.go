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
	sents := make([]sent, len(doc.Sentences))
	for i := range doc.Sentences {
		s := &sents[i]
		s.src = &doc.Sentences[i]
		s.qs = quantity.Append(nil, s.src.Text)
		s.toks = tokenize(nil, s.src.Text, s.qs)
		s.items = x.items(nil, s.toks)
	}
	out := Document{File: doc.Name, Part: doc.Part, Facts: []Fact{}}
	ctx := x.docInfo(doc, sents, &out)
	for i := range sents {
		x.sentence(ctx, doc, &sents[i])
	}
	return out
}
