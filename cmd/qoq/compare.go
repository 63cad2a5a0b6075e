package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/shopspring/decimal"
	"github.com/spf13/cobra"

	"qoq/compare"
	"qoq/extract"
	"qoq/facts"
	"qoq/fiscal"
	"qoq/internal/echo"
	"qoq/transcript"
)

// compareFlags are the flags of qoq compare.
type compareFlags struct {
	format  string
	quarter string
	fye     string
	company string
	config  string
	maxMB   int64
}

// limit returns the size of the largest call to read, in bytes.
func (f compareFlags) limit() int64 { return f.maxMB << 20 }

// maxCallSizeUsage says what --max-call-size does.
const maxCallSizeUsage = "the largest call to read, in MB; a larger file is refused with its size"

func newCompare(stdout, stderr io.Writer) *cobra.Command {
	var f compareFlags
	cmd := &cobra.Command{
		Use:   "compare [flags] FILE...|DIR",
		Short: "Line up successive calls by fiscal period, with changes and checks",
		Long: `Compare reads a company's calls (files, or a directory holding them) and
lines up their figures by fiscal period: one value for each metric, segment
and basis in each quarter, with the change on the prior quarter and on the
same quarter a year earlier, every change the speakers stated checked against
the figures, restatements flagged, and the history of each guidance.

Values that follow from stated figures by exact arithmetic are filled in and
marked derived, with the derivation in words; where only a range follows (a
rounded percentage), the range is given, never a point.`,
		Example: `  # a table for people
  qoq compare calls/

  # the qoq.compare/v1 JSON document
  qoq compare --format json calls/ > comparison.json

  # one row a cell, for spreadsheets
  qoq compare --format csv calls/*.txt > comparison.csv

  # compare up to an earlier quarter
  qoq compare --quarter 2023Q2 calls/`,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return fmt.Errorf("compare: name the calls, or a directory of them, e.g. qoq compare calls/")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			xopts, copts, err := f.options("compare")
			if err != nil {
				return err
			}
			files, err := expand(args)
			if err != nil {
				return err
			}
			s, err := withConfig("compare", f.config, args, xopts, copts)
			if err != nil {
				return err
			}
			docs, err := readCalls(cmd.Context(), stderr, s.x, f.limit(), files)
			if err != nil {
				return err
			}
			if len(docs) == 0 {
				return errNoDocument
			}
			c, err := compareCalls(docs, s.c)
			if err != nil {
				return err
			}
			switch f.format {
			case "json":
				return writeJSON(stdout, c)
			case "csv":
				return writeCSV(stdout, c)
			}
			return writeComparison(stdout, c)
		},
	}
	fl := cmd.Flags()
	fl.StringVar(&f.format, "format", "table", "output format: table, json (qoq.compare/v1) or csv (one row a cell)")
	fl.StringVar(&f.quarter, "quarter", "", "the quarter to compare up to, e.g. 2004Q1 (default: the latest call's)")
	fl.StringVar(&f.fye, "fiscal-year-end", "", "the month the fiscal year ends, e.g. june (overrides the calls)")
	fl.StringVar(&f.company, "company", "", "the company's name (overrides the calls)")
	fl.StringVar(&f.config, "config", "", "the configuration file (default: qoq.yaml beside the calls)")
	fl.Int64Var(&f.maxMB, "max-call-size", transcript.MaxSize>>20, maxCallSizeUsage)
	return cmd
}

// options turns the flags of subcommand cmd into extraction and
// comparison options.
func (f compareFlags) options(cmd string) (extract.Options, compare.Options, error) {
	var xo extract.Options
	var co compare.Options
	switch f.format {
	case "table", "json", "csv":
	default:
		return xo, co, fmt.Errorf("%s: --format %q: want table, json or csv", cmd, f.format)
	}
	if f.quarter != "" {
		p, err := fiscal.ParsePeriod(f.quarter)
		if err != nil || p.Kind != fiscal.Quarter {
			return xo, co, fmt.Errorf("%s: --quarter %q: want a fiscal quarter such as 2004Q1, from %d to %d", cmd, echo.Clip(f.quarter, 40), fiscal.MinYear, fiscal.MaxYear)
		}
		co.Current = p
	}
	if f.fye != "" {
		c, err := fiscal.ParseCalendar(f.fye)
		if err != nil {
			return xo, co, fmt.Errorf("%s: --fiscal-year-end: %w", cmd, err)
		}
		xo.Calendar, co.Calendar = c, c
	}
	xo.Company, co.Company = f.company, f.company
	return xo, co, nil
}

// showValue writes a value of a series for people: "$6,931,000*" for a
// derived one, "$455,835 to $456,100*" for a range.
func showValue(v compare.Value, unit string) string {
	s := ""
	switch {
	case v.Value != nil:
		s = facts.FormatValue(*v.Value, unit)
	case len(v.Approx) == 2:
		s = facts.FormatRange(v.Approx[0], v.Approx[1], unit)
	}
	if v.Derived {
		s += "*"
	}
	if v.Corrected {
		s += "†"
	}
	return s
}

// writeComparison writes the comparison as tables for people: the series
// over the latest quarters, the checks, the guidance.
func writeComparison(w io.Writer, c *compare.Comparison) error {
	fmt.Fprintf(w, "%s — %s; fiscal year ends in %s; %d calls\n\n", orDash(c.Company), c.Current, c.FiscalYearEnd, len(c.Calls))
	periods := c.Periods
	if len(periods) > 8 {
		periods = periods[len(periods)-8:]
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprint(tw, "SERIES\t")
	for _, p := range periods {
		fmt.Fprintf(tw, "%s\t", p)
	}
	fmt.Fprintln(tw)
	for _, s := range c.Series {
		name := s.Metric
		if s.Segment != "" {
			name += " (" + s.Segment + ")"
		}
		if s.Basis == facts.NonGAAP {
			name += " non-GAAP"
		}
		fmt.Fprintf(tw, "%s\t", name)
		for _, p := range periods {
			fmt.Fprintf(tw, "%s\t", cellFor(s, p))
		}
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	fmt.Fprintln(w, "\n* derived from stated figures; † set in the config; instants are shown in the quarter they close")
	var other int
	fmt.Fprintln(w, "\nChecks:")
	for _, ch := range c.Checks {
		if ch.Kind == compare.Unattributed || ch.Kind == compare.Note {
			other++
			continue
		}
		fmt.Fprintf(w, "  %-22s %s\n", ch.Kind, ch.Message)
	}
	if other > 0 {
		fmt.Fprintf(w, "  and %d notes and figures not attributed (--format json lists them)\n", other)
	}
	if len(c.Guidance) > 0 {
		fmt.Fprintln(w, "\nGuidance:")
		for _, g := range c.Guidance {
			fmt.Fprintf(w, "  %s %s for %s:", g.Metric, basisWord(g.Basis), g.Period)
			for _, h := range g.History {
				fmt.Fprintf(w, " %s %s (%s);", h.Call, rangeText(*h.Low, *h.High, g.Unit), h.Label)
			}
			if g.Actual != nil {
				fmt.Fprintf(w, " actual %s, %s the range", facts.FormatValue(g.Actual.Value, g.Unit), g.Actual.Against)
			}
			fmt.Fprintln(w)
		}
	}
	return nil
}

// cellFor returns a series' value for quarter p, or for the balance at its
// end.
func cellFor(s compare.Series, p fiscal.Period) string {
	for _, v := range s.Values {
		q := v.Period
		if q.Kind == fiscal.Quarter && q.FiscalYear == p.FiscalYear && q.Quarter == p.Quarter ||
			q.Kind == fiscal.Instant && q.End == p.End {
			return showValue(v, s.Unit)
		}
	}
	return ""
}

func rangeText(lo, hi decimal.Decimal, unit string) string {
	if lo.Equal(hi) {
		return facts.FormatValue(lo, unit)
	}
	return facts.FormatRange(lo, hi, unit)
}

func basisWord(b string) string {
	if b == facts.NonGAAP {
		return "(non-GAAP)"
	}
	return ""
}

// writeCSV writes one row a cell, for spreadsheets.
func writeCSV(w io.Writer, c *compare.Comparison) error {
	cw := csv.NewWriter(w)
	cw.Write([]string{"company", "metric", "segment", "basis", "unit", "period", "kind", "fiscal_year", "quarter", "months", "end", "value", "low", "high", "derived", "corrected", "how", "sources"})
	for _, s := range c.Series {
		for _, v := range s.Values {
			row := []string{csvText(c.Company), csvText(s.Metric), csvText(s.Segment), s.Basis, s.Unit, v.Period.String(), v.Period.Kind.String(),
				itoa(v.Period.FiscalYear), itoa(v.Period.Quarter), itoa(v.Period.Months), v.Period.End.String()}
			val, lo, hi := "", "", ""
			if v.Value != nil {
				val = v.Value.String()
			}
			if len(v.Approx) == 2 {
				lo, hi = v.Approx[0].String(), v.Approx[1].String()
			}
			var srcs []string
			for _, src := range v.Sources {
				srcs = append(srcs, fmt.Sprintf("%s:%d", src.File, src.Line))
			}
			row = append(row, val, lo, hi, strconv.FormatBool(v.Derived), strconv.FormatBool(v.Corrected), csvText(v.How), csvText(strings.Join(srcs, " ")))
			if err := cw.Write(row); err != nil {
				return err
			}
		}
	}
	cw.Flush()
	return cw.Error()
}

// csvText makes a text cell of a CSV inert in a spreadsheet: a cell that
// begins with =, +, -, @, a tab or a carriage return would be read as a
// formula ("=HYPERLINK(…)"), so it is prefixed with a single quote, as
// OWASP's guidance on CSV injection says. Numbers are written as they are.
func csvText(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

func itoa(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

// compareCalls compares the calls read. A --quarter before every call is a
// usage error; no call whose quarter is known, a call that cannot be read.
func compareCalls(docs []facts.Document, opts compare.Options) (*compare.Comparison, error) {
	c, err := compare.Compare(docs, opts)
	switch {
	case errors.Is(err, compare.ErrNoneUpTo):
		return nil, fmt.Errorf("--quarter: %v", err)
	case errors.Is(err, compare.ErrCorrectsNothing):
		return nil, err
	case err != nil:
		return nil, fmt.Errorf("%w: %v", errNoDocument, err)
	}
	return c, nil
}
