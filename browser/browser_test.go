package browser

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"qoq/compare"
	"qoq/config"
	"qoq/extract"
	"qoq/internal/shared"
	"qoq/internal/testcalls"
	"qoq/render"
)

// timeout bounds each test: starting Chromium and every page it opens.
const timeout = 60 * time.Second

// start starts a Session for tb, closed when tb ends. Without Chromium it
// skips tb, unless QOQ_BROWSER=required (CI sets it), where it fails.
func start(tb testing.TB, ctx context.Context) *Session {
	tb.Helper()
	s, err := Start(ctx)
	if errors.Is(err, ErrNoChromium) && os.Getenv("QOQ_BROWSER") != "required" {
		tb.Skipf("skipping: %v", err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(s.Close)
	return s
}

// testContext returns a context that ends after timeout or with t.
func testContext(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(t.Context(), timeout)
	t.Cleanup(cancel)
	return ctx
}

// calls returns the calls of a folder: its .txt and .htm files, not the
// gold figures beside them.
func calls(tb testing.TB, dir string) []string {
	tb.Helper()
	var paths []string
	for _, pattern := range []string{"*.txt", "*.htm"} {
		m, err := filepath.Glob(filepath.Join(dir, pattern))
		if err != nil {
			tb.Fatal(err)
		}
		paths = append(paths, m...)
	}
	if len(paths) == 0 {
		tb.Fatalf("no call in %s", dir)
	}
	return paths
}

// report builds the report on the calls at paths with qoq's pipeline and
// the qoq.yaml beside them, if any, writes it into a temporary directory
// and returns its path.
func report(tb testing.TB, name string, paths []string) string {
	tb.Helper()
	cfg, err := config.ForCalls(paths)
	if err != nil {
		tb.Fatal(err)
	}
	xo, co, featured := extract.Options{}, compare.Options{}, []string(nil)
	if cfg != nil {
		// the settings of the company's qoq.yaml this test reads
		xo = extract.Options{Company: cfg.Company, Calendar: cfg.FiscalYearEnd, Metrics: cfg.Metrics, Industry: cfg.Industry, IndustrySet: cfg.IndustrySet}
		co, featured = cfg.CompareOptions(), cfg.Featured
	}
	c, err := compare.Compare(testcalls.Extract(tb, xo, paths), co)
	if err != nil {
		tb.Fatal(err)
	}
	page, err := render.Report(c, render.Options{Version: "test", Featured: featured})
	if err != nil {
		tb.Fatal(err)
	}
	out := filepath.Join(tb.TempDir(), name+".html")
	if err := os.WriteFile(out, page, 0o644); err != nil {
		tb.Fatal(err)
	}
	return out
}

// clean checks that a report did in the browser only what it should: no
// console message, no request outside its file, no dialog, every chart
// drawn, every link landing.
func clean(t *testing.T, load *Load) {
	t.Helper()
	for _, m := range load.Console {
		t.Errorf("console: %s", m)
	}
	for _, u := range load.Requests {
		t.Errorf("the page requested %s", u)
	}
	for _, d := range load.Dialogs {
		t.Errorf("the page opened a dialog: %s", d)
	}
	if load.Charts == 0 {
		t.Errorf("the page has no chart")
	}
	if load.Drawn != load.Charts {
		t.Errorf("%d of %d charts drawn", load.Drawn, load.Charts)
	}
	for _, l := range load.BrokenLinks {
		t.Errorf("link to nothing: %s", l)
	}
}

// TestReports opens the report on each company of testdata/calls and on
// the seed call as a reader's browser does.
func TestReports(t *testing.T) {
	ctx := testContext(t)
	s := start(t, ctx)
	// from the checkout's root, so that the reports name the calls as
	// qoq run there does
	t.Chdir("..")
	folders, err := filepath.Glob(filepath.Join("testdata", "calls", "*"))
	if err != nil || len(folders) == 0 {
		t.Fatalf("no company in testdata/calls: %v", err)
	}
	for _, dir := range folders {
		company := filepath.Base(dir)
		t.Run(company, func(t *testing.T) {
			path := report(t, company, calls(t, dir))
			load := open(t, ctx, s, path)
			clean(t, load)
			if company == "northwind" {
				if out := os.Getenv("QOQ_SCREENSHOT"); out != "" {
					screenshot(t, ctx, s, path, out)
				}
			}
		})
	}
	t.Run("seed", func(t *testing.T) {
		dir := shared.Dir(t, "seed")
		m, err := filepath.Glob(filepath.Join(dir, "*.txt"))
		if err != nil || len(m) == 0 {
			t.Fatalf("no call in %s: %v", dir, err)
		}
		clean(t, open(t, ctx, s, report(t, "seed", m)))
	})
}

// open opens the report at path and logs what it took.
func open(t *testing.T, ctx context.Context, s *Session, path string) *Load {
	t.Helper()
	load, err := s.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d bytes, %d/%d charts drawn in %v", filepath.Base(path), st.Size(), load.Drawn, load.Charts, load.Elapsed.Round(time.Millisecond))
	return load
}

// screenshot writes the first screen of the report at path to out.
func screenshot(t *testing.T, ctx context.Context, s *Session, path, out string) {
	t.Helper()
	png, err := s.Screenshot(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(png, []byte("\x89PNG\r\n\x1a\n")) {
		t.Fatalf("the screenshot is not a PNG: % x", png[:min(len(png), 8)])
	}
	if err := os.WriteFile(out, png, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s, %d bytes", out, len(png))
}

// TestPDF prints the Northwind report on both papers.
func TestPDF(t *testing.T) {
	ctx := testContext(t)
	s := start(t, ctx)
	path := report(t, "northwind", calls(t, filepath.Join("..", "testdata", "calls", "northwind")))
	// a page of Letter is 612×792 points, of A4 595×842 (Chromium rounds
	// A4 from inches).
	for paper, box := range map[string]*regexp.Regexp{
		"":   regexp.MustCompile(`/MediaBox \[0 0 612 792\]`),
		"A4": regexp.MustCompile(`/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]`),
	} {
		pdf, err := s.PDF(ctx, path, paper)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(pdf, []byte("%PDF-")) {
			t.Fatalf("paper %q: not a PDF: %q", paper, pdf[:min(len(pdf), 8)])
		}
		pages := bytes.Count(pdf, []byte("/Type /Page")) - bytes.Count(pdf, []byte("/Type /Pages"))
		if !box.Match(pdf) {
			t.Errorf("paper %q: no page of the size asked for (%v)", paper, box)
		}
		t.Logf("paper %q: %d bytes, %d pages", paper, len(pdf), pages)
	}
	if _, err := s.PDF(ctx, path, "A5"); err == nil {
		t.Errorf("PDF on paper A5: no error")
	}
}

// hostile are strings a transcript could carry to break out of the page.
var hostile = []string{
	`<script>alert(1)</script>`,
	`<img src=x onerror=alert(2)>`,
	`"><svg onload=alert(3)>`,
	`</script>`,
}

// hostileCall is a call of a fictional company whose speakers, segments and
// sentences carry the hostile strings. q is "first" or "second", and the
// figures are for that quarter of 2024 and of 2023.
func hostileCall(q, revenue, prior, segment string) string {
	return "Prepared Remarks:\n\n" +
		"Operator\n\n" +
		"Good morning, and welcome to the Bogus Gadgets " + q + " quarter 2024 earnings conference call " + hostile[0] + ". Please go ahead.\n\n" +
		"Mara " + hostile[2] + " Quint -- Chief Executive Officer\n\n" +
		"Thank you, and good morning. " + hostile[3] + " We had a steady quarter across our markets.\n\n" +
		"Olin Vantresca -- Chief Financial Officer " + hostile[1] + "\n\n" +
		"Thank you, Mara, and good morning, everyone.\n\n" +
		"Revenue for the " + q + " quarter of 2024 was $" + revenue + " million, up 8% from $" + prior + " million in the " + q + " quarter of 2023, driven by " + hostile[1] + " demand. " +
		"Revenue in our " + hostile[2] + " segment was $" + segment + " million for the " + q + " quarter of 2024. " +
		"Net income for the " + q + " quarter of 2024 was $1.2 million, or $0.12 per diluted share " + hostile[3] + ". " +
		"The increase was primarily due to " + hostile[0] + " pricing across every market we serve. " +
		"We ended the quarter with cash of $4.5 million and no debt outstanding.\n\n" +
		"Questions and Answers:\n\n" +
		"Operator\n\n" +
		"There are no questions at this time. This concludes today's call; you may now disconnect.\n"
}

// TestHostile opens a report on calls that carry markup and script in
// their text, and checks that none of it runs: no dialog, no console
// message, and the strings shown as text.
func TestHostile(t *testing.T) {
	ctx := testContext(t)
	s := start(t, ctx)
	dir := t.TempDir()
	var paths []string
	for name, body := range map[string]string{
		"BOGUS_q1_2024.txt": hostileCall("first", "11.9", "11.0", "3.0"),
		"BOGUS_q2_2024.txt": hostileCall("second", "12.4", "11.5", "3.1"),
	} {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	path := report(t, "hostile", paths)
	var text string
	load, err := s.visit(ctx, "open", path, func(tab context.Context) (err error) {
		text, err = chromedp.Run(tab, chromedp.Evaluate[string](`document.body.innerText`))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	// a dialog would be a transcript's text run as script
	clean(t, load)
	for _, h := range hostile {
		if !strings.Contains(text, h) {
			t.Errorf("the page does not show %s as text", h)
		}
	}
	t.Logf("%d/%d charts drawn", load.Drawn, load.Charts)
}

// TestFaults opens a page that does everything a report must not, and
// checks Open sees each of it: the checks above would pass on a blind
// browser otherwise.
func TestFaults(t *testing.T) {
	ctx := testContext(t)
	s := start(t, ctx)
	const page = `<!DOCTYPE html><html><head><title>faults</title></head><body>
<a href="#here">fine</a> <a href="#nowhere">broken</a> <span id="here"></span>
<figure class="chart"><div class="plot" id="c1" data-points='[[{"l":"1","s":"here"},null,{"l":"2","s":"gone"},{"l":"3"}]]'><svg><path d="M0 0L1 1"/></svg></div></figure>
<figure class="chart"><div class="plot" id="c2" data-points="[]"></div></figure>
<img src="http://example.com/pixel.png">
<script>
console.error("an error");
console.warn("a warning");
console.log("a log, not a problem");
alert("a dialog");
fetch("http://127.0.0.1:8080/loopback").catch(() => {});
null.boom;
</script>
</body></html>`
	path := filepath.Join(t.TempDir(), "faults.html")
	if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	load, err := s.Open(ctx, path)
	if err == nil || !strings.Contains(err.Error(), "did not finish") {
		t.Errorf("Open of a page whose script fails: err = %v, want it to say the script did not finish", err)
	}
	if load == nil {
		t.Fatal("no Load")
	}
	got := strings.Join(load.Console, "\n")
	for _, want := range []string{"console.error: an error", "console.warning: a warning", "uncaught exception:", "Cannot read properties of null"} {
		if !strings.Contains(got, want) {
			t.Errorf("console lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "a log, not a problem") {
		t.Errorf("console holds a plain log:\n%s", got)
	}
	if want := []string{"alert: a dialog"}; !slices.Equal(load.Dialogs, want) {
		t.Errorf("dialogs = %q, want %q", load.Dialogs, want)
	}
	if want := []string{"http://example.com/pixel.png", "http://127.0.0.1:8080/loopback"}; !slices.Equal(load.Requests, want) {
		t.Errorf("requests = %q, want %q", load.Requests, want)
	}
	if load.Charts != 2 || load.Drawn != 1 {
		t.Errorf("%d of %d charts drawn, want 1 of 2", load.Drawn, load.Charts)
	}
	if want := []string{"#nowhere", "#gone (chart c1)", "no source for 3 (chart c1)"}; !slices.Equal(load.BrokenLinks, want) {
		t.Errorf("broken links = %q, want %q", load.BrokenLinks, want)
	}

	// a Content-Security-Policy like the report's blocks the request
	// before it is sent: the console says so.
	const csp = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; img-src data:"></head><body>
<img src="http://example.com/pixel.png">
<script>document.documentElement.setAttribute("data-charts-drawn", "0");</script>
</body></html>`
	path = filepath.Join(t.TempDir(), "csp.html")
	if err := os.WriteFile(path, []byte(csp), 0o644); err != nil {
		t.Fatal(err)
	}
	load, err = s.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(load.Console, "\n"); !strings.Contains(got, "Content Security Policy") {
		t.Errorf("console lacks the CSP violation: %q", load.Console)
	}
	t.Logf("CSP: console %q, requests %q", load.Console, load.Requests)

	if _, err := s.Open(ctx, filepath.Join(t.TempDir(), "absent.html")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("Open of an absent file: err = %v, want os.ErrNotExist", err)
	}
}

// TestConcurrent opens a report from several goroutines at once, each in
// a tab of its own.
func TestConcurrent(t *testing.T) {
	ctx := testContext(t)
	s := start(t, ctx)
	path := report(t, "quillon", calls(t, filepath.Join("..", "testdata", "calls", "quillon")))
	var wg sync.WaitGroup
	loads := make([]*Load, 4)
	errs := make([]error, len(loads))
	for i := range loads {
		wg.Go(func() { loads[i], errs[i] = s.Open(ctx, path) })
	}
	wg.Wait()
	for i, load := range loads {
		if errs[i] != nil {
			t.Fatal(errs[i])
		}
		if load.Charts == 0 || load.Drawn != load.Charts || len(load.Console) > 0 {
			t.Errorf("tab %d: %d of %d charts drawn, console %q", i, load.Drawn, load.Charts, load.Console)
		}
	}
}

// BenchmarkOpen measures how long Chromium takes to load the Northwind
// report and draw its charts.
func BenchmarkOpen(b *testing.B) {
	ctx := b.Context()
	s := start(b, ctx)
	path := report(b, "northwind", calls(b, filepath.Join("..", "testdata", "calls", "northwind")))
	var draw time.Duration
	for b.Loop() {
		load, err := s.Open(ctx, path)
		if err != nil {
			b.Fatal(err)
		}
		draw += load.Elapsed
	}
	b.ReportMetric(float64(draw.Milliseconds())/float64(b.N), "ms/draw")
}
