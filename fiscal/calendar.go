package fiscal

import (
	"fmt"
	"strings"
	"time"
)

// A Calendar places fiscal periods on dates. The zero Calendar is not valid;
// use Calendar{EndMonth: time.December} for calendar-year companies.
type Calendar struct {
	// EndMonth is the month in which the fiscal year ends.
	EndMonth time.Month `json:"end_month"`
	// Shift is the calendar year of the fiscal year end minus the fiscal
	// year's number: 0 when fiscal 2022 ends in 2022, 1 when fiscal 2021
	// ends in January 2022.
	Shift int `json:"shift,omitempty"`
}

// CalendarYear is the calendar whose fiscal year is the calendar year.
var CalendarYear = Calendar{EndMonth: time.December}

// IsZero reports whether c is the zero (unset) calendar.
func (c Calendar) IsZero() bool { return c == Calendar{} }

// String describes c for people: "fiscal year ends in June".
func (c Calendar) String() string {
	s := "fiscal year ends in " + c.EndMonth.String()
	if c.Shift != 0 {
		s += fmt.Sprintf(" (fiscal N ends in N%+d)", c.Shift)
	}
	return s
}

// ParseCalendar parses a fiscal year end as given on a command line or in a
// config file: a month name ("june", "Jun") or month-day ("06-30", "6/30").
// Fiscal years are then numbered by the calendar year in which they end.
func ParseCalendar(s string) (Calendar, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	for m := time.January; m <= time.December; m++ {
		name := strings.ToLower(m.String())
		if t == name || (len(t) == 3 && strings.HasPrefix(name, t)) {
			return Calendar{EndMonth: m}, nil
		}
	}
	// a day of the month, in a leap year so that 02-29 is one
	if d, err := time.Parse("2006-1-2", "2000-"+strings.ReplaceAll(t, "/", "-")); err == nil {
		return Calendar{EndMonth: d.Month()}, nil
	}
	return Calendar{}, fmt.Errorf("fiscal year end %q: want a month (june) or a day of one (06-30)", s)
}

// YearEnd returns the last day of fiscal year fy.
func (c Calendar) YearEnd(fy int) Date {
	return MonthEnd(fy+c.Shift, c.EndMonth)
}

// QuarterEnd returns the last day of quarter q of fiscal year fy.
func (c Calendar) QuarterEnd(fy, q int) Date {
	return c.YearEnd(fy).AddMonths(3 * (q - 4))
}

// QuarterOf returns the fiscal year and quarter that a period ending on d
// closes. A date in the first week of a month closes the month before.
func (c Calendar) QuarterOf(d Date) (fy, q int) {
	e := d.snap()
	// months from the start of the fiscal year containing e, 0..11
	k := (int(e.Month) - int(c.EndMonth) - 1 + 24) % 12
	fyEndYear := e.Year
	if e.Month > c.EndMonth {
		fyEndYear++
	}
	return fyEndYear - c.Shift, k/3 + 1
}

// Place fills in what c knows about p: the end of a quarter, year or
// year-to-date span, and the fiscal year and quarter that an instant closes.
func (c Calendar) Place(p Period) Period {
	if c.IsZero() {
		return p
	}
	switch p.Kind {
	case Quarter:
		if p.End.IsZero() && p.FiscalYear != 0 && p.Quarter != 0 {
			p.End = c.QuarterEnd(p.FiscalYear, p.Quarter)
		}
	case Year:
		if p.End.IsZero() && p.FiscalYear != 0 {
			p.End = c.YearEnd(p.FiscalYear)
		}
	case YTD:
		if p.End.IsZero() && p.FiscalYear != 0 && p.Months != 0 {
			p.End = c.YearEnd(p.FiscalYear).AddMonths(p.Months - 12)
		}
	case Instant:
		if !p.End.IsZero() {
			p.FiscalYear, p.Quarter = c.QuarterOf(p.End)
		} else if p.FiscalYear != 0 {
			q := p.Quarter
			if q == 0 {
				q = 4
			}
			p.Quarter = q
			p.End = c.QuarterEnd(p.FiscalYear, q)
		}
	}
	return p
}

// Infer returns the calendar under which quarter q of fiscal year fy ends on
// d, as stated in "the first quarter of fiscal 2022 ended October 31, 2021".
func Infer(fy, q int, d Date) Calendar {
	end := d.snap().AddMonths(3 * (4 - q))
	return Calendar{EndMonth: end.Month, Shift: end.Year - fy}
}
