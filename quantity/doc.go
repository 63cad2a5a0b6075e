// Package quantity scans text for the quantities that earnings calls state:
// money, percentages, basis points, days, multiples and plain counts, each
// as an exact decimal with the precision it was stated to.
//
// Append scans a sentence and appends what it finds, the way strconv's
// Append functions do:
//
//	qs := quantity.Append(nil, "revenue declined $195,000 to $6.7 million, or 2.8%")
//	// qs[0]: 195000 USD, qs[1]: 6700000 USD (Exp 5), qs[2]: 2.8 percent
//
// It understands thousands separators ("$6,736,000"), leading-dot decimals
// ("$.03"), scale words and letters ("$6.7 million", "$1.2B", "$425m"),
// number words ("nearly one million dollars", "two percent"), negatives in
// parentheses or with a sign ("$(0.12)", "-$0.05"), per-share amounts
// ("$0.12 per diluted share"), cents, and ranges ("between $225 and
// $230 million", "$1.20 - $1.25"), where a bare end takes the other end's
// scale and unit. Words before a figure that hedge it ("approximately",
// "nearly", "more than") set Approx.
//
// It skips what is not a quantity: years, days of a date ("March 31"),
// ordinals ("45th"), telephone numbers, times of day, form names ("10-Q"),
// and digits inside words ("Q1", "COVID-19").
//
// Two quantities joined by "to" are left for the caller to pair: "rose
// $195,000 to $6.7 million" is a change and a value, "$1.82 billion to
// $1.83 billion" a range. Join records the word that joined them.
package quantity
