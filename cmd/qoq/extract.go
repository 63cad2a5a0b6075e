package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"qoq/compare"
	"qoq/extract"
	"qoq/facts"
	"qoq/fiscal"
	"qoq/transcript"
)

// extractFlags are the flags of qoq extract.
type extractFlags struct {
	format  string
	period  string
	fye     string
	company string
	config  string
	maxMB   int64
}

func newExtract(stdout, stderr io.Writer) *cobra.Command {
	var f extractFlags
	cmd := &cobra.Command{
		Use:   "extract [flags] FILE...",
		Short: "Find every figure in calls: metric, period, value, source",
		Long: `Extract reads each call and lists every figure it states: the metric it
measures (revenue, eps, dso, …), the segment and basis (GAAP or non-GAAP), the
fiscal period, the value as an exact decimal, any change stated with it, and
the line and sentence it came from.

Calls may be plain text (UTF-8, or Windows-1252 as older EDGAR exhibits are),
HTML exhibits (.htm, .html), or EDGAR full-submission files, from which the
call script is picked (the table says which document was read).

The quarter a call reports on is read from its text ("first quarter ended
March 31, 2004"), else from its file name (ACME_q1_2004.txt, 2004-Q1.txt,
FY24Q1.htm); --period overrides both. The fiscal year end is read from the
text where it says when a quarter ended; --fiscal-year-end overrides it.

A file that cannot be read is reported with the reason and the others are
still read; the exit status is 1 only when no file could be read.`,
		Example: `  # a readable table
  qoq extract calls/2004-Q1.txt

  # the qoq.facts/v1 JSON document, for scripts and spreadsheets
  qoq extract --format json calls/*.txt > facts.json

  # a call whose text and name do not say its quarter
  qoq extract --period 2004Q1 script.txt

  # a company whose fiscal year ends in June
  qoq extract --fiscal-year-end june calls/*.htm`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return fmt.Errorf("extract: name at least one call file, e.g. qoq extract calls/2004-Q1.txt")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			opts, err := f.options()
			if err != nil {
				return err
			}
			files, err := expand(args)
			if err != nil {
				return err
			}
			s, err := withConfig("extract", f.config, args, opts, compare.Options{})
			if err != nil {
				return err
			}
			return runExtract(cmd.Context(), stdout, stderr, f.format, s.x, f.maxMB<<20, files)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.format, "format", "table", "output format: table or json (qoq.facts/v1)")
	fl.Int64Var(&f.maxMB, "max-call-size", transcript.MaxSize>>20, maxCallSizeUsage)
	fl.StringVar(&f.period, "period", "", "the fiscal quarter the calls report on, e.g. 2004Q1 (overrides text and file name)")
	fl.StringVar(&f.fye, "fiscal-year-end", "", "the month the fiscal year ends, e.g. june or 06-30 (overrides the text)")
	fl.StringVar(&f.company, "company", "", "the company's name (overrides the text)")
	fl.StringVar(&f.config, "config", "", "the configuration file (default: qoq.yaml beside the calls)")
	return cmd
}

// options turns the flags into extraction options.
func (f extractFlags) options() (extract.Options, error) {
	var opts extract.Options
	switch f.format {
	case "table", "json":
	default:
		return opts, fmt.Errorf("extract: --format %q: want table or json", f.format)
	}
	if f.period != "" {
		p, err := fiscal.ParsePeriod(f.period)
		if err != nil || p.Kind != fiscal.Quarter {
			return opts, fmt.Errorf("extract: --period %q: want a fiscal quarter such as 2004Q1", f.period)
		}
		opts.Period = p
	}
	if f.fye != "" {
		c, err := fiscal.ParseCalendar(f.fye)
		if err != nil {
			return opts, fmt.Errorf("extract: --fiscal-year-end: %w", err)
		}
		opts.Calendar = c
	}
	opts.Company = f.company
	return opts, nil
}

// runExtract reads the files, reporting those that cannot be read, and
// writes the facts of the others in the given format.
func runExtract(ctx context.Context, stdout, stderr io.Writer, format string, opts extract.Options, limit int64, files []string) error {
	docs, err := readCalls(ctx, stderr, opts, limit, files)
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return errNoDocument
	}
	set := facts.Set{Schema: facts.Schema, Documents: docs}
	if format == "json" {
		return writeJSON(stdout, set)
	}
	return writeTable(stdout, set)
}

// readError explains why a file could not be read, and what to do.
func readError(name string, err error) string {
	msg := err.Error()
	if !strings.Contains(msg, name) {
		msg = name + ": " + msg
	}
	switch {
	case errors.Is(err, transcript.ErrEmpty):
		return msg + " (pass the call's transcript or script)"
	case errors.Is(err, transcript.ErrBinary), errors.Is(err, transcript.ErrNotTranscript):
		return msg + " (qoq reads call transcripts and scripts as text, HTML or EDGAR submissions)"
	case errors.Is(err, transcript.ErrNotRegular):
		return msg + " (qoq reads regular files only: a pipe or a device may block or never end)"
	case errors.Is(err, transcript.ErrTooLarge):
		return msg + " (--max-call-size raises the limit)"
	}
	return msg
}

// writeJSON writes a JSON document: qoq.facts/v1 or qoq.compare/v1.
func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeTable writes the facts of each document as a table for people.
func writeTable(w io.Writer, set facts.Set) error {
	for i, d := range set.Documents {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s", d.File)
		if d.Part != "" {
			fmt.Fprintf(w, " — %s", d.Part)
		}
		fmt.Fprintln(w)
		quarter := "unknown"
		if !d.Period.IsZero() {
			quarter = fmt.Sprintf("%s (from the %s)", d.Period, d.PeriodFrom)
		}
		fmt.Fprintf(w, "company %s; quarter %s; fiscal year ends in %s\n\n", orDash(d.Company), quarter, d.FiscalYearEnd)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "LINE\tMETRIC\tSEGMENT\tBASIS\tPERIOD\tVALUE\tCHANGE\tSPEAKER")
		for _, f := range d.Facts {
			per := f.Period.String()
			if f.Scenario == facts.Guidance {
				per += " outlook"
			}
			if f.PeriodAssumed {
				per += "?"
			}
			chg := ""
			if f.Change != nil {
				chg = f.Change.Format(f.Unit)
			}
			metric := f.Metric
			if f.Variant != "" {
				metric += " (" + strings.ReplaceAll(f.Variant, "_", " ") + ")"
			}
			basis := "GAAP"
			if f.Basis == facts.NonGAAP {
				basis = "non-GAAP"
			}
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", f.Source.Line, metric, orDash(f.Segment), basis, per, orDash(f.String()), chg, f.Source.Speaker)
		}
		if err := tw.Flush(); err != nil {
			return err
		}
		if n := len(d.Unattributed); n > 0 {
			fmt.Fprintf(w, "\n%d figure(s) not attributed:\n", n)
			tw = tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			for _, u := range d.Unattributed {
				fmt.Fprintf(tw, "%d\t%s\t%s\n", u.Source.Line, u.Stated, u.Reason)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
		}
	}
	return nil
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
