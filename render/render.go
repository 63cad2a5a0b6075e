package render

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"

	"qoq/compare"
	"qoq/templates"
)

// ErrNoECharts is returned by Report when qoq was built without the ECharts
// runtime.
var ErrNoECharts = errors.New("this qoq was built without the ECharts runtime that reports inline: run `make echarts` (or `make build`) in the qoq checkout, then build again")

//go:embed assets
var assets embed.FS

// echartsFile is the runtime's path in assets.
const echartsFile = "assets/echarts.min.js"

// Generator is the prefix of the content of the report's generator meta
// element; a file carrying it is one of qoq's reports.
const Generator = `<meta name="generator" content="qoq `

// Options adjust a report.
type Options struct {
	// Version is qoq's version, written in the report.
	Version string
	// Featured lists the metrics shown as cards, in order; by default
	// DefaultFeatured.
	Featured []string
	// Quarters is the number of quarters shown in the table and the
	// charts, up to the current one; 8 by default.
	Quarters int
}

// DefaultFeatured is the metrics shown as cards when Options.Featured is
// empty, in order, as far as the calls state them.
var DefaultFeatured = []string{
	"revenue", "gross_profit", "operating_income", "net_income", "eps", "ebitda",
	"free_cash_flow", "ffo_per_share", "cash", "working_capital", "dso",
}

// maxCards bounds the number of KPI cards.
const maxCards = 8

// Report writes the report on c.
func Report(c *compare.Comparison, opts Options) ([]byte, error) {
	runtime, err := fs.ReadFile(assets, echartsFile)
	if err != nil {
		return nil, ErrNoECharts
	}
	page, err := template.New("report.html").ParseFS(templates.FS, "report.html")
	if err != nil {
		return nil, fmt.Errorf("render: parsing the report template: %w", err)
	}
	css, err := fs.ReadFile(templates.FS, "report.css")
	if err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	script, err := fs.ReadFile(templates.FS, "report.js")
	if err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	v, err := newView(c, opts)
	if err != nil {
		return nil, err
	}
	v.CSS = template.CSS(css)
	v.Script = template.JS(script)
	v.ECharts = template.JS(runtime)
	var buf bytes.Buffer
	if err := page.Execute(&buf, v); err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	return buf.Bytes(), nil
}
