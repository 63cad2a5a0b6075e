package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/google/renameio/v2"

	"qoq/render"
)

// errWrite marks a failure to write an output: the run read its inputs
// but could not, or would not, write what it made.
var errWrite = errors.New("output not written")

// writeFileAtomic writes data to path so that a reader, or a failure, never
// sees half a file: it writes a temporary file beside path, syncs it and
// renames it over path.
func writeFileAtomic(path string, data []byte) error {
	return writeAtomic(path, bytes.NewReader(data))
}

// writeAtomic writes what r reads to path, atomically: when reading or
// writing fails, path is left as it was and the temporary file removed.
// The directory path is in is created when it does not exist.
func writeAtomic(path string, r io.Reader) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return fmt.Errorf("%w: creating the folder of %s: %v", errWrite, path, err)
	}
	t, err := renameio.NewPendingFile(path, renameio.WithPermissions(0o644))
	if err != nil {
		return fmt.Errorf("%w: writing %s: %v", errWrite, path, err)
	}
	defer t.Cleanup()
	if _, err := io.Copy(t, r); err != nil {
		return fmt.Errorf("%w: writing %s: %v", errWrite, path, err)
	}
	if err := t.CloseAtomicallyReplace(); err != nil {
		return fmt.Errorf("%w: writing %s: %v", errWrite, path, err)
	}
	return nil
}

// A target is a kind of file qoq writes: the flag that names it, the
// extension of its file, what one of qoq's own is called, and how to tell
// one by its first bytes.
type target struct {
	flag, ext, ours string
	isOurs          func(head []byte) bool
}

// reportTarget is a report; pdfTarget its PDF.
func reportTarget() target {
	return target{"-o", ".html", "a report qoq wrote", func(head []byte) bool { return bytes.Contains(head, []byte(render.Generator)) }}
}

func pdfTarget() target {
	return target{"--pdf", ".pdf", "a PDF", func(head []byte) bool { return bytes.HasPrefix(head, []byte("%PDF-")) }}
}

// check refuses to write to path when path is one of the inputs, a
// directory, or an existing file that is not one of qoq's own (unless
// force).
func (t target) check(path string, inputs []string, force bool) error {
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil // neither an input nor anything else
	case err != nil:
		return fmt.Errorf("%w: %s: %v", errWrite, path, err)
	case st.IsDir():
		return fmt.Errorf("%w: %s is a directory; name the file, e.g. %s %s", errWrite, path, t.flag, filepath.Join(path, "report"+t.ext))
	}
	for _, in := range inputs {
		if ist, err := os.Stat(in); err == nil && os.SameFile(st, ist) {
			return fmt.Errorf("%w: %s is one of the calls read; choose another file with %s", errWrite, path, t.flag)
		}
	}
	if force {
		return nil
	}
	head, err := readHead(path)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", errWrite, path, err)
	}
	if !t.isOurs(head) {
		return fmt.Errorf("%w: %s exists and is not %s; choose another file with %s, or pass --force to replace it", errWrite, path, t.ours, t.flag)
	}
	return nil
}

// sameFile reports whether paths a and b name the same file, existing or
// to be written.
func sameFile(a, b string) bool {
	sa, errA := os.Stat(a)
	sb, errB := os.Stat(b)
	if errA == nil && errB == nil {
		return os.SameFile(sa, sb)
	}
	absA, errA := filepath.Abs(a)
	absB, errB := filepath.Abs(b)
	return errA == nil && errB == nil && absA == absB
}

// readHead returns the first bytes of the file at path, enough to hold
// the generator mark of a report.
func readHead(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	head := make([]byte, 2048)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return nil, err
	}
	return head[:n], nil
}
