// Package templates holds the files qoq's report is made of: the page, an
// html/template (report.html), its stylesheet (report.css) and the script
// that draws its charts (report.js). They are embedded in the binary; the
// render package fills them in.
//
// The page asks for nothing outside itself: its Content-Security-Policy
// forbids every request, the stylesheet and scripts are inlined, and so is
// the ECharts runtime; the policy allows those two scripts by their hashes
// and no other. Charts come as options written by go-echarts, carried
// in an HTML-escaped data attribute of their container and drawn by
// report.js with ECharts' SVG renderer, so that print and PDF stay sharp and
// no text from a transcript ever runs as script.
package templates

import "embed"

// FS holds the report's files.
//
//go:embed report.html report.css report.js index.html
var FS embed.FS
