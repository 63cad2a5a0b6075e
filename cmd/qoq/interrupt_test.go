package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain runs qoq's main when the test binary is started as qoq by
// TestSignals, so that a signal reaches the real thing.
func TestMain(m *testing.M) {
	if os.Getenv("QOQ_TEST_MAIN") == "1" {
		os.Args = append([]string{"qoq"}, os.Args[1:]...)
		main()
	}
	os.Exit(m.Run())
}

// bigCalls writes Northwind's calls and a last one of about 30 MB (its own
// text many times over): minutes of work, stopped long before.
func bigCalls(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, q := range []string{"NWPS_q1_2023.txt", "NWPS_q2_2023.txt", "NWPS_q3_2023.txt"} {
		copyFile(t, filepath.Join(northwind, q), filepath.Join(dir, q))
	}
	body := mustRead(t, filepath.Join(northwind, "NWPS_q4_2023.txt"))
	write(t, filepath.Join(dir, "NWPS_q4_2023.txt"), strings.Repeat(string(body), 30<<20/len(body)), 0o644)
	return dir
}

// TestInterrupt stops a report at 300 ms of work: the run returns within
// a second with status 130, and writes nothing.
func TestInterrupt(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 30 MB")
	}
	dir := bigCalls(t)
	out := filepath.Join(t.TempDir(), "report.html")
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan time.Time, 1)
	go func() {
		time.Sleep(300 * time.Millisecond)
		stopped <- time.Now()
		cancel()
	}()
	var stderr bytes.Buffer
	status := runContext(ctx, []string{"report", "-o", out, dir}, &bytes.Buffer{}, &stderr)
	took := time.Since(<-stopped)
	if status != exitInterrupted || !strings.Contains(stderr.String(), "interrupted") {
		t.Errorf("status %d, stderr %q; want 130 and a word of the interruption", status, stderr.String())
	}
	if took > slowdown*time.Second {
		t.Errorf("stopped %v after the interrupt, want within a second (%d under the race detector)", took, slowdown)
	}
	if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("an interrupted run wrote its report: %v", err)
	}
}

// TestSignals sends SIGINT and SIGTERM to qoq reading a large call: it
// exits within a second, with status 130, having written nothing.
func TestSignals(t *testing.T) {
	if testing.Short() {
		t.Skip("reads 30 MB")
	}
	dir := bigCalls(t)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "report.html")
			cmd := exec.Command(os.Args[0], "report", "-o", out, dir)
			cmd.Env = append(os.Environ(), "QOQ_TEST_MAIN=1")
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			time.Sleep(500 * time.Millisecond)
			sent := time.Now()
			if err := cmd.Process.Signal(sig); err != nil {
				t.Fatal(err)
			}
			err := cmd.Wait()
			took := time.Since(sent)
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != exitInterrupted {
				t.Errorf("exit %v, want status 130; stderr:\n%s", err, stderr.String())
			}
			if took > slowdown*time.Second {
				t.Errorf("exited %v after %v, want within a second (%d under the race detector)", took, sig, slowdown)
			}
			if _, err := os.Stat(out); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("an interrupted run wrote its report: %v", err)
			}
		})
	}
}
