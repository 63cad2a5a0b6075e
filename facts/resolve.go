package facts

import "qoq/fiscal"

// comparisonOnly reports whether a period phrase only ever names what a
// change is measured against.
func comparisonOnly(r periodRule) bool { return r == prVsYearAgo || r == prVsPrevQuarter }

// comparison reports whether a period phrase usually names a period
// compared with.
func comparison(r periodRule) bool {
	switch r {
	case prVsYearAgo, prVsPrevQuarter, prYearAgo, prSamePeriodOf, prLastYear, prPrevQuarter,
		prLastYearEnd, prPrevQuarterEnd, prQuarterLastYear:
		return true
	}
	return false
}

// resolve turns a period phrase into a fiscal period for a figure of g.
// base is the period of the figure compared with, for a phrase naming the
// period of comparison ("the same period in 2003"); versus says the phrase
// names such a period. It reports false when the period depends on the
// call's quarter and that is unknown, or the phrase names no period the
// contract has.
func (c *docCtx) resolve(ref periodRef, base fiscal.Period, versus, instant, guidance bool) (fiscal.Period, bool) {
	d := c.period
	known := !d.IsZero()
	k := ref.c
	var p fiscal.Period
	switch ref.rule {
	case prQuarter:
		p = fiscal.Q(k.year, k.q)
		if versus && base.Kind == fiscal.Instant {
			p = c.end(p)
		}
	case prQuarterNoYear, prQuarterLastYear, prQuarterThisYear:
		if !known {
			return p, false
		}
		fy := d.FiscalYear
		switch {
		case ref.rule == prQuarterLastYear:
			fy--
		case ref.rule == prQuarterThisYear:
		case k.q > d.Quarter && !guidance:
			fy--
		case k.q <= d.Quarter && guidance && k.q != d.Quarter:
			fy++
		}
		p = fiscal.Q(fy, k.q)
	case prCurrentQuarter:
		if !known {
			return p, false
		}
		p = d
	case prPrevQuarter, prVsPrevQuarter:
		if !known {
			return p, false
		}
		p = d.Prev()
		if base.Kind == fiscal.Quarter && base.Quarter != 0 {
			p = base.Prev()
		}
	case prNextQuarter:
		if !known {
			return p, false
		}
		p = d.Next()
	case prYearAgo, prVsYearAgo:
		if base.IsZero() {
			if !known {
				return p, false
			}
			base = d
		}
		p = base.YearAgo()
		if base.Kind == fiscal.Instant {
			return c.cal.Place(p), true
		}
	case prSamePeriodOf:
		if base.IsZero() || base.Kind == fiscal.Instant {
			if !known {
				return p, false
			}
			base = d
		}
		p = base
		p.FiscalYear, p.End = k.year, fiscal.Date{}
	case prYear:
		p = fiscal.FY(k.year)
		if versus && base.Kind == fiscal.Quarter || versus && base.Kind == fiscal.YTD {
			p = base
			p.FiscalYear, p.End = k.year, fiscal.Date{}
		}
	case prCurrentYear, prLastYear, prNextYear:
		if !known {
			return p, false
		}
		fy := d.FiscalYear
		switch ref.rule {
		case prLastYear:
			if versus && !base.IsZero() {
				p = base.YearAgo()
				return c.place(p, instant), true
			}
			fy--
		case prNextYear:
			fy++
		case prCurrentYear:
			if guidance && d.Quarter == 4 && !versus {
				// in a fourth-quarter call the year ahead is the one guided
				fy++
			}
		}
		p = fiscal.FY(fy)
	case prYTD:
		if !known {
			return p, false
		}
		p = fiscal.Period{Kind: fiscal.YTD, FiscalYear: d.FiscalYear, Months: 3 * d.Quarter}
	case prMonths:
		months := k.num
		if months == 0 {
			months = 6 // "the first half"
		}
		fy := k.year
		if dt := k.date(); !dt.IsZero() {
			fy, _ = c.cal.QuarterOf(dt)
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
	case prQuarterEnded:
		dt := k.date()
		fy, q := c.cal.QuarterOf(dt)
		p = fiscal.Q(fy, q)
	case prYearEnded:
		fy, _ := c.cal.QuarterOf(k.date())
		p = fiscal.FY(fy)
	case prDate:
		p = fiscal.At(k.date())
	case prDateNoYear:
		if !known {
			return p, false
		}
		p = fiscal.At(c.lastDate(k.month, k.day))
	case prYearEnd:
		p = fiscal.At(c.cal.YearEnd(k.year))
	case prYearEndNoYear, prLastYearEnd:
		if !known {
			return p, false
		}
		fy := d.FiscalYear - 1
		if ref.rule == prYearEndNoYear && (guidance || d.Quarter == 4) {
			fy++
		}
		p = fiscal.At(c.cal.YearEnd(fy))
	case prQuarterEnd:
		if !known {
			return p, false
		}
		p = c.end(d)
	case prPrevQuarterEnd:
		if !known {
			return p, false
		}
		p = c.end(d.Prev())
	case prQuarterEndOrd:
		fy := k.year
		if fy == 0 {
			if !known {
				return p, false
			}
			fy = d.FiscalYear
			if k.q > d.Quarter {
				fy--
			}
		}
		p = c.end(fiscal.Q(fy, k.q))
	default:
		return p, false
	}
	return c.place(p, instant), true
}

// place makes p a period of the right kind for a figure: a balance-sheet
// figure is an instant at the end of the period named, a flow for a date
// is the quarter that date closes.
func (c *docCtx) place(p fiscal.Period, instant bool) fiscal.Period {
	switch {
	case instant && p.Kind != fiscal.Instant:
		return c.end(p)
	case instant:
		return c.cal.Place(p)
	case p.Kind == fiscal.Instant:
		fy, q := c.cal.QuarterOf(p.End)
		return fiscal.Q(fy, q)
	}
	return p
}

// end returns the instant at the end of p.
func (c *docCtx) end(p fiscal.Period) fiscal.Period {
	if p.Kind == fiscal.Instant {
		return c.cal.Place(p)
	}
	placed := c.cal.Place(p)
	if placed.End.IsZero() {
		return fiscal.Period{}
	}
	return c.cal.Place(fiscal.At(placed.End))
}

// lastDate returns the last month/day on or before the end of the call's
// quarter.
func (c *docCtx) lastDate(month, day int) fiscal.Date {
	end := c.cal.QuarterEnd(c.period.FiscalYear, c.period.Quarter)
	d := fiscal.NewDate(end.Year, monthOf(month), day)
	if d.Compare(end) > 0 {
		d = fiscal.NewDate(end.Year-1, monthOf(month), day)
	}
	return d
}
