package period

import "qoq/internal/lex"

// Rule says how a period phrase resolves against the call's own quarter
// and the figure it dates.
type Rule uint8

// The rules of period phrases.
const (
	Quarter         Rule = iota + 1 // <ord> quarter of <year>: that fiscal quarter
	QuarterNoYear                   // <ord> quarter: of the call's fiscal year, or the one before
	QuarterLastYear                 // <ord> quarter of last year
	QuarterThisYear                 // <ord> quarter of this year
	CurrentQuarter                  // the quarter
	PrevQuarter                     // last quarter
	NextQuarter                     // next quarter
	YearAgo                         // the same period last year
	SamePeriodOf                    // the same period in <year>
	Year                            // fiscal <year>
	CurrentYear                     // the full year
	LastYear                        // last year: the year before, or a year ago when compared with
	NextYear                        // next year
	YTD                             // year to date
	Months                          // first <num> months [of <year>]; six months ended <date>
	QuarterEnded                    // [<ord>] quarter ended <date>
	YearEnded                       // year ended <date>
	Date                            // <month> <day>, <year>: an instant
	DateNoYear                      // <month> <day>: the last such date by the call's quarter end
	YearEnd                         // the end of <year>
	YearEndNoYear                   // year end: the last fiscal year end, or this one in Q4 and guidance
	LastYearEnd                     // the end of last year
	QuarterEnd                      // the end of the quarter
	PrevQuarterEnd                  // the end of last quarter
	QuarterEndOrd                   // the end of the <ord> quarter [of <year>]
	Half2                           // the second half: not a period of the contract
	Ended                           // ended <date>: the end of a period named before
	VsYearAgo                       // year over year: only ever what a change is measured against
	VsPrevQuarter                   // sequentially: likewise
	Month                           // a month, a week: no period of the contract
	LongTerm                        // over time, long term, by <year>: a horizon, not a period
	Through                         // through the <ord> quarter: the year to date at that quarter's end
	Since                           // since <year>: a sum over the years since, no period of the contract
	Today                           // outstanding today, as of today: the day of the call, no period of the contract
	Quarters                        // the first <num> quarters [of <year>]: the year to date at the last one's end
	TwoYearsAgo                     // two years ago: the same period two years before
	YearsTo                         // through <year>, from <year> to <year>: the years up to <year>, a horizon like LongTerm
	NumMonths                       // the nine months, the 6-month period: the year to date of six or nine months
)

// Horizon reports whether the phrase names a horizon of years rather than
// a period: "over the long term", "by 2025", "through 2025".
func (r Rule) Horizon() bool { return r == LongTerm || r == YearsTo }

// A Ref is a period phrase as written, to be resolved.
type Ref struct {
	Rule Rule
	Caps lex.Caps
}

// ComparisonOnly reports whether the phrase only ever names what a change
// is measured against: "year over year", "sequentially".
func (r Rule) ComparisonOnly() bool { return r == VsYearAgo || r == VsPrevQuarter }

// Comparison reports whether the phrase usually names a period compared
// with: "a year ago", "last quarter", "the end of last year".
func (r Rule) Comparison() bool {
	switch r {
	case VsYearAgo, VsPrevQuarter, YearAgo, TwoYearsAgo, SamePeriodOf, LastYear, PrevQuarter,
		LastYearEnd, PrevQuarterEnd, QuarterLastYear:
		return true
	}
	return false
}

// Instant reports whether the phrase names a date rather than a span.
func (r Rule) Instant() bool {
	switch r {
	case Date, DateNoYear, YearEnd, YearEndNoYear, LastYearEnd, QuarterEnd, PrevQuarterEnd, QuarterEndOrd:
		return true
	}
	return false
}

// Span reports whether the phrase names a part of a year that is neither a
// quarter nor the year: a half, a month, a horizon.
func (r Rule) Span() bool {
	return r == Half2 || r == Month || r == LongTerm || r == YearsTo || r == Since || r == Today
}

// A Pattern is a phrase of the period language and its rule.
type Pattern struct {
	Phrase string
	Rule   Rule
}

// Patterns returns the phrases that name periods, in the language of
// package lex. In a pattern, <ord> is first…fourth or 1st…4th, <year> a
// year ("2004", "'04"), <q> "q1"…"q4", <qy> a compact quarter and year
// ("1q21", "q4-20", "fy22q1"), <fy> a compact fiscal year ("fy21"),
// <month> and <day> parts of a date, <num> a number of months; [word] is
// optional. The longest phrase wins.
func Patterns() []Pattern { return append([]Pattern(nil), patterns...) }

var patterns = []Pattern{
	// a fiscal quarter, named in full
	{"[the] <ord> quarter of fiscal [year] <year>", Quarter},
	{"[the] <ord> quarter of fy <year>", Quarter},
	{"[the] <ord> quarter of <fy>", Quarter},
	{"[the] <ord> fiscal quarter of <year>", Quarter},
	{"[the] <ord> fiscal quarter [of] fiscal <year>", Quarter},
	{"[the] <ord> fiscal quarter <year>", Quarter},
	{"[the] <ord> quarter fiscal [year] <year>", Quarter},
	{"[the] <ord> quarter of [calendar] [year] <year>", Quarter},
	{"[the] <ord> quarter in <year>", Quarter},
	{"[the] <ord> quarter <year>", Quarter},
	{"[the] <ord> quarter <fy>", Quarter},
	{"[the] <ord> quarter of the <year> fiscal year", Quarter},
	{"[our] fiscal [year] <year> <ord> quarter", Quarter},
	{"[our] <fy> <ord> quarter", Quarter},
	{"[our] <year> <ord> quarter", Quarter},
	{"<q> fiscal [year] <year>", Quarter},
	{"<q> of fiscal [year] <year>", Quarter},
	{"fiscal <q> <year>", Quarter},
	{"fiscal [year] <year> <q>", Quarter},
	{"<q> <year>", Quarter},
	{"<q> of <year>", Quarter},
	{"<q> <fy>", Quarter},
	{"<fy> <q>", Quarter},
	{"<year> <q>", Quarter},
	{"<qy>", Quarter},
	// a quarter of a year named relatively
	{"[the] <ord> quarter", QuarterNoYear},
	{"[the] <ord> fiscal quarter", QuarterNoYear},
	{"[the] <ord> quarter of the fiscal year", QuarterNoYear},
	{"[the] <ord> quarter of the year", QuarterNoYear},
	{"<q>", QuarterNoYear},
	{"fiscal <q>", QuarterNoYear},
	{"[the] <ord> quarter of last year", QuarterLastYear},
	{"[the] <ord> quarter of [the] prior year", QuarterLastYear},
	{"[the] <ord> quarter of the previous year", QuarterLastYear},
	{"[the] <ord> quarter of the prior fiscal year", QuarterLastYear},
	{"[the] <ord> quarter of last fiscal year", QuarterLastYear},
	{"[the] <ord> quarter last year", QuarterLastYear},
	{"[the] <ord> quarter a year ago", QuarterLastYear},
	{"[the] prior year <ord> quarter", QuarterLastYear},
	{"last year 's <ord> quarter", QuarterLastYear},
	{"last year <ord> quarter", QuarterLastYear},
	{"prior year 's <ord> quarter", QuarterLastYear},
	{"<q> of last year", QuarterLastYear},
	{"<q> last year", QuarterLastYear},
	{"last year 's <q>", QuarterLastYear},
	{"[the] <ord> quarter of this year", QuarterThisYear},
	{"[the] <ord> quarter this year", QuarterThisYear},
	{"this year 's <ord> quarter", QuarterThisYear},
	// the call's own quarter, the one before and the one after
	{"the quarter", CurrentQuarter}, {"this quarter", CurrentQuarter},
	{"the current quarter", CurrentQuarter}, {"the latest quarter", CurrentQuarter},
	{"the most recent quarter", CurrentQuarter}, {"the recent quarter", CurrentQuarter},
	{"quarterly", CurrentQuarter}, {"the three months", CurrentQuarter},
	{"the reporting period", CurrentQuarter}, {"the period", CurrentQuarter},
	{"the current year quarter", CurrentQuarter}, {"the current year period", CurrentQuarter},
	{"current quarter", CurrentQuarter}, {"this year 's quarter", CurrentQuarter},
	{"this period", CurrentQuarter}, {"the current period", CurrentQuarter},
	{"sequentially", VsPrevQuarter}, {"sequential", VsPrevQuarter},
	{"on a sequential basis", VsPrevQuarter}, {"[the] prior quarter", PrevQuarter},
	{"[the] previous quarter", PrevQuarter}, {"last quarter", PrevQuarter},
	{"[the] linked quarter", PrevQuarter}, {"quarter over quarter", VsPrevQuarter},
	{"on a linked quarter basis", VsPrevQuarter}, {"on a linked quarter annualized basis", VsPrevQuarter},
	{"on a quarter over quarter basis", VsPrevQuarter},
	{"quarter on quarter", VsPrevQuarter}, {"q/q", VsPrevQuarter}, {"qoq", VsPrevQuarter},
	{"[the] preceding quarter", PrevQuarter}, {"[the] trailing quarter", PrevQuarter},
	{"[the] next quarter", NextQuarter}, {"the coming quarter", NextQuarter},
	{"the upcoming quarter", NextQuarter}, {"the following quarter", NextQuarter},
	// a year earlier
	{"[the] same period in <year>", SamePeriodOf}, {"[the] same period of <year>", SamePeriodOf},
	{"[the] same quarter of <year>", SamePeriodOf}, {"[the] same quarter in <year>", SamePeriodOf},
	{"[the] comparable period in <year>", SamePeriodOf}, {"[the] comparable period of <year>", SamePeriodOf},
	{"[the] comparable quarter of <year>", SamePeriodOf}, {"[the] comparable quarter in <year>", SamePeriodOf},
	{"[the] corresponding period of <year>", SamePeriodOf}, {"[the] corresponding period in <year>", SamePeriodOf},
	{"[the] corresponding quarter of <year>", SamePeriodOf}, {"[the] same period of fiscal <year>", SamePeriodOf},
	{"[the] same quarter of fiscal <year>", SamePeriodOf}, {"[the] same quarter last year", YearAgo},
	{"[the] same period last year", YearAgo}, {"[the] same period a year ago", YearAgo},
	{"[the] same period of last year", YearAgo}, {"[the] same period of the prior year", YearAgo},
	{"[the] same period in the prior year", YearAgo}, {"[the] same period of the previous year", YearAgo},
	{"[the] same period in the previous year", YearAgo}, {"[the] same period the prior year", YearAgo},
	{"[the] same quarter a year ago", YearAgo}, {"[the] same quarter of last year", YearAgo},
	{"[the] same quarter of the prior year", YearAgo}, {"[the] same quarter in the prior year", YearAgo},
	{"[the] same quarter the prior year", YearAgo}, {"[the] same quarter of the previous year", YearAgo},
	{"[the] prior year period", YearAgo}, {"[the] prior year quarter", YearAgo},
	{"[the] prior year 's quarter", YearAgo}, {"[the] prior year 's period", YearAgo},
	{"[the] prior year comparable period", YearAgo}, {"[the] prior year same period", YearAgo},
	{"[the] comparable prior year period", YearAgo}, {"[the] comparable prior year quarter", YearAgo},
	{"[the] comparable period last year", YearAgo}, {"[the] comparable quarter last year", YearAgo},
	{"[the] comparable period of last year", YearAgo}, {"[the] comparable period a year ago", YearAgo},
	{"[the] comparable quarter a year ago", YearAgo}, {"[the] comparable year ago quarter", YearAgo},
	{"[the] comparable year ago period", YearAgo},
	{"[the] year ago quarter", YearAgo}, {"[the] year ago period", YearAgo},
	{"[the] year earlier quarter", YearAgo}, {"[the] year earlier period", YearAgo},
	{"a year ago", YearAgo}, {"a year earlier", YearAgo}, {"year ago", YearAgo}, {"[the] year ago", YearAgo},
	{"one year ago", YearAgo}, {"[the] year earlier", YearAgo},
	{"[the] prior year 's <ord> quarter", QuarterLastYear}, {"[the] previous year 's <ord> quarter", QuarterLastYear},
	{"two years ago", TwoYearsAgo}, {"2 years ago", TwoYearsAgo}, {"[the] same period two years ago", TwoYearsAgo},
	{"[the] same quarter two years ago", TwoYearsAgo}, {"two years earlier", TwoYearsAgo},
	{"[the] last year quarter", YearAgo}, {"[the] last year period", YearAgo},
	{"year over year", VsYearAgo}, {"year on year", VsYearAgo}, {"yoy", VsYearAgo}, {"y/y", VsYearAgo},
	{"on a year over year basis", VsYearAgo},
	{"last year", LastYear}, {"the prior year", LastYear}, {"prior year", LastYear},
	{"the previous year", LastYear}, {"the prior fiscal year", LastYear},
	{"last fiscal year", LastYear}, {"the last fiscal year", LastYear}, {"fiscal year ago", LastYear},
	// years
	{"fiscal [year] <year>", Year}, {"<fy>", Year}, {"fy <year>", Year},
	{"[the] full year [of] <year>", Year}, {"[the] full year fiscal [year] <year>", Year},
	{"[the] full fiscal year [of] <year>", Year}, {"[the] full year <fy>", Year},
	{"calendar [year] <year>", Year}, {"[the] year <year>", Year}, {"<year>", Year},
	{"[the] <year> fiscal year", Year}, {"[the] full year in <year>", Year}, {"[the] entire fiscal year in <year>", Year},
	{"[the] entire year [of] <year>", Year}, {"[the] fiscal year [in] <year>", Year}, {"[the] full fiscal year in <year>", Year}, {"[the] <year> full year", Year}, {"[the] full <year> year", Year},
	{"[the] full year", CurrentYear}, {"[the] full fiscal year", CurrentYear},
	{"the fiscal year", CurrentYear}, {"this fiscal year", CurrentYear},
	{"the year", CurrentYear}, {"this year", CurrentYear}, {"the current year", CurrentYear},
	{"the current fiscal year", CurrentYear}, {"the whole year", CurrentYear},
	{"the entire year", CurrentYear}, {"the total year", CurrentYear}, {"fiscal year", CurrentYear},
	{"annual", CurrentYear}, {"full year", CurrentYear},
	{"next year", NextYear}, {"next fiscal year", NextYear}, {"the next fiscal year", NextYear},
	{"the coming year", NextYear}, {"the coming fiscal year", NextYear}, {"the upcoming year", NextYear},
	// spans from the start of the year
	{"year to date", YTD}, {"through <month> year to date", YTD}, {"year to date through <month>", YTD}, {"through the <ord> quarter", Through}, {"through <q>", Through},
	{"<q> year to date", Through}, {"<q> ytd", Through}, {"[the] <ord> quarter year to date", Through},
	{"through the first <num> months", Months}, {"ytd", YTD}, {"fiscal year to date", YTD}, {"so far this year", YTD},
	{"so far in <year>", YTD}, {"so far in fiscal [year] <year>", YTD}, {"thus far in <year>", YTD}, {"so far in the year", YTD}, {"thus far this year", YTD},
	{"[the] first <num> months [of] [fiscal] [year] <year>", Months},
	{"[the] first <num> months", Months},
	{"[the] <num> months", NumMonths}, {"[the] <num> month period", NumMonths},
	{"[the] <num> month period ended <month> <day> <year>", Months}, {"[the] <num> months ended <month> <day>", NumMonths},
	{"[the] first <num> quarters [of] [fiscal] [year] <year>", Quarters}, {"[the] first <num> quarters", Quarters},
	{"[the] first <num> quarters of the year", Quarters}, {"through the first <num> quarters", Quarters},
	{"[the] first <num> months of the year", Months},
	{"[the] first <num> months of the fiscal year", Months},
	{"[the] <num> months ended <month> <day> <year>", Months},
	{"[the] first <num> months ended <month> <day> <year>", Months},
	{"[the] first half [of] [fiscal] [year] <year>", Months},
	{"[the] first half", Months}, {"[the] first half of the year", Months},
	{"[the] first half of the fiscal year", Months}, {"1h", Months}, {"h1", Months},
	{"1h <year>", Months}, {"h1 <year>", Months},
	{"[the] second half", Half2}, {"[the] back half", Half2}, {"2h", Half2}, {"h2", Half2},
	{"[the] second half of [the] [fiscal] [year]", Half2}, {"[the] second half of [fiscal] [year] <year>", Half2},
	{"[the] back half of [fiscal] [year] <year>", Half2}, {"2h <year>", Half2}, {"h2 <year>", Half2},
	{"[the] <ord> quarter ended <month> <day> <year>", QuarterEnded},
	{"[the] quarter ended <month> <day> <year>", QuarterEnded},
	{"[the] quarter ending <month> <day> <year>", QuarterEnded},
	{"[the] three months ended <month> <day> <year>", QuarterEnded},
	{"[the] <ord> quarter of fiscal [year] <fyear> ended <month> <day> <year>", QuarterEnded},
	{"[the] <ord> quarter of fiscal [year] <fyear> which ended <month> <day> <year>", QuarterEnded},
	{"[the] <ord> quarter of <fyear> ended <month> <day> <year>", QuarterEnded},
	{"[the] <ord> quarter of fiscal [year] <fyear> ending <month> <day> <year>", QuarterEnded},
	{"fiscal [year] <fyear> <ord> quarter ended <month> <day> <year>", QuarterEnded},
	{"[the] <ord> quarter <fyear> ended <month> <day> <year>", QuarterEnded},
	{"[the] <ord> quarter which ended <month> <day> <year>", QuarterEnded},
	{"ended <month> <day> <year>", Ended}, {"ending <month> <day> <year>", Ended},
	{"[the] <ord> fiscal quarter ended <month> <day> <year>", QuarterEnded},
	{"[the] [fiscal] year ended <month> <day> <year>", YearEnded}, {"[the] fiscal year ending <month> <day> <year>", YearEnded},
	{"[the] twelve months ended <month> <day> <year>", YearEnded},
	{"[the] 12 months ended <month> <day> <year>", YearEnded},
	// instants
	{"<month> <day> <year>", Date}, {"<day> <month> <year>", Date},
	{"<month> <day>", DateNoYear},
	{"[the] end of [fiscal] [year] <year>", YearEnd}, {"year end <year>", YearEnd},
	{"[the] <year> year end", YearEnd}, {"fiscal [year] <year> year end", YearEnd},
	{"[the] end of the <year> fiscal year", YearEnd}, {"[the] close of <year>", YearEnd},
	{"[the] end of <fy>", YearEnd}, {"<fy> year end", YearEnd},
	{"year end", YearEndNoYear}, {"the year end", YearEndNoYear},
	{"[the] end of the year", YearEndNoYear}, {"[the] end of the fiscal year", YearEndNoYear},
	{"fiscal year end", YearEndNoYear}, {"[the] end of this year", YearEndNoYear},
	{"[the] end of last year", LastYearEnd}, {"last year end", LastYearEnd},
	{"[the] prior year end", LastYearEnd}, {"[the] end of the prior year", LastYearEnd},
	{"[the] end of the previous year", LastYearEnd}, {"[the] end of the prior fiscal year", LastYearEnd},
	{"[the] end of the last fiscal year", LastYearEnd}, {"[the] end of last fiscal year", LastYearEnd},
	{"[the] previous year end", LastYearEnd}, {"[the] prior fiscal year end", LastYearEnd},
	{"[the] quarter end", QuarterEnd}, {"[the] end of the quarter", QuarterEnd},
	{"[the] end of this quarter", QuarterEnd}, {"[the] close of the quarter", QuarterEnd},
	{"[the] end of the period", QuarterEnd}, {"period end", QuarterEnd},
	{"quarter 's end", QuarterEnd}, {"[the] end of the current quarter", QuarterEnd},
	{"[the] end of last quarter", PrevQuarterEnd}, {"[the] end of the prior quarter", PrevQuarterEnd},
	{"[the] end of the previous quarter", PrevQuarterEnd}, {"[the] prior quarter end", PrevQuarterEnd},
	{"last quarter end", PrevQuarterEnd}, {"[the] end of the linked quarter", PrevQuarterEnd},
	{"[the] end of the <ord> quarter", QuarterEndOrd}, {"[the] end of the <ord> quarter of <year>", QuarterEndOrd},
	{"[the] end of the <ord> quarter of fiscal [year] <year>", QuarterEndOrd},
	{"<ord> quarter end", QuarterEndOrd}, {"[the] end of <q>", QuarterEndOrd},
	// spans no figure of the contract covers: months, weeks, horizons
	{"[in] <month>", Month}, {"through <month> <day>", Month}, {"quarter to date", Month}, {"qtd", Month},
	{"so far this quarter", Month}, {"month to date", Month}, {"thus far in the quarter", Month},
	{"so far in the quarter", Month}, {"to date this quarter", Month}, {"quarter to date period", Month}, {"[the] month of <month>", Month}, {"[the] month", Month},
	{"[the] last <num> weeks", Month}, {"[the] week", Month}, {"each month", Month}, {"per month", Month},
	{"[the] long term", LongTerm}, {"over time", LongTerm}, {"over the long term", LongTerm},
	{"long term", LongTerm}, {"[the] next few years", LongTerm}, {"[the] coming years", LongTerm},
	{"[the] next several years", LongTerm}, {"[the] next <num> years", LongTerm}, {"over the next decade", LongTerm},
	{"outstanding today", Today}, {"as of today", Today}, {"as we sit here today", Today}, {"as of right now", Today}, {"as we speak", Today},
	{"since <year>", Since}, {"since <q>", Since}, {"since <q> <year>", Since}, {"since [the] <ord> quarter of <year>", Since}, {"over the last <num> years", Since}, {"over the past <num> years", Since},
	{"[in] the last <num> years", Since}, {"[in] the past <num> years", Since},
	{"[in] [over] the last <num> quarters", Since}, {"[in] [over] the past <num> quarters", Since}, {"[across] those [same] <num> quarters", Since}, {"since fiscal [year] <year>", Since}, {"since [the] end of <year>", Since},
	{"by <year>", LongTerm}, {"by fiscal [year] <year>", LongTerm}, {"by <fy>", LongTerm},
	{"through <year>", YearsTo}, {"over [the] fiscal <year> to fiscal <year> [time frame]", YearsTo},
	{"over [the] <year> to <year> [period]", YearsTo}, {"from <year> to <year>", YearsTo}, {"[the] <year> to <year> period", YearsTo}, {"over the cycle", LongTerm}, {"[the] medium term", LongTerm},
}
