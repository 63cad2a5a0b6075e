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

// checkTarget refuses to write a report to path when path is one of the
// inputs, or an existing file that is not one of qoq's reports (unless
// force).
func checkTarget(path string, inputs []string, force bool) error {
	if err := notInput(path, inputs, "-o"); err != nil {
		return err
	}
	st, err := os.Stat(path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		return nil
	case err != nil:
		return fmt.Errorf("%w: %s: %v", errWrite, path, err)
	case st.IsDir():
		return fmt.Errorf("%w: %s is a directory; name the report's file, e.g. -o %s", errWrite, path, filepath.Join(path, "report.html"))
	case force:
		return nil
	}
	ours, err := isReport(path)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", errWrite, path, err)
	}
	if !ours {
		return fmt.Errorf("%w: %s exists and is not a report qoq wrote; choose another file with -o, or pass --force to replace it", errWrite, path)
	}
	return nil
}

// notInput refuses path when it is one of the inputs; flag names the
// option that chose path.
func notInput(path string, inputs []string, flag string) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", errWrite, path, err)
	}
	for _, in := range inputs {
		if a, err := filepath.Abs(in); err == nil && a == abs {
			return fmt.Errorf("%w: %s is one of the calls read; choose another file with %s", errWrite, path, flag)
		}
	}
	return nil
}

// isReport reports whether the file at path is one of qoq's reports: its
// head carries qoq's generator mark.
func isReport(path string) (bool, error) {
	f, err := os.Open(path)
	if err != nil {
		return false, err
	}
	defer f.Close()
	head := make([]byte, 2048)
	n, err := io.ReadFull(f, head)
	if err != nil && !errors.Is(err, io.ErrUnexpectedEOF) && !errors.Is(err, io.EOF) {
		return false, err
	}
	return bytes.Contains(head[:n], []byte(render.Generator)), nil
}
