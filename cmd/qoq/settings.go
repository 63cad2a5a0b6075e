package main

import (
	"fmt"

	"qoq/compare"
	"qoq/config"
	"qoq/facts"
)

// withConfig returns the settings of a run of the subcommand cmd on the
// calls named by args: the options the flags set (xo, co) laid over those
// of the configuration file, which is the one named by --config (path),
// else the qoq.yaml beside the calls, else none. A flag that is set wins.
func withConfig(cmd, path string, args []string, xo facts.Options, co compare.Options) (settings, error) {
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
	x, c := cfg.FactsOptions(), cfg.CompareOptions()
	if xo.Company != "" {
		x.Company, c.Company = xo.Company, xo.Company
	}
	if !xo.Calendar.IsZero() {
		x.Calendar, c.Calendar = xo.Calendar, xo.Calendar
	}
	x.Period = xo.Period
	c.Current = co.Current
	return settings{x: x, c: c, featured: cfg.Featured}, nil
}

// settings returns the settings for the calls named by args: the config's,
// under the flags'.
func (f reportFlags) settings(args []string) (settings, error) {
	xo, co, err := f.options()
	if err != nil {
		return settings{}, err
	}
	return withConfig("report", f.config, args, xo, co)
}
