package render

import (
	"bytes"
	"fmt"
	"html/template"
	"net/url"
)

// An Entry is one company of a batch, as the index lists it.
type Entry struct {
	Company string
	Folder  string // the folder its calls were read from, in the batch's
	Report  string // the report's file, in the index's folder; "" when none
	Quarter string
	Calls   int
	// Problems counts the checks that question a figure (stated changes
	// the figures do not support, restatements, conflicts); Unattributed
	// the figures read but not attributed to a metric or period.
	Problems, Unattributed int
	// Err says why no report was written, "" when one was.
	Err string
	// Skipped lists the calls that could not be read, with the reason.
	Skipped []string
}

// Link is the index's link to the report: a relative URL, whatever
// characters the file name has.
func (e Entry) Link() string {
	return (&url.URL{Path: "./" + e.Report}).String()
}

// Index writes the page that links the reports of a batch, the companies
// that failed last.
func (r *Renderer) Index(entries []Entry, version string) ([]byte, error) {
	data := struct {
		Version string
		CSS     template.CSS
		Entries []Entry
		Failed  int
	}{Version: version, CSS: r.css}
	for _, e := range entries {
		if e.Err == "" {
			data.Entries = append(data.Entries, e)
		}
	}
	for _, e := range entries {
		if e.Err != "" {
			data.Entries = append(data.Entries, e)
			data.Failed++
		}
	}
	var buf bytes.Buffer
	if err := r.index.Execute(&buf, data); err != nil {
		return nil, fmt.Errorf("render: writing the index: %w", err)
	}
	return buf.Bytes(), nil
}
