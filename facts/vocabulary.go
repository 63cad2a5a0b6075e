package facts

import "strings"

// A metric is an id of the v1 vocabulary with the unit its figures take
// and whether it is a balance measured at an instant.
type metric struct {
	id string
	// name is what people call it, as written within a sentence: "G&A",
	// "days sales outstanding".
	name    string
	unit    unitClass
	instant bool // a balance-sheet figure, stated at a date
	// better says which way is good: +1 when up is good, -1 when down is.
	better int
	// rate is set for metrics whose value is itself a rate of growth: "comp
	// sales increased 24.7%" states the value 24.7, not a change in it.
	rate bool
}

// unitClass is the kind of quantity a metric's value is.
type unitClass uint8

const (
	money    unitClass = iota + 1 // amounts of money
	perShare                      // money per share
	percent                       // a percentage (margins, rates, growth)
	days                          // a number of days
	count                         // a plain number
)

// Vocabulary is the v1 metric vocabulary of the qoq.facts/v1 contract.
var vocabulary = []metric{
	{"revenue", "revenue", money, false, 1, false},
	{"gross_profit", "gross profit", money, false, 1, false},
	{"gross_margin", "gross margin", percent, false, 1, false},
	{"operating_income", "operating income", money, false, 1, false},
	{"operating_margin", "operating margin", percent, false, 1, false},
	{"operating_expenses", "operating expenses", money, false, -1, false},
	{"net_income", "net income", money, false, 1, false},
	{"eps", "EPS", perShare, false, 1, false},
	{"ebitda", "EBITDA", money, false, 1, false},
	{"ebitda_margin", "EBITDA margin", percent, false, 1, false},
	{"sga_expense", "SG&A", money, false, -1, false},
	{"ga_expense", "G&A", money, false, -1, false},
	{"rd_expense", "R&D", money, false, 0, false},
	{"interest_expense", "interest expense", money, false, -1, false},
	{"tax_rate", "tax rate", percent, false, 0, false},
	{"cash", "cash", money, true, 1, false},
	{"working_capital", "working capital", money, true, 1, false},
	{"accounts_receivable", "accounts receivable", money, true, 0, false},
	{"inventory", "inventory", money, true, 0, false},
	{"dso", "days sales outstanding", days, true, -1, false},
	{"total_debt", "total debt", money, true, -1, false},
	{"free_cash_flow", "free cash flow", money, false, 1, false},
	{"operating_cash_flow", "operating cash flow", money, false, 1, false},
	{"capex", "capital expenditures", money, false, 0, false},
	{"share_repurchases", "share repurchases", money, false, 0, false},
	{"dividend_per_share", "dividend per share", perShare, false, 1, false},
	{"ffo_per_share", "FFO per share", perShare, false, 1, false},
	{"backlog", "backlog", money, true, 1, false},
	{"orders", "orders", money, false, 1, false},
	{"same_store_sales", "same-store sales", percent, false, 1, true},
	{"net_interest_income", "net interest income", money, false, 1, false},
	{"net_interest_margin", "net interest margin", percent, false, 1, false},
	{"book_value_per_share", "book value per share", perShare, true, 1, false},
}

// nonGAAPByNature are the metrics that no GAAP statement reports: their
// figures are non-GAAP unless the text says otherwise.
var nonGAAPByNature = map[string]bool{
	"ebitda": true, "ebitda_margin": true, "free_cash_flow": true, "free_cash_flow_margin": true,
}

// otherMetrics are measures outside the v1 vocabulary that calls name
// often enough to be told apart, so that their figures are not taken for
// another metric's.
var otherMetrics = []metric{
	{"margin", "margin", percent, false, 1, false},
	{"net_margin", "net margin", percent, false, 1, false},
	{"free_cash_flow_margin", "free cash flow margin", percent, false, 1, false},
	{"organic_growth", "organic growth", percent, false, 1, true},
	{"occupancy", "occupancy", percent, true, 1, false},
	{"tangible_book_value_per_share", "tangible book value per share", perShare, true, 1, false},
}

// An alias is a phrase of the text that names a metric. Basis, variant and
// sign are implied by the phrase itself: "adjusted EPS" is non-GAAP, "net
// loss" a negative net income.
type alias struct {
	phrase  string
	metric  string
	basis   string
	variant string
	sign    int // -1 for phrases naming a loss
}

// aliases map the words of calls onto the vocabulary. Phrases are matched
// whole-word, case-insensitively, longest first; hyphens count as spaces.
var aliases = []alias{
	// revenue
	{phrase: "revenue", metric: "revenue"}, {phrase: "revenues", metric: "revenue"},
	{phrase: "sales", metric: "revenue"}, {phrase: "net sales", metric: "revenue"},
	{phrase: "net revenue", metric: "revenue"}, {phrase: "net revenues", metric: "revenue"},
	{phrase: "total revenue", metric: "revenue"}, {phrase: "total revenues", metric: "revenue"},
	{phrase: "total net revenue", metric: "revenue"}, {phrase: "total net revenues", metric: "revenue"},
	{phrase: "total net sales", metric: "revenue"}, {phrase: "total sales", metric: "revenue"},
	{phrase: "consolidated revenue", metric: "revenue"}, {phrase: "consolidated revenues", metric: "revenue"},
	{phrase: "consolidated net sales", metric: "revenue"}, {phrase: "consolidated sales", metric: "revenue"},
	{phrase: "top line", metric: "revenue"}, {phrase: "topline", metric: "revenue"},
	{phrase: "operating revenue", metric: "revenue"}, {phrase: "operating revenues", metric: "revenue"},
	{phrase: "total operating revenue", metric: "revenue"}, {phrase: "total operating revenues", metric: "revenue"},
	{phrase: "turnover", metric: "revenue"},
	// gross profit and margin
	{phrase: "gross profit", metric: "gross_profit"}, {phrase: "gross profits", metric: "gross_profit"},
	{phrase: "gross margin dollars", metric: "gross_profit"},
	{phrase: "gross margin", metric: "gross_margin"}, {phrase: "gross margins", metric: "gross_margin"},
	{phrase: "gross profit percentage", metric: "gross_margin"}, {phrase: "gross profit margin", metric: "gross_margin"},
	{phrase: "gross margin percentage", metric: "gross_margin"}, {phrase: "gross margin rate", metric: "gross_margin"},
	{phrase: "gross profit rate", metric: "gross_margin"},
	// operating income and margin
	{phrase: "operating income", metric: "operating_income"}, {phrase: "income from operations", metric: "operating_income"},
	{phrase: "operating profit", metric: "operating_income"}, {phrase: "operating profits", metric: "operating_income"},
	{phrase: "segment operating income", metric: "operating_income"}, {phrase: "ebit", metric: "operating_income"},
	{phrase: "operating loss", metric: "operating_income", sign: -1}, {phrase: "operating losses", metric: "operating_income", sign: -1},
	{phrase: "loss from operations", metric: "operating_income", sign: -1},
	{phrase: "operating margin", metric: "operating_margin"}, {phrase: "operating margins", metric: "operating_margin"},
	{phrase: "operating income margin", metric: "operating_margin"}, {phrase: "operating profit margin", metric: "operating_margin"},
	{phrase: "ebit margin", metric: "operating_margin"},
	// expenses
	{phrase: "operating expenses", metric: "operating_expenses"}, {phrase: "operating expense", metric: "operating_expenses"},
	{phrase: "total operating expenses", metric: "operating_expenses"}, {phrase: "opex", metric: "operating_expenses"},
	{phrase: "operating costs", metric: "operating_expenses"},
	{phrase: "sg&a", metric: "sga_expense"}, {phrase: "sg&a expense", metric: "sga_expense"}, {phrase: "sg&a expenses", metric: "sga_expense"},
	{phrase: "selling general and administrative expenses", metric: "sga_expense"},
	{phrase: "selling general and administrative expense", metric: "sga_expense"},
	{phrase: "selling general and administrative", metric: "sga_expense"},
	{phrase: "selling general & administrative expenses", metric: "sga_expense"},
	{phrase: "general and administrative expenses", metric: "ga_expense"}, {phrase: "general and administrative expense", metric: "ga_expense"},
	{phrase: "general and administrative", metric: "ga_expense"}, {phrase: "general & administrative expenses", metric: "ga_expense"},
	{phrase: "g&a", metric: "ga_expense"}, {phrase: "g&a expense", metric: "ga_expense"}, {phrase: "g&a expenses", metric: "ga_expense"},
	{phrase: "research and development", metric: "rd_expense"}, {phrase: "research and development expenses", metric: "rd_expense"},
	{phrase: "research and development expense", metric: "rd_expense"}, {phrase: "r&d", metric: "rd_expense"},
	{phrase: "r&d expense", metric: "rd_expense"}, {phrase: "r&d expenses", metric: "rd_expense"},
	{phrase: "interest expense", metric: "interest_expense"}, {phrase: "net interest expense", metric: "interest_expense"},
	{phrase: "tax rate", metric: "tax_rate"}, {phrase: "effective tax rate", metric: "tax_rate"},
	{phrase: "income tax rate", metric: "tax_rate"}, {phrase: "effective rate", metric: "tax_rate"},
	// earnings
	{phrase: "net income", metric: "net_income"}, {phrase: "net earnings", metric: "net_income"},
	{phrase: "net profit", metric: "net_income"}, {phrase: "earnings", metric: "net_income"},
	{phrase: "net income attributable to common shareholders", metric: "net_income"},
	{phrase: "net income attributable to common stockholders", metric: "net_income"},
	{phrase: "net income available to common shareholders", metric: "net_income"},
	{phrase: "net income available to common stockholders", metric: "net_income"},
	{phrase: "bottom line", metric: "net_income"},
	{phrase: "net loss", metric: "net_income", sign: -1}, {phrase: "net losses", metric: "net_income", sign: -1},
	{phrase: "earned", metric: "net_income"},
	// a loss stated per share: "a loss for the quarter of $0.06 per share", "we lost $0.06 per share"
	{phrase: "loss", metric: "eps", sign: -1}, {phrase: "lost", metric: "eps", sign: -1},
	{phrase: "adjusted loss", metric: "eps", sign: -1, basis: NonGAAP},
	{phrase: "operating earnings", metric: "net_income", basis: NonGAAP},
	{phrase: "earnings per share", metric: "eps"}, {phrase: "eps", metric: "eps"},
	{phrase: "earnings per diluted share", metric: "eps", variant: "diluted"},
	{phrase: "diluted earnings per share", metric: "eps", variant: "diluted"},
	{phrase: "diluted eps", metric: "eps", variant: "diluted"},
	{phrase: "earnings per fully diluted share", metric: "eps", variant: "diluted"},
	{phrase: "earnings per common share", metric: "eps"},
	{phrase: "earnings per diluted common share", metric: "eps", variant: "diluted"},
	{phrase: "diluted earnings per common share", metric: "eps", variant: "diluted"},
	{phrase: "basic earnings per share", metric: "eps", variant: "basic"},
	{phrase: "net income per share", metric: "eps"}, {phrase: "net income per diluted share", metric: "eps", variant: "diluted"},
	{phrase: "diluted net income per share", metric: "eps", variant: "diluted"},
	{phrase: "net earnings per share", metric: "eps"}, {phrase: "net earnings per diluted share", metric: "eps", variant: "diluted"},
	{phrase: "income per share", metric: "eps"}, {phrase: "income per diluted share", metric: "eps", variant: "diluted"},
	{phrase: "loss per share", metric: "eps", sign: -1}, {phrase: "net loss per share", metric: "eps", sign: -1},
	{phrase: "loss per diluted share", metric: "eps", variant: "diluted", sign: -1},
	{phrase: "net loss per diluted share", metric: "eps", variant: "diluted", sign: -1},
	{phrase: "diluted loss per share", metric: "eps", variant: "diluted", sign: -1},
	{phrase: "diluted net loss per share", metric: "eps", variant: "diluted", sign: -1},
	{phrase: "operating earnings per share", metric: "eps", basis: NonGAAP},
	{phrase: "operating eps", metric: "eps", basis: NonGAAP},
	{phrase: "economic earnings per share", metric: "eps", basis: NonGAAP},
	{phrase: "cash eps", metric: "eps", basis: NonGAAP},
	{phrase: "ebitda", metric: "ebitda"}, {phrase: "ebitdar", metric: "ebitda"}, {phrase: "ebitda margin", metric: "ebitda_margin"},
	{phrase: "ebitda margins", metric: "ebitda_margin"},
	// balance sheet
	{phrase: "cash", metric: "cash"}, {phrase: "cash and cash equivalents", metric: "cash"},
	{phrase: "cash and equivalents", metric: "cash"}, {phrase: "cash balance", metric: "cash"},
	{phrase: "cash balances", metric: "cash"}, {phrase: "cash on hand", metric: "cash"},
	{phrase: "cash position", metric: "cash"}, {phrase: "cash and investments", metric: "cash"},
	{phrase: "cash and short term investments", metric: "cash"}, {phrase: "cash and marketable securities", metric: "cash"},
	{phrase: "unrestricted cash", metric: "cash"},
	{phrase: "working capital", metric: "working_capital"},
	{phrase: "accounts receivable", metric: "accounts_receivable"}, {phrase: "net accounts receivable", metric: "accounts_receivable"},
	{phrase: "receivables", metric: "accounts_receivable"}, {phrase: "net receivables", metric: "accounts_receivable"},
	{phrase: "trade receivables", metric: "accounts_receivable"}, {phrase: "accounts receivables", metric: "accounts_receivable"},
	{phrase: "a/r", metric: "accounts_receivable"},
	{phrase: "inventory", metric: "inventory"}, {phrase: "inventories", metric: "inventory"},
	{phrase: "days sales outstanding", metric: "dso"}, {phrase: "day sales outstanding", metric: "dso"},
	{phrase: "days sales outstanding level", metric: "dso"}, {phrase: "days of sales outstanding", metric: "dso"},
	{phrase: "dso", metric: "dso"},
	{phrase: "total debt", metric: "total_debt"}, {phrase: "debt", metric: "total_debt"},
	{phrase: "total borrowings", metric: "total_debt"}, {phrase: "outstanding debt", metric: "total_debt"},
	{phrase: "debt outstanding", metric: "total_debt"}, {phrase: "long term debt", metric: "total_debt"},
	// cash flow
	{phrase: "free cash flow", metric: "free_cash_flow"}, {phrase: "free cash flows", metric: "free_cash_flow"},
	{phrase: "fcf", metric: "free_cash_flow"},
	{phrase: "operating cash flow", metric: "operating_cash_flow"}, {phrase: "cash flow from operations", metric: "operating_cash_flow"},
	{phrase: "cash flows from operations", metric: "operating_cash_flow"}, {phrase: "cash from operations", metric: "operating_cash_flow"},
	{phrase: "cash flow from operating activities", metric: "operating_cash_flow"},
	{phrase: "cash flows from operating activities", metric: "operating_cash_flow"},
	{phrase: "cash provided by operating activities", metric: "operating_cash_flow"},
	{phrase: "net cash provided by operating activities", metric: "operating_cash_flow"},
	{phrase: "cash generated from operations", metric: "operating_cash_flow"},
	{phrase: "cash flow from operating", metric: "operating_cash_flow"},
	{phrase: "capital expenditures", metric: "capex"}, {phrase: "capital expenditure", metric: "capex"},
	{phrase: "capex", metric: "capex"}, {phrase: "capital spending", metric: "capex"},
	{phrase: "capital spend", metric: "capex"},
	{phrase: "share repurchases", metric: "share_repurchases"}, {phrase: "share repurchase", metric: "share_repurchases"},
	{phrase: "stock repurchases", metric: "share_repurchases"}, {phrase: "share buybacks", metric: "share_repurchases"},
	{phrase: "buybacks", metric: "share_repurchases"}, {phrase: "repurchased", metric: "share_repurchases"},
	{phrase: "dividend", metric: "dividend_per_share"}, {phrase: "quarterly dividend", metric: "dividend_per_share"},
	{phrase: "dividends", metric: "dividend_per_share"}, {phrase: "dividend per share", metric: "dividend_per_share"},
	{phrase: "quarterly cash dividend", metric: "dividend_per_share"}, {phrase: "cash dividend", metric: "dividend_per_share"},
	// industry measures
	{phrase: "ffo", metric: "ffo_per_share"}, {phrase: "ffo per share", metric: "ffo_per_share"},
	{phrase: "funds from operations", metric: "ffo_per_share"}, {phrase: "ffo per diluted share", metric: "ffo_per_share", variant: "diluted"},
	{phrase: "affo", metric: "ffo_per_share", basis: NonGAAP}, {phrase: "affo per share", metric: "ffo_per_share", basis: NonGAAP},
	{phrase: "core ffo", metric: "ffo_per_share", basis: NonGAAP}, {phrase: "normalized ffo", metric: "ffo_per_share", basis: NonGAAP},
	{phrase: "backlog", metric: "backlog"}, {phrase: "order backlog", metric: "backlog"},
	{phrase: "total backlog", metric: "backlog"},
	{phrase: "orders", metric: "orders"}, {phrase: "bookings", metric: "orders"}, {phrase: "new orders", metric: "orders"},
	{phrase: "order intake", metric: "orders"}, {phrase: "net orders", metric: "orders"},
	{phrase: "same store sales", metric: "same_store_sales"}, {phrase: "comparable store sales", metric: "same_store_sales"},
	{phrase: "comparable sales", metric: "same_store_sales"}, {phrase: "comp sales", metric: "same_store_sales"},
	{phrase: "comp store sales", metric: "same_store_sales"}, {phrase: "comps", metric: "same_store_sales"},
	{phrase: "same store sales growth", metric: "same_store_sales"}, {phrase: "comparable store sales growth", metric: "same_store_sales"},
	{phrase: "like for like sales", metric: "same_store_sales"},
	{phrase: "net interest income", metric: "net_interest_income"}, {phrase: "nii", metric: "net_interest_income"},
	{phrase: "net interest margin", metric: "net_interest_margin"}, {phrase: "nim", metric: "net_interest_margin"},
	{phrase: "book value per share", metric: "book_value_per_share"},
	{phrase: "tangible book value per share", metric: "tangible_book_value_per_share"},
	{phrase: "margin", metric: "margin"}, {phrase: "margins", metric: "margin"},
	{phrase: "organic growth", metric: "organic_growth"}, {phrase: "organic sales growth", metric: "organic_growth"},
	{phrase: "organic revenue growth", metric: "organic_growth"},
	{phrase: "paid down", metric: "debt_repayment"}, {phrase: "repaid", metric: "debt_repayment"},
	{phrase: "debt repayment", metric: "debt_repayment"}, {phrase: "debt repayments", metric: "debt_repayment"},
	{phrase: "occupancy", metric: "occupancy"}, {phrase: "leased occupancy", metric: "occupancy"},
	{phrase: "occupancy rate", metric: "occupancy"}, {phrase: "physical occupancy", metric: "occupancy"},
	{phrase: "same store occupancy", metric: "occupancy"}, {phrase: "portfolio occupancy", metric: "occupancy"},
}

// basisDeclarations are the words with which a call declares the basis of
// all its figures: "Our comments today … will be on a non-GAAP basis,
// unless otherwise noted."
var basisDeclarations = struct{ scope, nonGAAP []string }{
	scope: []string{"unless otherwise", "will be on", "will refer to", "will be referring to",
		"all references", "we will discuss", "will be discussing", "our comments today",
		"our remarks today", "discussion today", "i'll be referring to", "we'll be referring to",
		"will be referencing", "refer to adjusted", "references to"},
	nonGAAP: []string{"non-gaap", "non gaap", "adjusted basis", "adjusted results", "adjusted figures",
		"adjusted measures", "adjusted numbers", "adjusted financial"},
}

// subjectPronouns open a new clause: a figure after "we returned" is not a
// figure of the metric named before.
var subjectPronouns = map[string]bool{"we": true, "i": true, "you": true, "he": true, "she": true}

// notMetrics are phrases that contain a metric's words but name something
// else; matched like aliases, they hide the metric inside them.
var notMetrics = []string{
	"sales volume", "sales volumes", "sales force", "sales team", "sales teams", "sales people",
	"salespeople", "sales rep", "sales reps", "sales cycle", "sales cycles", "sales pipeline",
	"sales and marketing", "sales channel", "sales channels", "sales process", "sales organization",
	"earnings call", "earnings release", "earnings press release", "earnings calls",
	"earnings conference call", "earnings growth", "earnings power", "earnings report",
	"cash flow", "cash flows", "cash generation", "cash return", "cash returns", "debt to ebitda",
	"debt to capital", "net debt to ebitda", "debt ratio", "leverage ratio", "revenue per", "sales per",
	"orders of magnitude", "in order", "order to", "dividend yield", "dividend payout",
	"inventory turns", "days of inventory", "receivables turnover", "loss of", "losses",
	"loss ratio", "loss ratios", "loss reserves", "loss rate", "loss rates", "credit loss", "credit losses",
}

// qualifiers are words near a metric that say its basis or share class.
var qualifiers = []struct {
	phrase, basis, variant string
}{
	{"adjusted", NonGAAP, ""}, {"non gaap", NonGAAP, ""}, {"nongaap", NonGAAP, ""},
	{"core", NonGAAP, ""}, {"comparable", NonGAAP, ""}, {"pro forma", NonGAAP, ""},
	{"proforma", NonGAAP, ""}, {"excluding items", NonGAAP, ""}, {"excluding special items", NonGAAP, ""},
	{"excluding one time items", NonGAAP, ""}, {"ex items", NonGAAP, ""}, {"underlying", NonGAAP, ""},
	{"normalized", NonGAAP, ""}, {"organic", NonGAAP, ""}, {"cash", "", ""},
	{"excluding", NonGAAP, ""}, {"after adjusting for", NonGAAP, ""}, {"adjusting for", NonGAAP, ""},
	{"before special items", NonGAAP, ""}, {"nareit", "", ""}, {"nareit defined", "", ""},
	{"from continuing operations", "", ""}, {"continuing operations", "", ""},
	{"on an adjusted basis", NonGAAP, ""}, {"on a non gaap basis", NonGAAP, ""},
	{"on a comparable basis", NonGAAP, ""}, {"on a pro forma basis", NonGAAP, ""},
	{"gaap", GAAP, ""}, {"as reported", GAAP, ""}, {"on a gaap basis", GAAP, ""},
	{"on a core basis", NonGAAP, ""}, {"on an operating basis", NonGAAP, ""}, {"on an underlying basis", NonGAAP, ""},
	{"on a normalized basis", NonGAAP, ""}, {"on a non gaap adjusted basis", NonGAAP, ""}, {"on an adjusted basis", NonGAAP, ""},
	{"on a reported basis", GAAP, ""}, {"us gaap", GAAP, ""}, {"u.s gaap", GAAP, ""},
	{"diluted", "", "diluted"}, {"fully diluted", "", "diluted"}, {"basic", "", "basic"},
	{"basic and diluted", "", "basic_and_diluted"}, {"per share basic and diluted", "", "basic_and_diluted"},
	{"basic and diluted share", "", "basic_and_diluted"},
}

// changeWords state the direction of a change: +1 up, -1 down, 0 flat.
// Nouns ("increase", "decline") and verbs alike.
var changeWords = []struct {
	phrase string
	dir    int
}{
	{"increased", 1}, {"increase", 1}, {"increases", 1}, {"increasing", 1}, {"up", 1},
	{"grew", 1}, {"grow", 1}, {"growth", 1}, {"growing", 1}, {"rose", 1}, {"rise", 1}, {"risen", 1},
	{"gain", 1}, {"gained", 1}, {"gains", 1}, {"higher", 1}, {"improved", 1}, {"improvement", 1},
	{"improving", 1}, {"expanded", 1}, {"expansion", 1}, {"climbed", 1}, {"jumped", 1},
	{"more", 1}, {"better", 1}, {"advanced", 1}, {"surged", 1}, {"soared", 1}, {"grown", 1},
	{"recovered", 1}, {"widened", 1}, {"rebounded", 1}, {"narrowed", -1}, {"eased", -1}, {"softened", -1},
	{"increases of", 1}, {"an increase", 1}, {"a increase", 1},
	{"decreased", -1}, {"decrease", -1}, {"decreases", -1}, {"decreasing", -1}, {"down", -1},
	{"declined", -1}, {"decline", -1}, {"declines", -1}, {"declining", -1}, {"fell", -1},
	{"fall", -1}, {"dropped", -1}, {"drop", -1}, {"lower", -1}, {"reduced", -1}, {"reduction", -1},
	{"contracted", -1}, {"contraction", -1}, {"less", -1}, {"shrank", -1}, {"compressed", -1},
	{"compression", -1}, {"deteriorated", -1}, {"slipped", -1}, {"worse", -1}, {"lowered", -1},
	{"flat", 0}, {"unchanged", 0}, {"essentially flat", 0}, {"relatively flat", 0},
}

// evaluativeWords state a change by whether it is good, not by its sign:
// DSO that "improved" went down.
var evaluativeWords = map[string]bool{
	"improved": true, "improvement": true, "improving": true, "better": true, "worse": true,
	"deteriorated": true, "deterioration": true, "weakened": true, "strengthened": true,
}

// compareWords introduce the figure or period something is compared with.
var compareWords = []string{
	"compared with", "compared to", "as compared with", "as compared to", "when compared with",
	"when compared to", "in comparison to", "in comparison with", "comparable to", "versus", "vs",
	"vs.", "against", "relative to", "from", "over", "up from", "down from", "compared",
}

// guidanceWords mark a figure as outlook rather than result.
var guidanceWords = []string{
	"expect", "expects", "expected", "expecting", "expectation", "expectations",
	"anticipate", "anticipates", "anticipating", "guidance", "guide", "guiding", "outlook",
	"forecast", "forecasts", "forecasting", "we project", "projected", "projecting",
	"projection", "projections", "targeting", "we are targeting", "we see", "sees",
	"we now see", "we plan", "planning for", "assumes", "assuming", "should be",
	"should come in", "reaffirm", "reaffirming", "reaffirmed", "reiterate", "reiterating",
	"raising", "narrowing", "looking for", "budgeted", "we believe", "will be in the range",
	"estimated to be", "is estimated", "are estimated", "estimate to be", "is projected", "are projected",
	"to come in", "will come in", "we are guiding", "guiding to", "initiating", "introducing",
	"implies", "implying",
}

// actualWords mark a sentence as reporting results even when it also
// mentions what was expected: "we reported", "came in".
var actualWords = []string{
	"reported", "we delivered", "we achieved", "came in", "was", "were", "totaled", "generated",
	"finished", "ended", "produced", "posted", "recorded", "exceeded", "beat",
}

// genericNouns stand for a metric named before: "this collection
// statistic", "that number", "this measure".
var genericNouns = []string{
	"statistic", "statistics", "metric", "metrics", "measure", "figure", "number", "numbers",
	"ratio", "item", "line", "amount", "level", "balance", "percentage", "rate",
}

// demonstratives point back to something named before.
var demonstratives = []string{"this", "that", "these", "those", "such", "the same"}

// segmentHeads end a phrase that names a part of the business.
var segmentHeads = []string{
	"segment", "segments", "division", "divisions", "business", "businesses", "unit", "units",
	"center", "centers", "centre", "centres", "facility", "facilities", "store", "stores",
	"region", "regions", "market", "markets", "group", "groups", "operations", "operation",
	"products", "product", "services", "service", "line", "lines", "channel", "channels",
	"portfolio", "portfolios", "brand", "brands", "platform", "franchise", "sites", "site",
	"locations", "location", "restaurants", "hotels", "properties", "plants", "clinics",
}

// notSegmentWords never name a part of the business when they stand before
// a metric: "total revenue", "record sales", "first quarter revenue".
var notSegmentWords = []string{
	"total", "net", "record", "quarterly", "annual", "consolidated", "organic", "reported",
	"our", "the", "its", "their", "this", "that", "these", "those", "a", "an", "and", "or",
	"of", "in", "for", "from", "with", "at", "on", "by", "to", "as", "company", "company's",
	"overall", "strong", "solid", "higher", "lower", "increased", "decreased", "improved",
	"aggregate", "combined", "cumulative", "incremental", "additional", "sizeable", "sizable",
	"significant", "strong", "robust", "healthy", "modest", "slight", "full", "year", "quarter",
	"first", "second", "third", "fourth", "fiscal", "month", "months", "half", "prior", "last",
	"next", "current", "same", "comparable", "adjusted", "gaap", "non", "diluted", "basic",
	"per", "share", "average", "estimated", "expected", "projected", "targeted", "like",
	"other", "all", "both", "each", "every", "any", "some", "more", "less",
	"approximately", "about", "was", "were", "is", "are", "be", "been", "which", "what",
	"generated", "recorded", "reported", "produced", "positive", "negative", "gross",
	"core", "underlying", "normalized", "pro", "forma", "operating", "total", "overall",
	"we", "i", "you", "they", "it", "he", "she", "also", "but", "so", "then", "there",
	"here", "just", "only", "still", "even", "well", "very", "much", "many", "new",
	"sequential", "sequentially", "year-over-year", "yoy", "growth", "decline",
	"comprehensive", "therefore", "however", "additionally", "while", "whereas", "although",
	"though", "because", "since", "if", "when", "as", "also", "finally", "meanwhile", "moreover",
	"furthermore", "similarly", "lastly", "again", "thus", "hence", "now", "today", "yesterday",
	"next", "then", "importantly", "notably", "specifically", "accordingly", "consequently",
	"generate", "generated", "deliver", "delivered", "achieve", "achieved", "expect", "expected",
	"reach", "drive", "driving", "grow", "improve", "see", "saw", "record", "report", "post",
	"shows", "show", "showed", "includes", "include", "included", "including", "reflects",
	"reflect", "reflected", "represents", "represented", "had", "has", "have", "is", "sees",
	"gives", "gave", "provides", "provided", "totaled", "totals", "reached", "hit",
}

// notSegments are phrases that look like parts of a business but qualify
// the whole of it: "earnings per share from continuing operations".
var notSegments = map[string]bool{
	"continuing operation": true, "discontinued operation": true, "operation": true,
	"ongoing operation": true, "core operation": true, "nareit": true, "the quarter": true,
}

// segmentSynonyms are words that name the same kind of part of a business
// in other words; SegmentKey maps each onto the first of its group.
var segmentSynonyms = [][]string{
	{"ongoing", "remaining", "continuing"},
}

// segmentFillers are words that never distinguish one segment from
// another.
var segmentFillers = []string{
	"the", "our", "its", "their", "company", "company's", "companys", "segment", "division",
	"business", "total", "overall", "of", "a", "an", "and", "&",
}

// Vocabulary returns the ids of the v1 metric vocabulary, in the
// contract's order.
func Vocabulary() []string {
	ids := make([]string, len(vocabulary))
	for i, m := range vocabulary {
		ids[i] = m.id
	}
	return ids
}

// Name returns what people call a metric, as written within a sentence
// ("G&A", "days sales outstanding"); for a metric outside the vocabulary,
// its id with spaces for underscores.
func Name(metric string) string {
	if m, ok := known(metric); ok {
		return m.name
	}
	return strings.ReplaceAll(metric, "_", " ")
}

// known returns the metric of the vocabulary or of otherMetrics with id.
func known(id string) (metric, bool) {
	for _, table := range [][]metric{vocabulary, otherMetrics} {
		for _, m := range table {
			if m.id == id {
				return m, true
			}
		}
	}
	return metric{}, false
}

// Better says which way is good for a metric: +1 when up is good, -1 when
// down is, 0 when neither or the metric is outside the vocabulary.
func Better(metric string) int {
	for _, m := range vocabulary {
		if m.id == metric {
			return m.better
		}
	}
	return 0
}

// UnitOf returns the unit of a metric's figures in the contract's terms:
// "USD", "USD/share", "percent", "days"; "USD" for a metric outside the
// vocabulary.
func UnitOf(metric string) string {
	if m, ok := known(metric); ok {
		return unitNames[m.unit]
	}
	return USD
}
