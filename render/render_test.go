package render

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/shopspring/decimal"
	"golang.org/x/net/html"

	"qoq/compare"
	"qoq/comparison"
	"qoq/extract"
	"qoq/facts"
	"qoq/fiscal"
	"qoq/internal/shared"
	"qoq/internal/testcalls"
)

var update = flag.Bool("update", false, "rewrite the golden outlines in testdata/")

// echartsSHA256 is the checksum of the ECharts runtime `make echarts`
// fetches (echarts 5.4.3, dist/echarts.min.js).
const echartsSHA256 = "1156429a16a38cb8604dcc6518c19406d4226142d908f8edd2e3531443c54d19"

func TestEChartsPinned(t *testing.T) {
	b, err := fs.ReadFile(assets, echartsFile)
	if err != nil {
		t.Fatalf("%v: %v", ErrNoECharts, err)
	}
	sum := sha256.Sum256(b)
	if got := hex.EncodeToString(sum[:]); got != echartsSHA256 {
		t.Errorf("render/assets/echarts.min.js has sha256 %s, want %s: delete it and run make echarts", got, echartsSHA256)
	}
}

// report builds the report on the calls of a testdata company.
func report(t testing.TB, company string) []byte {
	t.Helper()
	return reportOn(t, testcalls.Read(t, company))
}

func reportOn(t testing.TB, docs []facts.Document) []byte {
	t.Helper()
	c, err := compare.Compare(docs, compare.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Report(c, Options{Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// outline writes what a reader sees of a report's structure: sections,
// headings, cards, charts, table columns and rows, source count. Links that
// lead nowhere are listed as broken, sources nothing links to as such.
func outline(t *testing.T, page []byte) string {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	var hrefs []string
	var out strings.Builder
	sources := 0
	var sourceIDs []string
	var walk func(n *html.Node, depth int)
	walk = func(n *html.Node, depth int) {
		if n.Type == html.ElementNode {
			if id := attr(n, "id"); id != "" {
				ids[id] = true
			}
			if h := attr(n, "href"); strings.HasPrefix(h, "#") {
				hrefs = append(hrefs, h[1:])
			}
			class := attr(n, "class")
			switch {
			case n.Data == "section":
				fmt.Fprintf(&out, "section %s\n", attr(n, "id"))
			case n.Data == "h1" || n.Data == "h2" || n.Data == "h3":
				fmt.Fprintf(&out, "  %s %s\n", n.Data, text(n))
			case n.Data == "div" && class == "card":
				fmt.Fprintf(&out, "  card %s\n", text(n))
			case n.Data == "div" && class == "plot":
				fmt.Fprintf(&out, "  chart %s unit=%s\n", attr(n, "id"), attr(n, "data-unit"))
				var series [][]*struct{ S string }
				if err := json.Unmarshal([]byte(attr(n, "data-points")), &series); err != nil {
					t.Errorf("chart %s: data-points: %v", attr(n, "id"), err)
				}
				for _, pts := range series {
					for _, p := range pts {
						if p != nil && p.S != "" {
							hrefs = append(hrefs, p.S)
						}
					}
				}
			case n.Data == "th":
				fmt.Fprintf(&out, "    th %s\n", text(n))
			case n.Data == "td" && class == "name":
				fmt.Fprintf(&out, "    row %s\n", text(n))
			case n.Data == "a" && class == "doubt":
				fmt.Fprintf(&out, "      doubt %s\n", attr(n, "href"))
			case n.Data == "div" && class == "source":
				sources++
				sourceIDs = append(sourceIDs, attr(n, "id"))
			case n.Data == "div" && strings.HasPrefix(class, "checks"):
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					if c.Type == html.ElementNode && c.Data == "p" {
						fmt.Fprintf(&out, "  verdict (%s) %s\n", class, text(c))
						break
					}
				}
			case n.Data == "summary" || n.Data == "span" && class == "kind":
				fmt.Fprintf(&out, "  checks %s\n", text(n))
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	fmt.Fprintf(&out, "sources %d\n", sources)
	linked := map[string]bool{}
	for _, h := range hrefs {
		linked[h] = true
		if !ids[h] {
			fmt.Fprintf(&out, "broken link #%s\n", h)
		}
	}
	for _, id := range sourceIDs {
		if !linked[id] {
			fmt.Fprintf(&out, "source #%s: nothing links to it\n", id)
		}
	}
	return out.String()
}

// elements calls f on every element of the tree at n, in document order.
func elements(n *html.Node, f func(*html.Node)) {
	if n.Type == html.ElementNode {
		f(n)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		elements(c, f)
	}
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}

// TestOutline compares the structure of the testdata companies' reports
// with their golden outlines (go test ./render -update rewrites them).
func TestOutline(t *testing.T) {
	for _, company := range []string{"northwind", "larkspur", "quillon"} {
		t.Run(company, func(t *testing.T) {
			got := outline(t, report(t, company))
			if strings.Contains(got, "broken link") {
				t.Errorf("links that lead nowhere:\n%s", got)
			}
			golden := filepath.Join("testdata", company+".outline")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (go test ./render -update writes it)", err)
			}
			if got != string(want) {
				t.Errorf("outline of %s differs from %s (go test ./render -update rewrites it after review):\n%s", company, golden, diff(string(want), got))
			}
		})
	}
}

// diff lists the lines only in want or only in got.
func diff(want, got string) string {
	in := func(s string) map[string]int {
		m := map[string]int{}
		for _, l := range strings.Split(s, "\n") {
			m[l]++
		}
		return m
	}
	w, g := in(want), in(got)
	var b strings.Builder
	for _, l := range strings.Split(want, "\n") {
		if g[l] < w[l] {
			fmt.Fprintf(&b, "- %s\n", l)
			w[l]--
		}
	}
	w = in(want)
	for _, l := range strings.Split(got, "\n") {
		if w[l] < g[l] {
			fmt.Fprintf(&b, "+ %s\n", l)
			g[l]--
		}
	}
	return b.String()
}

// TestSeed checks the seed's report: DSO 57 → 42 → 47 days, drawn and
// tabled, and the revenue derived for the year-ago quarter.
func TestSeed(t *testing.T) {
	dir := shared.Dir(t, "seed")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(paths) == 0 {
		t.Fatalf("no call in %s", dir)
	}
	d, err := extract.ExtractFile(paths[0], extract.Options{})
	if err != nil {
		t.Fatal(err)
	}
	page := string(reportOn(t, []facts.Document{d}))
	for _, want := range []string{
		`id="chart-dso"`,
		`Days sales outstanding: 57 days in 2003Q1; 42 days in 2003Q4; 47 days in 2004Q1.`,
		`&#34;data&#34;:[{&#34;value&#34;:57},{&#34;value&#34;:&#34;-&#34;},{&#34;value&#34;:&#34;-&#34;},{&#34;value&#34;:42},{&#34;value&#34;:47}]`,
		`>$6.931 million</a>`,
		`<span class="label">Days sales outstanding</span>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("the seed's report lacks %s", want)
		}
	}
	if o := outline(t, []byte(page)); strings.Contains(o, "broken link") {
		t.Errorf("links that lead nowhere:\n%s", o)
	}
}

// TestDoubts checks that a value a check questions is marked where it is
// shown, with a link to the check: in Northwind's 2023Q3, G&A "increased
// 12.4%" when the figures give 9.8%.
func TestDoubts(t *testing.T) {
	doc, err := html.Parse(bytes.NewReader(report(t, "northwind")))
	if err != nil {
		t.Fatal(err)
	}
	items := map[string]string{}  // check id: its text
	points := map[string]string{} // chart id: its data-points
	var cols []string             // the figures table's column heads
	var marked []string           // "row column -> check text"
	var row string
	var col int
	elements(doc, func(n *html.Node) {
		switch {
		case n.Data == "li" && attr(n, "id") != "":
			items[attr(n, "id")] = text(n)
		case n.Data == "div" && attr(n, "class") == "plot":
			points[attr(n, "id")] = attr(n, "data-points")
		case n.Data == "th" && len(cols) < 9:
			cols = append(cols, text(n))
		case n.Data == "tr":
			row, col = "", 0
		case n.Data == "td" && attr(n, "class") == "name":
			row = text(n)
		case n.Data == "td":
			col++
		case n.Data == "a" && attr(n, "class") == "doubt" && row != "":
			marked = append(marked, row+" "+cols[col]+" -> "+items[strings.TrimPrefix(attr(n, "href"), "#")])
		}
	})
	var ga []string
	for _, m := range marked {
		if strings.HasPrefix(m, "G&A ") {
			ga = append(ga, m)
		}
	}
	if len(ga) != 1 || !strings.HasPrefix(ga[0], "G&A 2023Q3 -> ") || !strings.Contains(ga[0], "12.4%") {
		t.Errorf("G&A cells marked %q, want 2023Q3 alone, linked to the 12.4%% check", ga)
	}
	// the restated 2022Q2 revenue is marked too
	if !slices.ContainsFunc(marked, func(m string) bool {
		return strings.HasPrefix(m, "Revenue 2022Q2 -> revenue for 2022Q2 was $7,069,000")
	}) {
		t.Errorf("the restated 2022Q2 revenue is not marked: %q", marked)
	}
	// and so is its point in the chart's tooltip
	if p := points["chart-revenue-net-income"]; !strings.Contains(p, `"n":"⚠ revenue for 2022Q2 was $7,069,000`) {
		t.Errorf("the revenue chart's points do not mark the restated 2022Q2 revenue: %s", p)
	}
}

// TestCorrectionLinks checks that a value the user set links to the
// check that says so, whether or not the calls gave a figure for it.
func TestCorrectionLinks(t *testing.T) {
	q4, err := fiscal.ParsePeriod("2023Q4")
	if err != nil {
		t.Fatal(err)
	}
	end, err := fiscal.ParsePeriod("2023-12-31")
	if err != nil {
		t.Fatal(err)
	}
	c, err := compare.Compare(testcalls.Read(t, "northwind"), compare.Options{Corrections: []compare.CorrectionSpec{
		{Metric: "revenue", Basis: facts.GAAP, Period: q4, Value: decimal.RequireFromString("7400001"), Note: "the 10-K's figure"},
		{Metric: "inventory", Basis: facts.GAAP, Period: end, Value: decimal.RequireFromString("812000"), Note: "not stated on the call"},
	}})
	if err != nil {
		t.Fatal(err)
	}
	page, err := Report(c, Options{Version: "test"})
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	items := map[string]string{} // element id: its text
	links := map[string]string{} // a corrected figure: the id it links to
	elements(doc, func(n *html.Node) {
		if id := attr(n, "id"); id != "" {
			items[id] = text(n)
		}
		if n.Data == "a" && strings.Contains(attr(n, "class"), "corrected") {
			links[text(n)] = strings.TrimPrefix(attr(n, "href"), "#")
		}
	})
	for figure, want := range map[string]string{
		"$7.400001 million": "revenue for 2023Q4 set to $7,400,001 by the config (the calls gave $7,400,000)",
		"$812,000":          "inventory for 2023-12-31 set to $812,000 by the config (the calls gave no figure)",
	} {
		id, ok := links[figure]
		switch {
		case !ok:
			t.Errorf("no corrected figure %s in the page (corrected figures: %q)", figure, links)
		case !strings.HasPrefix(items[id], want):
			t.Errorf("%s links to #%s, %q; want the check %q", figure, id, items[id], want)
		}
	}
}

// TestChartSources checks that every point of every chart links to the
// sentence its figure came from.
func TestChartSources(t *testing.T) {
	for _, company := range []string{"northwind", "larkspur", "quillon"} {
		doc, err := html.Parse(bytes.NewReader(report(t, company)))
		if err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		plots := map[string]string{}
		elements(doc, func(n *html.Node) {
			if id := attr(n, "id"); id != "" {
				ids[id] = true
			}
			if attr(n, "class") == "plot" {
				plots[attr(n, "id")] = attr(n, "data-points")
			}
		})
		if len(plots) == 0 {
			t.Fatalf("%s: no chart", company)
		}
		for id, data := range plots {
			var series [][]*struct{ L, S, N string }
			if err := json.Unmarshal([]byte(data), &series); err != nil {
				t.Fatalf("%s: %s: data-points: %v", company, id, err)
			}
			n := 0
			for _, pts := range series {
				for _, p := range pts {
					switch {
					case p == nil:
					case p.S == "":
						t.Errorf("%s: %s: the point %q has no source", company, id, p.L)
					case !ids[p.S]:
						t.Errorf("%s: %s: the point %q links to %q, which is not in the page", company, id, p.L, p.S)
					default:
						n++
					}
				}
			}
			if n == 0 {
				t.Errorf("%s: %s: no point links to a source", company, id)
			}
		}
	}
}

// TestDeterministic builds the same report twice from separate readings.
func TestDeterministic(t *testing.T) {
	a, b := report(t, "northwind"), report(t, "northwind")
	if !bytes.Equal(a, b) {
		i := 0
		for i < len(a) && i < len(b) && a[i] == b[i] {
			i++
		}
		t.Fatalf("two reports on the same calls differ from byte %d: %q vs %q", i, a[i:min(len(a), i+80)], b[i:min(len(b), i+80)])
	}
}

// TestChartIDs gives charts whose titles slug alike ids of their own.
func TestChartIDs(t *testing.T) {
	lo, hi := decimal.RequireFromString("1"), decimal.RequireFromString("2")
	step := compare.GuidanceStep{Low: &lo, High: &hi, Label: "initiated"}
	c := &compare.Comparison{Guidance: []compare.Guidance{
		{Metric: "revenue", Segment: "R&D services", Basis: facts.GAAP, Unit: facts.USD, Period: fiscal.FY(2024), History: []compare.GuidanceStep{step, step}},
		{Metric: "revenue", Segment: "R-D services", Basis: facts.GAAP, Unit: facts.USD, Period: fiscal.FY(2024), History: []compare.GuidanceStep{step, step}},
	}}
	charts, err := trendCharts(c, nil, newSources(), marks{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, ch := range charts {
		ids = append(ids, ch.ID)
	}
	if len(ids) != 2 || ids[0] == ids[1] {
		t.Errorf("chart ids %q, want two different ones", ids)
	}
}

// TestScriptHashes checks that the page's Content-Security-Policy allows
// its scripts, by their hashes as a browser computes them, and nothing
// else: no 'unsafe-inline'.
func TestScriptHashes(t *testing.T) {
	doc, err := html.Parse(bytes.NewReader(report(t, "quillon")))
	if err != nil {
		t.Fatal(err)
	}
	var csp string
	var scripts []string
	elements(doc, func(n *html.Node) {
		switch {
		case n.Data == "meta" && attr(n, "http-equiv") == "Content-Security-Policy":
			csp = attr(n, "content")
		case n.Data == "script" && n.FirstChild != nil:
			scripts = append(scripts, n.FirstChild.Data) // as written, not folded like text(n)
		}
	})
	var scriptSrc string
	for _, d := range strings.Split(csp, ";") {
		if f := strings.Fields(d); len(f) > 0 && f[0] == "script-src" {
			scriptSrc = strings.Join(f[1:], " ")
		}
	}
	if len(scripts) != 2 || strings.Contains(scriptSrc, "unsafe-inline") {
		t.Fatalf("%d scripts, script-src %q: want 2 scripts allowed by their hashes alone", len(scripts), scriptSrc)
	}
	for i, s := range scripts {
		sum := sha256.Sum256([]byte(s))
		if h := "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"; !strings.Contains(scriptSrc, h) {
			t.Errorf("script %d (%d bytes) has hash %s, which script-src %q does not allow", i+1, len(s), h, scriptSrc)
		}
	}
}

// TestFromJSON draws each testdata company's report from its comparison
// written as qoq.compare/v1 JSON and read back: the same bytes as the
// report drawn from the calls, so the JSON holds all a report needs.
func TestFromJSON(t *testing.T) {
	for _, company := range []string{"northwind", "larkspur", "quillon"} {
		t.Run(company, func(t *testing.T) {
			c, err := compare.Compare(testcalls.Read(t, company), compare.Options{})
			if err != nil {
				t.Fatal(err)
			}
			direct, err := Report(c, Options{Version: "test"})
			if err != nil {
				t.Fatal(err)
			}
			b, err := json.Marshal(c)
			if err != nil {
				t.Fatal(err)
			}
			back, err := comparison.Read(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			again, err := Report(back, Options{Version: "test"})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(direct, again) {
				t.Errorf("the report from the JSON differs from the report from the calls:\n%s", diff(outline(t, direct), outline(t, again)))
				if i := firstDiff(direct, again); i >= 0 {
					t.Errorf("first difference at byte %d: %q / %q", i, direct[max(0, i-80):min(len(direct), i+80)], again[max(0, i-80):min(len(again), i+80)])
				}
			}
		})
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	if len(a) != len(b) {
		return min(len(a), len(b))
	}
	return -1
}
