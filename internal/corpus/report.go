package corpus

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"qoq/facts"
)

// Write prints the report for people: the scorer's own coverage, the
// recall table and, when misses is set, every miss with the facts closest
// to it.
func (r Report) Write(w io.Writer, misses bool) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	steps := []func(io.Writer){r.writeCoverage, r.writeRecall, r.writeSkips}
	if misses {
		steps = append(steps, r.writeMisses)
	}
	for _, step := range steps {
		step(tw)
		fmt.Fprintln(tw)
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write report: %w", err)
	}
	return nil
}

// writeCoverage says how much of the summaries the scorer itself read.
func (r Report) writeCoverage(w io.Writer) {
	fmt.Fprintf(w, "calls\t%d\t\n", r.Calls)
	fmt.Fprintf(w, "summary lines\t%d\t\n", r.Lines)
	fmt.Fprintf(w, "lines parsed into figures (any metric)\t%d\t%s of lines\n", r.Parsed, percent(r.Parsed, r.Lines))
	fmt.Fprintf(w, "expected figures\t%d\t\n", r.Total.Expected)
	fmt.Fprintf(w, "stated in the call (counted)\t%d\t%s of expected\n", r.Total.Stated, percent(r.Total.Stated, r.Total.Expected))
	fmt.Fprintf(w, "matched\t%d\trecall %s\n", r.Total.Matched, r.Total.Recall())
	if len(r.Errors) > 0 {
		fmt.Fprintf(w, "calls the extraction failed on\t%d\t\n", len(r.Errors))
	}
}

// writeRecall prints recall by metric and by scenario.
func (r Report) writeRecall(w io.Writer) {
	fmt.Fprintln(w, "metric\texpected\tstated\tmatched\trecall\t")
	for _, t := range r.ByMetric {
		writeTally(w, t)
	}
	fmt.Fprintln(w, "scenario\t\t\t\t\t")
	for _, t := range r.ByScenario {
		writeTally(w, t)
	}
	writeTally(w, r.Total)
}

func writeTally(w io.Writer, t Tally) {
	fmt.Fprintf(w, "%s\t%d\t%d\t%d\t%s\t\n", t.Name, t.Expected, t.Stated, t.Matched, t.Recall())
}

// writeSkips prints why lines and phrases gave no figure.
func (r Report) writeSkips(w io.Writer) {
	fmt.Fprintln(w, "lines that gave no figure, by first reason:")
	for _, c := range r.LinesSkipped {
		fmt.Fprintf(w, "  %d\t%s\n", c.N, c.Reason)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "phrases skipped, in all lines:")
	for _, c := range r.PhrasesSkipped {
		fmt.Fprintf(w, "  %d\t%s\n", c.N, c.Reason)
	}
	for _, e := range r.Errors {
		fmt.Fprintf(w, "error: %s\n", untab(e))
	}
}

// writeMisses lists each stated figure the extraction missed. Its lines
// are not columns, so tabs are kept out of them.
func (r Report) writeMisses(w io.Writer) {
	fmt.Fprintf(w, "misses: %d\n", len(r.Misses))
	for _, o := range r.Misses {
		e := o.Expected
		fmt.Fprintf(w, "%s:%d  %s\n", o.Call, e.LineNo, untab(e.Line))
		fmt.Fprintf(w, "    want %s  (period from %q)\n", e, e.PeriodFrom)
		if len(o.Closest) == 0 {
			fmt.Fprintf(w, "    have no %s fact\n", e.Metric)
		}
		for _, f := range o.Closest {
			fmt.Fprintf(w, "    have %s\n", untab(describe(f)))
		}
	}
}

// describe formats a fact like an Expected, with where it was read.
func describe(f facts.Fact) string {
	v := "?"
	switch {
	case f.Value != nil:
		v = f.Value.String()
	case f.Low != nil && f.High != nil:
		v = f.Low.String() + ".." + f.High.String()
	}
	seg := ""
	if f.Segment != "" {
		seg = " [" + f.Segment + "]"
	}
	return fmt.Sprintf("%s %s %s %s %s %s%s  line %d: %q", f.Metric, f.Basis, f.Scenario, f.Period, v, f.Unit, seg, f.Source.Line, f.Stated)
}

func untab(s string) string { return strings.ReplaceAll(s, "\t", " ") }
