// Package config reads qoq.yaml, the file a finance team keeps beside a
// company's calls to tell qoq what the calls do not: the company's name,
// when its fiscal year ends, its industry (whose measures, such as a
// bank's net interest income, are read as themselves; qoq detects it from
// the calls otherwise), which figures to feature, what its segments
// and metrics are also called, and the values it knows better than the
// calls.
//
// Every key is optional:
//
//	company: Northwind Plasma Services        # the name reports show
//	fiscal_year_end: june                     # the month the fiscal year ends
//	industry: bank                            # bank, insurance, reit, retail, energy, utility or general
//	featured: [revenue, net_income, eps, dso] # the report's KPI cards, in order
//	segments:                                 # other names of a segment: the name to show
//	  blood services segment: blood services
//	metrics:                                  # extra phrases (any case) for a metric
//	  net patient revenue: revenue
//	corrections:                              # values that override what the calls say
//	  - metric: revenue                       # required
//	    segment: blood products               # optional
//	    basis: gaap                           # optional: gaap (the default) or non_gaap
//	    period: 2022Q2                        # required: 2022Q2, FY2022 or a balance date 2022-06-30
//	    value: 4727000                        # required: an exact decimal
//	    note: restated in the 10-Q            # required: why, shown in reports
//
// Metrics are named by the ids of qoq's vocabulary (metric.Vocabulary). A
// value is read from the digits written, never through a float: 0.10 stays
// 0.10. An unknown key, a metric qoq does not know, a bad period or value,
// a missing field or a correction given twice is an *Error naming the file
// and the line, and saying what would be right.
package config

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"

	"qoq/compare"
	"qoq/fiscal"
	"qoq/internal/echo"
	"qoq/metric"
)

// Name is the file looked for beside the calls; AltName is also accepted.
const (
	Name    = "qoq.yaml"
	AltName = "qoq.yml"
)

// A Config is what a qoq.yaml says.
type Config struct {
	File          string          // the path it was read from
	Company       string          // "" when not set
	FiscalYearEnd fiscal.Calendar // zero when not set
	// Industry, when IndustrySet, is the company's industry.
	Industry    metric.Industry
	IndustrySet bool
	Featured    []string
	Segments    map[string]string
	Metrics     map[string]string // phrases lower-cased
	Corrections []compare.CorrectionSpec
}

// An Error is a mistake in a configuration file, at a line (0 when the
// file as a whole is wrong).
type Error struct {
	File string
	Line int
	Msg  string
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return e.File + ": " + e.Msg
}

// Load reads and parses the configuration file at path.
func Load(path string) (*Config, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, unreadable(path, err)
	}
	// a pipe or a device could block the run, or never end
	if !fi.Mode().IsRegular() {
		return nil, &Error{File: path, Msg: "not a regular file: qoq reads qoq.yaml from a regular file only"}
	}
	if fi.Size() > maxSize {
		return nil, &Error{File: path, Msg: fmt.Sprintf("%d bytes, more than the %d a configuration may be", fi.Size(), maxSize)}
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, unreadable(path, err)
	}
	return Parse(path, data)
}

// unreadable is the *Error of a configuration file that cannot be read.
func unreadable(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	return &Error{File: path, Msg: "cannot be read: " + err.Error()}
}

// maxSize is the size of the largest configuration Load reads.
const maxSize = 1 << 20

// Find returns the path of the configuration file in dir, or "" when there
// is none.
func Find(dir string) (string, error) {
	for _, name := range []string{Name, AltName} {
		p := filepath.Join(dir, name)
		st, err := os.Stat(p)
		switch {
		case err == nil && !st.IsDir():
			return p, nil
		case err != nil && !errors.Is(err, fs.ErrNotExist):
			return "", unreadable(p, err)
		}
	}
	return "", nil
}

// ForCalls reads the configuration beside the calls named by args (files,
// or directories of them): in the first argument's directory, or in it when
// it is one. It returns nil, nil when there is none.
func ForCalls(args []string) (*Config, error) {
	if len(args) == 0 {
		return nil, nil
	}
	dir := args[0]
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		dir = filepath.Dir(dir)
	}
	p, err := Find(dir)
	if err != nil || p == "" {
		return nil, err
	}
	return Load(p)
}

// CompareOptions returns the comparison options the configuration sets.
func (c *Config) CompareOptions() compare.Options {
	return compare.Options{Company: c.Company, Calendar: c.FiscalYearEnd, Segments: c.Segments,
		Corrections: slices.Clone(c.Corrections)}
}

// Parse parses a configuration; name names it in errors.
func Parse(name string, data []byte) (*Config, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, &Error{File: name, Line: yamlLine(err), Msg: strings.TrimPrefix(yamlMessage(err), "yaml: ")}
	}
	p := &parser{file: name, cfg: &Config{File: name}}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return p.cfg, nil // an empty file
	}
	root := doc.Content[0]
	if root.Kind == yaml.ScalarNode && root.Tag == "!!null" {
		return p.cfg, nil // only comments
	}
	if root.Kind != yaml.MappingNode {
		return nil, p.errorf(root, "want keys and values (company: …, fiscal_year_end: …), not %s", kindName(root))
	}
	if err := p.mapping(root, topKeys, "", nil); err != nil {
		return nil, err
	}
	return p.cfg, nil
}

// parser holds a file being parsed.
type parser struct {
	file string
	cfg  *Config
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) error {
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = echo.Clip(s, maxEcho)
		}
	}
	return &Error{File: p.file, Line: n.Line, Msg: fmt.Sprintf(format, args...)}
}

// maxEcho is the most of a value an error repeats.
const maxEcho = 60

// A key is a key a mapping may hold, and how its value is read into cfg
// (the correction being read, for a correction's keys).
type key struct {
	name string
	read func(p *parser, n *yaml.Node, corr *correction) error
}

// topKeys are the keys of the file.
var topKeys = []key{
	{"company", func(p *parser, n *yaml.Node, _ *correction) error {
		s, err := p.text(n, "company")
		p.cfg.Company = s
		return err
	}},
	{"fiscal_year_end", (*parser).fiscalYearEnd},
	{"industry", (*parser).industry},
	{"featured", (*parser).featured},
	{"segments", (*parser).segments},
	{"metrics", (*parser).metrics},
	{"corrections", (*parser).corrections},
}

// mapping reads mapping n, whose keys must be among keys. where names the
// mapping in errors ("corrections[2]"); corr is the correction it holds.
func (p *parser) mapping(n *yaml.Node, keys []key, where string, corr *correction) error {
	seen := map[string]int{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		name := k.Value
		j := slices.IndexFunc(keys, func(k key) bool { return k.name == name })
		if j < 0 {
			var known []string
			for _, k := range keys {
				known = append(known, k.name)
			}
			return p.errorf(k, "unknown key %q%s (known keys: %s)", name, in(where), strings.Join(known, ", "))
		}
		if line, ok := seen[name]; ok {
			return p.errorf(k, "%q given twice%s (first on line %d)", name, in(where), line)
		}
		seen[name] = k.Line
		if err := keys[j].read(p, v, corr); err != nil {
			return err
		}
	}
	return nil
}

func in(where string) string {
	if where == "" {
		return ""
	}
	return " in " + where
}

// text reads a scalar as text.
func (p *parser) text(n *yaml.Node, what string) (string, error) {
	if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
		return "", p.errorf(n, "%s: want a word or phrase, not %s", what, kindName(n))
	}
	return strings.TrimSpace(n.Value), nil
}

func (p *parser) fiscalYearEnd(n *yaml.Node, _ *correction) error {
	s, err := p.text(n, "fiscal_year_end")
	if err != nil {
		return err
	}
	c, err := fiscal.ParseCalendar(s)
	if err != nil {
		return p.errorf(n, "fiscal_year_end %q: want the month the fiscal year ends, such as june or 06-30", s)
	}
	p.cfg.FiscalYearEnd = c
	return nil
}

func (p *parser) featured(n *yaml.Node, _ *correction) error {
	if n.Kind != yaml.SequenceNode {
		return p.errorf(n, "featured: want a list of metrics, such as [revenue, net_income, eps], not %s", kindName(n))
	}
	for _, item := range n.Content {
		m, err := p.metric(item, "featured")
		if err != nil {
			return err
		}
		if slices.Contains(p.cfg.Featured, m) {
			return p.errorf(item, "featured: %q is listed twice", m)
		}
		p.cfg.Featured = append(p.cfg.Featured, m)
	}
	return nil
}

// metric reads a metric id, which must be in the vocabulary.
func (p *parser) metric(n *yaml.Node, what string) (string, error) {
	s, err := p.text(n, what)
	if err != nil {
		return "", err
	}
	vocab := metric.Vocabulary()
	if slices.Contains(vocab, s) {
		return s, nil
	}
	if near := nearest(s, vocab); near != "" {
		return "", p.errorf(n, "%s: %q is not a metric qoq knows; did you mean %q?", what, s, near)
	}
	return "", p.errorf(n, "%s: %q is not a metric qoq knows (the README lists them: revenue, net_income, eps, dso, …)", what, s)
}

// phrases reads a mapping of phrases onto values.
func (p *parser) phrases(n *yaml.Node, what string, value func(*yaml.Node) (string, error)) (map[string]string, error) {
	if n.Kind != yaml.MappingNode {
		return nil, p.errorf(n, "%s: want one line a name, \"other name: name\", not %s", what, kindName(n))
	}
	out := map[string]string{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, err := p.text(n.Content[i], what)
		if err != nil {
			return nil, err
		}
		if k == "" {
			return nil, p.errorf(n.Content[i], "%s: an empty name", what)
		}
		v, err := value(n.Content[i+1])
		if err != nil {
			return nil, err
		}
		k = strings.ToLower(k)
		if _, dup := out[k]; dup {
			return nil, p.errorf(n.Content[i], "%s: %q is given twice", what, k)
		}
		out[k] = v
	}
	return out, nil
}

func (p *parser) segments(n *yaml.Node, _ *correction) (err error) {
	p.cfg.Segments, err = p.phrases(n, "segments", func(v *yaml.Node) (string, error) {
		s, err := p.text(v, "segments")
		if err == nil && s == "" {
			err = p.errorf(v, "segments: an empty name")
		}
		return s, err
	})
	return err
}

func (p *parser) metrics(n *yaml.Node, _ *correction) (err error) {
	p.cfg.Metrics, err = p.phrases(n, "metrics", func(v *yaml.Node) (string, error) { return p.metric(v, "metrics") })
	return err
}

// kindName names the kind of a node for people.
func kindName(n *yaml.Node) string {
	switch {
	case n.Kind == yaml.MappingNode:
		return "keys and values"
	case n.Kind == yaml.SequenceNode:
		return "a list"
	case n.Tag == "!!null":
		return "nothing"
	}
	return fmt.Sprintf("%q", n.Value)
}

// nearest returns the word of words nearest to s, when it is near enough
// to be what was meant.
func nearest(s string, words []string) string {
	best, bestD := "", 3
	for _, w := range words {
		if d := distance(strings.ToLower(s), w); d < bestD {
			best, bestD = w, d
		}
	}
	return best
}

// distance is the Levenshtein distance between a and b.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// yamlLine returns the line a YAML error names, 0 when it names none.
func yamlLine(err error) int {
	var te *yaml.TypeError
	msg := err.Error()
	if errors.As(err, &te) && len(te.Errors) > 0 {
		msg = te.Errors[0]
	}
	var line int
	if i := strings.Index(msg, "line "); i >= 0 {
		fmt.Sscanf(msg[i:], "line %d", &line)
	}
	return line
}

// yamlMessage returns a YAML error's message without its line.
func yamlMessage(err error) string {
	msg := err.Error()
	if i := strings.Index(msg, "line "); i >= 0 {
		if j := strings.Index(msg[i:], ": "); j >= 0 {
			return msg[:i] + msg[i+j+2:]
		}
	}
	return msg
}

func (p *parser) industry(n *yaml.Node, _ *correction) error {
	s, err := p.text(n, "industry")
	if err != nil {
		return err
	}
	ind, ok := metric.ParseIndustry(s)
	if !ok {
		names := []string{"general"}
		for _, i := range metric.Industries() {
			names = append(names, string(i))
		}
		return p.errorf(n, "industry %q: want one of %s", s, strings.Join(names, ", "))
	}
	p.cfg.Industry, p.cfg.IndustrySet = ind, true
	return nil
}
