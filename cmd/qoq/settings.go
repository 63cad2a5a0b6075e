package main

import (
	"fmt"

	"qoq/compare"
	"qoq/config"
	"qoq/facts"
)

// loadConfig returns the configuration a run uses: the file named by
// --config, else the qoq.yaml beside the calls, else none (nil).
func loadConfig(path string, args []string) (*config.Config, error) {
	if path != "" {
		return config.Load(path)
	}
	return config.ForCalls(args)
}

// applyConfig lays the flags' options over the config's: a flag that is
// set wins.
func applyConfig(cfg *config.Config, xo facts.Options, co compare.Options) (facts.Options, compare.Options) {
	if cfg == nil {
		return xo, co
	}
	x, c := cfg.FactsOptions(), cfg.CompareOptions()
	if xo.Company != "" {
		x.Company, c.Company = xo.Company, co.Company
	}
	if !xo.Calendar.IsZero() {
		x.Calendar, c.Calendar = xo.Calendar, co.Calendar
	}
	x.Period = xo.Period
	c.Current = co.Current
	return x, c
}

// settings returns the settings for the calls named by args: the config's,
// under the flags'.
func (f reportFlags) settings(args []string) (settings, error) {
	xo, co, err := f.options()
	if err != nil {
		return settings{}, err
	}
	cfg, err := loadConfig(f.config, args)
	if err != nil {
		return settings{}, fmt.Errorf("report: %w", err)
	}
	s := settings{}
	s.x, s.c = applyConfig(cfg, xo, co)
	if cfg != nil {
		s.featured = cfg.Featured
	}
	return s, nil
}
