package fiscal

import (
	"fmt"
	"time"
)

// A Date is a civil date: a year, a month and a day, with no time zone.
// The zero Date means "unknown".
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date y-m-d, normalising out-of-range days and months
// the way time.Date does.
func NewDate(y int, m time.Month, d int) Date {
	t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	return Date{t.Year(), t.Month(), t.Day()}
}

// MonthEnd returns the last day of month m of year y.
func MonthEnd(y int, m time.Month) Date {
	return NewDate(y, m+1, 0)
}

// ParseDate parses a date in ISO form, 2004-03-31.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return Date{}, fmt.Errorf("date %q: want YYYY-MM-DD", s)
	}
	return Date{t.Year(), t.Month(), t.Day()}, nil
}

// IsZero reports whether d is the zero (unknown) date.
func (d Date) IsZero() bool { return d == Date{} }

// String formats d as YYYY-MM-DD, or "" for the zero date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return fmt.Sprintf("%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
}

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return sign(d.Year - e.Year)
	case d.Month != e.Month:
		return sign(int(d.Month) - int(e.Month))
	default:
		return sign(d.Day - e.Day)
	}
}

// AddMonths returns the end of the month that lies n months after d's month
// when d is a month end, and the same day n months later otherwise (clamped
// to the month's length).
func (d Date) AddMonths(n int) Date {
	first := NewDate(d.Year, d.Month+time.Month(n), 1)
	end := MonthEnd(first.Year, first.Month)
	if d == MonthEnd(d.Year, d.Month) || d.Day > end.Day {
		return end
	}
	return Date{first.Year, first.Month, d.Day}
}

// snap returns the month end that d closes: a date in the first week of a
// month closes the month before (52/53-week fiscal years), any other date
// closes its own month.
func (d Date) snap() Date {
	if d.Day <= 7 {
		return MonthEnd(d.Year, d.Month-1)
	}
	return MonthEnd(d.Year, d.Month)
}

func sign(n int) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}
