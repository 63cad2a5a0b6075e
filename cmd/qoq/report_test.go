package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/iotest"
)

const northwind = "../../testdata/calls/northwind"

// TestReport runs qoq report as a user would: where it writes, what it
// refuses to write over, and what it says.
func TestReport(t *testing.T) {
	dir := t.TempDir()
	notOurs := filepath.Join(dir, "notes.html")
	if err := os.WriteFile(notOurs, []byte("<html>the board's own notes</html>"), 0o644); err != nil {
		t.Fatal(err)
	}
	call := filepath.Join(dir, "NWPS_q4_2023.txt")
	copyFile(t, filepath.Join(northwind, "NWPS_q4_2023.txt"), call)
	out := filepath.Join(dir, "report.html")
	badConfig := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(badConfig, []byte("company: Northwind\nfiscal_year_ends: june\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	corrected := filepath.Join(dir, "corrected.html")
	notPDF := filepath.Join(dir, "notes.pdf")
	if err := os.WriteFile(notPDF, []byte("the board's own notes"), 0o644); err != nil {
		t.Fatal(err)
	}
	// a hard link to a call is the call under another name
	linked := filepath.Join(dir, "linked.html")
	if err := os.Link(call, linked); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		status int
		errOut string
		// file is a file that must hold want afterwards
		file, want string
	}{
		{"writes", []string{"report", "-o", out, northwind}, exitOK, "wrote " + out, out, `<meta name="generator" content="qoq `},
		{"over its own report", []string{"report", "-o", out, "--quarter", "2023Q2", northwind}, exitOK, "2023Q2", out, "<h1>Northwind Plasma Services — 2023Q2</h1>"},
		{"not over another file", []string{"report", "-o", notOurs, northwind}, exitWrite, "not a report qoq wrote", notOurs, "the board's own notes"},
		{"over another file with force", []string{"report", "--force", "-o", notOurs, northwind}, exitOK, "wrote", notOurs, "qoq"},
		{"not over a call", []string{"report", "--force", "-o", call, call}, exitWrite, "is one of the files this run reads", call, "Northwind"},
		{"into a new folder", []string{"report", "-o", filepath.Join(dir, "board", "2023Q4.html"), northwind}, exitOK, "wrote", filepath.Join(dir, "board", "2023Q4.html"), "<h1>Northwind Plasma Services — 2023Q4</h1>"},
		{"not into a directory", []string{"report", "-o", dir, northwind}, exitWrite, "is a directory", "", ""},
		{"no calls", []string{"report"}, exitUsage, "name the calls", "", ""},
		{"pdf over the report", []string{"report", "-o", out, "--pdf", out, northwind}, exitUsage, "name the same file", out, "<meta name=\"generator\""},
		{"pdf over another file", []string{"report", "-o", out, "--pdf", notPDF, northwind}, exitWrite, "is not a PDF", notPDF, "the board's own notes"},
		{"pdf into a directory", []string{"report", "-o", out, "--pdf", dir, northwind}, exitWrite, "-pdf " + filepath.Join(dir, "report.pdf"), "", ""},
		{"not over a link to a call", []string{"report", "--force", "-o", linked, call}, exitWrite, "is one of the files this run reads", linked, "Northwind"},
		{"correction from qoq.yaml", []string{"report", "-o", corrected, northwind}, exitOK, "wrote", corrected, `title="the 10-K&#39;s balance; the call rounded it to $5.9 million">$5.912 million</a>`},
		{"bad config", []string{"report", "--config", badConfig, "-o", filepath.Join(dir, "x.html"), northwind}, exitUsage, "bad.yaml:2: unknown key \"fiscal_year_ends\"", "", ""},
		{"config and each", []string{"report", "--config", badConfig, "--each", dir}, exitUsage, "each company's folder holds its own qoq.yaml", "", ""},
		{"pdf and each", []string{"report", "--pdf", filepath.Join(dir, "x.pdf"), "--each", dir}, exitUsage, "print a company's report on its own", "", ""},
		{"each and calls", []string{"report", "--each", dir, northwind}, exitUsage, "name no calls", "", ""},
		{"quarter before every call", []string{"report", "--quarter", "2001Q1", "-o", filepath.Join(dir, "x.html"), northwind}, exitUsage, "the first call, NWPS_q1_2022.txt, is of 2022Q1", "", ""},
		{"bad quarters", []string{"report", "--quarters", "0", northwind}, exitUsage, "--quarters", "", ""},
		{"bad paper", []string{"report", "--paper", "a5", northwind}, exitUsage, "--paper", "", ""},
		{"nothing readable", []string{"report", "-o", filepath.Join(dir, "x.html"), "../../testdata/inputs/empty.txt"}, exitNoDoc, "the file is empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			if got := run(tt.args, &stdout, &stderr); got != tt.status {
				t.Errorf("exit status %d, want %d; stderr:\n%s", got, tt.status, stderr.String())
			}
			if !strings.Contains(stderr.String(), tt.errOut) {
				t.Errorf("stderr lacks %q:\n%s", tt.errOut, stderr.String())
			}
			if tt.file != "" {
				b, err := os.ReadFile(tt.file)
				if err != nil {
					t.Fatal(err)
				}
				if !bytes.Contains(b, []byte(tt.want)) {
					t.Errorf("%s lacks %q", tt.file, tt.want)
				}
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "x.html")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a failed run left a report behind: %v", err)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestInterruptedWrite cuts a report's write short: the previous report
// stays as it was, and no temporary file is left beside it.
func TestInterruptedWrite(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "report.html")
	old := []byte("<!DOCTYPE html><html><meta name=\"generator\" content=\"qoq v1\">last quarter's report</html>")
	if err := os.WriteFile(path, old, 0o644); err != nil {
		t.Fatal(err)
	}
	next := bytes.Repeat([]byte("this quarter's report "), 50000)
	broken := io.MultiReader(bytes.NewReader(next[:len(next)/2]), iotest.ErrReader(errors.New("disk pulled out")))
	err := writeAtomic(path, broken)
	if !errors.Is(err, errWrite) || !strings.Contains(err.Error(), "disk pulled out") {
		t.Fatalf("writeAtomic = %v, want the reader's error as an errWrite", err)
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, old) {
		t.Errorf("the previous report was changed: %.60q", got)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("the directory holds %v, want the report alone", names)
	}
}

// TestEach reports a folder of companies, one of them broken: the others
// are reported, the index lists all, and the end names the failure. Folder
// names are awkward: one is "index", one has characters a URL escapes.
func TestEach(t *testing.T) {
	root := t.TempDir()
	for folder, company := range map[string]string{"northwind": "northwind", "index": "larkspur", "a:b #1": "quillon"} {
		dst := filepath.Join(root, folder)
		if err := os.MkdirAll(dst, 0o755); err != nil {
			t.Fatal(err)
		}
		paths, _ := filepath.Glob(filepath.Join("../../testdata/calls", company, "*.txt"))
		for _, p := range paths {
			copyFile(t, p, filepath.Join(dst, filepath.Base(p)))
		}
	}
	broken := filepath.Join(root, "brokenco")
	if err := os.MkdirAll(broken, 0o755); err != nil {
		t.Fatal(err)
	}
	copyFile(t, "../../testdata/inputs/empty.txt", filepath.Join(broken, "BRK_q1_2024.txt"))
	out := filepath.Join(t.TempDir(), "reports")
	var stdout, stderr bytes.Buffer
	if got := run([]string{"report", "--each", root, "-o", out}, &stdout, &stderr); got != exitSome {
		t.Fatalf("exit status %d, want %d; stderr:\n%s", got, exitSome, stderr.String())
	}
	for _, want := range []string{"wrote 3 reports", "1 of 4 companies could not be reported", "brokenco: none of its 1 files could be read as a call", "the file is empty"} {
		if !strings.Contains(stderr.String(), want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
		}
	}
	index, err := os.ReadFile(filepath.Join(out, "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	// Northwind: one contradicted stated change and five restatements
	for _, want := range []string{
		`<a href="./northwind.html">Northwind Plasma Services</a></td><td>northwind</td><td>2023Q4</td><td class="num">8</td><td class="num">6</td>`,
		`<a href="./index-report.html">Larkspur`, `<a href="./a:b%20%231.html">Quillon`, "brokenco", "not reported:",
	} {
		if !bytes.Contains(index, []byte(want)) {
			t.Errorf("index.html lacks %q", want)
		}
	}
	for _, name := range []string{"northwind.html", "index-report.html", "a:b #1.html"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Error(err)
		}
	}

	// the reports are not written into a company's folder
	stderr.Reset()
	if got := run([]string{"report", "--each", root, "-o", filepath.Join(root, "northwind")}, &stdout, &stderr); got != exitWrite || !strings.Contains(stderr.String(), "is the folder of northwind's calls") {
		t.Errorf("reports into a company's folder: exit status %d, want %d; stderr:\n%s", got, exitWrite, stderr.String())
	}
}

// TestReportBesideCalls keeps the report in the folder of its calls, as a
// finance team does, and runs again the next quarter: qoq's own report is
// not read as a call, and is replaced.
func TestReportBesideCalls(t *testing.T) {
	dir := t.TempDir()
	paths, _ := filepath.Glob(filepath.Join(northwind, "NWPS_q*.txt"))
	for _, p := range paths {
		if !strings.Contains(p, "q4_2023") {
			copyFile(t, p, filepath.Join(dir, filepath.Base(p)))
		}
	}
	out := filepath.Join(dir, "report.html")
	tests := []struct {
		name   string
		args   []string
		status int
		errOut string
	}{
		{"third quarter", []string{"report", "-o", out, dir}, exitOK, "2023Q3, from 7 calls"},
		{"fourth quarter, beside the third's report", []string{"report", "-o", out, dir}, exitOK, "2023Q4, from 8 calls"},
		{"the report named as a call", []string{"report", "-o", filepath.Join(dir, "x.html"), out}, exitUsage, "is a report qoq wrote, not a call"},
	}
	for i, tt := range tests {
		if i == 1 {
			copyFile(t, filepath.Join(northwind, "NWPS_q4_2023.txt"), filepath.Join(dir, "NWPS_q4_2023.txt"))
		}
		var stdout, stderr bytes.Buffer
		if got := run(tt.args, &stdout, &stderr); got != tt.status {
			t.Errorf("%s: exit status %d, want %d; stderr:\n%s", tt.name, got, tt.status, stderr.String())
		}
		if !strings.Contains(stderr.String(), tt.errOut) {
			t.Errorf("%s: stderr lacks %q:\n%s", tt.name, tt.errOut, stderr.String())
		}
	}
}

// TestSameReport builds the report on the same calls named in different
// ways: by a relative path, an absolute one, with a call named twice, and
// from a copy in another folder. The reports are the same bytes.
func TestSameReport(t *testing.T) {
	abs, err := filepath.Abs(northwind)
	if err != nil {
		t.Fatal(err)
	}
	elsewhere := filepath.Join(t.TempDir(), "calls")
	if err := os.MkdirAll(elsewhere, 0o755); err != nil {
		t.Fatal(err)
	}
	paths, _ := filepath.Glob(filepath.Join(northwind, "*"))
	for _, p := range paths {
		copyFile(t, p, filepath.Join(elsewhere, filepath.Base(p)))
	}
	dir := t.TempDir()
	var first []byte
	for i, args := range [][]string{
		{northwind},
		{abs},
		{northwind, filepath.Join(abs, "NWPS_q3_2023.txt")},
		{elsewhere},
	} {
		out := filepath.Join(dir, fmt.Sprintf("report%d.html", i))
		var stdout, stderr bytes.Buffer
		if got := run(append([]string{"report", "-o", out}, args...), &stdout, &stderr); got != exitOK {
			t.Fatalf("%q: exit status %d; stderr:\n%s", args, got, stderr.String())
		}
		b, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			first = b
			continue
		}
		if !bytes.Equal(b, first) {
			n := 0
			for n < len(b) && n < len(first) && b[n] == first[n] {
				n++
			}
			t.Errorf("the report on %q differs from the report on %q from byte %d: %q against %q",
				args, northwind, n, b[n:min(len(b), n+60)], first[n:min(len(first), n+60)])
		}
	}
}

// TestPDFWithoutChromium asks for a PDF where no Chromium can be found:
// qoq says so, and how to get one, before reading the calls.
func TestPDFWithoutChromium(t *testing.T) {
	t.Setenv("QOQ_CHROMIUM", filepath.Join(t.TempDir(), "no-chromium"))
	out := filepath.Join(t.TempDir(), "report.html")
	var stdout, stderr bytes.Buffer
	if got := run([]string{"report", "-o", out, "--pdf", out + ".pdf", northwind}, &stdout, &stderr); got != exitWrite {
		t.Errorf("exit status %d, want %d; stderr:\n%s", got, exitWrite, stderr.String())
	}
	if !strings.Contains(stderr.String(), "QOQ_CHROMIUM") {
		t.Errorf("stderr does not name QOQ_CHROMIUM:\n%s", stderr.String())
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a report was written although the PDF could not be: %v", err)
	}
}

// TestEachInterrupted interrupts a batch before it starts: it says so,
// with the status shells give an interrupt, and writes no index.
func TestEachInterrupted(t *testing.T) {
	root := t.TempDir()
	dst := filepath.Join(root, "northwind")
	if err := os.MkdirAll(dst, 0o755); err != nil {
		t.Fatal(err)
	}
	copyFile(t, filepath.Join(northwind, "NWPS_q4_2023.txt"), filepath.Join(dst, "NWPS_q4_2023.txt"))
	out := filepath.Join(t.TempDir(), "reports")
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	var stdout, stderr bytes.Buffer
	if got := runContext(ctx, []string{"report", "--each", root, "-o", out}, &stdout, &stderr); got != exitInterrupted {
		t.Errorf("exit status %d, want %d; stderr:\n%s", got, exitInterrupted, stderr.String())
	}
	if want := "interrupted after 0 of 1 companies"; !strings.Contains(stderr.String(), want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr.String())
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("an interrupted batch wrote an index: %v", err)
	}
}

// TestReportFrom draws each testdata company's report from the JSON qoq
// compare writes: the same bytes as the report drawn from its calls. And
// it refuses what --from cannot take.
func TestReportFrom(t *testing.T) {
	dir := t.TempDir()
	for _, company := range []string{"northwind", "larkspur", "quillon"} {
		calls := filepath.Join("..", "..", "testdata", "calls", company)
		var js, stderr bytes.Buffer
		if st := run([]string{"compare", "--format", "json", calls}, &js, &stderr); st != exitOK {
			t.Fatalf("%s: compare: status %d: %s", company, st, stderr.String())
		}
		from := filepath.Join(dir, company+".json")
		if err := os.WriteFile(from, js.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		direct, again := filepath.Join(dir, company+".html"), filepath.Join(dir, company+"-from.html")
		if st := run([]string{"report", "-o", direct, calls}, io.Discard, &stderr); st != exitOK {
			t.Fatalf("%s: report: status %d: %s", company, st, stderr.String())
		}
		args := []string{"report", "--from", from, "-o", again}
		if cfg := filepath.Join(calls, "qoq.yaml"); fileExists(cfg) {
			args = append(args, "--config", cfg) // the featured metrics
		}
		if st := run(args, io.Discard, &stderr); st != exitOK {
			t.Fatalf("%s: report --from: status %d: %s", company, st, stderr.String())
		}
		a, _ := os.ReadFile(direct)
		b, _ := os.ReadFile(again)
		if len(a) == 0 || !bytes.Equal(a, b) {
			t.Errorf("%s: the report from the comparison's JSON (%d bytes) differs from the report from the calls (%d bytes)", company, len(b), len(a))
		}
	}
	bad := filepath.Join(dir, "facts.json")
	if err := os.WriteFile(bad, []byte(`{"schema": "qoq.facts/v1", "documents": []}`), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		args   []string
		status int
		errOut string
	}{
		{"and calls", []string{"report", "--from", bad, northwind}, exitUsage, "name no calls"},
		{"and a quarter", []string{"report", "--from", bad, "--quarter", "2023Q2"}, exitUsage, "give them to qoq compare instead"},
		{"not a comparison", []string{"report", "--from", bad, "-o", filepath.Join(dir, "x.html")}, exitNoDoc, "facts.json: schema \"qoq.facts/v1\""},
		{"missing", []string{"report", "--from", filepath.Join(dir, "none.json"), "-o", filepath.Join(dir, "x.html")}, exitNoDoc, "none.json"},
	}
	for _, tt := range tests {
		var stderr bytes.Buffer
		if st := run(tt.args, io.Discard, &stderr); st != tt.status || !strings.Contains(stderr.String(), tt.errOut) {
			t.Errorf("%s: status %d, stderr %q; want %d and %q", tt.name, st, stderr.String(), tt.status, tt.errOut)
		}
	}
	if fileExists(filepath.Join(dir, "x.html")) {
		t.Error("a failed run left a report behind")
	}
}

func fileExists(name string) bool {
	_, err := os.Stat(name)
	return err == nil
}

// TestPipes reads a folder of calls holding named pipes, as a careless
// user leaves them: the run neither blocks nor fails, and names each pipe.
func TestPipes(t *testing.T) {
	dir := t.TempDir()
	copyFile(t, filepath.Join(northwind, "NWPS_q4_2023.txt"), filepath.Join(dir, "NWPS_q4_2023.txt"))
	for _, name := range []string{"NWPS_q3_2023.txt", "old-report.html"} {
		if err := syscall.Mkfifo(filepath.Join(dir, name), 0o644); err != nil {
			t.Skipf("no named pipes here: %v", err)
		}
	}
	var stderr bytes.Buffer
	if st := run([]string{"compare", dir}, io.Discard, &stderr); st != exitOK {
		t.Fatalf("status %d: %s", st, stderr.String())
	}
	for _, name := range []string{"NWPS_q3_2023.txt: not a regular file: a named pipe", "old-report.html: not a regular file"} {
		if !strings.Contains(stderr.String(), name) {
			t.Errorf("stderr does not say %q:\n%s", name, stderr.String())
		}
	}
}

// TestEachNames refuses, before any work, company folders whose reports
// would share a name, and follows a linked company folder.
func TestEachNames(t *testing.T) {
	for _, tt := range []struct {
		folders []string
		errOut  string
	}{
		{[]string{"index", "index-report"}, "the report of folder index-report would be index-report.html, as that of folder index is"},
		{[]string{"ACME", "acme"}, "the report of folder acme would be acme.html, as that of folder ACME is"},
	} {
		dir := t.TempDir()
		for _, f := range tt.folders {
			if err := os.Mkdir(filepath.Join(dir, f), 0o755); err != nil {
				t.Fatal(err)
			}
			copyFile(t, filepath.Join(northwind, "NWPS_q4_2023.txt"), filepath.Join(dir, f, "NWPS_q4_2023.txt"))
		}
		out := filepath.Join(t.TempDir(), "reports")
		var stderr bytes.Buffer
		if st := run([]string{"report", "--each", dir, "-o", out}, io.Discard, &stderr); st != exitWrite || !strings.Contains(stderr.String(), tt.errOut) {
			t.Errorf("%v: status %d, stderr %q; want %d and %q", tt.folders, st, stderr.String(), exitWrite, tt.errOut)
		}
		if fileExists(out) {
			t.Errorf("%v: the refused run wrote %s", tt.folders, out)
		}
	}
	dir, elsewhere := t.TempDir(), t.TempDir()
	copyFile(t, filepath.Join(northwind, "NWPS_q4_2023.txt"), filepath.Join(elsewhere, "NWPS_q4_2023.txt"))
	if err := os.Symlink(elsewhere, filepath.Join(dir, "northwind")); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "reports")
	var stderr bytes.Buffer
	if st := run([]string{"report", "--each", dir, "-o", out}, io.Discard, &stderr); st != exitOK || !fileExists(filepath.Join(out, "northwind.html")) {
		t.Errorf("a linked company folder: status %d, %s", st, stderr.String())
	}
}
