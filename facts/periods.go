package facts

// periodRule says how a period phrase resolves against the call's own
// quarter and the figure it qualifies.
type periodRule uint8

const (
	prQuarter         periodRule = iota + 1 // <ord> quarter of <year>: that fiscal quarter
	prQuarterNoYear                         // <ord> quarter: of the call's fiscal year, or the one before
	prQuarterLastYear                       // <ord> quarter of last year
	prQuarterThisYear                       // <ord> quarter of this year
	prCurrentQuarter                        // the quarter
	prPrevQuarter                           // sequentially, last quarter
	prNextQuarter                           // next quarter
	prYearAgo                               // the same period last year
	prSamePeriodOf                          // the same period in <year>
	prYear                                  // fiscal <year>
	prCurrentYear                           // the full year
	prLastYear                              // last year: the year before, or a year ago when compared with
	prNextYear                              // next year
	prYTD                                   // year to date
	prMonths                                // first <num> months [of <year>]; six months ended <date>
	prQuarterEnded                          // [<ord>] quarter ended <date>
	prYearEnded                             // year ended <date>
	prDate                                  // <month> <day>, <year>: an instant
	prDateNoYear                            // <month> <day>: the last such date by the call's quarter end
	prYearEnd                               // the end of <year>
	prYearEndNoYear                         // year end: the last fiscal year end, or this one in Q4 and guidance
	prLastYearEnd                           // the end of last year
	prQuarterEnd                            // the end of the quarter
	prPrevQuarterEnd                        // the end of last quarter
	prQuarterEndOrd                         // the end of the <ord> quarter [of <year>]
	prHalf2                                 // the second half: not a period of the contract
	prEnded                                 // ended <date>: the end of a period named before
	prVsYearAgo                             // year over year: only ever what a change is measured against
	prVsPrevQuarter                         // sequentially: likewise
)

// periodPatterns are the phrases that name periods. In a pattern, <ord> is
// first…fourth or 1st…4th, <year> a year ("2004", "'04"), <q> "q1"…"q4",
// <qy> a compact quarter and year ("1q21", "q4-20", "fy22q1"), <fy> a
// compact fiscal year ("fy21"), <month> and <day> parts of a date, <num> a
// number of months; [word] is optional. Commas are skipped, hyphens are
// spaces, and the longest phrase wins.
var periodPatterns = []struct {
	pattern string
	rule    periodRule
}{
	// a fiscal quarter, named in full
	{"[the] <ord> quarter of fiscal [year] <year>", prQuarter},
	{"[the] <ord> quarter of fy <year>", prQuarter},
	{"[the] <ord> quarter of <fy>", prQuarter},
	{"[the] <ord> fiscal quarter of <year>", prQuarter},
	{"[the] <ord> fiscal quarter [of] fiscal <year>", prQuarter},
	{"[the] <ord> fiscal quarter <year>", prQuarter},
	{"[the] <ord> quarter fiscal [year] <year>", prQuarter},
	{"[the] <ord> quarter of [calendar] [year] <year>", prQuarter},
	{"[the] <ord> quarter in <year>", prQuarter},
	{"[the] <ord> quarter <year>", prQuarter},
	{"[the] <ord> quarter <fy>", prQuarter},
	{"[the] <ord> quarter of the <year> fiscal year", prQuarter},
	{"[our] fiscal [year] <year> <ord> quarter", prQuarter},
	{"[our] <fy> <ord> quarter", prQuarter},
	{"[our] <year> <ord> quarter", prQuarter},
	{"<q> fiscal [year] <year>", prQuarter},
	{"<q> of fiscal [year] <year>", prQuarter},
	{"fiscal <q> <year>", prQuarter},
	{"fiscal [year] <year> <q>", prQuarter},
	{"<q> <year>", prQuarter},
	{"<q> of <year>", prQuarter},
	{"<q> <fy>", prQuarter},
	{"<fy> <q>", prQuarter},
	{"<year> <q>", prQuarter},
	{"<qy>", prQuarter},
	// a quarter of a year named relatively
	{"[the] <ord> quarter", prQuarterNoYear},
	{"[the] <ord> fiscal quarter", prQuarterNoYear},
	{"[the] <ord> quarter of the fiscal year", prQuarterNoYear},
	{"[the] <ord> quarter of the year", prQuarterNoYear},
	{"<q>", prQuarterNoYear},
	{"fiscal <q>", prQuarterNoYear},
	{"[the] <ord> quarter of last year", prQuarterLastYear},
	{"[the] <ord> quarter of [the] prior year", prQuarterLastYear},
	{"[the] <ord> quarter of the previous year", prQuarterLastYear},
	{"[the] <ord> quarter of the prior fiscal year", prQuarterLastYear},
	{"[the] <ord> quarter of last fiscal year", prQuarterLastYear},
	{"[the] <ord> quarter last year", prQuarterLastYear},
	{"[the] <ord> quarter a year ago", prQuarterLastYear},
	{"[the] prior year <ord> quarter", prQuarterLastYear},
	{"last year 's <ord> quarter", prQuarterLastYear},
	{"last year <ord> quarter", prQuarterLastYear},
	{"prior year 's <ord> quarter", prQuarterLastYear},
	{"<q> of last year", prQuarterLastYear},
	{"<q> last year", prQuarterLastYear},
	{"last year 's <q>", prQuarterLastYear},
	{"[the] <ord> quarter of this year", prQuarterThisYear},
	{"[the] <ord> quarter this year", prQuarterThisYear},
	{"this year 's <ord> quarter", prQuarterThisYear},
	// the call's own quarter, the one before and the one after
	{"the quarter", prCurrentQuarter}, {"this quarter", prCurrentQuarter},
	{"the current quarter", prCurrentQuarter}, {"the latest quarter", prCurrentQuarter},
	{"the most recent quarter", prCurrentQuarter}, {"the recent quarter", prCurrentQuarter},
	{"quarterly", prCurrentQuarter}, {"the three months", prCurrentQuarter},
	{"the reporting period", prCurrentQuarter}, {"the period", prCurrentQuarter},
	{"the current year quarter", prCurrentQuarter}, {"the current year period", prCurrentQuarter},
	{"current quarter", prCurrentQuarter}, {"this year 's quarter", prCurrentQuarter},
	{"this period", prCurrentQuarter}, {"the current period", prCurrentQuarter},
	{"sequentially", prVsPrevQuarter}, {"sequential", prVsPrevQuarter},
	{"on a sequential basis", prVsPrevQuarter}, {"[the] prior quarter", prPrevQuarter},
	{"[the] previous quarter", prPrevQuarter}, {"last quarter", prPrevQuarter},
	{"[the] linked quarter", prPrevQuarter}, {"quarter over quarter", prVsPrevQuarter},
	{"quarter on quarter", prVsPrevQuarter}, {"q/q", prVsPrevQuarter}, {"qoq", prVsPrevQuarter},
	{"[the] preceding quarter", prPrevQuarter}, {"[the] trailing quarter", prPrevQuarter},
	{"[the] next quarter", prNextQuarter}, {"the coming quarter", prNextQuarter},
	{"the upcoming quarter", prNextQuarter}, {"the following quarter", prNextQuarter},
	// a year earlier
	{"[the] same period in <year>", prSamePeriodOf}, {"[the] same period of <year>", prSamePeriodOf},
	{"[the] same quarter of <year>", prSamePeriodOf}, {"[the] same quarter in <year>", prSamePeriodOf},
	{"[the] comparable period in <year>", prSamePeriodOf}, {"[the] comparable period of <year>", prSamePeriodOf},
	{"[the] comparable quarter of <year>", prSamePeriodOf}, {"[the] comparable quarter in <year>", prSamePeriodOf},
	{"[the] corresponding period of <year>", prSamePeriodOf}, {"[the] corresponding period in <year>", prSamePeriodOf},
	{"[the] corresponding quarter of <year>", prSamePeriodOf}, {"[the] same period of fiscal <year>", prSamePeriodOf},
	{"[the] same quarter of fiscal <year>", prSamePeriodOf}, {"[the] same quarter last year", prYearAgo},
	{"[the] same period last year", prYearAgo}, {"[the] same period a year ago", prYearAgo},
	{"[the] same period of last year", prYearAgo}, {"[the] same period of the prior year", prYearAgo},
	{"[the] same period in the prior year", prYearAgo}, {"[the] same period of the previous year", prYearAgo},
	{"[the] same period in the previous year", prYearAgo}, {"[the] same period the prior year", prYearAgo},
	{"[the] same quarter a year ago", prYearAgo}, {"[the] same quarter of last year", prYearAgo},
	{"[the] same quarter of the prior year", prYearAgo}, {"[the] same quarter in the prior year", prYearAgo},
	{"[the] same quarter the prior year", prYearAgo}, {"[the] same quarter of the previous year", prYearAgo},
	{"[the] prior year period", prYearAgo}, {"[the] prior year quarter", prYearAgo},
	{"[the] prior year 's quarter", prYearAgo}, {"[the] prior year 's period", prYearAgo},
	{"[the] prior year comparable period", prYearAgo}, {"[the] prior year same period", prYearAgo},
	{"[the] comparable prior year period", prYearAgo}, {"[the] comparable prior year quarter", prYearAgo},
	{"[the] comparable period last year", prYearAgo}, {"[the] comparable quarter last year", prYearAgo},
	{"[the] comparable period of last year", prYearAgo}, {"[the] comparable period a year ago", prYearAgo},
	{"[the] comparable quarter a year ago", prYearAgo}, {"[the] comparable year ago quarter", prYearAgo},
	{"[the] comparable year ago period", prYearAgo},
	{"[the] year ago quarter", prYearAgo}, {"[the] year ago period", prYearAgo},
	{"[the] year earlier quarter", prYearAgo}, {"[the] year earlier period", prYearAgo},
	{"a year ago", prYearAgo}, {"a year earlier", prYearAgo}, {"year ago", prYearAgo},
	{"[the] last year quarter", prYearAgo}, {"[the] last year period", prYearAgo},
	{"year over year", prVsYearAgo}, {"year on year", prVsYearAgo}, {"yoy", prVsYearAgo}, {"y/y", prVsYearAgo},
	{"on a year over year basis", prVsYearAgo},
	{"last year", prLastYear}, {"the prior year", prLastYear}, {"prior year", prLastYear},
	{"the previous year", prLastYear}, {"the prior fiscal year", prLastYear},
	{"last fiscal year", prLastYear}, {"the last fiscal year", prLastYear}, {"fiscal year ago", prLastYear},
	// years
	{"fiscal [year] <year>", prYear}, {"<fy>", prYear}, {"fy <year>", prYear},
	{"[the] full year [of] <year>", prYear}, {"[the] full year fiscal [year] <year>", prYear},
	{"[the] full fiscal year [of] <year>", prYear}, {"[the] full year <fy>", prYear},
	{"calendar [year] <year>", prYear}, {"[the] year <year>", prYear}, {"<year>", prYear},
	{"[the] <year> fiscal year", prYear}, {"[the] <year> full year", prYear}, {"[the] full <year> year", prYear},
	{"[the] full year", prCurrentYear}, {"[the] full fiscal year", prCurrentYear},
	{"the fiscal year", prCurrentYear}, {"this fiscal year", prCurrentYear},
	{"the year", prCurrentYear}, {"this year", prCurrentYear}, {"the current year", prCurrentYear},
	{"the current fiscal year", prCurrentYear}, {"the whole year", prCurrentYear},
	{"the entire year", prCurrentYear}, {"the total year", prCurrentYear}, {"fiscal year", prCurrentYear},
	{"annual", prCurrentYear}, {"for the year", prCurrentYear},
	{"next year", prNextYear}, {"next fiscal year", prNextYear}, {"the next fiscal year", prNextYear},
	{"the coming year", prNextYear}, {"the coming fiscal year", prNextYear}, {"the upcoming year", prNextYear},
	// spans from the start of the year
	{"year to date", prYTD}, {"ytd", prYTD}, {"fiscal year to date", prYTD},
	{"[the] first <num> months [of] [fiscal] [year] <year>", prMonths},
	{"[the] first <num> months", prMonths},
	{"[the] first <num> months of the year", prMonths},
	{"[the] first <num> months of the fiscal year", prMonths},
	{"[the] <num> months ended <month> <day> <year>", prMonths},
	{"[the] first half [of] [fiscal] [year] <year>", prMonths},
	{"[the] first half", prMonths}, {"[the] first half of the year", prMonths},
	{"[the] first half of the fiscal year", prMonths}, {"1h", prMonths}, {"h1", prMonths},
	{"1h <year>", prMonths}, {"h1 <year>", prMonths}, {"[the] first nine months", prMonths},
	{"[the] second half", prHalf2}, {"[the] back half", prHalf2}, {"2h", prHalf2}, {"h2", prHalf2},
	{"[the] second half of [the] [fiscal] [year]", prHalf2},
	{"[the] <ord> quarter ended <month> <day> <year>", prQuarterEnded},
	{"[the] quarter ended <month> <day> <year>", prQuarterEnded},
	{"[the] quarter ending <month> <day> <year>", prQuarterEnded},
	{"[the] three months ended <month> <day> <year>", prQuarterEnded},
	{"[the] <ord> quarter of fiscal [year] <fyear> ended <month> <day> <year>", prQuarterEnded},
	{"[the] <ord> quarter of fiscal [year] <fyear> which ended <month> <day> <year>", prQuarterEnded},
	{"[the] <ord> quarter of <fyear> ended <month> <day> <year>", prQuarterEnded},
	{"[the] <ord> quarter of fiscal [year] <fyear> ending <month> <day> <year>", prQuarterEnded},
	{"fiscal [year] <fyear> <ord> quarter ended <month> <day> <year>", prQuarterEnded},
	{"[the] <ord> quarter <fyear> ended <month> <day> <year>", prQuarterEnded},
	{"[the] <ord> quarter which ended <month> <day> <year>", prQuarterEnded},
	{"ended <month> <day> <year>", prEnded}, {"ending <month> <day> <year>", prEnded},
	{"[the] <ord> fiscal quarter ended <month> <day> <year>", prQuarterEnded},
	{"[the] [fiscal] year ended <month> <day> <year>", prYearEnded},
	{"[the] twelve months ended <month> <day> <year>", prYearEnded},
	{"[the] 12 months ended <month> <day> <year>", prYearEnded},
	// instants
	{"<month> <day> <year>", prDate}, {"<day> <month> <year>", prDate},
	{"<month> <day>", prDateNoYear},
	{"[the] end of [fiscal] [year] <year>", prYearEnd}, {"year end <year>", prYearEnd},
	{"[the] <year> year end", prYearEnd}, {"fiscal [year] <year> year end", prYearEnd},
	{"[the] end of the <year> fiscal year", prYearEnd}, {"[the] close of <year>", prYearEnd},
	{"[the] end of <fy>", prYearEnd}, {"<fy> year end", prYearEnd},
	{"year end", prYearEndNoYear}, {"the year end", prYearEndNoYear},
	{"[the] end of the year", prYearEndNoYear}, {"[the] end of the fiscal year", prYearEndNoYear},
	{"fiscal year end", prYearEndNoYear}, {"[the] end of this year", prYearEndNoYear},
	{"[the] end of last year", prLastYearEnd}, {"last year end", prLastYearEnd},
	{"[the] prior year end", prLastYearEnd}, {"[the] end of the prior year", prLastYearEnd},
	{"[the] end of the previous year", prLastYearEnd}, {"[the] end of the prior fiscal year", prLastYearEnd},
	{"[the] end of the last fiscal year", prLastYearEnd}, {"[the] end of last fiscal year", prLastYearEnd},
	{"[the] previous year end", prLastYearEnd}, {"[the] prior fiscal year end", prLastYearEnd},
	{"[the] quarter end", prQuarterEnd}, {"[the] end of the quarter", prQuarterEnd},
	{"[the] end of this quarter", prQuarterEnd}, {"[the] close of the quarter", prQuarterEnd},
	{"[the] end of the period", prQuarterEnd}, {"period end", prQuarterEnd},
	{"quarter 's end", prQuarterEnd}, {"[the] end of the current quarter", prQuarterEnd},
	{"[the] end of last quarter", prPrevQuarterEnd}, {"[the] end of the prior quarter", prPrevQuarterEnd},
	{"[the] end of the previous quarter", prPrevQuarterEnd}, {"[the] prior quarter end", prPrevQuarterEnd},
	{"last quarter end", prPrevQuarterEnd}, {"[the] end of the linked quarter", prPrevQuarterEnd},
	{"[the] end of the <ord> quarter", prQuarterEndOrd}, {"[the] end of the <ord> quarter of <year>", prQuarterEndOrd},
	{"[the] end of the <ord> quarter of fiscal [year] <year>", prQuarterEndOrd},
	{"<ord> quarter end", prQuarterEndOrd}, {"[the] end of <q>", prQuarterEndOrd},
}
