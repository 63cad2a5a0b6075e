package render

import (
	"strings"
	"testing"
)

func TestIsReport(t *testing.T) {
	const meta = `<meta name="generator" content="qoq v1.2">`
	for _, tt := range []struct {
		head string
		want bool
	}{
		{"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n" + meta + "\n<title>Acme — report</title>", true},
		{"<!DOCTYPE html><html><head><title>Acme</title><style>p{}</style>" + meta, true},
		{"<!-- a comment -->\n<html><head><META NAME=generator CONTENT='qoq dev'>", true},
		{"<!DOCTYPE html><html><head><meta charset=\"utf-8\">", false},                  // cut before the mark
		{"Our notes on the report: it begins " + meta + " and then…", false},            // text quoting it
		{"<html><body><p>We quote " + meta + " here.</p>", false},                       // in a body
		{"<html><head><title>Call</title></head><body>" + meta, false},                  // after the head
		{"<html><head><meta name=\"generator\" content=\"qoqx 1\">", false},             // another tool
		{"<html><head><meta name=\"description\" content=\"qoq v1\">", false},           // not the generator
		{"<html><head><title>" + meta + "</title>", false},                              // text of the title
		{"<html><head><script>var s = '" + meta + "';</script><title>x</title>", false}, // text of a script
		{"", false},
	} {
		if got := IsReport([]byte(tt.head)); got != tt.want {
			t.Errorf("IsReport(%q) = %v, want %v", tt.head, got, tt.want)
		}
	}
}

// TestIsReportOwn checks that the pages qoq writes are its own, within
// the first 2 KB a caller reads.
func TestIsReportOwn(t *testing.T) {
	page := report(t, "northwind")
	if !IsReport(page[:2048]) {
		t.Errorf("a report is not qoq's: %q", page[:200])
	}
	if strings.Count(string(page[:2048]), "generator") != 1 {
		t.Errorf("no generator mark in the report's head")
	}
}
