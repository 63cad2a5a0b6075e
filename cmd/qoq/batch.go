package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/sync/errgroup"

	"qoq/internal/echo"
	"qoq/render"
)

// errSomeFailed marks a batch in which some companies could not be
// reported; the others were.
var errSomeFailed = errors.New("some companies could not be reported")

// runEach writes one report per company folder of dir into the output
// directory, and an index linking them. One company's failure does not stop
// the others; the end lists the failures.
func (f reportFlags) runEach(ctx context.Context, stderr io.Writer, dir string) error {
	companies, err := companyDirs(dir)
	if err != nil {
		return err
	}
	r, err := render.New()
	if err != nil {
		return err
	}
	if err := uniqueReports(companies); err != nil {
		return err
	}
	outDir := f.out
	for _, name := range companies {
		if sameFile(outDir, filepath.Join(dir, name)) {
			return fmt.Errorf("%w: -o %s is the folder of %s's calls; write the reports elsewhere, e.g. -o reports", errWrite, outDir, name)
		}
	}
	if err := os.MkdirAll(outDir, 0o755); err != nil {
		return fmt.Errorf("%w: creating %s: %v", errWrite, outDir, err)
	}
	if err := reportTarget().check(filepath.Join(outDir, "index.html"), nil, f.force); err != nil {
		return err
	}
	entries := make([]render.Entry, len(companies))
	bar := progress(stderr, len(companies))
	var mu sync.Mutex // guards bar
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, name := range companies {
		g.Go(func() error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			entries[i] = f.reportCompany(ctx, r, filepath.Join(dir, name), name, outDir)
			if ctx.Err() != nil {
				return ctx.Err()
			}
			mu.Lock()
			defer mu.Unlock()
			if bar != nil {
				_ = bar.Add(1)
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		done := 0
		for _, e := range entries {
			if e.Report != "" {
				done++
			}
		}
		return fmt.Errorf("%w after %d of %d companies: each report written is whole; no index was written", errInterrupted, done, len(companies))
	}
	if bar != nil {
		_ = bar.Finish()
		fmt.Fprintln(stderr)
	}
	index, err := r.Index(entries, version)
	if err != nil {
		return err
	}
	indexPath := filepath.Join(outDir, "index.html")
	if err := writeFileAtomic(indexPath, index); err != nil {
		return err
	}
	var failed []render.Entry
	for _, e := range entries {
		if e.Err != "" {
			failed = append(failed, e)
		}
	}
	fmt.Fprintf(stderr, "qoq: wrote %d report%s and %s\n", len(entries)-len(failed), plural(len(entries)-len(failed)), indexPath)
	if len(failed) == 0 {
		return nil
	}
	fmt.Fprintf(stderr, "qoq: %d of %d companies could not be reported:\n", len(failed), len(entries))
	for _, e := range failed {
		fmt.Fprintf(stderr, "  %s: %s\n", filepath.Join(dir, e.Folder), e.Err)
	}
	if len(failed) == len(entries) {
		return errNoDocument
	}
	return errSomeFailed
}

// companyDirs lists the company folders of dir, sorted.
func companyDirs(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("--each %s: %w", dir, err)
	}
	var names []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		isDir := e.IsDir()
		if e.Type()&os.ModeSymlink != 0 {
			// a linked company folder is followed
			st, err := os.Stat(filepath.Join(dir, e.Name()))
			isDir = err == nil && st.IsDir()
		}
		if isDir {
			names = append(names, e.Name())
		}
	}
	if len(names) == 0 {
		return nil, fmt.Errorf("--each %s: no company folder in it (put each company's calls in a folder of its own: %s/ACME/, %s/GLOBEX/ …)", dir, dir, dir)
	}
	slices.Sort(names)
	return names, nil
}

// reportCompany writes the report on the calls of one company folder into
// outDir, named by reportFile.
// When ctx is done, it stops before writing.
func (f reportFlags) reportCompany(ctx context.Context, r *render.Renderer, dir, name, outDir string) (e render.Entry) {
	e = render.Entry{Company: name, Folder: name}
	fail := func(err error) render.Entry {
		e.Err = err.Error()
		return e
	}
	defer func() {
		// a bug met on one company's calls must not stop the others
		if r := recover(); r != nil {
			e.Err = fmt.Sprintf("qoq failed on these calls (a bug; please report it with the calls): %v", r)
			e.Report = ""
		}
	}()
	files, err := expand([]string{dir})
	if err != nil {
		return fail(err)
	}
	s, err := f.settings([]string{dir})
	if err != nil {
		return fail(err)
	}
	docs, skipped, err := readAll(ctx, s.x, f.limit(), files)
	if err != nil {
		return fail(err)
	}
	e.Skipped = skipped
	if len(docs) == 0 {
		return fail(fmt.Errorf("none of its %d files could be read as a call: %s", len(files), strings.Join(skipped, "; ")))
	}
	out := filepath.Join(outDir, reportFile(name))
	if err := reportTarget().check(out, s.read(files), f.force); err != nil {
		return fail(err)
	}
	c, page, err := s.build(r, docs, f.quarters)
	if err != nil {
		return fail(err)
	}
	if ctx.Err() != nil {
		return fail(errInterrupted)
	}
	if err := writeFileAtomic(out, page); err != nil {
		return fail(err)
	}
	if c.Company != "" {
		e.Company = c.Company
	}
	e.Report = reportFile(name)
	e.Quarter, e.Calls = c.Current.String(), len(c.Calls)
	e.Problems, e.Unattributed = c.Problems(), c.Unattributed()
	return e
}

// reportFile names the report on a company folder: after the folder, and
// never index.html, which is the batch's index.
// uniqueReports refuses, before any work, company folders whose reports
// would have one name, on a file system that ignores case too, or the
// index's.
func uniqueReports(companies []string) error {
	seen := map[string]string{"index.html": "the index"}
	for _, name := range companies {
		file := strings.ToLower(reportFile(name))
		if other, ok := seen[file]; ok {
			return fmt.Errorf("%w: the report of folder %s would be %s, as that of %s is: rename one of the folders", errWrite, name, reportFile(name), other)
		}
		seen[file] = "folder " + name
	}
	return nil
}

func reportFile(name string) string {
	if strings.EqualFold(name, "index") {
		return name + "-report.html"
	}
	return name + ".html"
}

// progress returns a progress bar on stderr when it is a terminal, nil
// otherwise. The bar redraws itself with control characters: it writes to
// the terminal itself, not through the writer that strips them.
func progress(stderr io.Writer, n int) *progressbar.ProgressBar {
	if w, ok := stderr.(*echo.Writer); ok {
		stderr = w.Underlying()
	}
	if !isTerminal(stderr) {
		return nil
	}
	return progressbar.NewOptions(n, progressbar.OptionSetWriter(stderr), progressbar.OptionSetDescription("companies"),
		progressbar.OptionShowCount(), progressbar.OptionSetPredictTime(true), progressbar.OptionClearOnFinish())
}
