package transcript

import (
	"errors"
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
