// Package corpus scores qoq's extraction against a corpus of earnings calls
// whose headline figures an expert summarized.
//
// # The corpus
//
// A corpus directory holds transcripts named TICKER_qN_YYYY.txt, N the
// fiscal quarter and YYYY the fiscal year the call reports on, each with a
// TICKER_qN_YYYY.summary beside it: one headline per line, lowercase.
//
//	q1 adjusted earnings per share $2.41.
//	q1 sales $1.7 billion versus refinitiv ibes estimate of $1.68 billion.
//	sees fy 2021 earnings per share $6.10 to $6.40.
//
// Calls lists the calls of a directory; ReadSummary and ParseSummary read a
// summary into Expected figures; Stated says whether the call's own text
// states a figure; Match finds the fact that states it; Score does all of
// it over many calls and returns a Report.
//
// # What a summary line gives
//
// ParseSummary keeps figures of seven metrics, with the unit each is
// scored in:
//
//	eps             USD/share  "earnings per share", "eps", "net income per
//	                           diluted share", "loss per share" (negative),
//	                           "earnings of $1.10 per share"
//	revenue         USD        revenue(s), sales, net sales, total revenue,
//	                           rev; not same-store, comparable or organic
//	                           sales, and not a segment's ("digital sales",
//	                           "home sale revenues", "asia revenue")
//	net_income      USD        net income, net earnings, net profit, net loss
//	                           (negative), "earnings of $2 billion"; not
//	                           operating, pretax or interest income
//	ebitda          USD        ebitda, adjusted ebitda; not ebitda margin
//	ffo_per_share   USD/share  "ffo per share", "core ffo of $1.20 per share";
//	                           not affo
//	free_cash_flow  USD        free cash flow, fcf
//	capex           USD        capital expenditures, capex, capital spending
//
// A line is cut into clauses at semicolons and sentence ends; each metric
// phrase takes the first figure written after it, up to the next phrase
// ("$2 billion in capital expenditures" also works). Figures after the
// first are someone else's or another period's and are dropped: "versus
// refinitiv ibes estimate of $1.68 billion", "versus $1.5 billion", "from
// $2.75 to $2.80" (the second is kept). A phrase of a profit measure gives
// both its money figure and its per-share figure: "net income of $3.1
// billion, or $6.20 per share" is net_income and eps.
//
// A figure needs a currency: "$", "usd", "dollars" or "cents". So growth
// rates ("sales up 27%"), ratios and counts give nothing, and "sales rose 27
// percent to $5.9 billion" gives $5.9 billion. Nor do these:
//
//   - a change rather than a level: "net sales decreased $171 million",
//     "an increase of $5 million", "a $2 per share increase";
//   - a part of or an effect on a figure: "eps outlook includes a
//     contribution of 45 to 50 cents", "sales were hurt by about $40
//     million", figures of acquisitions;
//   - a segment or sub-measure, decided by the word before the phrase: it
//     must be a verb, period, basis or function word (see companyWords);
//   - figures paired by "respectively", and ranges from a loss to a profit.
//
// Each skipped phrase, and each line that gives nothing, is recorded with
// its reason in Summary.Skipped.
//
// # Values and precision
//
// Values are exact decimals in base units: "$3.3 billion" is 3300000000,
// "51 cents" is 0.51, a loss is negative. Places is the precision of the
// summary, the decimal places it writes at its scale: "$3.3 billion" is
// known to -8 places (the nearest 100,000,000), "$3.34" to 2. Ranges ("$1
// to $1.10", "$850 - $925 million", "between $3.20 and $3.40", "45 to 50
// cents") set Low and High, with Low <= High, and the coarser precision of
// the two ends; an end without a scale word takes the other's. "About",
// "approximately", "at least", "more than" and the like set Approx.
//
// # Basis
//
// Basis is non_gaap where the words before the figure, or right after it,
// say adjusted, non-gaap, core, comparable, pro forma, normalized,
// underlying, recurring, ongoing, excluding items, or operating (the last
// for profit measures and ebitda only: "operating earnings per share", but
// not "total operating revenues"). It is gaap where they say gaap or
// including items. It is "" where they say neither, or both ("gaap and
// adjusted revenue"): then any basis matches.
//
// # Scenario and period
//
// A phrase is guidance when the words before its figure say sees, expects,
// forecasts, targets, outlook, guidance, anticipates, projects, estimates,
// view, reaffirms, will, "to be" and the like; a figure for a period that
// has not ended by the end of the call's quarter is guidance too. Else it
// is actual. A phrase without such words or period words of its own
// continues the phrase before it: in "sees q2 revenue $2 billion and
// adjusted eps $1.10" both are q2 guidance.
//
// The period comes from the words before the phrase, else those between
// it and its figure, else those after the figure, else the phrase before
// it. Against the call's quarter (from the file name):
//
//	q2, second quarter   actual: the call's quarter; a different quarter is
//	                     skipped (the file name or the line is wrong).
//	                     guidance: quarter 2 of the call's fiscal year, or
//	                     of the next one when q2 is not after the call's
//	                     quarter ("sees q1" on a q4 call)
//	q2 2021, 2q21,       that quarter
//	q3 of fiscal 2022
//	fy 2021, fiscal      that fiscal year
//	2022, 2022, fy22
//	fy, full year,       guidance: the call's fiscal year, or the next one
//	annual               on a fourth-quarter call; actual: the call's year
//	                     on a fourth-quarter call, else skipped
//	qtrly, quarterly,    actual: the call's quarter; guidance: skipped
//	for the quarter
//	next quarter         guidance: the quarter after the call's
//	first half, nine     skipped: half years and year-to-date spans are
//	months, ytd          not scored
//	(none)               actual: the call's quarter (PeriodFrom says it
//	                     was assumed); guidance: skipped
//
// # Duplicates
//
// Summaries often repeat a headline ("compname reports q2 eps $1.77" and
// "q2 eps $1.77"). A figure equal in metric, basis, scenario, period and
// value to one earlier in the same summary is dropped as a duplicate.
//
// # Stated
//
// Only figures the call itself states are counted: an expert may take a
// figure from the press release rather than the call. Stated reports
// whether the transcript holds a number equal to each end of the figure at
// the summary's precision (within half a unit of its last place), in any
// written form: "$3.28 billion", "3,284 million", "$3,284.5 million" and
// "$3.3 billion" all state "$3.3 billion"; "$3.34", "3.34" and "$.34" state
// "$3.34"; "34 cents" states "$0.34". Money totals must be written with a
// scale word (or in full, "$3,284,000,000"); a per-share figure must be
// written without one. Signs are ignored. "$1.82 to $1.83 billion" states
// both ends.
//
// # Match
//
// A fact matches an expected figure when
//   - its metric is the figure's, a per-share fact (unit USD/share) of
//     net_income counting as eps, and its unit is the figure's;
//   - it has no segment;
//   - its scenario is the figure's, and its basis too where the figure
//     names one;
//   - its period has the same kind, fiscal year and quarter;
//   - it is a point for a point and a range for a range, and each end,
//     rounded to the summary's precision, equals the figure's: the gap is
//     at most half a unit of the summary's last place.
//
// # Score
//
// Score runs an Extractor over the calls (only those with a stated figure)
// and counts expected, stated and matched figures overall, per metric and
// per scenario. Recall is matched over stated. The Report also gives the
// scorer's own coverage: lines read, lines that gave figures, and why the
// others did not; and every miss with the facts of its metric closest to
// it. Its lists are sorted, so the same inputs give the same report.
package corpus
