// Package render writes a comparison as qoq's board report: one HTML file
// that reads at a glance, answers "where does this number come from?", opens
// on any machine without a network and prints well. It reads the comparison
// (package comparison) and nothing else, neither calls nor words: a
// comparison read back from its JSON draws the same bytes.
//
// Report builds the page from the templates package:
//
//   - a header naming the company, the quarter and the calls read;
//   - KPI cards for the featured metrics of the current quarter, with the
//     change on the prior quarter and on the same quarter a year earlier,
//     coloured by what the change means for the company (revenue up is good,
//     DSO up is not);
//   - the checks: whether there is anything to look at, then the stated
//     changes the figures contradict, restatements, conflicts, the user's
//     corrections, the checks that could not be made, figures not
//     attributed;
//   - trend charts drawn by ECharts from options written with go-echarts,
//     one only where there is a series to show;
//   - every series across the quarters with both changes, the sentences that
//     explain the current quarter's changes, and the history of each
//     guidance against what the period came in at;
//   - the sources: every figure of the report links to the sentence it was
//     read from, shown with its neighbours and the figure highlighted.
//
// Figures are written exactly as the comparison holds them, from decimals;
// chart values travel as JSON numbers written from the decimal's digits.
// Everything taken from a call is escaped by html/template. The page is
// the same bytes for the same comparison: chart ids, source ids and every
// order are decided by the data.
//
// The ECharts runtime is inlined into every report. It is fetched by
// `make echarts` into render/assets, outside version control; a qoq built
// without it returns ErrNoECharts.
package render
