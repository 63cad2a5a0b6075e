// Command qoqscore scores qoq's extraction against the corpus of earnings
// calls whose headline figures an expert summarized.
//
//	qoqscore [-calls DIR] [-v] [-metric eps] [-n N] [-sample K] [-j J]
//
// For each call TICKER_qN_YYYY.txt it reads TICKER_qN_YYYY.summary, turns
// its lines into expected figures (see package corpus), keeps those the
// call's text states, extracts the call and counts how many the extraction
// found. It prints the scorer's own coverage (lines parsed, figures
// expected and stated, lines skipped and why), then recall by metric and
// by scenario. -v lists every miss with the facts closest to it.
//
// Flags:
//
//	-calls DIR   the corpus (default: ../shared/corpus/calls beside the repo)
//	-v           list the misses
//	-metric M    score one metric only: eps, revenue, net_income, ebitda,
//	             ffo_per_share, free_cash_flow or capex
//	-n N         score only the first N calls, by name
//	-sample K    score K calls spread evenly over the corpus
//	-j J         calls read at once (default: the number of CPUs)
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"

	"qoq/extract"
	"qoq/facts"
	"qoq/fiscal"
	"qoq/internal/corpus"
	"qoq/transcript"
)

func main() {
	// extract reads one call and returns its facts. The call's quarter is
	// left for extraction to decide, as it does for users: from the file
	// name, which the corpus names by fiscal quarter.
	x := extract.New(extract.Options{})
	extract := func(path string, _ fiscal.Period) (facts.Document, error) {
		return extractWith(x, path)
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr, extract))
}

// config is what the command line asks for.
type config struct {
	calls   string
	verbose bool
	metric  string
	first   int
	sample  int
	workers int
}

// run is the command without its process: it returns the exit status.
func run(args []string, stdout, stderr io.Writer, extract corpus.Extractor) int {
	cfg, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "qoqscore:", err)
		return 2
	}
	if err := score(cfg, stdout, extract); err != nil {
		fmt.Fprintln(stderr, "qoqscore:", err)
		return 1
	}
	return 0
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var cfg config
	fs := flag.NewFlagSet("qoqscore", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&cfg.calls, "calls", "", "corpus `dir`ectory (default ../shared/corpus/calls beside the repo)")
	fs.BoolVar(&cfg.verbose, "v", false, "list the misses")
	fs.StringVar(&cfg.metric, "metric", "", "score only this `metric`: "+strings.Join(corpus.Metrics(), ", "))
	fs.IntVar(&cfg.first, "n", 0, "score only the first `N` calls")
	fs.IntVar(&cfg.sample, "sample", 0, "score `K` calls spread evenly over the corpus")
	fs.IntVar(&cfg.workers, "j", runtime.NumCPU(), "calls read at once")
	if err := fs.Parse(args); err != nil {
		return config{}, err
	}
	if fs.NArg() > 0 {
		return config{}, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if cfg.metric != "" && !slices.Contains(corpus.Metrics(), cfg.metric) {
		return config{}, fmt.Errorf("-metric %q: want one of %s", cfg.metric, strings.Join(corpus.Metrics(), ", "))
	}
	if cfg.first < 0 || cfg.sample < 0 {
		return config{}, errors.New("-n and -sample take a count of calls, 0 or more")
	}
	return cfg, nil
}

// score lists the calls, scores them and prints the report.
func score(cfg config, w io.Writer, extract corpus.Extractor) error {
	dir := cfg.calls
	if dir == "" {
		var err error
		if dir, err = defaultCalls(); err != nil {
			return err
		}
	}
	calls, err := corpus.Calls(dir)
	if err != nil {
		return err
	}
	if len(calls) == 0 {
		return fmt.Errorf("%s: no calls (TICKER_qN_YYYY.txt with a .summary)", dir)
	}
	calls = corpus.Sample(calls, cfg.sample)
	if cfg.first > 0 && cfg.first < len(calls) {
		calls = calls[:cfg.first]
	}
	r, err := corpus.Score(calls, extract, corpus.Options{Metric: cfg.metric, Workers: cfg.workers})
	if err != nil {
		return err
	}
	return r.Write(w, cfg.verbose)
}

// defaultCalls is ../shared/corpus/calls beside the root of the repo that
// holds the working directory.
func defaultCalls() (string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("find the corpus: %w", err)
	}
	for dir := wd; ; dir = filepath.Dir(dir) {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return filepath.Join(dir, "..", "shared", "corpus", "calls"), nil
		}
		if filepath.Dir(dir) == dir {
			return "", fmt.Errorf("find the corpus: no go.mod above %s; give -calls", wd)
		}
	}
}

// extractWith reads the call at path and extracts its facts with x.
func extractWith(x *extract.Extractor, path string) (facts.Document, error) {
	d, err := transcript.ReadFile(path)
	if err != nil {
		return facts.Document{}, err
	}
	return x.Extract(d), nil
}
