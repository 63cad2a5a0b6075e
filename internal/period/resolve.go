package period

import (
	"time"

	"qoq/fiscal"
	"qoq/internal/lex"
)

// A Resolver resolves period phrases for the figures of one call.
type Resolver struct {
	// Call is the quarter the call reports on; zero when unknown, and then
	// only phrases that name their year resolve.
	Call     fiscal.Period
	Calendar fiscal.Calendar
}

// Want says what a period phrase dates.
type Want struct {
	// Base is the period of the figure a compared period is measured
	// from: "the same period in 2003" is Base's quarter of 2003.
	Base fiscal.Period
	// Versus says the phrase names the period a figure is compared with.
	Versus bool
	// Instant says the figure is a balance, dated at the end of a period.
	Instant bool
	// Guidance says the figure is an outlook.
	Guidance bool
}

// Resolve turns a period phrase into a fiscal period. It reports false
// when the period depends on the call's quarter and that is unknown, or
// the phrase names no period of the contract.
func (r Resolver) Resolve(ref Ref, w Want) (fiscal.Period, bool) {
	d := r.Call
	known := !d.IsZero()
	k := ref.Caps
	base := w.Base
	var p fiscal.Period
	if ref.Rule == NumMonths {
		if k.Num != 6 && k.Num != 9 {
			return p, false // "the 12 months": a trailing year, no period of the contract
		}
		ref.Rule = Months
	}
	switch ref.Rule {
	case Quarter:
		p = fiscal.Q(k.Year, k.Q)
		if w.Versus && base.Kind == fiscal.Instant {
			p = r.end(p)
		}
	case QuarterNoYear, QuarterLastYear, QuarterThisYear:
		if !known {
			return p, false
		}
		fy := d.FiscalYear
		switch {
		case ref.Rule == QuarterLastYear:
			fy--
		case ref.Rule == QuarterThisYear:
		case w.Versus && base.Kind == fiscal.Quarter && base.FiscalYear != 0 && k.Q >= base.Quarter:
			fy = base.FiscalYear - 1
		case k.Q > d.Quarter && !w.Guidance:
			fy--
		case k.Q < d.Quarter && w.Guidance:
			fy++
		}
		p = fiscal.Q(fy, k.Q)
	case CurrentQuarter:
		if !known {
			return p, false
		}
		p = d
		if w.Guidance && !w.Versus {
			// "For the quarter, we expect …": the quarter under way
			p = d.Next()
		}
	case PrevQuarter, VsPrevQuarter:
		if !known {
			return p, false
		}
		p = d.Prev()
		if base.Kind == fiscal.Quarter && base.Quarter != 0 {
			p = base.Prev()
		}
	case NextQuarter:
		if !known {
			return p, false
		}
		p = d.Next()
	case YearAgo, VsYearAgo:
		if base.IsZero() {
			if !known {
				return p, false
			}
			base = d
		}
		p = base.YearAgo()
		if base.Kind == fiscal.Instant {
			return r.Calendar.Place(p), true
		}
	case TwoYearsAgo:
		if base.IsZero() {
			if !known {
				return p, false
			}
			base = d
		}
		p = base.YearAgo().YearAgo()
		if base.Kind == fiscal.Instant {
			return r.Calendar.Place(p), true
		}
	case SamePeriodOf:
		if base.IsZero() || base.Kind == fiscal.Instant {
			if !known {
				return p, false
			}
			base = d
		}
		p = base
		p.FiscalYear, p.End = k.Year, fiscal.Date{}
	case Year:
		p = fiscal.FY(k.Year)
		if w.Versus && (base.Kind == fiscal.Quarter || base.Kind == fiscal.YTD) {
			p = base
			p.FiscalYear, p.End = k.Year, fiscal.Date{}
		}
	case CurrentYear, LastYear, NextYear:
		if !known {
			return p, false
		}
		fy := d.FiscalYear
		switch ref.Rule {
		case LastYear:
			if w.Versus && !base.IsZero() {
				return r.place(base.YearAgo(), w.Instant), true
			}
			fy--
		case NextYear:
			fy++
		case CurrentYear:
			if w.Guidance && d.Quarter == 4 && !w.Versus {
				// in a fourth-quarter call the year ahead is the one guided
				fy++
			}
		}
		p = fiscal.FY(fy)
	case YTD:
		if !known {
			return p, false
		}
		fy := d.FiscalYear
		if k.Year != 0 {
			fy = k.Year // "year-to-date 2020"
		}
		p = fiscal.Period{Kind: fiscal.YTD, FiscalYear: fy, Months: 3 * d.Quarter}
		switch d.Quarter {
		case 1:
			p = fiscal.Q(fy, 1) // the year to date of a first quarter is the quarter
		case 4:
			p = fiscal.FY(fy)
		}
	case Through:
		if !known {
			return p, false
		}
		p = fiscal.Period{Kind: fiscal.YTD, FiscalYear: d.FiscalYear, Months: 3 * k.Q}
		if k.Q == 4 {
			p = fiscal.FY(d.FiscalYear)
		}
		if k.Q == 1 {
			p = fiscal.Q(d.FiscalYear, 1)
		}
	case Months, Quarters:
		months := k.Num
		if months == 0 {
			months = 6 // "the first half"
		}
		if ref.Rule == Quarters {
			months = 3 * k.Num // "the first three quarters of 2021"
		}
		fy := k.Year
		if dt := date(k); !dt.IsZero() {
			fy, _ = r.Calendar.QuarterOf(dt)
		}
		if fy == 0 {
			if !known {
				return p, false
			}
			fy = d.FiscalYear
		}
		switch months {
		case 3:
			p = fiscal.Q(fy, 1)
		case 12:
			p = fiscal.FY(fy)
		default:
			p = fiscal.Period{Kind: fiscal.YTD, FiscalYear: fy, Months: months}
		}
	case QuarterEnded:
		fy, q := r.Calendar.QuarterOf(date(k))
		p = fiscal.Q(fy, q)
	case YearEnded:
		fy, q := r.Calendar.QuarterOf(date(k))
		if q != 4 {
			return p, false // "the 12 months ended September 30, 2021": a trailing year, no fiscal one
		}
		p = fiscal.FY(fy)
	case Date:
		p = fiscal.At(date(k))
	case DateNoYear:
		if !known {
			return p, false
		}
		p = fiscal.At(r.lastDate(k.Month, k.Day))
	case YearEnd:
		p = fiscal.At(r.Calendar.YearEnd(k.Year))
	case YearEndNoYear, LastYearEnd:
		if !known {
			return p, false
		}
		fy := d.FiscalYear - 1
		if ref.Rule == YearEndNoYear && (w.Guidance || d.Quarter == 4) {
			fy++
		}
		p = fiscal.At(r.Calendar.YearEnd(fy))
	case QuarterEnd:
		if !known {
			return p, false
		}
		p = r.end(d)
	case PrevQuarterEnd:
		if !known {
			return p, false
		}
		p = r.end(d.Prev())
	case QuarterEndOrd:
		fy := k.Year
		if fy == 0 {
			if !known {
				return p, false
			}
			fy = d.FiscalYear
			if k.Q > d.Quarter {
				fy--
			}
		}
		p = r.end(fiscal.Q(fy, k.Q))
	default:
		return p, false
	}
	if p.Kind == fiscal.Quarter && (p.Quarter < 1 || p.Quarter > 4) {
		return fiscal.Period{}, false
	}
	return r.place(p, w.Instant), true
}

// Default returns the period of a figure whose sentence names none: the
// call's quarter, or its end for a balance. It reports false when the
// call's quarter is unknown.
func (r Resolver) Default(instant bool) (fiscal.Period, bool) {
	if r.Call.IsZero() {
		return fiscal.Period{}, false
	}
	return r.place(r.Call, instant), true
}

// Place makes p a period of the right kind for a figure: a balance is an
// instant at the end of the period named, a flow for a date is the
// quarter that date closes.
func (r Resolver) Place(p fiscal.Period, instant bool) fiscal.Period { return r.place(p, instant) }

func (r Resolver) place(p fiscal.Period, instant bool) fiscal.Period {
	switch {
	case instant && p.Kind != fiscal.Instant:
		return r.end(p)
	case instant:
		return r.Calendar.Place(p)
	case p.Kind == fiscal.Instant:
		fy, q := r.Calendar.QuarterOf(p.End)
		return fiscal.Q(fy, q)
	}
	return p
}

// end returns the instant at the end of p.
func (r Resolver) end(p fiscal.Period) fiscal.Period {
	if p.Kind == fiscal.Instant {
		return r.Calendar.Place(p)
	}
	placed := r.Calendar.Place(p)
	if placed.End.IsZero() {
		return fiscal.Period{}
	}
	return r.Calendar.Place(fiscal.At(placed.End))
}

// lastDate returns the month/day of a year not named: the one in the
// nine months before the call's quarter end or the three after, when the
// call is held ("At June 12, our cash was …" in a first-quarter call).
func (r Resolver) lastDate(month, day int) fiscal.Date {
	end := r.Calendar.QuarterEnd(r.Call.FiscalYear, r.Call.Quarter)
	d := fiscal.NewDate(end.Year, time.Month(month), day)
	if d.Compare(end.AddMonths(3)) > 0 {
		d = fiscal.NewDate(end.Year-1, time.Month(month), day)
	}
	if d.Compare(end.AddMonths(-9)) <= 0 {
		d = fiscal.NewDate(d.Year+1, time.Month(month), day)
	}
	return d
}

// date returns the date the captures name, or the zero Date.
func date(c lex.Caps) fiscal.Date {
	if c.Year == 0 || c.Month == 0 || c.Day == 0 {
		return fiscal.Date{}
	}
	return fiscal.NewDate(c.Year, time.Month(c.Month), c.Day)
}

// DateOf returns the date a phrase's captures name, or the zero Date.
func DateOf(c lex.Caps) fiscal.Date { return date(c) }
