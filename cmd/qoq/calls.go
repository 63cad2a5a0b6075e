package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"golang.org/x/sync/errgroup"

	"qoq/extract"
	"qoq/facts"
	"qoq/transcript"
)

// callExts are the extensions of the files a directory's calls are read
// from.
var callExts = []string{".txt", ".htm", ".html"}

// expand turns the arguments into call files: a directory stands for the
// calls in it (sorted), a file for itself, once however often it is named.
// The reports qoq wrote are not calls: a directory's are passed over (a
// report is often kept beside the calls it was built from), and one named
// is an error.
func expand(args []string) ([]string, error) {
	var files []string
	var seen []os.FileInfo // the files kept
	add := func(path string) {
		st, err := os.Stat(path)
		if err == nil {
			if slices.ContainsFunc(seen, func(s os.FileInfo) bool { return os.SameFile(s, st) }) {
				return
			}
			seen = append(seen, st)
		}
		files = append(files, path) // a file that cannot be read is said when read
	}
	for _, a := range args {
		st, err := os.Stat(a)
		if err != nil || !st.IsDir() {
			if err == nil && ownOutput(a) {
				return nil, fmt.Errorf("%s is a report qoq wrote, not a call: name the calls it was built from", a)
			}
			add(a)
			continue
		}
		entries, err := os.ReadDir(a)
		if err != nil {
			return nil, inputError{fmt.Errorf("reading the folder %s: %w", a, cause(err))}
		}
		n := 0
		for _, e := range entries {
			p := filepath.Join(a, e.Name())
			if e.IsDir() || !slices.Contains(callExts, strings.ToLower(filepath.Ext(e.Name()))) || ownOutput(p) {
				continue
			}
			add(p)
			n++
		}
		if n == 0 {
			return nil, inputError{fmt.Errorf("%s holds no call (files ending in %s)", a, strings.Join(callExts, ", "))}
		}
	}
	return files, nil
}

// ownOutput reports whether the file at path is an HTML page qoq wrote: a
// report or a batch's index.
func ownOutput(path string) bool {
	if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
		return false // a pipe or a device is not read, here or anywhere
	}
	switch strings.ToLower(filepath.Ext(path)) {
	case ".htm", ".html":
		head, err := readHead(path)
		return err == nil && reportTarget().isOurs(head)
	}
	return false
}

// readCalls reads and extracts the calls, on all cores, reporting those
// that cannot be read and the notes on those that can to stderr. It returns
// the documents in the order of the files; when ctx is done, it stops and
// returns an error that is errInterrupted.
func readCalls(ctx context.Context, stderr io.Writer, opts extract.Options, limit int64, files []string) ([]facts.Document, error) {
	docs, skipped, err := readAll(ctx, opts, limit, files)
	if err != nil {
		return nil, err
	}
	for _, msg := range skipped {
		fmt.Fprintf(stderr, "qoq: %s\n", msg)
	}
	// a note several calls share is said once, naming them
	var notes []string
	named := map[string][]string{} // note: the calls with it
	for _, d := range docs {
		for _, n := range d.Notes {
			if named[n] == nil {
				notes = append(notes, n)
			}
			named[n] = append(named[n], d.File)
		}
	}
	for _, n := range notes {
		switch f := named[n]; len(f) {
		case 1:
			fmt.Fprintf(stderr, "qoq: %s: note: %s\n", f[0], n)
		default:
			fmt.Fprintf(stderr, "qoq: note on %d calls (%s): %s\n", len(f), strings.Join(f, ", "), n)
		}
	}
	return docs, nil
}

// readAll reads and extracts the calls on all cores. It returns the
// documents in the order of the files, and why each file that could not be
// read could not. When ctx is done, it stops, within a millisecond of
// work, and returns an error that is errInterrupted.
func readAll(ctx context.Context, opts extract.Options, limit int64, files []string) (docs []facts.Document, skipped []string, err error) {
	x := extract.New(opts)
	read := make([]*transcript.Document, len(files))
	errs := make([]error, len(files))
	var g errgroup.Group
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, name := range files {
		g.Go(func() error {
			read[i], errs[i] = transcript.ReadFileLimit(ctx, name, limit)
			return nil
		})
	}
	_ = g.Wait()
	if ctx.Err() != nil {
		return nil, nil, fmt.Errorf("%w while the calls were read", errInterrupted)
	}
	var ok []*transcript.Document
	for i, err := range errs {
		if err != nil {
			skipped = append(skipped, readError(files[i], err))
			continue
		}
		ok = append(ok, read[i])
	}
	// a company's calls teach the names of its parts together
	if docs, err = x.ExtractAll(ctx, ok); err != nil {
		return nil, nil, fmt.Errorf("%w while the calls were read", errInterrupted)
	}
	return docs, skipped, nil
}
