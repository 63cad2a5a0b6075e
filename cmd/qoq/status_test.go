package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestStatuses runs qoq on careless inputs: each exits with the README's
// status and a message naming the user's file, shown short when long,
// with the hint to read the usage only for a mistake of usage.
func TestStatuses(t *testing.T) {
	dir := t.TempDir()
	calls := filepath.Join(dir, "calls")
	if err := os.MkdirAll(calls, 0o755); err != nil {
		t.Fatal(err)
	}
	copyFile(t, filepath.Join(northwind, "NWPS_q4_2023.txt"), filepath.Join(calls, "NWPS_q4_2023.txt"))
	badYear := filepath.Join(dir, "year.yaml")
	write(t, badYear, "company: Northwind\nfiscal_year_end: 02-30\n", 0o644)
	future := filepath.Join(dir, "future.yaml")
	write(t, future, "corrections:\n  - metric: revenue\n    period: 2031Q1\n    value: 1\n    note: a slip\n", 0o644)
	long := strings.Repeat("x", 2<<20)
	const hint = "Run 'qoq help' for usage."
	for _, tt := range []struct {
		name   string
		args   []string
		status int
		errOut string
		hint   bool
	}{
		{"a folder with no call", []string{"compare", t.TempDir()}, exitNoDoc, "holds no call", false},
		{"a quarter far off", []string{"compare", "--quarter", "9999Q1", calls}, exitUsage, `--quarter "9999Q1": want a fiscal quarter such as 2004Q1, from 1900 to 2099`, true},
		{"a runaway quarter", []string{"compare", "--quarter", long, calls}, exitUsage, "… (2097152 bytes)", true},
		{"a day no month has", []string{"compare", "--config", badYear, calls}, exitUsage, "year.yaml:2: fiscal_year_end \"02-30\"", false},
		{"a correction after every call", []string{"compare", "--config", future, calls}, exitUsage, "future.yaml:2: correction of revenue for 2031Q1: after the quarter of the last call", false},
		{"report names itself", []string{"report", "--quarter", "2023Q5", "-o", filepath.Join(dir, "r.html"), calls}, exitUsage, "qoq: report: --quarter", true},
		{"report's config", []string{"report", "--config", badYear, "-o", filepath.Join(dir, "r.html"), calls}, exitUsage, "qoq: report: " + badYear, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var stderr bytes.Buffer
			if got := run(tt.args, io.Discard, &stderr); got != tt.status {
				t.Errorf("exit status %d, want %d; stderr:\n%.400s", got, tt.status, stderr.String())
			}
			msg := stderr.String()
			if !strings.Contains(msg, tt.errOut) {
				t.Errorf("stderr lacks %q:\n%.400s", tt.errOut, msg)
			}
			if strings.Contains(msg, hint) != tt.hint {
				t.Errorf("hint to read the usage: %v, want %v:\n%.400s", !tt.hint, tt.hint, msg)
			}
			if strings.Contains(msg, "compare:") && tt.args[0] != "compare" {
				t.Errorf("qoq %s speaks as compare: %.400s", tt.args[0], msg)
			}
			if len(msg) > 1000 {
				t.Errorf("a message of %d bytes", len(msg))
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "r.html")); !os.IsNotExist(err) {
		t.Errorf("a failed run wrote a report: %v", err)
	}
}

// TestUnreadableFolder names a folder that cannot be listed: no call can
// be read, status 1, and the message names the folder.
func TestUnreadableFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root reads every folder: the test needs another user")
	}
	dir := filepath.Join(t.TempDir(), "locked")
	if err := os.Mkdir(dir, 0o000); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	var stderr bytes.Buffer
	if got := run([]string{"compare", dir}, io.Discard, &stderr); got != exitNoDoc || !strings.Contains(stderr.String(), "reading the folder "+dir+": permission denied") || strings.Contains(stderr.String(), "qoq help") {
		t.Errorf("status %d, stderr %q", got, stderr.String())
	}
}

// TestNoControlCharacters reads a config and a call whose words carry
// terminal escape sequences: none reaches stderr.
func TestNoControlCharacters(t *testing.T) {
	dir := t.TempDir()
	body := mustRead(t, filepath.Join(northwind, "NWPS_q4_2023.txt"))
	write(t, filepath.Join(dir, "NWPS_q4_2023.txt"), string(body), 0o644)
	write(t, filepath.Join(dir, "NWPS_q3_2023.txt"), "\x1b]0;owned\x07Thank you.\x1b[2J Revenue was $5 million\x9b.\n", 0o644)
	write(t, filepath.Join(dir, "qoq.yaml"), "company: \"Acme\\e[31m\\a\"\nfeatured: [\"revenu\\e[2J\"]\n", 0o644)
	var stderr bytes.Buffer
	run([]string{"report", "-o", filepath.Join(dir, "r.html"), dir}, io.Discard, &stderr)
	write(t, filepath.Join(dir, "qoq.yaml"), "company: \"Acme\\e[31m\\a\"\n", 0o644)
	run([]string{"report", "-o", filepath.Join(dir, "r.html"), dir}, io.Discard, &stderr)
	msg := stderr.String()
	for _, c := range []string{"\x1b", "\x07", "\x9b"} {
		if strings.Contains(msg, c) {
			t.Errorf("stderr holds %q:\n%q", c, msg)
		}
	}
	if !strings.Contains(msg, "revenu") || !strings.Contains(msg, "wrote") {
		t.Errorf("stderr lacks the config's error or the report:\n%s", msg)
	}
}

// TestReadOnlyFolder writes a report into a folder that cannot be written
// in: refused before any call is read, the message naming the report, not
// a temporary file.
func TestReadOnlyFolder(t *testing.T) {
	if os.Geteuid() == 0 {
		t.Skip("root writes in every folder: the test needs another user")
	}
	dir := filepath.Join(t.TempDir(), "board")
	if err := os.Mkdir(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	out := filepath.Join(dir, "report.html")
	var stderr bytes.Buffer
	got := run([]string{"report", "-o", out, northwind}, io.Discard, &stderr)
	msg := stderr.String()
	if got != exitWrite || !strings.Contains(msg, out+": files cannot be written in "+dir) || strings.Contains(msg, ".report.html") || strings.Contains(msg, "note:") {
		t.Errorf("status %d, stderr:\n%s\nwant 3, naming %s before any call is read", got, msg, out)
	}
}
