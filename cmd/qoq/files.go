package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"syscall"

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
// The temporary file is made beside path (a rename never crosses file
// systems, and no copy of the report lands elsewhere), with path's mode
// when path exists and 0644, less the umask, when it does not. The
// directory path is in is created when it does not exist.
func writeAtomic(path string, r io.Reader) error {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("%w: creating the folder of %s: %v", errWrite, path, cause(err))
	}
	t, err := renameio.NewPendingFile(path, renameio.WithTempDir(dir), renameio.WithPermissions(0o644), renameio.WithExistingPermissions())
	if err != nil {
		return fmt.Errorf("%w: writing %s: %v", errWrite, path, cause(err))
	}
	defer t.Cleanup()
	if _, err := io.Copy(t, r); err != nil {
		return fmt.Errorf("%w: writing %s: %v", errWrite, path, cause(err))
	}
	if err := t.CloseAtomicallyReplace(); err != nil {
		return fmt.Errorf("%w: writing %s: %v", errWrite, path, cause(err))
	}
	return nil
}

// cause returns what went wrong in err without the file names it carries,
// one of which may be the temporary file: the caller names the user's.
func cause(err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}

// writable reports, by making and removing an empty file there, whether
// files can be made in dir or, when dir does not exist yet, in the
// nearest folder above it that does.
func writable(path, dir string) error {
	for {
		st, err := os.Stat(dir)
		if err == nil && !st.IsDir() {
			return fmt.Errorf("%w: %s: %s is not a folder", errWrite, path, dir)
		}
		if err == nil {
			break
		}
		up := filepath.Dir(dir)
		if up == dir || !errors.Is(err, os.ErrNotExist) {
			return fmt.Errorf("%w: %s: %v", errWrite, path, cause(err))
		}
		dir = up
	}
	f, err := os.CreateTemp(dir, ".qoq-probe-*")
	if err != nil {
		return fmt.Errorf("%w: %s: files cannot be written in %s: %v", errWrite, path, dir, cause(err))
	}
	f.Close()
	return os.Remove(f.Name())
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
	return target{"-o", ".html", "a report qoq wrote", render.IsReport}
}

func pdfTarget() target {
	return target{"--pdf", ".pdf", "a PDF", func(head []byte) bool { return bytes.HasPrefix(head, []byte("%PDF-")) }}
}

// check refuses, before any work, to write to path when path is empty, a
// symbolic link, a directory or another file that is not a regular one,
// or one of the inputs (calls and config), --force or not; or an existing
// file that is not one of qoq's own, unless force; or when its folder
// cannot be written in.
func (t target) check(path string, inputs []string, force bool) error {
	if path == "" {
		return fmt.Errorf("%s \"\": name the file to write, e.g. %s report%s", t.flag, t.flag, t.ext)
	}
	st, err := os.Lstat(path)
	switch {
	case errors.Is(err, os.ErrNotExist) || errors.Is(err, syscall.ENOTDIR):
		return writable(path, filepath.Dir(path))
	case err != nil:
		return fmt.Errorf("%w: %s: %v", errWrite, path, cause(err))
	case st.Mode()&os.ModeSymlink != 0:
		return fmt.Errorf("%w: %s is a symbolic link; qoq replaces only a regular file: name the file it points to, or another, with %s", errWrite, path, t.flag)
	case st.IsDir():
		return fmt.Errorf("%w: %s is a directory; name the file, e.g. %s %s", errWrite, path, t.flag, filepath.Join(path, "report"+t.ext))
	case !st.Mode().IsRegular():
		return fmt.Errorf("%w: %s is not a regular file (a device, pipe or socket); choose another file with %s", errWrite, path, t.flag)
	}
	for _, in := range inputs {
		if ist, err := os.Stat(in); err == nil && os.SameFile(st, ist) {
			return fmt.Errorf("%w: %s is one of the files this run reads; choose another file with %s", errWrite, path, t.flag)
		}
	}
	if !force {
		head, err := readHead(path)
		if err != nil {
			return fmt.Errorf("%w: %s: %v", errWrite, path, cause(err))
		}
		if !t.isOurs(head) {
			return fmt.Errorf("%w: %s exists and is not %s; choose another file with %s, or pass --force to replace it", errWrite, path, t.ours, t.flag)
		}
	}
	return writable(path, filepath.Dir(path))
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
