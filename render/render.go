package render

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"errors"
	"fmt"
	"html/template"
	"io/fs"

	"qoq/comparison"
	"qoq/templates"
)

// ErrNoECharts is returned by Report when qoq was built without the ECharts
// runtime.
var ErrNoECharts = errors.New("this qoq was built without the ECharts runtime that reports inline: run `make echarts` (or `make build`) in the qoq checkout, then build again")

//go:embed assets
var assets embed.FS

// echartsFile is the runtime's path in assets.
const echartsFile = "assets/echarts.min.js"

// Options adjust a report.
type Options struct {
	// Version is qoq's version, written in the report.
	Version string
	// Featured lists the metrics shown as cards, in order; by default
	// revenue, gross profit, operating income, net income, EPS, EBITDA,
	// free cash flow, FFO per share, cash, working capital and DSO, as far
	// as the calls state them.
	Featured []string
	// Quarters is the number of quarters shown in the table and the
	// charts, up to the current one; 8 by default.
	Quarters int
}

// defaultFeatured are the metrics shown as cards when Options.Featured is
// empty.
func defaultFeatured() []string {
	return []string{
		"revenue", "gross_profit", "operating_income", "net_income", "eps", "ebitda",
		"free_cash_flow", "ffo_per_share", "cash", "working_capital", "dso",
	}
}

// maxCards bounds the number of KPI cards.
const maxCards = 8

// A Renderer writes reports and the indexes of batches. It reads its
// templates, stylesheet, script and the ECharts runtime once; it may be
// used from several goroutines at once.
type Renderer struct {
	report, index *template.Template
	css           template.CSS
	script        template.JS
	echarts       template.JS
	scriptSrc     string // the CSP source list allowing the two scripts
}

// New returns a Renderer. Without the ECharts runtime (a qoq built
// without `make echarts`), it returns an error that is ErrNoECharts.
func New() (*Renderer, error) {
	runtime, err := fs.ReadFile(assets, echartsFile)
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", ErrNoECharts, err)
	}
	// the page's text as a browser reads it, which its hash must match:
	// an HTML parser reads CR LF and CR as LF (the runtime ends in CR LF)
	runtime = newlines(runtime)
	r := &Renderer{echarts: template.JS(runtime)}
	if r.report, err = template.New("report.html").ParseFS(templates.FS, "report.html"); err != nil {
		return nil, fmt.Errorf("render: parsing the template report.html: %w", err)
	}
	if r.index, err = template.New("index.html").ParseFS(templates.FS, "index.html"); err != nil {
		return nil, fmt.Errorf("render: parsing the template index.html: %w", err)
	}
	css, err := fs.ReadFile(templates.FS, "report.css")
	if err != nil {
		return nil, fmt.Errorf("render: reading the stylesheet: %w", err)
	}
	script, err := fs.ReadFile(templates.FS, "report.js")
	if err != nil {
		return nil, fmt.Errorf("render: reading the report's script: %w", err)
	}
	script = newlines(script)
	r.css, r.script = template.CSS(css), template.JS(script)
	r.scriptSrc = hashSource(runtime) + " " + hashSource(script)
	return r, nil
}

// newlines returns b with its line ends as an HTML parser reads them: CR
// LF and CR as LF.
func newlines(b []byte) []byte {
	b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	return bytes.ReplaceAll(b, []byte("\r"), []byte("\n"))
}

// hashSource is the Content-Security-Policy source that allows the inline
// script whose text is b.
func hashSource(b []byte) string {
	sum := sha256.Sum256(b)
	return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
}

// Report writes the report on c with a Renderer of its own; a program
// writing several reports makes one with New and uses its Report.
func Report(c *comparison.Comparison, opts Options) ([]byte, error) {
	r, err := New()
	if err != nil {
		return nil, err
	}
	return r.Report(c, opts)
}

// Report writes the report on c.
func (r *Renderer) Report(c *comparison.Comparison, opts Options) ([]byte, error) {
	v, err := newView(c, opts)
	if err != nil {
		return nil, err
	}
	v.CSS, v.Script, v.ECharts, v.ScriptSrc = r.css, r.script, r.echarts, r.scriptSrc
	var buf bytes.Buffer
	if err := r.report.Execute(&buf, v); err != nil {
		return nil, fmt.Errorf("render: writing the report on %s %s: %w", c.Company, c.Current, err)
	}
	return buf.Bytes(), nil
}
