package quantity

// A scale is a word or letter that multiplies the number before it.
type scale struct {
	word string
	exp  int32
	// attached scales are single letters that only count written against
	// the number ("$425m", "$1.2B") and after a currency sign.
	attached bool
}

// scales are matched case-insensitively, longest first.
var scales = []scale{
	{"trillion", 12, false}, {"billion", 9, false}, {"million", 6, false}, {"thousand", 3, false},
	{"bn", 9, true}, {"mm", 6, true}, {"mn", 6, true}, {"mil", 6, true},
	{"b", 9, true}, {"m", 6, true}, {"k", 3, true}, {"t", 12, true},
}

// A unitWord names the unit of the number before it.
type unitWord struct {
	word string
	unit Unit
	exp  int32 // scales the number: cents are hundredths of a dollar
	cur  string
}

// units after a number, matched case-insensitively at a word boundary,
// longest first.
var units = []unitWord{
	{"percentage points", Points, 0, ""}, {"percentage point", Points, 0, ""},
	{"basis points", BasisPoints, 0, ""}, {"basis point", BasisPoints, 0, ""},
	{"bps", BasisPoints, 0, ""}, {"bp", BasisPoints, 0, ""},
	{"per cent", Percent, 0, ""}, {"percent", Percent, 0, ""}, {"pct", Percent, 0, ""},
	{"points", Points, 0, ""}, {"point", Points, 0, ""},
	{"dollars", Money, 0, "USD"}, {"dollar", Money, 0, "USD"},
	{"cents", Money, -2, "USD"}, {"cent", Money, -2, "USD"},
	{"euros", Money, 0, "EUR"},
	{"days", Days, 0, ""}, {"day", Days, 0, ""},
	{"times", Times, 0, ""},
}

// currencies are signs and codes written before an amount, longest first.
var currencies = []struct{ sign, code string }{
	{"US$", "USD"}, {"C$", "CAD"}, {"A$", "AUD"}, {"R$", "BRL"}, {"$", "USD"},
	{"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"},
	{"USD ", "USD"}, {"EUR ", "EUR"}, {"GBP ", "GBP"}, {"CAD ", "CAD"},
}

// perShare are the phrases after an amount that make it a per-share
// figure, with the class of share they name.
var perShare = []struct{ phrase, variant string }{
	{"per fully diluted common share", "diluted"}, {"per fully diluted share", "diluted"},
	{"per diluted common share", "diluted"}, {"per diluted share", "diluted"},
	{"per basic and diluted share", "basic_and_diluted"}, {"per basic share", "basic"},
	{"per common share", ""}, {"per share", ""}, {"a share", ""}, {"per unit", ""},
	{"a diluted share", "diluted"}, {"per diluted unit", "diluted"},
	{"per adjusted diluted share", "diluted"}, {"per adjusted share", ""},
	{"per diluted share of common stock", "diluted"}, {"per share diluted", "diluted"},
}

// hedges are the words before a figure that make it approximate, longest
// first. They are matched whole-word, case-insensitively, against the text
// just before the figure.
var hedges = []string{
	"just a bit above", "somewhere around", "a little more than", "a little over", "slightly more than", "slightly less than",
	"slightly above", "slightly below", "just above", "just below", "a bit above", "a bit below",
	"slightly over", "slightly under", "in excess of", "in the neighborhood of",
	"in the area of", "on the order of", "upwards of", "more than", "less than",
	"greater than", "close to", "just over", "just under", "north of", "south of",
	"approximately", "approx.", "roughly", "nearly", "almost", "about", "around",
	"some", "over", "under", "at least", "up to", "circa", "~",
}

// numberWords are the cardinal numbers written in words.
var numberWords = map[string]int64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
	"eighty": 80, "ninety": 90,
}

// numberWordsByLetter holds the keys of numberWords by their first
// letter, for scanning without a map.
var numberWordsByLetter = func() (t [26][]string) {
	for w := range numberWords {
		t[w[0]-'a'] = append(t[w[0]-'a'], w)
	}
	return t
}()

// labels are the words before a plain number that make it the number of
// a thing rather than a quantity: "Slide 6", "page 12".
var labels = map[string]bool{
	"slide": true, "slides": true, "page": true, "pages": true, "chart": true, "exhibit": true,
	"appendix": true, "footnote": true, "table": true, "figure": true, "note": true,
	"item": true, "schedule": true, "section": true, "chapter": true, "no.": true, "number": true,
	"#": true, "tier": true, "phase": true, "stage": true, "version": true, "gen": true, "generation": true,
	"model": true, "line": true,
}

// months name the months, in full and abbreviated, for recognising dates.
var months = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
}

// ordinalSuffixes follow the digits of an ordinal.
var ordinalSuffixes = []string{"st", "nd", "rd", "th"}
