package config

import (
	"fmt"
	"strings"

	"github.com/shopspring/decimal"
	"gopkg.in/yaml.v3"

	"qoq/compare"
	"qoq/facts"
	"qoq/fiscal"
	"qoq/metric"
)

// A correction is one being read: its place in the list (from 1), and
// the line of each field read.
type correction struct {
	spec  compare.CorrectionSpec
	index int
	lines map[string]int
}

// correctionKeys are the keys of a correction.
var correctionKeys = []key{
	{"metric", func(p *parser, n *yaml.Node, c *correction) (err error) {
		c.spec.Metric, err = p.metric(n, c.where("metric"))
		c.lines["metric"] = n.Line
		return err
	}},
	{"segment", func(p *parser, n *yaml.Node, c *correction) (err error) {
		c.spec.Segment, err = p.text(n, c.where("segment"))
		return err
	}},
	{"basis", func(p *parser, n *yaml.Node, c *correction) error {
		s, err := p.text(n, c.where("basis"))
		if err != nil {
			return err
		}
		switch b := strings.ReplaceAll(strings.ToLower(s), "-", "_"); b {
		case facts.GAAP, facts.NonGAAP:
			c.spec.Basis = b
		default:
			return p.errorf(n, "%s %q: want gaap or non_gaap", c.where("basis"), s)
		}
		return nil
	}},
	{"period", func(p *parser, n *yaml.Node, c *correction) error {
		s, err := p.text(n, c.where("period"))
		if err != nil {
			return err
		}
		per, err := fiscal.ParsePeriod(s)
		if err != nil || per.Kind == fiscal.YTD {
			return p.errorf(n, "%s %q: want a fiscal quarter such as 2023Q2, a year such as FY2023 or a date such as 2023-06-30", c.where("period"), s)
		}
		c.spec.Period = per
		c.lines["period"] = n.Line
		return nil
	}},
	{"value", func(p *parser, n *yaml.Node, c *correction) error {
		if n.Kind != yaml.ScalarNode || n.Tag == "!!null" {
			return p.errorf(n, "%s: want a number such as 4727000, not %s", c.where("value"), kindName(n))
		}
		// the digits as written, never through a float
		d, err := decimal.NewFromString(strings.TrimSpace(n.Value))
		if err != nil {
			return p.errorf(n, "%s %q: want a plain number such as 4727000 or 0.12 (no currency sign, thousands separators or words)", c.where("value"), n.Value)
		}
		c.spec.Value = d
		c.lines["value"] = n.Line
		return nil
	}},
	{"note", func(p *parser, n *yaml.Node, c *correction) (err error) {
		c.spec.Note, err = p.text(n, c.where("note"))
		if err == nil && c.spec.Note != "" {
			c.lines["note"] = n.Line
		}
		return err
	}},
}

// periodFits checks that a correction's period is of its metric's kind:
// a date for a balance ("cash at 2023-06-30"), a quarter or a year for a
// flow ("revenue for 2023Q2").
func (p *parser) periodFits(item *yaml.Node, c *correction) error {
	m, ok := metric.Lookup(c.spec.Metric)
	if !ok {
		return nil
	}
	per, line := c.spec.Period, &yaml.Node{Line: c.lines["period"]}
	switch {
	case m.Instant && per.Kind != fiscal.Instant:
		end := "2023-06-30"
		if per.Kind == fiscal.Quarter {
			end = fmt.Sprintf("the last day of %s", per)
		}
		return p.errorf(line, "%s %q: %s is a balance, stated at a date; give the date, such as %s", c.where("period"), per.String(), c.spec.Metric, end)
	case !m.Instant && per.Kind == fiscal.Instant:
		return p.errorf(line, "%s %q: %s is stated for a quarter or a year; give one, such as 2023Q2 or FY2023", c.where("period"), per.String(), c.spec.Metric)
	}
	return nil
}

// at names the correction in errors: "corrections[2]".
func (c *correction) at() string {
	return fmt.Sprintf("corrections[%d]", c.index)
}

// where names a field of the correction in errors: "corrections[2].value".
func (c *correction) where(field string) string {
	return c.at() + "." + field
}

func (p *parser) corrections(n *yaml.Node, _ *correction) error {
	if n.Kind != yaml.SequenceNode {
		return p.errorf(n, "corrections: want a list, each entry starting with \"- metric: …\", not %s", kindName(n))
	}
	first := map[string]int{} // the line each correction was first given on
	for i, item := range n.Content {
		c := &correction{index: i + 1, lines: map[string]int{}}
		where := c.at()
		if item.Kind != yaml.MappingNode {
			return p.errorf(item, "%s: want metric, period, value and note, not %s", where, kindName(item))
		}
		if err := p.mapping(item, correctionKeys, where, c); err != nil {
			return err
		}
		for _, field := range []string{"metric", "period", "value", "note"} {
			if c.lines[field] == 0 {
				return p.errorf(item, "%s: %s is missing (a correction needs metric, period, value and note)", where, field)
			}
		}
		if c.spec.Basis == "" {
			c.spec.Basis = facts.GAAP
		}
		if err := p.periodFits(item, c); err != nil {
			return err
		}
		c.spec.Source = fmt.Sprintf("%s:%d", p.file, item.Line)
		s := c.spec
		id := strings.Join([]string{s.Metric, strings.ToLower(s.Segment), s.Basis, s.Period.String()}, "\x00")
		if line, dup := first[id]; dup {
			return p.errorf(item, "%s corrects the same figure as the correction on line %d (%s for %s); keep one", where, line, s.Metric, s.Period)
		}
		first[id] = item.Line
		p.cfg.Corrections = append(p.cfg.Corrections, s)
	}
	return nil
}
