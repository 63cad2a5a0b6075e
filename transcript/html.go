package transcript

import (
	"bytes"
	"context"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockAtoms are the elements that start a new paragraph.
var blockAtoms = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true,
	atom.Ol: true, atom.Table: true, atom.Tr: true, atom.Pre: true,
	atom.Blockquote: true, atom.Section: true, atom.Article: true,
	atom.Hr: true, atom.Dd: true, atom.Dt: true, atom.Dl: true,
	atom.Center: true, atom.Body: true, atom.Header: true, atom.Footer: true,
}

// skipAtoms are the elements whose text is not part of the document.
var skipAtoms = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Title: true,
	atom.Noscript: true, atom.Template: true, atom.Svg: true,
}

// headAtoms are the elements a document's <head> holds. Its end tag is
// optional: as HTML has it, the head ends at </head>, at <body>, at any
// other element or at text that is not white space.
var headAtoms = map[atom.Atom]bool{
	atom.Meta: true, atom.Link: true, atom.Title: true, atom.Style: true, atom.Script: true,
	atom.Base: true, atom.Noscript: true, atom.Template: true,
}

// isHTML reports whether text looks like an HTML document.
func isHTML(name, text string) bool {
	n := strings.ToLower(name)
	if strings.HasSuffix(n, ".htm") || strings.HasSuffix(n, ".html") || strings.HasSuffix(n, ".xhtml") {
		return true
	}
	head := strings.ToLower(strings.TrimSpace(text[:min(len(text), 512)]))
	return strings.HasPrefix(head, "<!doctype html") || strings.HasPrefix(head, "<html") ||
		strings.HasPrefix(head, "<?xml") && strings.Contains(head, "<html")
}

// fromHTML returns the text of an HTML document with its markup dropped:
// paragraphs end in a blank line, a <br> ends a line, runs of white space
// become one space, entities are decoded. The map leads back to offsets in
// src.
func fromHTML(ctx context.Context, src string) (string, offsetMap, error) {
	z := html.NewTokenizer(strings.NewReader(src))
	var b mapBuilder
	pos, skip, pre := 0, 0, 0
	head := false // within <head>, whose text is not the document's
	for n := 0; ; n++ {
		if n%checkEvery == 0 && ctx.Err() != nil {
			return "", offsetMap{}, ctx.Err()
		}
		tt := z.Next()
		raw := z.Raw()
		start := pos
		pos += len(raw)
		switch tt {
		case html.ErrorToken:
			return strings.TrimRight(string(b.buf), " \n") + "\n", b.m, nil
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			a := atom.Lookup(name)
			switch {
			case a == atom.Head:
				head = tt == html.StartTagToken
				continue
			case head && skip == 0 && tt == html.StartTagToken && !headAtoms[a]:
				head = false
			}
			switch {
			case skipAtoms[a]:
				if tt == html.StartTagToken {
					skip++
				} else if tt == html.EndTagToken && skip > 0 {
					skip--
				}
			case a == atom.Pre:
				if tt == html.StartTagToken {
					pre++
				} else if tt == html.EndTagToken && pre > 0 {
					pre--
				}
				breakAt(&b, "\n\n", start)
			case a == atom.Br:
				breakAt(&b, "\n", start)
			case blockAtoms[a]:
				breakAt(&b, "\n\n", start)
			case a == atom.Td || a == atom.Th:
				if tt != html.EndTagToken {
					spaceAt(&b, start)
				}
			}
		case html.TextToken:
			if head && skip == 0 && len(bytes.TrimSpace(raw)) > 0 {
				head = false
			}
			if skip == 0 && !head {
				appendText(&b, raw, start, pre > 0)
			}
		}
	}
}

// appendText appends the raw text of a text token, decoding entities and,
// outside <pre>, folding white space.
func appendText(b *mapBuilder, raw []byte, start int, pre bool) {
	lit := 0 // start of the pending literal stretch
	flush := func(i int) {
		if i > lit {
			b.copy(raw[lit:i], start+lit)
		}
	}
	for i := 0; i < len(raw); {
		c := raw[i]
		switch {
		case c == '&':
			j := bytes.IndexByte(raw[i:min(len(raw), i+40)], ';')
			if j < 0 {
				i++
				continue
			}
			ent := string(raw[i : i+j+1])
			dec := html.UnescapeString(ent)
			if dec == ent {
				i++
				continue
			}
			flush(i)
			if dec == "\u00a0" {
				if !pre {
					spaceAt(b, start+i)
				} else {
					b.emit(" ", start+i)
				}
			} else {
				b.emit(dec, start+i)
			}
			i += j + 1
			lit = i
		case !pre && (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'):
			flush(i)
			spaceAt(b, start+i)
			for i < len(raw) && (raw[i] == ' ' || raw[i] == '\n' || raw[i] == '\r' || raw[i] == '\t' || raw[i] == '\f') {
				i++
			}
			lit = i
		default:
			i++
		}
	}
	flush(len(raw))
}

// spaceAt appends one space unless the text already ends in white space.
func spaceAt(b *mapBuilder, src int) {
	if c := b.last(); c != ' ' && c != '\n' && c != 0 {
		b.emit(" ", src)
	}
}

// breakAt ends the current line (sep "\n") or paragraph (sep "\n\n"),
// dropping trailing spaces first.
func breakAt(b *mapBuilder, sep string, src int) {
	n := len(b.buf)
	for n > 0 && b.buf[n-1] == ' ' {
		n--
	}
	b.truncate(n)
	nl := 0
	for nl < len(b.buf) && nl < 2 && b.buf[len(b.buf)-1-nl] == '\n' {
		nl++
	}
	if len(b.buf) == 0 || nl >= len(sep) {
		return
	}
	b.emit(sep[nl:], src)
}
