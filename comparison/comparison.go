// Package comparison is the qoq.compare/v1 document: the facts of a
// company's successive calls lined up by fiscal period (package compare
// builds it), with everything a report needs to be drawn from it alone —
// every value with its sources, each source with the sentence it stands in
// and the sentences around it, the sentences that explain each change of
// the current quarter, the checks and the guidance history. Package render
// draws a report from a Comparison and nothing else, so a comparison read
// back from its JSON draws the same report as the calls it came from.
package comparison

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/shopspring/decimal"

	"qoq/fiscal"
)

// Schema names the JSON document a Comparison is written as.
const Schema = "qoq.compare/v1"

// Kinds of check.
const (
	StatedChangeMismatch = "stated_change_mismatch" // a stated change the figures do not support
	Restated             = "restated"               // a later call gives another value
	Conflict             = "conflict"               // one call gives two values
	Unattributed         = "unattributed"           // a figure with no metric or period
	Note                 = "note"                   // something a call's reading noted
	Correction           = "correction"             // a value the user set
	// Unverified is a check qoq could not stand behind: figures that seem
	// to disagree where one side is stated once, derived, or on another
	// basis. It is a note, not an alarm.
	Unverified = "unverified"
)

// Confidence of a stated value.
const (
	Corroborated = "corroborated" // stated in two sentences or more that agree
	StatedOnce   = "stated_once"  // stated in one sentence
)

// Kinds of change.
const (
	Sequential   = "sequential"     // on the prior quarter
	YearOverYear = "year_over_year" // on the same period a year earlier
	YearEnd      = "year_end"       // a balance on the last fiscal year end
)

// Labels of a guidance step.
const (
	Initiated  = "initiated"
	Raised     = "raised"
	Lowered    = "lowered"
	Narrowed   = "narrowed"
	Widened    = "widened"
	Maintained = "maintained"
)

// A Comparison is the facts of successive calls lined up by fiscal period:
// the qoq.compare/v1 document.
type Comparison struct {
	Schema  string        `json:"schema"`
	Company string        `json:"company"`
	Current fiscal.Period `json:"current"`
	// FiscalYearEnd is the month the fiscal year ends, and how that was
	// decided: "October (stated by the calls)".
	FiscalYearEnd string          `json:"fiscal_year_end"`
	Calls         []Call          `json:"calls"`
	Periods       []fiscal.Period `json:"periods"`
	Series        []Series        `json:"series"`
	Checks        []Check         `json:"checks"`
	Guidance      []Guidance      `json:"guidance"`
	// ChangesChecked counts the stated changes checked against figures
	// qoq is sure of; the stated_change_mismatch checks are those of them
	// the figures do not support.
	ChangesChecked int `json:"changes_checked"`

	// Calendar is the fiscal calendar periods were placed with.
	Calendar fiscal.Calendar `json:"calendar"`
}

// IsProblem reports whether checks of the kind question a figure: stated
// changes the figures do not support, restatements and conflicts.
func IsProblem(kind string) bool {
	switch kind {
	case StatedChangeMismatch, Restated, Conflict:
		return true
	}
	return false
}

// Problems counts the comparison's checks that question a figure.
func (c *Comparison) Problems() int { return c.count(IsProblem) }

// Unattributed counts the figures read but not attributed to a metric or
// period.
func (c *Comparison) Unattributed() int {
	return c.count(func(kind string) bool { return kind == Unattributed })
}

// count counts the checks whose kind keep keeps.
func (c *Comparison) count(keep func(kind string) bool) int {
	n := 0
	for _, ch := range c.Checks {
		if keep(ch.Kind) {
			n++
		}
	}
	return n
}

// A Call is one of the calls compared.
type Call struct {
	File    string        `json:"file"`
	Part    string        `json:"part,omitempty"`
	Period  fiscal.Period `json:"period"`
	Company string        `json:"company,omitempty"`
}

// A Series is the values of one metric, segment and basis over the
// periods.
type Series struct {
	Metric  string   `json:"metric"`
	Segment string   `json:"segment,omitempty"`
	Basis   string   `json:"basis"`
	Unit    string   `json:"unit"`
	Label   string   `json:"label"`
	Values  []Value  `json:"values"`
	Changes []Change `json:"changes"`
}

// A Value is a series' value for one period: stated, or derived.
type Value struct {
	Period fiscal.Period    `json:"period"`
	Value  *decimal.Decimal `json:"value,omitempty"`
	// Approx, [low, high], replaces Value where only a range follows from
	// rounded figures.
	Approx  []decimal.Decimal `json:"approx,omitempty"`
	Derived bool              `json:"derived"`
	// Confidence says how sure the comparison is of a stated value:
	// Corroborated or StatedOnce.
	Confidence string `json:"confidence,omitempty"`
	// How says how a derived value was computed, or what the user's
	// correction says.
	How       string   `json:"how,omitempty"`
	Corrected bool     `json:"corrected,omitempty"`
	Sources   []Source `json:"sources"`
	// Drivers are the sentences of the current call that explain the
	// value's changes, for a value of the current quarter, or of the year
	// or year to date it closes, or a balance at its end.
	Drivers []Driver `json:"drivers,omitempty"`
}

// A Source locates a figure in the calls.
type Source struct {
	File string `json:"file"`
	// Part names the part of the file that was read, when it held several.
	Part string        `json:"part,omitempty"`
	Line int           `json:"line"`
	Call fiscal.Period `json:"call"`
	// Quote is the sentence the figure stands in; nil for a value the
	// user set.
	Quote *Quote `json:"quote,omitempty"`
}

// A Quote is the sentence a figure stands in, with the sentences around
// it in its paragraph: all a report needs to quote it.
type Quote struct {
	// Start is the byte offset of the sentence in the file.
	Start   int    `json:"start"`
	Text    string `json:"text"`
	Speaker string `json:"speaker,omitempty"`
	Section string `json:"section,omitempty"`
	// FigureStart and FigureEnd are the byte offsets of the figure in Text.
	FigureStart int    `json:"figure_start"`
	FigureEnd   int    `json:"figure_end"`
	Before      string `json:"before,omitempty"`
	After       string `json:"after,omitempty"`
}

// A Driver is a sentence of the current call that explains the change of
// a value: the figure's own sentence when it gives a cause ("driven by",
// "due to"), or the next sentence of its paragraph when that one does.
type Driver struct {
	Text    string        `json:"text"`
	Speaker string        `json:"speaker,omitempty"`
	Line    int           `json:"line"`
	Call    fiscal.Period `json:"call"`
	// Figure locates the figure the sentence explains.
	Figure Source `json:"figure"`
}

// A Change is the change of a series between two periods, computed.
type Change struct {
	Kind      string           `json:"kind"`
	From      fiscal.Period    `json:"from"`
	To        fiscal.Period    `json:"to"`
	Direction string           `json:"direction"`
	Abs       *decimal.Decimal `json:"abs"`
	Pct       *decimal.Decimal `json:"pct,omitempty"`
	// Unit is "points" for the change of a percentage.
	Unit string `json:"unit,omitempty"`
}

// A Check is a problem found in the calls.
type Check struct {
	Kind     string         `json:"kind"`
	Metric   string         `json:"metric,omitempty"`
	Segment  string         `json:"segment,omitempty"`
	Basis    string         `json:"basis,omitempty"`
	Period   *fiscal.Period `json:"period,omitempty"`
	Message  string         `json:"message"`
	Stated   string         `json:"stated,omitempty"`
	Computed string         `json:"computed,omitempty"`
	Source   *Source        `json:"source,omitempty"`
}

// Guidance is what the calls guided for one metric and period.
type Guidance struct {
	Metric  string         `json:"metric"`
	Segment string         `json:"segment,omitempty"`
	Basis   string         `json:"basis"`
	Unit    string         `json:"unit"`
	Period  fiscal.Period  `json:"period"`
	History []GuidanceStep `json:"history"`
	Actual  *Actual        `json:"actual,omitempty"`
}

// A GuidanceStep is the guidance one call gave.
type GuidanceStep struct {
	Call   fiscal.Period    `json:"call"`
	Low    *decimal.Decimal `json:"low"`
	High   *decimal.Decimal `json:"high"`
	Label  string           `json:"label"`
	Source Source           `json:"source"`
}

// An Actual is the figure a guided period came in at, against the last
// guidance: "above", "within" or "below" its range.
type Actual struct {
	Value   decimal.Decimal `json:"value"`
	Against string          `json:"against"`
	Source  Source          `json:"source"`
}

// Read reads a qoq.compare/v1 document, as qoq compare --format json
// writes it. A document of another schema, or with fields the schema does
// not have, is an error that says so.
func Read(r io.Reader) (*Comparison, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	var head struct {
		Schema string `json:"schema"`
	}
	if err := json.Unmarshal(b, &head); err != nil {
		return nil, fmt.Errorf("not a %s document: %w", Schema, err)
	}
	if head.Schema != Schema {
		return nil, fmt.Errorf("schema %q, want %q (write one with qoq compare --format json)", head.Schema, Schema)
	}
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	var c Comparison
	if err := d.Decode(&c); err != nil {
		return nil, fmt.Errorf("not a %s document: %w", Schema, err)
	}
	if c.Calendar.IsZero() {
		return nil, fmt.Errorf("no calendar: the document says nothing of the fiscal year end (write one with qoq compare --format json)")
	}
	return &c, nil
}
