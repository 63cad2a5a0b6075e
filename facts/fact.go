package facts

import (
	"github.com/shopspring/decimal"

	"qoq/fiscal"
	"qoq/metric"
)

// Schema names the JSON document that Write produces.
const Schema = "qoq.facts/v1"

// Basis values.
const (
	GAAP    = metric.GAAP
	NonGAAP = metric.NonGAAP
)

// Scenario values.
const (
	Actual   = "actual"
	Guidance = "guidance"
)

// Section values of a Source.
const (
	Prepared = "prepared"
	QA       = "qa"
)

// Units of a figure.
const (
	USD         = string(metric.USD)
	USDPerShare = string(metric.USDPerShare)
	Percent     = string(metric.Percent)
	BasisPoints = string(metric.BasisPoints)
	Points      = string(metric.Points)
	Days        = string(metric.Days)
	Count       = string(metric.Count)
)

// A Set is what extraction produces for a batch of files: the qoq.facts/v1
// document.
type Set struct {
	Schema    string     `json:"schema"`
	Documents []Document `json:"documents"`
}

// A Document holds the facts read from one call.
type Document struct {
	File string `json:"file"`
	// Part names the part of the file that was read when the file held
	// several (an EDGAR submission): "document 3 of 5 (EX-99.2, script.txt)".
	Part    string `json:"part,omitempty"`
	Company string `json:"company,omitempty"`
	// Period is the quarter the call reports on.
	Period fiscal.Period `json:"period"`
	// PeriodFrom says how Period was decided: "text", "file name" or
	// "option", with the words it was read from.
	PeriodFrom string `json:"period_from,omitempty"`
	// Calendar is the fiscal year end used to date periods, and how it was
	// decided.
	FiscalYearEnd string `json:"fiscal_year_end,omitempty"`
	// Calendar is the fiscal calendar the periods were dated with, and
	// CalendarStated whether the call stated it (or an option gave it)
	// rather than December being assumed.
	Calendar       fiscal.Calendar `json:"-"`
	CalendarStated bool            `json:"-"`
	// Industry is the industry whose measures were read in the call:
	// "bank", "insurance", "reit", "retail", "energy", "utility"; absent
	// for the general vocabulary alone.
	Industry string `json:"industry,omitempty"`
	Facts    []Fact `json:"facts"`
	// Unattributed lists figures that look like metrics but whose metric or
	// period could not be decided. They are shown, never dropped.
	Unattributed []Figure `json:"unattributed,omitempty"`
	// Notes are problems with the document as a whole, in words.
	Notes []string `json:"notes,omitempty"`
}

// A Fact is one figure the call states, with what it measures, for which
// period, and where it was said.
type Fact struct {
	Metric   string        `json:"metric"`
	Label    string        `json:"label"`
	Segment  string        `json:"segment,omitempty"`
	Basis    string        `json:"basis"`
	Scenario string        `json:"scenario"`
	Variant  string        `json:"variant,omitempty"`
	Period   fiscal.Period `json:"period"`
	// PeriodAssumed is set when the text names no period for the figure
	// and the usual one was taken: the same period a year earlier for a
	// figure compared with, the fiscal year for an outlook.
	PeriodAssumed bool `json:"period_assumed,omitempty"`
	// PeriodFrom says where the period came from when the figure's own
	// sentence does not name it: "line 61: fiscal Q1".
	PeriodFrom string `json:"period_from,omitempty"`
	// Value is set for a point figure; Low and High instead for a range.
	// All three are nil when the text states only a change.
	Value *decimal.Decimal `json:"value,omitempty"`
	Low   *decimal.Decimal `json:"low,omitempty"`
	High  *decimal.Decimal `json:"high,omitempty"`
	Unit  string           `json:"unit"`
	// Approx is set when the text hedges the figure: "approximately",
	// "about", "nearly", "more than".
	Approx bool `json:"approx,omitempty"`
	// Stated is the figure as written, "$6.7 million"; its last digit gives
	// the precision of Value.
	Stated string  `json:"stated,omitempty"`
	Change *Change `json:"change,omitempty"`
	// Rule names the rule of attribution that decided the figure
	// ("measure-link", "figure-of-measure"), for whoever checks it.
	Rule string `json:"rule,omitempty"`
	// Restated says the sentence gives the figure anew ("$6,981,000, as
	// restated"), a recast or revised figure.
	Restated bool   `json:"restated,omitempty"`
	Source   Source `json:"source"`
	// BasisStated says the text qualified the basis ("adjusted EPS"),
	// rather than the measure's nature or the call's declaration deciding
	// it.
	BasisStated bool `json:"-"`
}

// A Change is a change the text states, against the period it names.
// Abs and Pct are magnitudes; Direction carries the sign.
type Change struct {
	Direction string           `json:"direction"` // up, down or flat
	Abs       *decimal.Decimal `json:"abs,omitempty"`
	Pct       *decimal.Decimal `json:"pct,omitempty"`
	// Unit is the unit of Abs when it differs from the figure's: "bp" or
	// "points" for a change in a percentage.
	Unit   string         `json:"unit,omitempty"`
	Versus *fiscal.Period `json:"versus,omitempty"`
	// VersusAssumed is set when the text does not name the period compared
	// with and the usual one (the same period a year earlier) was assumed.
	VersusAssumed bool `json:"versus_assumed,omitempty"`
	Approx        bool `json:"approx,omitempty"`
	// Stated holds the change figures as written, "$195,000" and "2.8%".
	StatedAbs string `json:"stated_abs,omitempty"`
	StatedPct string `json:"stated_pct,omitempty"`
	// OtherBasis holds the words by the change that put it on another
	// basis than the reported figures ("excluding", "FX-neutral",
	// "like-for-like"), when the basis does not say so already.
	OtherBasis string `json:"other_basis,omitempty"`
}

// A Source locates a figure in its file.
type Source struct {
	Line    int    `json:"line"`  // 1-based line of the figure
	Start   int    `json:"start"` // byte offset of the sentence in the file
	End     int    `json:"end"`   // byte offset just past the sentence
	Speaker string `json:"speaker,omitempty"`
	Section string `json:"section,omitempty"`
	Text    string `json:"text"`
	// FigureStart and FigureEnd are byte offsets of the figure within Text.
	FigureStart int `json:"figure_start"`
	FigureEnd   int `json:"figure_end"`

	// Before and After are the sentences before and after this one in its
	// paragraph, to quote it in context; AfterLine is After's line.
	Before    string `json:"-"`
	After     string `json:"-"`
	AfterLine int    `json:"-"`
	// Explains says the sentence gives a cause ("driven by", "due to"),
	// AfterExplains that the one after it does: what a report quotes to
	// explain a change.
	Explains      bool `json:"-"`
	AfterExplains bool `json:"-"`
}

// A Figure is a quantity found in the text that could not be attributed.
type Figure struct {
	Value  *decimal.Decimal `json:"value,omitempty"`
	Low    *decimal.Decimal `json:"low,omitempty"`
	High   *decimal.Decimal `json:"high,omitempty"`
	Unit   string           `json:"unit"`
	Stated string           `json:"stated"`
	Reason string           `json:"reason"`
	Source Source           `json:"source"`
}
