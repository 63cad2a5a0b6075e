package transcript

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func FuzzRead(f *testing.F) {
	for _, s := range []string{
		"Jane Doe:\n- --------\n\nRevenue was $5 million. We grew 5%. Thank you all.\n",
		"Prepared Remarks:\n\nOperator\n\nWelcome.\n\nJohn Roe -- CFO\n\nSales rose 4% to $2.1 billion in the quarter. Thanks. Next one please.\n",
		"<html><body><p>Revenue &amp; profit rose.</p><br><script>x</script></body></html>",
		"<SEC-DOCUMENT>\n<DOCUMENT>\n<TYPE>EX-99.2\n<TEXT>\nWe reported net income. It rose a lot. Good morning all of you today.\n</TEXT>\n</DOCUMENT>",
		"\xef\xbb\xbfHello there my friends. This is the call. We did well this quarter.",
		"\x93Quoted\x94 text \x96 in cp1252 for you. It has several words. And more words here.",
		"\xff\xfeh\x00i\x00", "", "\x00\x01\x02",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		d, err := Read("fuzz.txt", raw)
		if err != nil {
			if !strings.Contains(err.Error(), "fuzz.txt") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, s := range d.Sentences {
			if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End || len(s.Text) != s.End-s.Start {
				t.Fatalf("sentence [%d,%d) of a %d-byte text, with %d bytes of text", s.Start, s.End, len(d.Text), len(s.Text))
			}
			if off := d.FileOffset(s.Start); off < 0 || off > len(raw) {
				t.Fatalf("sentence starts at file offset %d of %d", off, len(raw))
			}
			if l := d.Line(s.Start); l < 1 {
				t.Fatalf("line %d", l)
			}
		}
	})
}

func TestReadRejects(t *testing.T) {
	tests := []struct {
		name string
		raw  string
		want error
	}{
		{"empty", "", ErrEmpty},
		{"blank", " \n\n\t", ErrEmpty},
		{"binary", "\x00\x01\x02\x03abc", ErrBinary},
		{"csv", "quarter,revenue\n2004Q1,6736000\n2003Q4,7000000\n", ErrNotTranscript},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(tt.name+".txt", []byte(tt.raw))
			if !errors.Is(err, tt.want) {
				t.Fatalf("Read: %v, want %v", err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.name+".txt") {
				t.Errorf("error %q does not name the file", err)
			}
		})
	}
}

// TestReadInputs reads the odd inputs of testdata/: each in its encoding
// and format, with its sentences pointing back to the right lines.
func TestReadInputs(t *testing.T) {
	tests := []struct {
		file     string
		encoding string
		format   string
		part     string // in Part, for a submission
		has      string // a sentence holds this
		hasNot   string // no sentence holds this
		speaker  string // a sentence is said by
	}{
		{"oldmill_q3_1999.txt", Windows1252, "text", "", "I’m Denise Harrow", "\x92", "Walter Pruett"},
		{"bomco_q1_2024.txt", UTF8BOM, "text", "", "", "\ufeff", ""},
		{"crlf_q2_2024.txt", UTF8, "text", "", "", "\r", ""},
		{"edgar_submission_q4_2003.txt", UTF8, "text", "EX-99.2", "", "<DOCUMENT>", ""},
		{"harbor_q2_2023.htm", UTF8, "html", "", "Tile & Stone", "text/javascript", ""},
		{"harbor_q2_2023.htm", UTF8, "html", "", "Harborline Ceramics’ second quarter", "&#8217;", ""},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			path := filepath.Join("..", "testdata", "inputs", tt.file)
			raw, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Read(path, raw)
			if err != nil {
				t.Fatal(err)
			}
			if d.Encoding != tt.encoding || d.Format != tt.format || !strings.Contains(d.Part, tt.part) {
				t.Errorf("read as %s %s %q, want %s %s %q", d.Encoding, d.Format, d.Part, tt.encoding, tt.format, tt.part)
			}
			var has, speaker bool
			for _, s := range d.Sentences {
				has = has || tt.has != "" && strings.Contains(s.Text, tt.has)
				speaker = speaker || s.Speaker == tt.speaker
				if tt.hasNot != "" && strings.Contains(s.Text, tt.hasNot) {
					t.Errorf("sentence holds %q: %q", tt.hasNot, s.Text)
				}
			}
			if tt.has != "" && !has {
				t.Errorf("no sentence holds %q", tt.has)
			}
			if tt.speaker != "" && !speaker {
				t.Errorf("no sentence is said by %q", tt.speaker)
			}
			checkLines(t, d, raw)
		})
	}
}

// checkLines checks that each sentence's first word stands on the line of
// the file the sentence points to, for the plain-text formats.
func checkLines(t *testing.T, d *Document, raw []byte) {
	t.Helper()
	if d.Format != "text" || d.Encoding == Windows1252 {
		return
	}
	lines := strings.Split(string(raw), "\n")
	for _, s := range d.Sentences {
		first := strings.Fields(s.Text)[0]
		l := d.Line(s.Start)
		if l < 1 || l > len(lines) || !strings.Contains(lines[l-1], first) {
			t.Errorf("sentence %q points to line %d", s.Text[:min(len(s.Text), 40)], l)
			return
		}
		if got := string(raw[d.FileOffset(s.Start) : d.FileOffset(s.Start)+len(first)]); got != first {
			t.Errorf("sentence %q starts at file bytes %q", s.Text[:min(len(s.Text), 40)], got)
			return
		}
	}
}

// TestLayouts reads the three layouts of calls: speakers, sections and
// sentences.
func TestLayouts(t *testing.T) {
	tests := []struct {
		name, text string
		layout     Layout
		want       []string // speaker|section|sentence, in order
	}{
		{
			name: "script",
			text: "Jane Roe:\n- --------\n\nGood afternoon.  Revenue rose 5% to $1.2 million in\nthe first quarter.  We are pleased with the way the year has started.\n\nJohn Doe:\n- --------\n\nThank you, Jane.  Net income was $3,000 for the quarter as a whole.\n",
			want: []string{
				"Jane Roe|prepared|Good afternoon.",
				"Jane Roe|prepared|Revenue rose 5% to $1.2 million in the first quarter.",
				"Jane Roe|prepared|We are pleased with the way the year has started.",
				"John Doe|prepared|Thank you, Jane.",
				"John Doe|prepared|Net income was $3,000 for the quarter as a whole.",
			},
		},
		{
			name: "transcript",
			text: "Prepared Remarks:\n\nOperator\n\nWelcome to the second quarter call of the company.\n\nJane Roe -- Chief Financial Officer\n\nSales were $2.1 billion. Margins expanded across all of our businesses.\n\nQuestions and Answers:\n\nOperator\n\nOur first question comes from Sam.\n\nSam Poe -- Big Bank -- Analyst\n\nHow was demand in the U.S. market this time?\n\nDuration: 30 minutes\n\nCall participants:\n\nJane Roe -- Chief Financial Officer\n",
			want: []string{
				"Operator|prepared|Welcome to the second quarter call of the company.",
				"Jane Roe|prepared|Sales were $2.1 billion.",
				"Jane Roe|prepared|Margins expanded across all of our businesses.",
				"Operator|qa|Our first question comes from Sam.",
				"Sam Poe|qa|How was demand in the U.S. market this time?",
			},
		},
		{
			name: "broken",
			text: "Jane Roe -- Chief Financial Officer\n\nComparable sales were up 8.1% from last year with U.S.\n\ncomps of positive 7.6%. Our regions all grew in the quarter.\n\nWe are pleased with the year we had.\n",
			want: []string{
				"Jane Roe|prepared|Comparable sales were up 8.1% from last year with U.S.  comps of positive 7.6%.",
				"Jane Roe|prepared|Our regions all grew in the quarter.",
				"Jane Roe|prepared|We are pleased with the year we had.",
			},
		},
		{
			name:   "lines",
			text:   "Welcome to the second quarter call for all of you.\nRevenue was $5 million in the quarter.\nEPS was $0.10 for the period.\nWe will now open the call for questions.\nWhat drove the margin this time around?\nPricing and mix drove it for us.\nThank you for the question and the time.\nThat concludes the call for today.\n",
			layout: Lines,
			want: []string{
				"|prepared|Welcome to the second quarter call for all of you.",
				"|prepared|Revenue was $5 million in the quarter.",
				"|prepared|EPS was $0.10 for the period.",
				"|prepared|We will now open the call for questions.",
				"|qa|What drove the margin this time around?",
				"|qa|Pricing and mix drove it for us.",
				"|qa|Thank you for the question and the time.",
				"|qa|That concludes the call for today.",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Read(tt.name+".txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, s := range d.Sentences {
				got = append(got, s.Speaker+"|"+s.Section.String()+"|"+s.Text)
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("sentences:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if d.Layout != tt.layout {
				t.Errorf("layout %v, want %v", d.Layout, tt.layout)
			}
		})
	}
}

// A line that ends a sentence ends it even when the next starts in lower
// case, as in a transcript that lost the name opening a line.
func TestSentenceAtLineEnd(t *testing.T) {
	text := "Good morning and welcome to the call.\nNow, let's discuss the results for each segment.\nhad its best quarter ever with sales of $105 billion.\nThank you all for joining us today. We are very pleased with the quarter.\n"
	doc, err := Read("call.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, s := range doc.Sentences {
		got = append(got, s.Text)
	}
	if len(got) != 5 || got[2] != "had its best quarter ever with sales of $105 billion." {
		t.Errorf("sentences %q", got)
	}
}

// TestHTMLHead reads documents whose head is written in every way HTML
// allows, its end tag and even its start tag being optional: the head's
// text is never prose, the body's always is.
func TestHTMLHead(t *testing.T) {
	const prose = "Good morning and thank you for joining us. Revenue for the quarter was $6.7 million, up 12% on a year ago. We thank our customers for their trust."
	const body = "<p>" + prose + "</p>"
	for _, tt := range []struct{ name, doc string }{
		{"closed", "<!DOCTYPE html><html><head><title>Q1 call</title></head><body>" + body + "</body></html>"},
		{"head not closed", "<!DOCTYPE html><html><head><meta charset=utf-8><title>Q1 call</title><body>" + body},
		{"no body tag", "<!DOCTYPE html><html><head><title>Q1 call</title><style>p{}</style>" + body},
		{"text ends the head", "<html><head><title>Q1 call</title>" + prose},
		{"no head", "<html><title>Q1 call</title>" + body},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Read("call.html", []byte(tt.doc))
			if err != nil {
				t.Fatal(err)
			}
			var text []string
			for _, s := range d.Sentences {
				text = append(text, s.Text)
			}
			got := strings.Join(text, " | ")
			if want := strings.ReplaceAll(prose, ". ", ". | "); got != want {
				t.Errorf("sentences %q", got)
			}
		})
	}
}
