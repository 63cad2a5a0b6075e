package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestOutputs writes reports where a careless or hostile user points -o:
// what qoq refuses whatever the flags, and what it keeps of the file it
// replaces.
func TestOutputs(t *testing.T) {
	dir := t.TempDir()
	calls := filepath.Join(dir, "calls")
	if err := os.MkdirAll(calls, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"NWPS_q3_2023.txt", "NWPS_q4_2023.txt", "qoq.yaml"} {
		copyFile(t, filepath.Join(northwind, f), filepath.Join(calls, f))
	}
	config := filepath.Join(calls, "qoq.yaml")
	notes := filepath.Join(dir, "notes.html")
	write(t, notes, "<html><body>the board's notes</body></html>", 0o644)
	link := filepath.Join(dir, "link.html")
	if err := os.Symlink(notes, link); err != nil {
		t.Fatal(err)
	}
	quoting := filepath.Join(dir, "quoting.html")
	write(t, quoting, `Our notes. qoq marks its reports with <meta name="generator" content="qoq dev"> in their head.`, 0o644)
	private := filepath.Join(dir, "private.html")

	for _, tt := range []struct {
		name   string
		args   []string
		status int
		errOut string
		file   string // a file that must still hold keep
		keep   string
	}{
		{"not over the config read, with force", []string{"report", "--force", "-o", config, calls}, exitWrite, "is one of the files this run reads", config, "company: Northwind"},
		{"not over a named config, with force", []string{"report", "--force", "--config", config, "-o", config, calls}, exitWrite, "is one of the files this run reads", config, "company: Northwind"},
		{"not through a link, with force", []string{"report", "--force", "-o", link, calls}, exitWrite, "is a symbolic link", notes, "the board's notes"},
		{"not over a device, with force", []string{"report", "--force", "-o", os.DevNull, calls}, exitWrite, "not a regular file", "", ""},
		{"not over a file quoting the mark", []string{"report", "-o", quoting, calls}, exitWrite, "is not a report qoq wrote", quoting, "Our notes."},
		{"no empty name", []string{"report", "-o", "", calls}, exitUsage, `-o "": name the file to write`, "", ""},
		{"no empty folder name", []string{"report", "--each", dir, "-o", ""}, exitUsage, `-o "": name the folder to write the reports in`, "", ""},
		{"not under a file", []string{"report", "-o", filepath.Join(notes, "report.html"), calls}, exitWrite, notes + " is not a folder", notes, "the board's notes"},
		{"a private report", []string{"report", "-o", private, calls}, exitOK, "wrote " + private, private, "<h1>"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if tt.name == "a private report" {
				write(t, private, "", 0o600)
				if err := os.WriteFile(private, mustRead(t, mustReport(t, calls)), 0o600); err != nil {
					t.Fatal(err)
				}
			}
			var stderr bytes.Buffer
			if got := run(tt.args, io.Discard, &stderr); got != tt.status {
				t.Errorf("exit status %d, want %d; stderr:\n%s", got, tt.status, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.errOut) {
				t.Errorf("stderr lacks %q:\n%s", tt.errOut, stderr.String())
			}
			if tt.file != "" && !strings.Contains(string(mustRead(t, tt.file)), tt.keep) {
				t.Errorf("%s lost %q", tt.file, tt.keep)
			}
			if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
				t.Errorf("the link was replaced: %v", err)
			}
		})
	}
	if st, err := os.Stat(private); err != nil || st.Mode().Perm() != 0o600 {
		t.Errorf("a 0600 report came back %v (%v)", st.Mode().Perm(), err)
	}
}

// TestTemporaryBeside looks, while a file is being written, for its
// temporary file: beside the target, with the target's mode, and nowhere in
// the temporary folder; once written, it is gone.
func TestTemporaryBeside(t *testing.T) {
	tmp := t.TempDir()
	t.Setenv("TMPDIR", tmp)
	dir := t.TempDir()
	out := filepath.Join(dir, "report.html")
	write(t, out, "old", 0o600)
	r := &peek{t: t, dirs: []string{dir, tmp}}
	if err := writeAtomic(out, r); err != nil {
		t.Fatal(err)
	}
	if len(r.seen) != 2 || !strings.HasPrefix(r.seen[0], filepath.Join(dir, ".report.html")) || r.modes[0] != 0o600 {
		t.Errorf("while writing: %v (modes %v), want the report and its temporary file beside it, 0600", r.seen, r.modes)
	}
	if left, _ := os.ReadDir(dir); len(left) != 1 {
		t.Errorf("beside the report: %v, want the report only", left)
	}
	if got := string(mustRead(t, out)); got != "new" {
		t.Errorf("the report holds %q", got)
	}
}

// peek is a reader of "new" that, when first read, lists the files in
// dirs and their modes.
type peek struct {
	t     *testing.T
	dirs  []string
	seen  []string
	modes []os.FileMode
	done  bool
}

func (p *peek) Read(b []byte) (int, error) {
	if p.done {
		return 0, io.EOF
	}
	p.done = true
	for _, d := range p.dirs {
		entries, err := os.ReadDir(d)
		if err != nil {
			p.t.Fatal(err)
		}
		for _, e := range entries {
			info, err := e.Info()
			if err != nil {
				p.t.Fatal(err)
			}
			p.seen = append(p.seen, filepath.Join(d, e.Name()))
			p.modes = append(p.modes, info.Mode().Perm())
		}
	}
	return copy(b, "new"), nil
}

// TestCallQuotingTheMark reads a folder holding an HTML call that quotes
// the generator mark in its text: it is a call, not one of qoq's reports.
func TestCallQuotingTheMark(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, filepath.Join(northwind, "NWPS_q4_2023.txt"), filepath.Join(dir, "NWPS_q4_2023.txt"))
	body, err := os.ReadFile(filepath.Join(northwind, "NWPS_q3_2023.txt"))
	if err != nil {
		t.Fatal(err)
	}
	page := "<!DOCTYPE html><html><head><title>Q3 call</title></head><body><p>Our site says &lt;meta name=\"generator\" content=\"qoq \"&gt;. " +
		`<meta name="generator" content="qoq dev"></p><pre>` + strings.ReplaceAll(string(body), "<", "&lt;") + "</pre></body></html>"
	write(t, filepath.Join(dir, "NWPS_q3_2023.html"), page, 0o644)
	var stdout, stderr bytes.Buffer
	if st := run([]string{"compare", "--format", "json", dir}, &stdout, &stderr); st != exitOK {
		t.Fatalf("status %d: %s", st, stderr.String())
	}
	if !strings.Contains(stdout.String(), "NWPS_q3_2023.html") {
		t.Errorf("the HTML call was passed over as a report:\n%s", stderr.String())
	}
}

func write(t *testing.T, path, text string, mode os.FileMode) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// mustReport writes a report of the calls in dir to a file of its own and
// returns its path.
func mustReport(t *testing.T, dir string) string {
	t.Helper()
	out := filepath.Join(t.TempDir(), "r.html")
	var stderr bytes.Buffer
	if st := run([]string{"report", "-o", out, dir}, io.Discard, &stderr); st != exitOK {
		t.Fatalf("status %d: %s", st, stderr.String())
	}
	return out
}
