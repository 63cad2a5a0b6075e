// Package shared finds the material the project shares with its CI but does
// not keep in git: the seed call and its gold figures, the corpus of real
// calls, and the output contract. It lives in ../shared beside the
// checkout, or where $QOQ_SHARED says.
//
// Tests call Dir, which skips the test with a clear message when the
// material is absent, so that a checkout without it still passes.
package shared

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Root returns the shared directory, or "" when there is none.
func Root() string {
	if d := os.Getenv("QOQ_SHARED"); d != "" {
		return d
	}
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		return ""
	}
	// this file is <repo>/internal/shared/shared.go; shared is <repo>/../shared
	d := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	if st, err := os.Stat(d); err != nil || !st.IsDir() {
		return ""
	}
	return d
}

// Dir returns the path of parts inside the shared directory, skipping tb
// when it does not exist.
func Dir(tb testing.TB, parts ...string) string {
	tb.Helper()
	root := Root()
	p := filepath.Join(append([]string{root}, parts...)...)
	if root == "" {
		tb.Skipf("skipping: the shared material (../shared beside the checkout, or $QOQ_SHARED) is absent, so %s cannot be read", filepath.Join(parts...))
	}
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("skipping: %s is absent from the shared material: %v", filepath.Join(parts...), err)
	}
	return p
}
