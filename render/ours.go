package render

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// IsReport reports whether head, the first bytes of a file, begins a page
// qoq wrote (a report or a batch's index): an HTML document whose <head>
// holds qoq's generator meta element, before any text or element of a
// body. It parses the markup: a file that only quotes the element, a call
// transcript among them, is not one of qoq's.
func IsReport(head []byte) bool {
	z := html.NewTokenizer(bytes.NewReader(head))
	inText := false // within a <title>, <style> or <script>, whose text is the head's
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			return false
		case html.TextToken:
			if !inText && len(bytes.TrimSpace(z.Text())) > 0 {
				return false // text: the head is over
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch a := atom.Lookup(name); a {
			case atom.Title, atom.Style, atom.Script:
				inText = tt == html.StartTagToken
			case atom.Html, atom.Head, atom.Link, atom.Base:
			case atom.Meta:
				if hasAttr && isGenerator(z) {
					return true
				}
			default:
				return false // an element of a body
			}
		case html.EndTagToken:
			inText = false
			if name, _ := z.TagName(); atom.Lookup(name) == atom.Head {
				return false
			}
		}
	}
}

// isGenerator reports whether the meta element z is at names qoq as the
// page's generator.
func isGenerator(z *html.Tokenizer) bool {
	var name, content string
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "name":
			name = string(v)
		case "content":
			content = string(v)
		}
		if !more {
			break
		}
	}
	return strings.EqualFold(name, "generator") && strings.HasPrefix(content, "qoq ")
}
