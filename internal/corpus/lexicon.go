package corpus

import (
	"regexp"

	"qoq/facts"
)

// This file holds the words of the summaries as data: the phrases that name
// a metric, the words that qualify a figure, the scale words and the
// patterns of periods. The parser in summary.go only walks these tables.
//
// All patterns work on normalized text: lowercase, one space between words,
// plain hyphens, "non-gaap" written "nongaap".

// A mentionKind says how a metric phrase takes its figures.
type mentionKind uint8

const (
	// kindOther names a measure outside the scored vocabulary. It takes no
	// figure but ends the span of the phrase before it, so that "revenue
	// growth of 5% and operating income of $50 million" gives revenue
	// nothing.
	kindOther mentionKind = iota
	// kindPerShare names a per-share metric outright: "earnings per share".
	kindPerShare
	// kindEarnings names profit without saying per share: "net income".
	// A figure per share is EPS; a money figure is net income, when the
	// phrase says net, earnings or profit.
	kindEarnings
	// kindFFO names funds from operations; only its per-share figure is
	// scored.
	kindFFO
	// kindTotal names a money total: revenue, EBITDA, free cash flow, capex.
	kindTotal
)

// A metricRow is one way the summaries name a measure.
type metricRow struct {
	kind   mentionKind
	metric string // the metric of kindPerShare and kindTotal rows
	re     *regexp.Regexp
	// notBefore rejects the phrase when the text right after it matches:
	// "sales orders", "ebitda margin". The phrase then counts as kindOther.
	notBefore *regexp.Regexp
	// ownBasis: the words of the phrase itself qualify the figure
	// ("operating earnings per share" is non-GAAP; "total operating
	// revenues" is not).
	ownBasis bool
	// company: the phrase must stand for the whole company; a word before
	// it that is not in companyWords makes it a segment or a sub-measure
	// ("home sale revenues", "digital sales", "segment ebitda").
	company bool
}

// Word classes used inside the metric phrases.
const (
	wordsBetween = `(?:\s+[a-z.&'()-]+)`               // a word between a noun and "per share"
	perShare     = `per\s+(?:[a-z-]+\s+){0,4}?share\b` // "per diluted common share"
	profitNoun   = `(?:net\s+)?(?:operating\s+)?(?:earnings|income|loss|profit)(?:\s*\((?:loss|income)\))?`
)

// metricRows lists the metric phrases. Where two phrases overlap, the one
// that starts first wins, then the longer one.
var metricRows = []metricRow{
	{kind: kindPerShare, metric: "ffo_per_share", ownBasis: true,
		re: regexp.MustCompile(`\b(?:ffo|funds from operations)(?:\s+loss)?` + wordsBetween + `{0,5}?\s+` + perShare)},
	{kind: kindPerShare, metric: "eps", ownBasis: true,
		re: regexp.MustCompile(`\b` + profitNoun + wordsBetween + `{0,7}?\s+` + perShare + `|\beps\b`)},
	{kind: kindFFO, ownBasis: true,
		re: regexp.MustCompile(`\b(?:ffo|funds from operations)\b`)},
	{kind: kindEarnings, ownBasis: true,
		re: regexp.MustCompile(`\b` + profitNoun + `\b`)},
	{kind: kindTotal, metric: "revenue", company: true,
		re:        regexp.MustCompile(`\b(?:(?:total|net|consolidated|gross)\s+)*(?:operating\s+)?(?:revenues?|sales|rev)\b`),
		notBefore: regexp.MustCompile(`^\s*(?:growth|orders?|volumes?|per|mix|backlog|value|tax|force|pipeline|multiple|leverage)\b`)},
	{kind: kindTotal, metric: "ebitda", ownBasis: true, company: true,
		re:        regexp.MustCompile(`\bebitda\b`),
		notBefore: regexp.MustCompile(`^\s*(?:margins?|ratio|multiple|leverage|less|minus|per|conversion)\b`)},
	{kind: kindTotal, metric: "free_cash_flow", company: true,
		re:        regexp.MustCompile(`\b(?:free cash flows?|fcf)\b`),
		notBefore: regexp.MustCompile(`^\s*(?:per|conversion|yield|margins?)\b`)},
	{kind: kindTotal, metric: "capex", company: true,
		re: regexp.MustCompile(`\b(?:capital expenditures?|capex|capital spending|capital spend)\b`)},
	{kind: kindOther,
		re: regexp.MustCompile(`\b(?:operating (?:income|profit|loss|margin|earnings|expenses?|ratio)|gross (?:profit|margin)s?|net interest (?:income|margin)|` +
			`net investment income|ebit|ebitdar|oibda|affo|book value|dividends?|backlog|orders|bookings|billings|deposits|loans|liquidity|provision|` +
			`charge-offs|operating cash flow|cash flow(?: from operations)?|cash from operations|underwriting (?:income|loss)|` +
			`pre-?tax (?:income|loss|earnings)|income before|tax rate|margins?|share repurchases?|buybacks?|repurchases?|` +
			`same[- ]store sales|comparable (?:store |restaurant )?sales|comp sales|organic (?:sales|revenues?)|premiums|` +
			`noninterest income|non-interest income|fee income|other income|comprehensive income)\b`)},
}

// companyWords may stand right before a company-wide metric phrase. Any
// other word makes the phrase a segment ("asia revenue") or a sub-measure
// ("organic sales", "same store sales"). Period words, numbers, and the
// start of the clause are always allowed.
var companyWords = setOf(
	"compname", "co", "co's", "company", "company's", "corporation", "group",
	"reports", "reported", "report", "posts", "posted", "announces", "announced", "says", "said",
	"sees", "see", "expects", "expect", "expected", "expecting", "forecasts", "forecast", "projects", "projected",
	"anticipates", "anticipate", "targets", "targeting", "target", "raises", "raising", "raised", "lowers", "lowering",
	"cuts", "reaffirms", "reaffirming", "reaffirmed", "reiterates", "reiterating", "maintains", "maintaining",
	"updates", "updating", "updated", "increasing", "increases", "increased", "narrows", "narrowing", "confirms",
	"confirming", "now", "generated", "generates", "generate", "delivered", "delivers", "achieved", "had", "has",
	"was", "were", "while", "that", "its", "our", "their", "the", "a", "an", "of", "and", "for", "in", "with",
	"to", "at", "on", "as", "by", "from", "total", "net", "consolidated", "operating", "gaap", "nongaap",
	"adjusted", "adj", "adj.", "reported", "quarterly", "qtrly", "quarter", "quarter's", "fy", "fiscal", "year",
	"full-year", "full", "annual", "record", "worldwide", "overall", "combined", "estimated", "diluted", "strong",
	"higher", "lower", "guidance", "outlook", "results", "first-quarter", "second-quarter", "third-quarter",
	"fourth-quarter", "companywide", "company-wide", "u.s.", "expects", "estimates", "continuing", "operations",
	"comparable-period", "deliver", "delivering", "include", "includes", "including", "estimate", "reach", "achieve", "produce", "global", "also", "again", "then", "still", "over", "about", "approximately", "minimum", "q1", "q2", "q3", "q4",
)

// profitNotNet are words before "income", "earnings" or "loss" that make it
// something other than net income ("interest income", "pretax loss").
var profitNotNet = setOf(
	"gross", "pretax", "pre-tax", "interest", "investment", "underwriting", "comprehensive",
	"segment", "noninterest", "non-interest", "fee", "other", "rental", "trading", "royalty",
)

// Basis markers. They are looked for before the figure and in the words
// right after it ("$1.19 excluding items").
var (
	nonGAAPMarker = regexp.MustCompile(`\b(?:adjusted|adj\.?|nongaap|core|comparable|pro[- ]forma|normalized|underlying|recurring|ongoing|` +
		`excluding (?:certain |special |one-time |non-recurring |unusual |notable |significant )?(?:items|charges|costs)|` +
		`excl\.? items|ex-items|before (?:special|certain|one-time|unusual|notable|significant) items)\b`)
	// operatingMarker counts as non-GAAP only for profit measures:
	// "operating earnings per share", not "total operating revenues".
	operatingMarker = regexp.MustCompile(`\boperating\b`)
	gaapMarker      = regexp.MustCompile(`\b(?:gaap|including (?:items|special items|charges))\b`)
)

// guidanceWord marks an outlook, a target or an expectation.
var guidanceWord = regexp.MustCompile(`\b(?:sees|see|seeing|expects?|expected|expecting|expectations?|forecasts?|forecasted|forecasting|` +
	`targets?|targeted|targeting|outlook|guidance|guides?|guided|anticipates?|anticipated|anticipating|projects?|projected|projecting|` +
	`projections?|estimates?|estimated|view|predicts?|plans?|planning|will|to be|would|should|approximate|` +
	`re-?affirm\w*|affirm\w*|reiterat\w*|narrow\w*|on pace|on track|budget)\b`)

// estimateNoise are other people's figures; their words are not guidance.
var estimateNoise = regexp.MustCompile(`\b(?:refinitiv|ibes|consensus|analysts?'?|wall street|street|i/b/e/s)(?:\s+(?:ibes|i/b/e/s))?\s+(?:estimates?|expectations?|forecasts?|view)\b`)

// componentWord marks a part of a figure or an effect on it, not the figure:
// "eps outlook includes a contribution of 45 to 50 cents", "revenue was
// hurt by about $245 million".
var componentWord = regexp.MustCompile(`\b(?:includes?|included|contributions?|contributed|impacts?|impacted|benefits?|benefited|` +
	`headwinds?|tailwinds?|charges?|costs?|dilution|dilutive|accretive|accretion|reductions?|reduced by|hurt|offset|` +
	`lowered by|raised by|unfavorabl[ey]|favorabl[ey]|savings?|lost|lose|acquisitions?|acquired|acquire|merger|deal|` +
	`agreement to buy|representing)\b`)

// componentMask removes basis phrases before componentWord is applied:
// "excluding certain charges" qualifies the figure, it is not a part of it.
var componentMask = regexp.MustCompile(`\b(?:excluding|excludes|excluded|excl\.?|before|ex|including)\b[^,;$]*`)

// comparisonWord right before a figure makes it the figure of another
// period or of someone else: "versus $89 million", "estimate of $3.28
// billion", "up from approximately $1.5 billion".
var comparisonWord = regexp.MustCompile(`\b(?:versus|vs\.?|compared (?:with|to)|than|against|year-ago|year ago|last year'?s?|` +
	`(?:refinitiv|ibes|i/b/e/s|analysts?'?|street|consensus)(?:\s+ibes)?\s+(?:estimates?|expectations?)(?:\s+of)?|consensus(?:\s+of)?)` +
	`\s*(?:approximately\s+|about\s+)?$`)

// priorWord right before a figure makes it the value something changed
// from: "raised from $2.75 to $2.80", "up from approximately $1.5 billion".
var priorWord = regexp.MustCompile(`\b(?:from|prior|previous|previously)\s*(?:approximately\s+|about\s+)?$`)

// comparisonBefore anywhere between the previous figure and a metric phrase
// makes the phrase a comparison: "compared to 2020 revenue of ...".
var comparisonBefore = regexp.MustCompile(`\b(?:versus|vs\.?|compared (?:with|to)|than|against)\b`)

// hedgeThan are the uses of "than" that hedge rather than compare.
var hedgeThan = regexp.MustCompile(`\b(?:more|greater|less|fewer|better|other|rather) than\b`)

// tailStop ends the words after a figure that still speak of it.
var tailStop = regexp.MustCompile(`[,;]|\b(?:versus|vs\.?|compared|from|than|against|up|down|increase|decrease|reflecting)\b`)

// laterStop: period words further after a figure still date it unless a
// comparison comes first: "$11.90 to $12.40, or $13.65 to $14.15 on an
// adjusted basis for fy 2021".
var laterStop = regexp.MustCompile(`\b(?:versus|vs\.?|compared|from|than|against|prior|previous|reflecting|driven)\b`)

// tailBasis is a qualifier right after a figure: "$1.19 from continuing
// operations excluding items", "$27.80 on a gaap basis".
var tailBasis = regexp.MustCompile(`^(?:\s*(?:from continuing operations|,))*\s*(` +
	`excluding (?:certain |special |one-time |non-recurring |unusual |notable |significant )?(?:items|charges|costs)|` +
	`excl\.? items|ex-items|before (?:special|certain|one-time|unusual) items|including (?:items|special items|charges)|` +
	`on an? (?:adjusted|gaap|nongaap|reported|ongoing|comparable|operating|core) basis|\((?:nongaap|gaap|adjusted)\))`)

// rangeFrom: "range from $1 to $2" is a range, not a change from $1.
var rangeFrom = regexp.MustCompile(`\b(?:range|ranging|ranges|ranged)\s+from\s*(?:approximately\s+|about\s+)?$`)

// changeWord right before a figure makes it the size of a change, not a
// level: "net sales decreased $171.8 million", "an increase of $5 million".
var changeWord = regexp.MustCompile(`\b(?:increased|decreased|rose|fell|grew|declined|dropped|jumped|climbed|gained|slipped|` +
	`improved|up|down|increases?|decreases?|declines?|growth|improvement|higher|lower|by)(?:\s+(?:by|of))?` +
	`\s*(?:approximately|about|nearly|roughly|more than|less than|over)?\s*$`)

// approxBefore and approxAfter hedge a figure.
var (
	approxBefore = regexp.MustCompile(`\b(?:about|approximately|approx\.?|around|roughly|nearly|almost|close to|at least|more than|greater than|` +
		`in excess of|over|up to|minimum(?: of)?|exceed|exceeding|approach|approaching|approximate|at or (?:above|below))\s*(?:of\s*)?$|~\s*$`)
	approxAfter = regexp.MustCompile(`^\s*(?:or (?:more|better|higher|greater|less)|plus)\b`)
)

// changeAfter right after a figure makes it a change or an effect: "a $2
// per share increase", "$0.05 benefit".
var changeAfter = regexp.MustCompile(`^\s*(?:increases?|decreases?|improvement|reductions?|declines?|benefits?|impacts?|headwinds?|` +
	`tailwinds?|charges?|gains?|hit|contributions?|drag|lift)\b`)

// perShareLead is the narrower figureLead of per-share phrases: "$2.80 -
// $3.20 for adjusted eps"; "$0.11 of diluted eps" is a part of it.
var perShareLead = regexp.MustCompile(`^\s*(?:in|for)\s+(?:[a-z&.-]+\s+){0,3}$`)

// segmentWord between a phrase and its figure names a part of the
// company: "adjusted ebitda for new zealand timber segment of $75 million".
var segmentWord = regexp.MustCompile(`\b(?:segments?|divisions?|business unit)\b`)

// figureLead joins a figure written ahead of its phrase to it: "$2 billion
// in capital expenditures", "$2.80 - $3.20 for adjusted eps".
var figureLead = regexp.MustCompile(`^\s*(?:of|in|for|on)\s+(?:[a-z&.-]+\s+){0,3}$`)

// notMetric after any metric phrase makes it something else: "adjusted
// ebitda benefits", "revenue synergies".
var notMetric = regexp.MustCompile(`^\s*(?:benefits?|synerg\w*|savings?|contributions?|impacts?|headwinds?|tailwinds?|` +
	`run-rate|opportunit\w*|dis-?synerg\w*)\b`)

// respectively pairs figures with phrases by order, which this parser does
// not follow.
var respectively = regexp.MustCompile(`\brespectively\b`)

// mixedSign is a range running from a loss to a profit.
var mixedSign = regexp.MustCompile(`\bfrom (?:a )?loss\b.*\bto (?:earnings|income|a profit|profit)\b`)

// lossWord makes a profit figure negative unless the phrase leaves the sign
// to the figure ("income (loss)").
var (
	lossWord       = regexp.MustCompile(`\bloss\b`)
	signedByFigure = regexp.MustCompile(`\((?:loss|income)\)`)
	netWord        = regexp.MustCompile(`\bnet\b|\bearnings\b|\bprofit\b`)
	operatingWord  = regexp.MustCompile(`\boperating\b`)
)

// Scale words and the power of ten they stand for.
var scales = map[string]int32{
	"thousand": 3, "k": 3,
	"million": 6, "mln": 6, "mn": 6, "mm": 6, "m": 6,
	"billion": 9, "bln": 9, "bn": 9, "b": 9,
	"trillion": 12,
}

// Number patterns.
const (
	numPattern   = `(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+`
	scalePattern = `thousand|million|billion|trillion|mln|bln|mn|bn|mm|k|m|b`
)

var (
	// dollarFigure: "$3.3 billion", "$(0.12)", "-$0.12", "$ 8.50", "$425m".
	dollarFigure = regexp.MustCompile(`(?P<sign>[-(]\s*)?\$\s*(?P<sign2>[-(]\s*)?(?P<num>` + numPattern + `)\)?(?:\s?(?P<scale>` + scalePattern + `)\b)?`)
	// usdFigure: "0.13 usd", "-10.5 million usd", "usd 28.9 mln".
	usdFigure = regexp.MustCompile(`(?P<sign>-)?(?P<num>` + numPattern + `)\s?(?:(?P<scale>` + scalePattern + `)\s)?(?:usd|dollars)\b|\busd\s?(?P<num2>` + numPattern + `)(?:\s?(?P<scale2>` + scalePattern + `)\b)?`)
	// centsFigure: "51 cents", "45¢".
	centsFigure = regexp.MustCompile(`(?P<num>` + numPattern + `)\s?(?:cents?\b|¢)`)
	// bareFigure is the far end of a range written without its unit:
	// "$3.20 - 3.40", "$1.78 to 1.88 billion".
	bareFigure = regexp.MustCompile(`^(?P<sign>-)?\$?\s*(?P<num>` + numPattern + `)(?:\s?(?P<scale>` + scalePattern + `)\b)?`)
	// bareBefore is the near end of a range whose unit follows the far end:
	// "45 to 50 cents".
	bareBefore = regexp.MustCompile(`(?P<num>` + numPattern + `)\s*(?:to|-)\s*$`)
	// rangeDash: a dash after a number or a scale word joins a range.
	rangeDash = regexp.MustCompile(`(?:\d|\b(?:` + scalePattern + `))\s*$`)
	// rangeJoin joins the ends of a range. "and" needs "between" before.
	rangeJoin  = regexp.MustCompile(`^\s*(?:to|-|through|and)\s*`)
	betweenEnd = regexp.MustCompile(`\bbetween\s*(?:approximately\s+|about\s+)?$`)
	// perShareTail follows a per-share figure: "per diluted share", "a share".
	perShareTail = regexp.MustCompile(`^\s*(?:(?:per|a)\s+|/\s*)(?:[a-z-]+\s+){0,4}?share\b`)
)

// maxRangeRatio bounds how far apart the ends of a range may be, so that
// "$1.19 - 2021" is not read as a range.
const maxRangeRatio = 5

// Period patterns. Each row gives a period token; resolve.go turns tokens
// into fiscal periods against the call's own quarter.
type periodKind uint8

const (
	tokQuarter     periodKind = iota + 1 // "q2", "second quarter of 2021"
	tokYear                              // "fy 2021", "2022", "full year"
	tokThisQuarter                       // "qtrly", "quarterly", "the quarter"
	tokNextQuarter                       // "next quarter"
	tokNextYear                          // "next year"
	tokThisYear                          // "this year", "current year"
	tokUnsupported                       // "first half", "nine months", "ytd"
)

type periodRow struct {
	kind periodKind
	re   *regexp.Regexp
	// The submatch names are "q" (quarter digit), "ord" (first..fourth),
	// "y" (year, 2 or 4 digits).
}

const (
	ordinal    = `(?P<ord>first|second|third|fourth)`
	fiscalWord = `(?:fiscal\s+year\s*|fiscal\s*|fy\s*|full[- ]year\s*)`
)

var periodRows = []periodRow{
	{tokQuarter, regexp.MustCompile(`\bq(?P<q>[1-4])\s*(?:of\s+)?` + fiscalWord + `'?(?P<y>\d{4}|\d{2})\b`)},
	{tokQuarter, regexp.MustCompile(`\bq(?P<q>[1-4])\s*(?:of\s+)?(?P<y>(?:19|20)\d{2})\b`)},
	{tokQuarter, regexp.MustCompile(`\bq(?P<q>[1-4])\s*[-']\s*(?P<y>\d{2})\b`)},
	{tokQuarter, regexp.MustCompile(`\b(?P<q>[1-4])q\s*'?(?P<y>\d{4}|\d{2})\b`)},
	{tokQuarter, regexp.MustCompile(`\bq(?P<q>[1-4])\b`)},
	{tokQuarter, regexp.MustCompile(`\b` + ordinal + `[- ]quarter\s+(?:of\s+)?(?:the\s+)?` + fiscalWord + `?'?(?P<y>(?:19|20)\d{2})\b`)},
	{tokQuarter, regexp.MustCompile(`\b(?:fiscal\s+(?:year\s+)?|fy\s*)?(?P<y>(?:19|20)\d{2})\s+` + ordinal + `[- ]quarter\b`)},
	{tokQuarter, regexp.MustCompile(`\b` + ordinal + `[- ]quarter\b`)},
	{tokYear, regexp.MustCompile(`\b(?:fy|fiscal year|fiscal|full[- ]year|year)\s*'?(?P<y>(?:19|20)\d{2})\b`)},
	{tokYear, regexp.MustCompile(`\bfy\s*'?(?P<y>\d{2})\b|\bfiscal\s+'(?P<y2>\d{2})\b`)},
	{tokYear, regexp.MustCompile(`\b(?P<y>(?:19|20)\d{2})\s+(?:full[- ]year|fiscal year|year)\b`)},
	{tokYear, regexp.MustCompile(`\byear (?:ending|ended|end)\s+[a-z]+\.?\s+\d{1,2},?\s+(?P<y>(?:19|20)\d{2})\b`)},
	{tokYear, regexp.MustCompile(`\b(?P<y>(?:19|20)\d{2})e?\b`)},
	{tokYear, regexp.MustCompile(`\b(?:fy|full[- ]year|full year|fiscal year|annual|for (?:the )?year|twelve months|12 months)\b`)},
	{tokThisQuarter, regexp.MustCompile(`\b(?:qtrly|quarterly|(?:the |this |in |for )?quarters? ended|(?:in|for|during) (?:the )?quarter|three months)\b`)},
	{tokNextQuarter, regexp.MustCompile(`\b(?:next|coming|following|upcoming|current) quarter\b`)},
	{tokNextYear, regexp.MustCompile(`\b(?:next|coming|following|upcoming) (?:fiscal )?year\b`)},
	{tokThisYear, regexp.MustCompile(`\b(?:this|current) (?:fiscal )?year\b`)},
	{tokUnsupported, regexp.MustCompile(`(?:\b(?:first|second) half|\b[12]?h[12]|\b(?:six|nine|6|9)[- ]months?(?: ended)?|\byear[- ]to[- ]date|\bytd|\bq[1-4]-to-date)` +
		`(?:\s+(?:of\s+)?(?:fiscal\s+|fy\s*)?'?(?:(?:19|20)\d{2}|\d{2}))?\b`)},
}

// dateBefore is the start of a date; a year after it is a date, not a
// period: "as of march 31, 2021".
var dateBefore = regexp.MustCompile(`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s*$`)

// yearNotPeriod: a four-digit number after these is not a year.
var yearNotPeriod = regexp.MustCompile(`(?:\$\s*|[\d,.]|covid-)$`)

// abbreviations do not end a sentence when followed by a full stop.
var abbreviations = setOf("inc", "corp", "co", "ltd", "llc", "plc", "no", "vs", "approx", "adj", "st", "jr",
	"dr", "mr", "mrs", "ms", "excl", "est", "u.s", "e.g", "i.e", "oper", "dept", "intl", "mfg", "bros")

// zeroWidth are invisible characters found in the summaries.
var zeroWidth = []string{"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}

// quotes are written as a plain apostrophe: "fy’22".
var quotes = []string{"\u2018", "\u2019", "\u201b", "\u2032"}

// dashes are written as a plain hyphen.
var dashes = []string{"\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"}

// unitOf is the unit of each scored metric.
var unitOf = map[string]string{
	"eps":            facts.USDPerShare,
	"ffo_per_share":  facts.USDPerShare,
	"revenue":        facts.USD,
	"net_income":     facts.USD,
	"ebitda":         facts.USD,
	"free_cash_flow": facts.USD,
	"capex":          facts.USD,
}

// Metrics lists the metrics ParseSummary reads, in report order.
func Metrics() []string {
	return []string{"eps", "revenue", "net_income", "ebitda", "ffo_per_share", "free_cash_flow", "capex"}
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
