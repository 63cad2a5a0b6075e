package render

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"

	"qoq/extract"
	"qoq/facts"
)

// hostile are strings a transcript could carry to break out of the page.
var hostile = []string{
	`<script>alert(1)</script>`,
	`<img src=x onerror=alert(2)>`,
	`"><svg onload=alert(3)>`,
	`</script><script>alert(4)</script>`,
	`javascript:alert(5)`,
}

// hostileCall writes a call of a fictional company whose speakers, segments
// and sentences carry the hostile strings.
func hostileCall(q, year, prior, value, priorValue string) string {
	return "Prepared Remarks:\n\nOperator\n\n" +
		"Good morning, and welcome to the Evil Widgets " + q + " quarter " + year + " earnings conference call. Please go ahead.\n\n" +
		"Jane Smith -- Chief Financial Officer\n\n" +
		"Thank you, and good morning, everyone. We are pleased with the quarter we had and the progress we made.\n\n" +
		"Revenue for the " + q + " quarter of " + year + " was $" + value + " million, up 8% from $" + priorValue + " million in the " + q + " quarter of " + prior + ", driven by " + hostile[1] + " demand. " +
		"Revenue in our " + hostile[2] + " segment was $3.1 million for the " + q + " quarter of " + year + ". " +
		"Net income for the " + q + " quarter of " + year + " was $1.2 million, or $0.12 per diluted share " + hostile[3] + ". " +
		"The increase was primarily due to " + hostile[4] + " pricing and " + hostile[0] + " volumes across every market we serve today. " +
		"We ended the quarter with cash of $4.5 million and no debt outstanding on our balance sheet.\n\n" +
		"Questions and Answers:\n\nOperator\n\nThere are no questions at this time. This concludes today's call; you may now disconnect.\n"
}

// TestHostile reads calls whose text tries to inject markup and script,
// and checks the report holds them as text: no element, attribute or
// script the page does not make itself.
func TestHostile(t *testing.T) {
	dir := t.TempDir()
	calls := map[string]string{
		"EVIL_q1_2024.txt": hostileCall("first", "2024", "2023", "12.4", "11.5"),
		"EVIL_q2_2024.txt": hostileCall("second", "2024", "2023", "13.4", "12.4"),
	}
	var docs []facts.Document
	for name, body := range calls {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		d, err := extract.ExtractFile(p, extract.Options{})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	page := reportOn(t, docs)
	root, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	scripts := 0
	var body strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			switch n.Data {
			case "script":
				scripts++
			case "img", "svg", "iframe", "object", "embed":
				t.Errorf("the report holds a <%s> element", n.Data)
			}
			for _, a := range n.Attr {
				if strings.HasPrefix(a.Key, "on") {
					t.Errorf("<%s> has an event attribute %s=%q", n.Data, a.Key, a.Val)
				}
				if (a.Key == "href" || a.Key == "src") && !strings.HasPrefix(a.Val, "#") {
					t.Errorf("<%s> links outside the page: %s=%q", n.Data, a.Key, a.Val)
				}
			}
		case html.TextNode:
			if n.Parent != nil && n.Parent.Data != "script" && n.Parent.Data != "style" {
				body.WriteString(n.Data)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	if scripts != 2 {
		t.Errorf("the report has %d scripts, want its own 2 (ECharts and its charts)", scripts)
	}
	text := body.String()
	for _, h := range hostile[:3] {
		if !strings.Contains(text, h) {
			t.Errorf("the report does not show %q as text", h)
		}
	}
}
