package main

import (
	"fmt"
	"slices"

	"qoq/compare"
	"qoq/config"
	"qoq/extract"
)

// withConfig returns the settings of a run of the subcommand cmd on the
// calls named by args: the options the flags set (xo, co) laid over those
// of the configuration file, which is the one named by --config (path),
// else the qoq.yaml beside the calls, else none. A flag that is set wins.
func withConfig(cmd, path string, args []string, xo extract.Options, co compare.Options) (settings, error) {
	var cfg *config.Config
	var err error
	if path != "" {
		cfg, err = config.Load(path)
	} else {
		cfg, err = config.ForCalls(args)
	}
	if err != nil {
		return settings{}, fmt.Errorf("%s: %w", cmd, err)
	}
	if cfg == nil {
		return settings{x: xo, c: co}, nil
	}
	x, c := extractOptions(cfg), cfg.CompareOptions()
	if xo.Company != "" {
		x.Company, c.Company = xo.Company, xo.Company
	}
	if !xo.Calendar.IsZero() {
		x.Calendar, c.Calendar = xo.Calendar, xo.Calendar
	}
	x.Period = xo.Period
	c.Current = co.Current
	return settings{x: x, c: c, featured: cfg.Featured, config: cfg.File}, nil
}

// settings returns the settings for the calls named by args: the config's,
// under the flags'.
func (f reportFlags) settings(args []string) (settings, error) {
	xo, co, err := f.options("report")
	if err != nil {
		return settings{}, err
	}
	return withConfig("report", f.config, args, xo, co)
}

// extractOptions returns the extraction options a configuration sets.
func extractOptions(c *config.Config) extract.Options {
	var segs []string
	for alias, name := range c.Segments {
		segs = append(segs, alias, name)
	}
	slices.Sort(segs)
	return extract.Options{Company: c.Company, Calendar: c.FiscalYearEnd, Metrics: c.Metrics, Segments: segs,
		Industry: c.Industry, IndustrySet: c.IndustrySet}
}
