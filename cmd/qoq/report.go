package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"qoq/browser"
	"qoq/compare"
	"qoq/comparison"
	"qoq/extract"
	"qoq/facts"
	"qoq/render"
	"qoq/transcript"
)

// reportFlags are the flags of qoq report.
type reportFlags struct {
	compareFlags
	out      string
	pdf      string
	paper    string
	force    bool
	quarters int
	each     string
	from     string
}

// settings are what a run reads and compares with.
type settings struct {
	x        extract.Options
	c        compare.Options
	featured []string
	config   string // the configuration file read, if any
}

// read returns the files a run reads: the calls, and the config when
// there is one. No output may replace one of them.
func (s settings) read(calls []string) []string {
	if s.config == "" {
		return calls
	}
	return append(slices.Clone(calls), s.config)
}

// build compares the calls and writes the report with r.
func (s settings) build(r *render.Renderer, docs []facts.Document, quarters int) (*compare.Comparison, []byte, error) {
	c, err := compareCalls(docs, s.c)
	if err != nil {
		return nil, nil, err
	}
	page, err := r.Report(c, render.Options{Version: version, Quarters: quarters, Featured: s.featured})
	if err != nil {
		return nil, nil, err
	}
	return c, page, nil
}

func newReport(stdout, stderr io.Writer) *cobra.Command {
	f := reportFlags{compareFlags: compareFlags{format: "table"}}
	cmd := &cobra.Command{
		Use:   "report [flags] FILE...|DIR",
		Short: "Write the quarter-over-quarter board report: one HTML file with charts",
		Long: `Report reads a company's calls and writes the quarter-over-quarter report
for its board materials: one HTML file that opens offline on any machine and
prints well. It shows the current quarter's headline figures with their
changes on the prior quarter and a year earlier, every problem found (changes
the speakers stated that the figures contradict, restatements, conflicts,
figures that could not be attributed), trend charts, every series across the
quarters, the sentences that explain each change, and the history of each
guidance. Every figure links to the sentence it was read from.

An alarm is raised only where both sides are sure: figures stated in two
sentences or more that agree, or in the changed figure's own sentence, never
a derived one. A disagreement where one side is stated once, derived or on
another basis is listed, quietly, among the checks that could not be made.

The report is written atomically: if anything fails, the previous report is
left as it was. qoq will not write over one of the calls, nor over a file
that is not one of its reports unless --force is given.

--pdf also prints the report to PDF through a headless Chromium (Chromium or
Chrome must be installed; qoq says how when it is not).

--from draws the report from a comparison written by qoq compare --format
json (qoq.compare/v1), read as it is: corrected by hand or by a program, it
is the report's whole input, no call is read. The report is the same, byte
for byte, as the one drawn from the calls it was made from.`,
		Example: `  # the latest quarter, from a folder of calls, into report.html
  qoq report calls/

  # an earlier quarter, into a named file, and a PDF of it
  qoq report --quarter 2023Q2 -o board/2023Q2.html --pdf board/2023Q2.pdf calls/

  # one report per company folder of companies/, and an index, into reports/
  qoq report --each companies/ -o reports/

  # the report from a comparison, as written by qoq compare (and edited)
  qoq compare --format json calls/ > comparison.json
  qoq report --from comparison.json -o report.html`,
		Args: func(cmd *cobra.Command, args []string) error {
			switch {
			case f.from != "" && (len(args) > 0 || f.each != ""):
				return fmt.Errorf("report: --from %s is the report's whole input; name no calls, nor --each, besides", f.from)
			case f.from != "" && (cmd.Flags().Changed("quarter") || cmd.Flags().Changed("fiscal-year-end") || cmd.Flags().Changed("company")):
				return fmt.Errorf("report: --from %s: --quarter, --fiscal-year-end and --company shape a comparison of calls; give them to qoq compare instead", f.from)
			case f.from != "":
			case f.each != "" && len(args) > 0:
				return fmt.Errorf("report: --each reads every company folder of %s; name no calls besides", f.each)
			case f.each != "" && f.pdf != "":
				return fmt.Errorf("report: --pdf with --each: print a company's report on its own (qoq report --pdf FILE DIR)")
			case f.each != "" && f.config != "":
				return fmt.Errorf("report: --config with --each: each company's folder holds its own qoq.yaml")
			case f.each == "" && len(args) == 0:
				return fmt.Errorf("report: name the calls, or a directory of them, e.g. qoq report calls/")
			case f.out == "" && f.each != "":
				return fmt.Errorf("report: -o \"\": name the folder to write the reports in, e.g. -o reports")
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.each != "" {
				if !cmd.Flags().Changed("output") {
					f.out = "reports"
				}
				return f.runEach(cmd.Context(), stderr, f.each)
			}
			if f.from != "" {
				return f.runFrom(cmd, stderr)
			}
			return f.run(cmd, stderr, args)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&f.out, "output", "o", "report.html", "the report's file; with --each, the directory of the reports (there the default is reports)")
	fl.StringVar(&f.each, "each", "", "write a report for each company folder of this directory, and an index")
	fl.StringVar(&f.quarter, "quarter", "", "the quarter to report on, e.g. 2004Q1, from the calls up to it (default: the latest call's)")
	fl.StringVar(&f.fye, "fiscal-year-end", "", "the month the fiscal year ends, e.g. june (overrides the calls)")
	fl.StringVar(&f.company, "company", "", "the company's name (overrides the calls)")
	fl.IntVar(&f.quarters, "quarters", 8, "how many quarters the table and charts show")
	fl.StringVar(&f.pdf, "pdf", "", "also print the report to this PDF file (needs Chromium)")
	fl.StringVar(&f.paper, "paper", "letter", "the PDF's paper: letter or a4")
	fl.StringVar(&f.config, "config", "", "the configuration file (default: qoq.yaml beside the calls)")
	fl.BoolVar(&f.force, "force", false, "replace the output even when it is not a report qoq wrote")
	fl.Int64Var(&f.maxMB, "max-call-size", transcript.MaxSize>>20, maxCallSizeUsage)
	fl.StringVar(&f.from, "from", "", "draw the report from this comparison (qoq compare --format json), not from calls")
	return cmd
}

func (f reportFlags) run(cmd *cobra.Command, stderr io.Writer, args []string) error {
	if f.quarters < 1 {
		return fmt.Errorf("report: --quarters %d: want 1 or more", f.quarters)
	}
	if f.paper != "letter" && f.paper != "a4" {
		return fmt.Errorf("report: --paper %q: want letter or a4", f.paper)
	}
	r, err := render.New()
	if err != nil {
		return err
	}
	if f.pdf != "" {
		// before the calls are read: say now that the PDF cannot be made
		if _, err := browser.Find(); err != nil {
			return fmt.Errorf("%w: %s: %v", errWrite, f.pdf, err)
		}
	}
	files, err := expand(args)
	if err != nil {
		return err
	}
	s, err := f.settings(args)
	if err != nil {
		return err
	}
	if err := reportTarget().check(f.out, s.read(files), f.force); err != nil {
		return err
	}
	if f.pdf != "" {
		if sameFile(f.pdf, f.out) {
			return fmt.Errorf("report: --pdf %s and -o %s name the same file; give the PDF a name of its own, e.g. --pdf %s", f.pdf, f.out, strings.TrimSuffix(f.out, filepath.Ext(f.out))+".pdf")
		}
		if err := pdfTarget().check(f.pdf, s.read(files), f.force); err != nil {
			return err
		}
	}
	docs, err := readCalls(cmd.Context(), stderr, s.x, f.limit(), files)
	if err != nil {
		return err
	}
	if len(docs) == 0 {
		return errNoDocument
	}
	c, page, err := s.build(r, docs, f.quarters)
	if err != nil {
		return err
	}
	if cmd.Context().Err() != nil {
		return fmt.Errorf("%w before %s was written", errInterrupted, f.out)
	}
	if err := writeFileAtomic(f.out, page); err != nil {
		return err
	}
	problems, unattributed := c.Problems(), c.Unattributed()
	fmt.Fprintf(stderr, "qoq: wrote %s: %s, %s, from %d call%s; %d problem%s to look at, %d figure%s not attributed (%s)\n", f.out, orDash(c.Company), c.Current,
		len(c.Calls), plural(len(c.Calls)), problems, plural(problems), unattributed, plural(unattributed), size(len(page)))
	if f.pdf != "" {
		if err := printPDF(cmd.Context(), f.out, f.pdf, f.paper); err != nil {
			return err
		}
		fmt.Fprintf(stderr, "qoq: wrote %s\n", f.pdf)
	}
	return nil
}

// runFrom draws the report from the comparison f.from names. The
// featured metrics are those of the configuration named by --config, or
// of the qoq.yaml beside the comparison.
func (f reportFlags) runFrom(cmd *cobra.Command, stderr io.Writer) error {
	if f.quarters < 1 {
		return fmt.Errorf("report: --quarters %d: want 1 or more", f.quarters)
	}
	r, err := render.New()
	if err != nil {
		return err
	}
	s, err := f.settings([]string{f.from})
	if err != nil {
		return err
	}
	if err := reportTarget().check(f.out, s.read([]string{f.from}), f.force); err != nil {
		return err
	}
	file, err := os.Open(f.from)
	if err != nil {
		return fmt.Errorf("%w: %v", errNoComparison, err)
	}
	defer file.Close()
	c, err := comparison.Read(file)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", errNoComparison, f.from, err)
	}
	page, err := r.Report(c, render.Options{Version: version, Quarters: f.quarters, Featured: s.featured})
	if err != nil {
		return err
	}
	if err := writeFileAtomic(f.out, page); err != nil {
		return err
	}
	fmt.Fprintf(stderr, "qoq: wrote %s: %s, %s, from %s (%s)\n", f.out, orDash(c.Company), c.Current, f.from, size(len(page)))
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// size writes a file size for people: "1.1 MB".
func size(n int) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}
