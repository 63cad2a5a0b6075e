package fiscal

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

// Kind says what span of time a Period covers.
type Kind uint8

// The kinds of period, as named in the JSON contract.
const (
	NoKind  Kind = iota // unknown
	Quarter             // a fiscal quarter
	Year                // a fiscal year
	YTD                 // the first Months months of a fiscal year
	Instant             // a balance-sheet date
)

var kindNames = [...]string{NoKind: "", Quarter: "quarter", Year: "year", YTD: "ytd", Instant: "instant"}

func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// A Period is a fiscal period or a balance-sheet instant. Fields that are not
// known are zero: an instant may have an End and no FiscalYear, a quarter
// named in the text may have no End until a Calendar places it.
type Period struct {
	Kind       Kind
	FiscalYear int
	Quarter    int  // 1 to 4 for Quarter; the quarter an Instant closes, where known
	Months     int  // for YTD: 3, 6, 9 or 12
	End        Date // last day of the period; required for Instant
}

// Q returns fiscal quarter q of fiscal year fy.
func Q(fy, q int) Period { return Period{Kind: Quarter, FiscalYear: fy, Quarter: q} }

// FY returns fiscal year fy.
func FY(fy int) Period { return Period{Kind: Year, FiscalYear: fy} }

// At returns the balance-sheet instant d.
func At(d Date) Period { return Period{Kind: Instant, End: d} }

// IsZero reports whether p is the zero (unknown) period.
func (p Period) IsZero() bool { return p == Period{} }

// Prev returns the quarter before quarter p. It is only meaningful for
// quarters.
func (p Period) Prev() Period {
	if p.Quarter > 1 {
		return Q(p.FiscalYear, p.Quarter-1)
	}
	return Q(p.FiscalYear-1, 4)
}

// Next returns the quarter after quarter p.
func (p Period) Next() Period {
	if p.Quarter < 4 {
		return Q(p.FiscalYear, p.Quarter+1)
	}
	return Q(p.FiscalYear+1, 1)
}

// YearAgo returns the same period one fiscal year earlier, without its end
// date (which a Calendar supplies).
func (p Period) YearAgo() Period {
	r := p
	r.FiscalYear--
	r.End = Date{}
	if p.Kind == Instant && !p.End.IsZero() {
		r.End = p.End.AddMonths(-12)
		if p.FiscalYear == 0 {
			r.FiscalYear = 0
		}
	}
	return r
}

// Compare orders periods by when they end: by end date where both have one,
// else by fiscal year, then quarter (a year sorts after its fourth quarter),
// then kind. It returns -1, 0 or +1.
func (p Period) Compare(o Period) int {
	if !p.End.IsZero() && !o.End.IsZero() {
		if c := p.End.Compare(o.End); c != 0 {
			return c
		}
	} else if c := sign(p.FiscalYear - o.FiscalYear); c != 0 {
		return c
	} else if c := sign(p.order() - o.order()); c != 0 {
		return c
	}
	if c := sign(int(p.Kind) - int(o.Kind)); c != 0 {
		return c
	}
	return sign(p.Months - o.Months)
}

// order places a period within its fiscal year, in months from its start.
func (p Period) order() int {
	switch p.Kind {
	case Quarter, Instant:
		return 3 * p.Quarter
	case YTD:
		return p.Months
	case Year:
		return 12
	}
	return 0
}

// String formats p compactly for people: 2004Q1, FY2004, 9M2021,
// 2004-03-31; "?" for unknown parts.
func (p Period) String() string {
	fy := "?"
	if p.FiscalYear != 0 {
		fy = strconv.Itoa(p.FiscalYear)
	}
	switch p.Kind {
	case Quarter:
		return fmt.Sprintf("%sQ%d", fy, p.Quarter)
	case Year:
		return "FY" + fy
	case YTD:
		return fmt.Sprintf("%dM%s", p.Months, fy)
	case Instant:
		if p.End.IsZero() {
			if p.Quarter != 0 {
				return fmt.Sprintf("end of %sQ%d", fy, p.Quarter)
			}
			return "end of FY" + fy
		}
		return p.End.String()
	}
	return "?"
}

// ParsePeriod parses the forms people type on a command line: 2004Q1,
// 2004-Q1, Q1-2004, Q1 2004, q1_2004, FY2004, FY24Q1 and 2004-03-31 (an
// instant). Two-digit years are taken as 20YY.
func ParsePeriod(s string) (Period, error) {
	t := strings.ToUpper(strings.TrimSpace(s))
	if d, err := ParseDate(t); err == nil {
		if d.Year < MinYear || d.Year > MaxYear {
			return Period{}, fmt.Errorf("period %q: want a date from %d to %d", s, MinYear, MaxYear)
		}
		return At(d), nil
	}
	t = strings.Map(func(r rune) rune {
		if r == '-' || r == '_' || r == ' ' || r == '/' {
			return -1
		}
		return r
	}, t)
	t = strings.TrimPrefix(t, "FY")
	var p Period
	switch {
	case len(t) >= 4 && t[0] == 'Q' && isDigit(t[1]): // Q12004, Q104
		p = Q(year(t[2:]), int(t[1]-'0'))
	case len(t) >= 4 && t[len(t)-2] == 'Q': // 2004Q1, 24Q1
		p = Q(year(t[:len(t)-2]), int(t[len(t)-1]-'0'))
	default: // 2004, 24
		p = FY(year(t))
	}
	if p.FiscalYear <= 0 || (p.Kind == Quarter && (p.Quarter < 1 || p.Quarter > 4)) {
		return Period{}, fmt.Errorf("period %q: want a fiscal quarter such as 2004Q1 or Q1-2004, a fiscal year such as FY2004, or a date such as 2004-03-31, in a year from %d to %d", s, MinYear, MaxYear)
	}
	return p, nil
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// The years a period given by a person may be in: no call was held
// before MinYear, and a later year than MaxYear is a typing slip.
const (
	MinYear = 1900
	MaxYear = 2099
)

// year parses a 2- or 4-digit year from MinYear to MaxYear, returning 0
// when s is not one.
func year(s string) int {
	if len(s) != 2 && len(s) != 4 {
		return 0
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 {
		return 0
	}
	if len(s) == 2 {
		n += 2000
	}
	if n < MinYear || n > MaxYear {
		return 0
	}
	return n
}

// jsonPeriod is the wire form of a Period; its field order is the contract's.
type jsonPeriod struct {
	Kind       string `json:"kind"`
	FiscalYear int    `json:"fiscal_year,omitempty"`
	Quarter    int    `json:"quarter,omitempty"`
	Months     int    `json:"months,omitempty"`
	End        string `json:"end,omitempty"`
}

// MarshalJSON writes p in the contract's form.
func (p Period) MarshalJSON() ([]byte, error) {
	return json.Marshal(jsonPeriod{p.Kind.String(), p.FiscalYear, p.Quarter, p.Months, p.End.String()})
}

// UnmarshalJSON reads p from the contract's form.
func (p *Period) UnmarshalJSON(b []byte) error {
	var j jsonPeriod
	d := json.NewDecoder(bytes.NewReader(b))
	d.DisallowUnknownFields()
	if err := d.Decode(&j); err != nil {
		return fmt.Errorf("period: %w", err)
	}
	var k Kind
	for i, n := range kindNames {
		if n == j.Kind && n != "" {
			k = Kind(i)
		}
	}
	if k == NoKind {
		return fmt.Errorf("period: unknown kind %q", j.Kind)
	}
	var end Date
	if j.End != "" {
		var err error
		if end, err = ParseDate(j.End); err != nil {
			return fmt.Errorf("period: %w", err)
		}
	}
	*p = Period{Kind: k, FiscalYear: j.FiscalYear, Quarter: j.Quarter, Months: j.Months, End: end}
	return nil
}
