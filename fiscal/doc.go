// Package fiscal models the periods that earnings-call figures belong to:
// fiscal quarters, fiscal years, year-to-date spans and balance-sheet
// instants, and the fiscal calendar that maps them onto dates.
//
// A Period is a value: it is compared with ==, ordered with Compare and
// written to JSON in the form of the qoq.facts/v1 contract:
//
//	{"kind": "quarter", "fiscal_year": 2004, "quarter": 1, "end": "2004-03-31"}
//
// A Calendar says when a company's fiscal year ends and how its fiscal years
// are numbered. Most companies name a fiscal year after the calendar year in
// which it ends (Shift 0); many retailers name it after the year in which it
// begins (Shift 1: fiscal 2021 ends in January 2022). A Calendar can be given
// or inferred from a statement such as "the first quarter of fiscal 2022
// ended October 31, 2021" with Infer.
//
// Dates are civil dates without a time zone. Fiscal quarters of 52/53-week
// years end a few days either side of a month end; QuarterOf treats a date in
// the first week of a month as closing the month before.
package fiscal
