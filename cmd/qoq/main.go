// Command qoq reads the transcripts of a company's successive earnings calls
// and writes a quarter-over-quarter comparison: the figures each call states,
// lined up by fiscal period, with every change computed exactly and checked
// against what the speakers said.
//
// Run "qoq help" for the commands, and "qoq help report" for one of them.
//
// Exit status: 0 on success; 1 when no input could be read as a call; 2 on
// a usage error (a bad flag, argument or qoq.yaml); 3 when an output could
// not, or would not, be written; 4 when a batch (report --each) reported
// some companies but not all; 130 when interrupted.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"qoq/compare"
	"qoq/config"
	"qoq/internal/echo"
)

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// Exit statuses.
const (
	exitOK    = 0
	exitNoDoc = 1 // no file yielded a document
	exitUsage = 2 // bad flags or arguments
	exitWrite = 3 // an output could not, or would not, be written
	exitSome  = 4 // a batch reported some companies, not all

	exitInterrupted = 130 // stopped by an interrupt, as shells report it
)

// version is set at link time: -ldflags "-X main.version=v1.2.3".
var version = "dev"

// errNoDocument reports that none of the inputs could be read.
var errNoDocument = errors.New("no file could be read as a call")

// errNoComparison reports that report --from could not read its
// comparison.
var errNoComparison = errors.New("no comparison could be read")

// errInterrupted marks a run stopped by an interrupt (Ctrl-C) or SIGTERM.
var errInterrupted = errors.New("interrupted")

// An inputError is an input that could not be read at all: a folder that
// cannot be listed, or that holds no call. Its status is that of no call
// read.
type inputError struct{ error }

func (e inputError) Unwrap() error { return e.error }

// isConfigError reports whether err is a mistake in a configuration file,
// which the message places by file and line: a usage error, without the
// hint to read the usage.
func isConfigError(err error) bool {
	var ce *config.Error
	return errors.As(err, &ce) || errors.Is(err, compare.ErrCorrectsNothing)
}

func main() {
	// an interrupt stops a run between files: what was written is whole
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	go func() {
		<-ctx.Done()
		stop() // a second Ctrl-C kills at once
	}()
	status := runContext(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(status)
}

// run runs qoq with args, writing to stdout and stderr, and returns the
// exit status.
func run(args []string, stdout, stderr io.Writer) int {
	return runContext(context.Background(), args, stdout, stderr)
}

// runContext is run, stopped when ctx is done.
//
// Nothing from outside reaches a terminal raw: what is written to stderr,
// and to stdout when it is a terminal, is stripped of control characters.
func runContext(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	stderr = echo.NewWriter(stderr)
	if isTerminal(stdout) {
		stdout = echo.NewWriter(stdout)
	}
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if err != nil && ctx.Err() != nil && !errors.Is(err, errInterrupted) {
		err = fmt.Errorf("%w: %v", errInterrupted, err)
	}
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errInterrupted):
		fmt.Fprintf(stderr, "qoq: %v\n", err)
		return exitInterrupted
	case errors.Is(err, errNoDocument), errors.Is(err, errNoComparison), errors.As(err, new(inputError)):
		fmt.Fprintf(stderr, "qoq: %v\n", err)
		return exitNoDoc
	case errors.Is(err, errSomeFailed):
		fmt.Fprintf(stderr, "qoq: %v\n", err)
		return exitSome
	case errors.Is(err, errWrite):
		fmt.Fprintf(stderr, "qoq: %v\n", err)
		return exitWrite
	case isConfigError(err):
		fmt.Fprintf(stderr, "qoq: %v\n", err)
		return exitUsage
	default:
		fmt.Fprintf(stderr, "qoq: %v\nRun 'qoq help' for usage.\n", err)
		return exitUsage
	}
}

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "qoq",
		Short: "Quarter-over-quarter comparison of earnings calls",
		Long: `qoq reads the transcripts of a company's successive earnings calls (prepared
call scripts filed as exhibits, or full transcripts with Q&A) and writes a
quarter-over-quarter report for board materials: every figure the calls state,
lined up by fiscal period, each change computed exactly and checked against
what the speakers said, every figure linked to the sentence it came from.

Figures are exact decimals; nothing is guessed silently: what qoq cannot
attribute, or finds inconsistent, it shows.

Put each company's calls in a folder of their own (plain text, HTML exhibits
or EDGAR submissions, one file a call, ideally named after the quarter:
ACME_q1_2024.txt). A qoq.yaml in the folder, when there is one, names the
company, its fiscal year end, the figures to feature, and corrections that
override what the calls say (see the README).

Exit status:
  0  done
  1  no input could be read as a call (each file is named with the reason),
     or report --from could not read its comparison
  2  usage: a bad flag, argument or qoq.yaml
  3  an output could not, or would not, be written
  4  report --each: some companies were reported, others not (listed)
  130  interrupted (Ctrl-C): every file written is whole`,
		Example: `  # the board report on the latest quarter, from a folder of calls
  qoq report calls/ -o board/report.html

  # the same comparison as a table, or as JSON for programs
  qoq compare calls/
  qoq compare --format json calls/ > comparison.json

  # every figure of one call, with its metric, period and sentence
  qoq extract calls/ACME_q1_2024.txt

  # a report for every company folder of companies/, and an index
  qoq report --each companies/ -o reports/`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(c *cobra.Command, err error) error {
		return fmt.Errorf("%s: %w", c.CommandPath(), err)
	})
	root.AddCommand(newExtract(stdout, stderr), newCompare(stdout, stderr), newReport(stdout, stderr), newVersion(stdout))
	return root
}

func newVersion(stdout io.Writer) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: "Print qoq's version",
		Args:  cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			_, err := fmt.Fprintf(stdout, "qoq %s\n", version)
			return err
		},
	}
}
