// Package browser drives a headless Chromium for qoq. qoq prints its HTML
// reports to PDF with it, and tests open reports in it to check them as a
// reader's browser sees them: the page's script ran without an error, every
// chart is drawn, every link lands, and the page asked for nothing outside
// its own file.
//
// A Session is one Chromium with no network. Every host name resolves to
// nothing and every connection, loopback included, goes to a dead proxy, so
// a report that tried to fetch something shows the attempt in
// Load.Requests instead of reaching anything. Each call of a Session opens
// the report in a tab of its own and closes it before returning, so that
// one report's messages never mix with another's.
//
// Find locates Chromium: $QOQ_CHROMIUM, else the usual names on PATH. When
// there is none, Find and Start return ErrNoChromium, whose message says how
// to install one.
package browser

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// ErrNoChromium is returned by Find and Start when no Chromium or Chrome
// was found.
var ErrNoChromium = errors.New("no Chromium found: install it (Debian/Ubuntu: sudo apt-get install chromium; macOS: brew install --cask chromium) or set QOQ_CHROMIUM to its path")

// The viewport of every tab: the first screen of a report on a laptop.
const (
	viewWidth  = 1280
	viewHeight = 900
)

// Find returns the path of a Chromium: $QOQ_CHROMIUM when it is set, else
// the first of chromium, chromium-browser, google-chrome,
// google-chrome-stable and headless-shell found on PATH. A $QOQ_CHROMIUM
// that names no executable is an error, not ErrNoChromium.
func Find() (string, error) {
	if p := os.Getenv("QOQ_CHROMIUM"); p != "" {
		path, err := exec.LookPath(p)
		if err != nil {
			return "", fmt.Errorf("browser: QOQ_CHROMIUM: %w", err)
		}
		return path, nil
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless-shell"} {
		if path, err := exec.LookPath(name); err == nil {
			return path, nil
		}
	}
	return "", ErrNoChromium
}

// A Session is a headless Chromium with no network, used to open reports.
// Its methods may be called from several goroutines at once: each opens a
// tab of its own.
type Session struct {
	ctx  context.Context // the browser's chromedp context
	stop context.CancelFunc
}

// Start starts a headless Chromium found by Find. It runs until Close is
// called or ctx is done. Chromium's sandbox is turned off when qoq runs as
// root, where Chromium refuses to start with it.
func Start(ctx context.Context) (*Session, error) {
	path, err := Find()
	if err != nil {
		return nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path),
		chromedp.WindowSize(viewWidth, viewHeight),
		// no network: no name resolves, and every connection, to an
		// address or to loopback, goes to a proxy where nothing listens.
		chromedp.Flag("host-resolver-rules", "MAP * ~NOTFOUND"),
		chromedp.ProxyServer("127.0.0.1:9"),
		chromedp.Flag("proxy-bypass-list", "<-loopback>"),
	)
	if os.Geteuid() == 0 {
		opts = append(opts, chromedp.NoSandbox)
	}
	actx, acancel := chromedp.NewExecAllocator(ctx, opts...)
	bctx, bcancel := chromedp.NewContext(actx)
	stop := func() { bcancel(); acancel() }
	if err := chromedp.Do(bctx); err != nil {
		stop()
		return nil, fmt.Errorf("browser: start %s: %w", path, err)
	}
	return &Session{ctx: bctx, stop: stop}, nil
}

// Close stops the browser and removes its profile. The Session may not be
// used afterwards.
func (s *Session) Close() {
	s.stop()
}

// A Load is what a report did when it was opened.
type Load struct {
	// Console lists the messages a reader's console would show as
	// problems: console errors, warnings and failed assertions, uncaught
	// exceptions, and the browser's log entries of level error (a blocked
	// request or a Content-Security-Policy violation appears there).
	Console []string
	// Requests lists every URL the page requested other than its own
	// file, data: and about: URLs.
	Requests []string
	// Dialogs lists the messages of the JavaScript dialogs (alert,
	// confirm, prompt) the page opened; each was dismissed.
	Dialogs []string
	// Charts is the number of figure.chart elements, Drawn the number of
	// them whose .plot holds an <svg> with at least one <path>.
	Charts, Drawn int
	// BrokenLinks lists the targets that lead nowhere, each once: the
	// href "#x" of an <a> when no element has the id x, "#x (chart c)"
	// for a source id x in the data-points of chart c (field "s") when no
	// element has the id x, and "no source for l (chart c)" for a point
	// of chart c, labelled l, that names no source.
	BrokenLinks []string
	// Elapsed is the time from the start of the navigation until the
	// charts were drawn.
	Elapsed time.Duration
}

// Open loads the HTML file at path, waits until its charts are drawn (the
// page sets the attribute data-charts-drawn on <html> when its script has
// finished) and returns what the page did. When the page loads but its
// script never finishes, Open returns the Load, whose Console says why,
// with an error.
func (s *Session) Open(ctx context.Context, path string) (*Load, error) {
	return s.visit(ctx, "open", path, nil)
}

// Screenshot returns a PNG of the first screen (a 1280×900 viewport) of
// the report at path, once its charts are drawn.
func (s *Session) Screenshot(ctx context.Context, path string) ([]byte, error) {
	var png []byte
	_, err := s.visit(ctx, "screenshot", path, func(tab context.Context) (err error) {
		png, err = chromedp.Run(tab, chromedp.CaptureScreenshot())
		return err
	})
	return png, err
}

// PDF prints the report at path to PDF, once its charts are drawn, with its
// print stylesheet and backgrounds, on the page size its stylesheet asks
// for or else on paper, "Letter" (the default, for "") or "A4".
func (s *Session) PDF(ctx context.Context, path string, paper string) ([]byte, error) {
	var size chromedp.PaperSize
	switch strings.ToLower(paper) {
	case "", "letter":
		size = chromedp.PaperLetter
	case "a4":
		size = chromedp.PaperA4
	default:
		return nil, fmt.Errorf("browser: pdf %s: paper %q: want Letter or A4", path, paper)
	}
	var pdf []byte
	_, err := s.visit(ctx, "pdf", path, func(tab context.Context) (err error) {
		pdf, err = chromedp.Run(tab, chromedp.PrintToPDF(
			chromedp.PDFPaper(size),
			chromedp.PDFPreferCSSPageSize(),
			chromedp.PDFPrintBackground(),
		))
		return err
	})
	return pdf, err
}

// visit opens the file at path in a new tab, waits for its charts, takes
// stock of the page and then runs then, if any, in the tab. step names the
// caller in errors.
func (s *Session) visit(ctx context.Context, step, path string, then func(tab context.Context) error) (*Load, error) {
	fail := func(what string, err error) error {
		if ctx.Err() != nil {
			err = ctx.Err() // the tab was closed because ctx ended
		}
		return fmt.Errorf("browser: %s %s: %s: %w", step, path, what, err)
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fail("resolve", err)
	}
	if _, err := os.Stat(abs); err != nil {
		return nil, fmt.Errorf("browser: %s: %w", step, err)
	}
	self := filepath.ToSlash(abs)
	if !strings.HasPrefix(self, "/") {
		self = "/" + self // a Windows path: file:///C:/...
	}
	rec := &recorder{self: self}
	tab, closeTab := chromedp.NewContext(s.ctx, chromedp.WithListener(rec.listen))
	rec.tab = tab
	stop := context.AfterFunc(ctx, closeTab)
	defer func() {
		stop()
		closeTab()
		rec.wg.Wait()
	}()

	// the first action opens the tab.
	if err := chromedp.Do(tab,
		chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, log.Enable, cdp.Empty{})
			return err
		}),
		chromedp.EmulateViewport(viewWidth, viewHeight),
	); err != nil {
		return nil, fail("open a tab", err)
	}
	u := (&url.URL{Scheme: "file", Path: rec.self}).String()
	start := time.Now()
	if err := chromedp.Do(tab, chromedp.Navigate(u)); err != nil {
		return nil, fail("navigate", err)
	}
	// The script that draws the charts runs before the load event; past
	// it, a page without the attribute will never set it.
	_, err = chromedp.Run(tab, chromedp.Poll[bool](
		`document.documentElement.hasAttribute("data-charts-drawn") || document.readyState === "complete"`,
		chromedp.WithPollingTimeout(0)))
	elapsed := time.Since(start)
	if err != nil {
		return nil, fail("wait for the charts", err)
	}
	in, err := chromedp.Run(tab, chromedp.Evaluate[inspection](inspect))
	if err != nil {
		return nil, fail("inspect", err)
	}
	load := rec.load()
	load.Charts, load.Drawn, load.BrokenLinks, load.Elapsed = in.Charts, in.Drawn, in.Broken, elapsed
	if !in.Finished {
		return load, fmt.Errorf("browser: %s %s: the page's script did not finish: <html> has no data-charts-drawn attribute (console: %q)", step, path, load.Console)
	}
	if then != nil {
		if err := then(tab); err != nil {
			return load, fail(step, err)
		}
	}
	return load, nil
}

// inspection is what inspect finds in the page.
type inspection struct {
	Finished bool     `json:"finished"`
	Charts   int      `json:"charts"`
	Drawn    int      `json:"drawn"`
	Broken   []string `json:"broken"`
}

// inspect counts the charts drawn and lists the links that lead nowhere.
// A fragment names an element by its id as written, or else percent-decoded,
// as browsers resolve it.
const inspect = `(() => {
	const found = (id) => {
		if (document.getElementById(id)) return true;
		try { return !!document.getElementById(decodeURIComponent(id)); } catch (e) { return false; }
	};
	const broken = [], seen = new Set();
	const add = (s) => { if (!seen.has(s)) { seen.add(s); broken.push(s); } };
	document.querySelectorAll('a[href^="#"]').forEach((a) => {
		const href = a.getAttribute("href");
		if (!found(href.slice(1))) add(href);
	});
	const charts = document.querySelectorAll("figure.chart");
	let drawn = 0;
	charts.forEach((f) => {
		const plot = f.querySelector(".plot");
		if (!plot) return;
		const svg = plot.querySelector("svg");
		if (svg && svg.querySelector("path")) drawn++;
		let series;
		try { series = JSON.parse(plot.getAttribute("data-points") || "[]"); }
		catch (e) { add("data-points of chart " + plot.id + ": " + e.message); return; }
		(series || []).forEach((points) => (points || []).forEach((p) => {
			if (p && !p.s) add("no source for " + p.l + " (chart " + plot.id + ")");
			if (p && p.s && !found(p.s)) add("#" + p.s + " (chart " + plot.id + ")");
		}));
	});
	return {
		finished: document.documentElement.hasAttribute("data-charts-drawn"),
		charts: charts.length,
		drawn: drawn,
		broken: broken,
	};
})()`

// A recorder collects the events of one tab. Its listen runs in the tab's
// event loop; it must return fast and send no command.
type recorder struct {
	self string          // the page's file, a slash-separated absolute path
	tab  context.Context // where dialogs are dismissed
	wg   sync.WaitGroup  // the dismissals under way

	mu       sync.Mutex
	console  []string
	requests []string
	dialogs  []string
}

func (r *recorder) listen(ev any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch ev := ev.(type) {
	case *runtime.EventConsoleAPICalled:
		switch ev.Type {
		case runtime.ConsoleAPICalledTypeError, runtime.ConsoleAPICalledTypeWarning, runtime.ConsoleAPICalledTypeAssert:
			r.console = append(r.console, fmt.Sprintf("console.%s: %s", ev.Type, argsText(ev.Args)))
		}
	case *runtime.EventExceptionThrown:
		r.console = append(r.console, "uncaught exception: "+exceptionText(ev.ExceptionDetails))
	case *log.EventEntryAdded:
		if e := ev.Entry; e != nil && e.Level == log.EntryLevelError {
			msg := fmt.Sprintf("log (%s): %s", e.Source, e.Text)
			if e.URL != "" {
				msg += " [" + e.URL + "]"
			}
			r.console = append(r.console, msg)
		}
	case *network.EventRequestWillBeSent:
		if ev.Request != nil && !r.own(ev.Request.URL) {
			r.requests = append(r.requests, ev.Request.URL)
		}
	case *page.EventJavascriptDialogOpening:
		r.dialogs = append(r.dialogs, fmt.Sprintf("%s: %s", ev.Type, ev.Message))
		// the page is stalled until the dialog is answered
		r.wg.Go(func() {
			_, _ = chromedp.Call(r.tab, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: false})
		})
	}
}

// own reports whether u is the page's own file, or a data: or about: URL.
func (r *recorder) own(u string) bool {
	p, err := url.Parse(u)
	if err != nil {
		return false
	}
	switch p.Scheme {
	case "data", "about":
		return true
	case "file":
		return p.Path == r.self
	}
	return false
}

// load returns what was recorded so far.
func (r *recorder) load() *Load {
	r.mu.Lock()
	defer r.mu.Unlock()
	return &Load{
		Console:  append([]string(nil), r.console...),
		Requests: append([]string(nil), r.requests...),
		Dialogs:  append([]string(nil), r.dialogs...),
	}
}

// argsText writes a console call's arguments as the console shows them,
// roughly: strings as they are, other values by their description.
func argsText(args []*runtime.RemoteObject) string {
	parts := make([]string, 0, len(args))
	for _, a := range args {
		parts = append(parts, objectText(a))
	}
	return strings.Join(parts, " ")
}

func objectText(o *runtime.RemoteObject) string {
	switch {
	case o == nil:
		return ""
	case o.Type == runtime.RemoteObjectTypeString:
		var s string
		if err := json.Unmarshal(o.Value, &s); err == nil {
			return s
		}
		return string(o.Value)
	case o.Description != "":
		return o.Description
	case len(o.Value) > 0:
		return string(o.Value)
	case o.UnserializableValue != "":
		return string(o.UnserializableValue)
	}
	return string(o.Type)
}

// exceptionText is an uncaught exception's message and where it was thrown.
func exceptionText(d *runtime.ExceptionDetails) string {
	if d == nil {
		return "(no details)"
	}
	msg := d.Text
	if d.Exception != nil && d.Exception.Description != "" {
		msg += " " + d.Exception.Description
	}
	if d.URL != "" {
		msg += fmt.Sprintf(" at %s:%d:%d", d.URL, d.LineNumber+1, d.ColumnNumber+1)
	}
	return msg
}
