package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/shopspring/decimal"

	"qoq/facts"
	"qoq/fiscal"
)

func writeCall(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	files := map[string]string{
		"ACME_q2_2021.txt":     "Adjusted EPS was $1.40 and revenue $812 million.",
		"ACME_q2_2021.summary": "q2 adjusted earnings per share $1.40.\nq2 revenue $812 million.\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRun(t *testing.T) {
	dir := writeCall(t)
	for _, tc := range []struct {
		name   string
		args   []string
		status int
		out    string // wanted in stdout
		errOut string // wanted in stderr
	}{
		{"scores", []string{"-calls", dir}, 0, "recall 0.0%", ""},
		{"misses", []string{"-calls", dir, "-v"}, 0, "ACME_q2_2021:1", ""},
		{"one metric", []string{"-calls", dir, "-metric", "revenue", "-n", "1", "-sample", "1", "-j", "1"}, 0, "revenue", ""},
		{"bad metric", []string{"-calls", dir, "-metric", "profit"}, 2, "", "want one of eps"},
		{"argument", []string{"-calls", dir, "extra"}, 2, "", "unexpected argument"},
		{"negative count", []string{"-calls", dir, "-n", "-1"}, 2, "", "count of calls"},
		{"no calls", []string{"-calls", t.TempDir()}, 1, "", "no calls"},
		{"missing dir", []string{"-calls", filepath.Join(dir, "none")}, 1, "", "list calls"},
		{"help", []string{"-h"}, 0, "", "-metric"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			status := run(tc.args, &out, &errOut, extractNothing)
			if status != tc.status {
				t.Errorf("status %d, want %d; stderr %q", status, tc.status, errOut.String())
			}
			if !strings.Contains(out.String(), tc.out) || !strings.Contains(errOut.String(), tc.errOut) {
				t.Errorf("stdout %q\nstderr %q\nwant %q and %q", out.String(), errOut.String(), tc.out, tc.errOut)
			}
		})
	}
}

// extractNothing stands in for an extractor that finds no fact.
func extractNothing(path string, p fiscal.Period) (facts.Document, error) {
	return facts.Document{File: path, Period: p}, nil
}

func TestRunExtract(t *testing.T) {
	dir := writeCall(t)
	eps := func(path string, p fiscal.Period) (facts.Document, error) {
		v := mustDecimal(t, "1.4")
		return facts.Document{File: path, Period: p, Facts: []facts.Fact{{
			Metric: "eps", Basis: facts.NonGAAP, Scenario: facts.Actual, Period: p, Value: &v, Unit: facts.USDPerShare,
		}}}, nil
	}
	var out, errOut bytes.Buffer
	if status := run([]string{"-calls", dir}, &out, &errOut, eps); status != 0 {
		t.Fatalf("status %d: %s", status, errOut.String())
	}
	if !strings.Contains(out.String(), "recall 50.0%") {
		t.Errorf("want recall 50.0%% (eps found, revenue not):\n%s", out.String())
	}
}

func TestDefaultCalls(t *testing.T) {
	dir, err := defaultCalls()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(dir, filepath.Join("shared", "corpus", "calls")) {
		t.Errorf("defaultCalls() = %s, want …/shared/corpus/calls", dir)
	}
}

func mustDecimal(t *testing.T, s string) decimal.Decimal {
	t.Helper()
	d, err := decimal.NewFromString(s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
