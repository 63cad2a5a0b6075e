package metric

import "slices"

// Bases a phrase can imply, as the JSON contract names them.
const (
	GAAP    = "gaap"
	NonGAAP = "non_gaap"
)

// An Alias is a phrase of the text that names a measure. Basis, Variant
// and Sign are implied by the phrase itself: "adjusted EPS" is non-GAAP,
// "net loss" a negative net income, "diluted EPS" the diluted variant.
// An alias of an Industry applies only in that industry's calls, in place
// of a General alias of the same phrase.
type Alias struct {
	Phrase   string
	ID       string
	Basis    string
	Variant  string
	Sign     int // -1 for a phrase naming a loss
	Industry Industry
}

// Aliases returns the phrases that name measures. Phrases are lower-case
// words; the extractor matches them whole-word, longest first, hyphens as
// spaces.
func Aliases() []Alias { return slices.Clone(aliases) }

// PerShare returns the measure a figure per share of measure id is: "net
// income of $0.82 per share" states EPS.
func PerShare(id string) (string, bool) {
	s, ok := perShare[id]
	return s, ok
}

// MarginOf returns the margin of a profit measure, for a percentage
// stated of it: "gross profit was 33.6% of sales" is the gross margin.
func MarginOf(id string) (string, bool) {
	s, ok := marginOf[id]
	return s, ok
}

// RateOf returns the rate a percentage stated beside an amount measures:
// "income tax expense was $5.5 million or 15%" is the tax rate.
func RateOf(id string) (string, bool) {
	s, ok := rateOf[id]
	return s, ok
}

// AmountOf returns the amount of a margin measure, for a money figure
// stated of it: "$145 million in services gross margin" is gross profit.
func AmountOf(id string) (string, bool) {
	for p, m := range marginOf {
		if m == id {
			return p, true
		}
	}
	return "", false
}

var perShare = map[string]string{
	"net_income": "eps", "eps": "eps", "ffo": "ffo_per_share", "ffo_per_share": "ffo_per_share",
	"affo": "affo_per_share", "affo_per_share": "affo_per_share", "dividend_per_share": "dividend_per_share",
	"book_value": "book_value_per_share", "book_value_per_share": "book_value_per_share",
	"tangible_book_value_per_share": "tangible_book_value_per_share", "core_earnings": "eps",
	"dividends_paid": "dividend_per_share", "operating_income": "eps", "insurance_operating_income": "eps",
}

// nonGAAPPerShare are the measures whose per-share figure is non-GAAP
// itself: "operating earnings of $1.43 per share" is an operating EPS.
var nonGAAPPerShare = map[string]bool{"operating_income": true}

// PerShareNonGAAP reports whether the per-share figure of measure id is
// non-GAAP by its nature.
func PerShareNonGAAP(id string) bool { return nonGAAPPerShare[id] }

var rateOf = map[string]string{"income_tax": "tax_rate"}

var marginOf = map[string]string{
	"gross_profit": "gross_margin", "operating_income": "operating_margin", "ebitda": "ebitda_margin",
	"net_income": "net_margin", "ebit": "ebit_margin", "pretax_income": "pretax_margin",
	"free_cash_flow": "free_cash_flow_margin",
}

func al(phrase, id string) Alias              { return Alias{Phrase: phrase, ID: id} }
func adj(phrase, id string) Alias             { return Alias{Phrase: phrase, ID: id, Basis: NonGAAP} }
func loss(phrase, id string) Alias            { return Alias{Phrase: phrase, ID: id, Sign: -1} }
func dil(phrase, id string) Alias             { return Alias{Phrase: phrase, ID: id, Variant: "diluted"} }
func ind(i Industry, phrase, id string) Alias { return Alias{Phrase: phrase, ID: id, Industry: i} }
func indAdj(i Industry, phrase, id string) Alias {
	return Alias{Phrase: phrase, ID: id, Industry: i, Basis: NonGAAP}
}

// aliases map the words of calls onto measures.
var aliases = []Alias{
	// revenue
	al("revenue", "revenue"), al("revenues", "revenue"), al("sales", "revenue"), al("net sales", "revenue"),
	al("net revenue", "revenue"), al("net revenues", "revenue"), al("total revenue", "revenue"),
	al("total revenues", "revenue"), al("revenue from operations", "revenue"), al("revenues from operations", "revenue"), al("total net revenue", "revenue"), al("total net revenues", "revenue"),
	al("total net sales", "revenue"), al("total sales", "revenue"), al("consolidated revenue", "revenue"),
	al("consolidated revenues", "revenue"), al("consolidated net sales", "revenue"), al("consolidated sales", "revenue"),
	al("top line", "revenue"), al("topline", "revenue"), al("operating revenue", "revenue"),
	al("operating revenues", "revenue"), al("total operating revenue", "revenue"), al("total operating revenues", "revenue"),
	al("turnover", "revenue"), al("total company sales", "revenue"), al("total company revenue", "revenue"),
	adj("organic revenue", "organic_revenue"), adj("organic sales", "organic_revenue"),
	adj("organic net sales", "organic_revenue"), adj("organic revenues", "organic_revenue"),
	adj("organic growth", "organic_growth"), adj("organic sales growth", "organic_growth"),
	adj("organic revenue growth", "organic_growth"), adj("organic net sales growth", "organic_growth"),
	al("digital sales", "digital_sales"), al("digitally originated sales", "digital_sales"),
	al("e commerce sales", "digital_sales"), al("ecommerce sales", "digital_sales"),
	// gross profit and margin
	al("gross profit", "gross_profit"), al("gross profits", "gross_profit"), al("gross margin dollars", "gross_profit"),
	al("gross margin", "gross_margin"), al("gross margins", "gross_margin"), al("gross profit percentage", "gross_margin"),
	al("gross profit margin", "gross_margin"), al("gross margin percentage", "gross_margin"),
	al("gross margin rate", "gross_margin"), al("gross profit rate", "gross_margin"),
	// operating income and margin
	al("operating income", "operating_income"), al("income from operations", "operating_income"),
	al("operating profit", "operating_income"), al("operating profits", "operating_income"),
	loss("operating loss", "operating_income"), loss("operating losses", "operating_income"),
	loss("loss from operations", "operating_income"),
	al("operating margin", "operating_margin"), al("operating margins", "operating_margin"),
	al("operating income margin", "operating_margin"), al("operating profit margin", "operating_margin"),
	al("ebit", "ebit"), al("ebita", "ebit"), al("ebit margin", "ebit_margin"), al("ebita margin", "ebit_margin"),
	al("segment ebit", "segment_profit"), al("segment profit", "segment_profit"), al("segment operating profit", "segment_profit"),
	al("segment operating income", "segment_profit"), al("segment income", "segment_profit"), al("segment earnings", "segment_profit"),
	loss("segment loss", "segment_profit"), loss("segment operating loss", "segment_profit"),
	al("segment margin", "segment_margin"), al("segment margins", "segment_margin"), al("segment profit margin", "segment_margin"),
	al("segment operating margin", "segment_margin"), al("segment earnings margin", "segment_margin"),
	al("pretax income", "pretax_income"), al("pre tax income", "pretax_income"), al("pretax earnings", "pretax_income"),
	al("pre tax earnings", "pretax_income"), al("pre tax profit", "pretax_income"), al("pretax profit", "pretax_income"),
	al("profit before tax", "pretax_income"), al("profit before taxes", "pretax_income"), al("income before taxes", "pretax_income"),
	al("income before income taxes", "pretax_income"), al("earnings before taxes", "pretax_income"),
	al("pretax margin", "pretax_margin"), al("pre tax margin", "pretax_margin"),
	loss("pre tax loss", "pretax_income"), loss("pretax loss", "pretax_income"), loss("operating loss", "operating_income"),
	loss("tax loss", "income_tax"), loss("loss before taxes", "pretax_income"), loss("loss before income taxes", "pretax_income"),
	// expenses
	al("operating expenses", "operating_expenses"), al("operating expense", "operating_expenses"),
	al("non operating expenses", "non_operating_expense"), al("non operating expense", "non_operating_expense"),
	al("nonoperating expenses", "non_operating_expense"), al("nonoperating expense", "non_operating_expense"),
	al("total operating expenses", "operating_expenses"), al("opex", "operating_expenses"),
	al("total expenses", "operating_expenses"), al("expenses", "operating_expenses"), al("expense", "operating_expenses"),
	al("sg&a", "sga_expense"), al("sg&a expense", "sga_expense"), al("sg&a expenses", "sga_expense"),
	al("selling general and administrative expenses", "sga_expense"),
	al("selling general and administrative expense", "sga_expense"),
	al("selling general and administrative", "sga_expense"),
	al("selling general & administrative expenses", "sga_expense"),
	al("general and administrative expenses", "ga_expense"), al("general and administrative expense", "ga_expense"),
	al("general and administrative", "ga_expense"), al("general & administrative expenses", "ga_expense"),
	al("g&a", "ga_expense"), al("g&a expense", "ga_expense"), al("g&a expenses", "ga_expense"),
	al("research and development", "rd_expense"), al("research and development expenses", "rd_expense"),
	al("research and development expense", "rd_expense"), al("r&d", "rd_expense"),
	al("r&d expense", "rd_expense"), al("r&d expenses", "rd_expense"),
	al("rd&e", "rd_expense"), al("rd&e expense", "rd_expense"), al("rd&e expenses", "rd_expense"),
	al("interest expense", "interest_expense"), al("net interest expense", "interest_expense"), adj("cash interest expense", "interest_expense"),
	al("tax rate", "tax_rate"), al("effective tax rate", "tax_rate"), al("income tax rate", "tax_rate"),
	al("effective rate", "tax_rate"), al("tax rate for the quarter", "tax_rate"),
	adj("operating tax rate", "tax_rate"), adj("adjusted tax rate", "tax_rate"), adj("adjusted effective tax rate", "tax_rate"),
	al("cost of sales", "cost_of_sales"), al("cost of goods sold", "cost_of_sales"), al("cogs", "cost_of_sales"),
	al("depreciation and amortization", "depreciation"), al("depreciation", "depreciation"), al("d&a", "depreciation"),
	al("depreciation and amortization expense", "depreciation"), al("depreciation expense", "depreciation"),
	al("depreciation and amortization expenses", "depreciation"), al("depreciation expenses", "depreciation"),
	adj("aoi", "operating_income"), adj("adjusted oibda", "ebitda"), adj("oibda", "ebitda"),
	al("contribution profit", "contribution_profit"), adj("adjusted contribution profit", "contribution_profit"),
	al("revenue loss", "lost_revenue"), al("revenue losses", "lost_revenue"), al("lost revenue", "lost_revenue"), al("lost revenues", "lost_revenue"),
	al("amortization", "amortization"), al("stock based compensation", "stock_compensation"),
	al("stock compensation", "stock_compensation"), al("share based compensation", "stock_compensation"),
	al("restructuring charges", "restructuring_charges"), al("restructuring charge", "restructuring_charges"),
	al("restructuring costs", "restructuring_charges"), al("impairment", "impairment"), al("impairment charge", "impairment"),
	al("interest income", "interest_income"), al("other income", "other_income"),
	al("other expense", "other_expense"), al("other expenses", "other_expense"), al("other income and expense", "other_income"),
	al("interest and other expense", "other_expense"), al("other income expense", "other_income"), al("income tax expense", "income_tax"),
	al("income taxes", "income_tax"), al("tax expense", "income_tax"), al("provision for income taxes", "income_tax"),
	al("marketing expense", "marketing_expense"), al("marketing expenses", "marketing_expense"),
	al("advertising", "advertising"), al("advertising expense", "advertising"), al("pension", "pension"),
	al("cost savings", "savings"), al("savings", "savings"), al("synergies", "synergies"),
	// earnings
	al("net income", "net_income"), al("net earnings", "net_income"), al("net profit", "net_income"),
	al("earnings", "net_income"), al("after tax net income", "net_income"), al("after tax income", "net_income"),
	al("after tax earnings", "net_income"),
	al("net income attributable to common shareholders", "net_income"),
	al("net income attributable to common stockholders", "net_income"),
	al("net income available to common shareholders", "net_income"),
	al("net income available to common stockholders", "net_income"),
	al("net income applicable to common shareholders", "net_income"),
	al("bottom line", "net_income"),
	al("net income attributable to noncontrolling interest", "nci_income"), al("net income attributable to noncontrolling interests", "nci_income"),
	al("net income attributable to non controlling interest", "nci_income"), al("net income attributable to non controlling interests", "nci_income"),
	loss("net loss", "net_income"), loss("net losses", "net_income"), loss("a loss", "net_income"),
	loss("loss", "net_income"), loss("gaap loss", "net_income"), al("profit", "net_income"), al("a profit", "net_income"), al("profits", "net_income"),
	al("income from continuing operations", "net_income"), al("net income from continuing operations", "net_income"),
	al("funds from operation", "ffo"), dil("deps", "eps"), adj("adjusted deps", "eps"),
	adj("ongoing earnings per share", "eps"), adj("ongoing eps", "eps"), adj("ongoing diluted earnings per share", "eps"),
	al("operating earnings", "operating_income"), indAdj(Utility, "operating earnings", "net_income"), adj("core income", "net_income"), adj("economic earnings", "net_income"), adj("core net income", "net_income"),
	adj("non gaap income", "net_income"), {Phrase: "gaap income", ID: "net_income", Basis: GAAP},

	al("net margin", "net_margin"), al("net profit margin", "net_margin"), al("net income margin", "net_margin"),
	al("earnings per share", "eps"), al("eps", "eps"),
	dil("earnings per diluted share", "eps"), dil("diluted earnings per share", "eps"), dil("diluted eps", "eps"),
	dil("earnings per fully diluted share", "eps"), al("earnings per common share", "eps"),
	dil("earnings per diluted common share", "eps"), dil("diluted earnings per common share", "eps"),
	{Phrase: "basic earnings per share", ID: "eps", Variant: "basic"},
	al("net income per share", "eps"), dil("net income per diluted share", "eps"),
	dil("diluted net income per share", "eps"), al("net earnings per share", "eps"),
	dil("net earnings per diluted share", "eps"), al("income per share", "eps"),
	dil("income per diluted share", "eps"), dil("earnings per diluted share from continuing operations", "eps"),
	loss("loss per share", "eps"), loss("net loss per share", "eps"),
	{Phrase: "loss per diluted share", ID: "eps", Variant: "diluted", Sign: -1},
	{Phrase: "net loss per diluted share", ID: "eps", Variant: "diluted", Sign: -1},
	{Phrase: "diluted loss per share", ID: "eps", Variant: "diluted", Sign: -1},
	{Phrase: "diluted net loss per share", ID: "eps", Variant: "diluted", Sign: -1},
	adj("operating earnings per share", "eps"), adj("operating eps", "eps"), adj("net operating earnings", "net_income"),
	adj("net operating earnings per share", "eps"), adj("net operating earnings per common share", "eps"), adj("economic earnings per share", "eps"),
	adj("cash eps", "eps"), adj("core eps", "eps"), adj("core earnings per share", "eps"),
	adj("core income per share", "eps"), adj("core earnings per diluted share", "eps"),
	adj("operating income per share", "eps"), adj("net operating income per share", "eps"), adj("comparable earnings per share", "eps"), adj("comparable eps", "eps"),
	adj("comparable diluted earnings per share", "eps"), adj("net operating income per diluted share", "eps"),
	al("ebitda", "ebitda"), al("ebitdar", "ebitda"), loss("ebitda loss", "ebitda"),
	al("property level ebitda", "property_ebitda"), al("property level adjusted ebitda", "property_ebitda"),
	al("hotel ebitda", "property_ebitda"), al("hotel adjusted ebitda", "property_ebitda"), al("hotel level ebitda", "property_ebitda"),
	loss("property level ebitda loss", "property_ebitda"), loss("property level adjusted ebitda loss", "property_ebitda"),
	al("property level expenses", "property_expenses"), al("property level operating expenses", "property_expenses"),
	al("property level adjusted operating expenses", "property_expenses"), al("hotel operating expenses", "property_expenses"),
	al("ebitda margin", "ebitda_margin"), al("ebitda margins", "ebitda_margin"),
	// balance sheet
	al("cash", "cash"), al("cash and cash equivalents", "cash"), al("cash and equivalents", "cash"),
	al("cash balance", "cash"), al("cash balances", "cash"), al("cash on hand", "cash"),
	al("cash payments", "cash_payments"), al("cash payment", "cash_payments"), // "$55 million in cash payments for restructuring"
	al("cash position", "cash"), al("cash and investments", "cash"),
	al("cash and short term investments", "cash"), al("cash and marketable securities", "cash"),
	al("cash cash equivalents and short term investments", "cash"), al("unrestricted cash", "cash"),
	al("net cash", "net_cash"), al("net cash position", "net_cash"), al("net cash balance", "net_cash"),
	al("net debt", "net_debt"), al("net debt position", "net_debt"), al("liquidity", "liquidity"),
	al("total liquidity", "liquidity"), al("available liquidity", "liquidity"),
	al("total assets", "total_assets"), al("assets", "total_assets"),
	al("shareholders equity", "shareholders_equity"), al("stockholders equity", "shareholders_equity"),
	al("shareholders ' equity", "shareholders_equity"), al("equity", "shareholders_equity"),
	al("working capital", "working_capital"),
	al("accounts receivable", "accounts_receivable"), al("net accounts receivable", "accounts_receivable"),
	al("receivables", "accounts_receivable"), al("net receivables", "accounts_receivable"),
	al("trade receivables", "accounts_receivable"), al("accounts receivables", "accounts_receivable"),
	al("a/r", "accounts_receivable"),
	al("inventory", "inventory"), al("inventories", "inventory"), al("merchandise inventory", "inventory"),
	al("days sales outstanding", "dso"), al("day sales outstanding", "dso"),
	al("days sales outstanding level", "dso"), al("days of sales outstanding", "dso"), al("dso", "dso"),
	al("total debt", "total_debt"), al("debt", "total_debt"), al("total borrowings", "total_debt"),
	al("outstanding debt", "total_debt"), al("debt outstanding", "total_debt"), al("long term debt", "total_debt"),
	al("gross debt", "total_debt"),
	al("book value", "book_value"), al("book value per share", "book_value_per_share"),
	al("book value per common share", "book_value_per_share"),

	al("tangible book value per share", "tangible_book_value_per_share"),
	al("tangible book value per common share", "tangible_book_value_per_share"),
	al("tangible book value", "tangible_book_value_per_share"),
	// cash flow
	al("free cash flow", "free_cash_flow"), al("free cash flows", "free_cash_flow"), al("fcf", "free_cash_flow"),
	al("free cash flow margin", "free_cash_flow_margin"), al("free cash flow conversion", "free_cash_flow_conversion"),
	al("operating cash flow", "operating_cash_flow"), al("cash flow from operations", "operating_cash_flow"),
	loss("operating cash outflow", "operating_cash_flow"), loss("cash outflow from operations", "operating_cash_flow"),
	loss("operating cash outflows", "operating_cash_flow"),
	al("cash flows from operations", "operating_cash_flow"), al("cash from operations", "operating_cash_flow"),
	al("cash flow from operating activities", "operating_cash_flow"),
	al("cash flows from operating activities", "operating_cash_flow"),
	al("cash provided by operating activities", "operating_cash_flow"), al("cash provided by operations", "operating_cash_flow"),
	al("net cash provided by operating activities", "operating_cash_flow"),
	loss("cash used for operating activities", "operating_cash_flow"), loss("cash used in operating activities", "operating_cash_flow"),
	loss("net cash used in operating activities", "operating_cash_flow"), loss("cash used in operations", "operating_cash_flow"),
	loss("cash used for operations", "operating_cash_flow"),
	al("cash generated from operations", "operating_cash_flow"), al("cash from operating activities", "operating_cash_flow"),
	al("cash generated from operating activities", "operating_cash_flow"), al("cash generated by operating activities", "operating_cash_flow"),
	al("cash flow provided by operating activities", "operating_cash_flow"), al("cash flows provided by operating activities", "operating_cash_flow"),
	al("cash generated by operations", "operating_cash_flow"), al("cash flow generated from operations", "operating_cash_flow"),
	al("operating cash flows", "operating_cash_flow"), al("cash flow", "cash_flow"), al("cash flows", "cash_flow"),
	al("capital expenditures", "capex"), al("capital expenditure", "capex"), al("capex", "capex"),
	al("capital spending", "capex"), al("capital spend", "capex"), al("capital investments", "capex"), al("capital investment", "capex"), al("capital budget", "capex"),
	al("capital expenditures and asset acquisitions", "capex_and_acquisitions"),
	al("share repurchases", "share_repurchases"), al("share repurchase", "share_repurchases"),
	al("stock repurchases", "share_repurchases"), al("share buybacks", "share_repurchases"),
	al("buybacks", "share_repurchases"), al("buyback", "share_repurchases"), al("repurchases", "share_repurchases"),
	al("share buyback", "share_repurchases"), al("stock buybacks", "share_repurchases"),
	al("repurchase authorization", "repurchase_authorization"), al("share repurchase authorization", "repurchase_authorization"),
	al("buyback authorization", "repurchase_authorization"), al("repurchase program", "repurchase_authorization"),
	al("share repurchase program", "repurchase_authorization"), al("buyback program", "repurchase_authorization"),
	al("dividend", "dividend_per_share"), al("quarterly dividend", "dividend_per_share"),
	al("dividend per share", "dividend_per_share"), al("quarterly cash dividend", "dividend_per_share"),
	al("cash dividend", "dividend_per_share"), al("dividends", "dividends_paid"),
	al("common stock dividend", "dividend_per_share"), al("common dividend", "dividend_per_share"),
	al("quarterly common stock dividend", "dividend_per_share"), al("quarterly common dividend", "dividend_per_share"),
	al("annual dividend", "annualized_dividend"), al("annualized dividend", "annualized_dividend"),
	al("annualized dividend rate", "annualized_dividend"), al("annual dividend rate", "annualized_dividend"),
	al("returned to shareholders", "shareholder_returns"), al("cash returned to shareholders", "shareholder_returns"),
	al("capital returned to shareholders", "shareholder_returns"), al("shareholder returns", "shareholder_returns"),
	al("return to shareholders", "shareholder_returns"),
	al("debt repayment", "debt_repayment"), al("debt repayments", "debt_repayment"), al("repaid", "debt_repayment"),
	al("paid down", "debt_repayment"), al("we repaid", "debt_repayment"), al("redeemed", "debt_repayment"),
	al("redeeming", "debt_repayment"), al("we redeemed", "debt_repayment"),
	// orders and backlog
	al("backlog", "backlog"), al("order backlog", "backlog"), al("total backlog", "backlog"),
	al("orders", "orders"), al("bookings", "orders"), al("new orders", "orders"), al("order intake", "orders"),
	al("net orders", "orders"), al("total orders", "orders"),
	al("annual recurring revenue", "arr"), al("arr", "arr"), al("remaining performance obligation", "rpo"),
	al("remaining performance obligations", "rpo"), al("rpo", "rpo"), al("current rpo", "rpo"), al("crpo", "rpo"),
	al("deferred revenue", "deferred_revenue"), al("billings", "billings"), al("gross bookings", "gross_bookings"),
	al("return on invested capital", "roic"), al("roic", "roic"), al("return on equity", "roe"), al("roe", "roe"),
	al("return on tangible common equity", "roe"), al("rotce", "roe"), al("return on assets", "roa"), al("roa", "roa"),
	al("leverage", "leverage_ratio"), al("leverage ratio", "leverage_ratio"), al("net leverage", "leverage_ratio"),
	al("headcount", "headcount"), al("volume", "volume"), al("volumes", "volume"),
	al("price", "price"), al("pricing", "price"), al("price mix", "price"),
	al("margin", "margin"), al("margins", "margin"),
	// banks
	al("net interest income", "net_interest_income"), al("nii", "net_interest_income"),
	adj("fte net interest income", "net_interest_income"), adj("fte nii", "net_interest_income"),
	adj("taxable equivalent net interest income", "net_interest_income"),
	al("net interest margin", "net_interest_margin"), al("nim", "net_interest_margin"),
	ind(Bank, "margin", "net_interest_margin"), ind(Bank, "the margin", "net_interest_margin"),
	// an insurer's operating income is its after-tax earnings excluding
	// investment gains, not sales less costs; before tax it is a measure
	// of its own
	indAdj(Insurance, "operating income", "net_income"), indAdj(Insurance, "operating earnings", "net_income"),
	indAdj(Insurance, "pre tax adjusted operating income", "insurance_operating_income"),
	indAdj(Insurance, "pretax adjusted operating income", "insurance_operating_income"),
	indAdj(Insurance, "adjusted pre tax operating income", "insurance_operating_income"),
	indAdj(Insurance, "pre tax operating income", "insurance_operating_income"),
	{Phrase: "pre tax adjusted operating loss", ID: "insurance_operating_income", Industry: Insurance, Basis: NonGAAP, Sign: -1},
	{Phrase: "pretax adjusted operating loss", ID: "insurance_operating_income", Industry: Insurance, Basis: NonGAAP, Sign: -1},
	{Phrase: "pre tax operating loss", ID: "insurance_operating_income", Industry: Insurance, Basis: NonGAAP, Sign: -1},
	// an insurer's sales are the policies and annuities it sells, not its
	// revenue
	ind(Insurance, "sales", "insurance_sales"), ind(Insurance, "total sales", "insurance_sales"),
	ind(Insurance, "annuity sales", "insurance_sales"), ind(Insurance, "net sales", "insurance_sales"),
	al("fee income", "fee_income"), al("fee revenue", "fee_income"), al("fees", "fee_income"),
	al("noninterest income", "noninterest_income"), al("non interest income", "noninterest_income"),
	al("fee based revenue", "fee_income"), al("fee based income", "fee_income"),
	al("noninterest expense", "operating_expenses"), al("non interest expense", "operating_expenses"),
	al("noninterest expenses", "operating_expenses"), al("non interest expenses", "operating_expenses"),
	al("total noninterest expense", "operating_expenses"), al("total non interest expense", "operating_expenses"),
	al("provision for credit losses", "provision_for_credit_losses"), al("provision", "provision_for_credit_losses"),
	al("provision expense", "provision_for_credit_losses"), al("credit loss provision", "provision_for_credit_losses"),
	al("provision for loan losses", "provision_for_credit_losses"), al("loan loss provision", "provision_for_credit_losses"),
	al("reserve build", "provision_for_credit_losses"), al("reserve release", "provision_for_credit_losses"),
	al("net charge offs", "net_charge_offs"), al("net charge off", "net_charge_offs"), al("charge offs", "net_charge_offs"),
	al("net charge off ratio", "net_charge_off_ratio"), al("net charge off rate", "net_charge_off_ratio"),
	al("allowance for credit losses", "allowance_for_credit_losses"), al("allowance", "allowance_for_credit_losses"),
	al("reserve", "allowance_for_credit_losses"), al("reserves", "allowance_for_credit_losses"),
	al("allowance for loan losses", "allowance_for_credit_losses"), al("acl", "allowance_for_credit_losses"),
	al("reserve ratio", "allowance_ratio"), al("allowance ratio", "allowance_ratio"),
	al("nonperforming assets", "nonperforming_assets"), al("non performing assets", "nonperforming_assets"),
	al("nonperforming loans", "nonperforming_assets"), al("non performing loans", "nonperforming_assets"),
	al("loans", "loans"), al("total loans", "loans"), al("loan receivables", "loans"), al("average loan receivables", "loans"), al("average loans", "loans"), al("loan balances", "loans"),
	al("loan growth", "loan_growth"), al("deposits", "deposits"), al("total deposits", "deposits"),
	al("average deposits", "deposits"), al("deposit growth", "deposit_growth"),
	al("efficiency ratio", "efficiency_ratio"), al("cet1", "cet1_ratio"), al("cet1 ratio", "cet1_ratio"),
	al("common equity tier 1", "cet1_ratio"), al("common equity tier 1 ratio", "cet1_ratio"),
	al("tier 1 capital ratio", "capital_ratio"), al("capital ratio", "capital_ratio"),
	al("assets under management", "assets_under_management"), al("aum", "assets_under_management"),
	al("client balances", "assets_under_management"), al("sales and trading revenue", "trading_revenue"),
	al("trading revenue", "trading_revenue"), al("investment banking fees", "investment_banking_fees"),
	al("mortgage banking", "mortgage_banking"), al("mortgage banking income", "mortgage_banking"),
	al("mortgage banking revenue", "mortgage_banking"), al("mortgage banking revenues", "mortgage_banking"),
	al("mortgage banking fees", "mortgage_banking"), al("trading revenues", "trading_revenue"),
	al("investment banking revenue", "investment_banking_fees"), al("investment banking revenues", "investment_banking_fees"),
	al("yield", "yield"), al("yields", "yield"), al("cost of deposits", "cost_of_deposits"),
	al("deposit costs", "cost_of_deposits"), al("spread", "interest_rate_spread"), al("spreads", "interest_rate_spread"),
	// insurers
	al("net written premiums", "premiums_written"), al("net premiums written", "premiums_written"),
	al("gross written premiums", "premiums_written"), al("premiums written", "premiums_written"),
	al("written premiums", "premiums_written"), al("net earned premiums", "premiums_earned"),
	al("premiums earned", "premiums_earned"), al("earned premiums", "premiums_earned"),
	al("premiums", "premiums"), al("premium", "premiums"), al("premium revenue", "premiums"),
	al("combined ratio", "combined_ratio"), al("underlying combined ratio", "underlying_combined_ratio"),
	al("accident year combined ratio", "underlying_combined_ratio"),
	al("loss ratio", "loss_ratio"), al("loss ratios", "loss_ratio"), al("expense ratio", "expense_ratio"),
	al("underwriting income", "underwriting_income"), al("underwriting profit", "underwriting_income"),
	al("underwriting gain", "underwriting_income"), al("underwriting earnings", "underwriting_income"),
	al("underwriting profits", "underwriting_income"), al("underwriting gains", "underwriting_income"),
	loss("underwriting loss", "underwriting_income"), loss("underwriting losses", "underwriting_income"),
	al("restaurant operating margin", "restaurant_margin"), al("restaurant level margin", "restaurant_margin"),
	al("restaurant level operating margin", "restaurant_margin"), al("restaurant margin", "restaurant_margin"),
	al("restaurant margins", "restaurant_margin"), al("restaurant operating margins", "restaurant_margin"),
	al("catastrophe losses", "catastrophe_losses"), al("cat losses", "catastrophe_losses"),
	loss("gross loss", "gross_profit"), loss("gross losses", "gross_profit"),
	al("losses incurred", "losses_incurred"), al("net losses incurred", "losses_incurred"), al("incurred losses", "losses_incurred"),
	al("catastrophe loss", "catastrophe_losses"), al("prior year reserve development", "reserve_development"),
	al("reserve development", "reserve_development"), al("net investment income", "net_investment_income"),
	al("policies in force", "policies_in_force"), al("renewal premium change", "renewal_rate"),
	al("renewal rate change", "renewal_rate"), al("retention", "retention"),
	al("medical care ratio", "medical_care_ratio"), al("medical loss ratio", "medical_care_ratio"), al("mlr", "medical_care_ratio"),
	// REITs
	al("ffo", "ffo"), al("funds from operations", "ffo"), adj("core ffo", "ffo"), adj("normalized ffo", "ffo"), adj("nffo", "ffo"), adj("ffom", "ffo"), adj("ffo as modified", "ffo"),
	adj("adjusted ffo", "affo"), adj("adjusted ffo per share", "affo_per_share"), adj("adjusted funds from operations", "affo"), adj("core funds from operations", "ffo"),
	al("ffo per share", "ffo_per_share"), dil("ffo per diluted share", "ffo_per_share"),
	adj("core ffo per share", "ffo_per_share"), adj("normalized ffo per share", "ffo_per_share"),
	adj("core ffo per diluted share", "ffo_per_share"), adj("normalized ffo per diluted share", "ffo_per_share"),
	al("affo", "affo"), al("affo per share", "affo_per_share"), adj("consolidated affo", "affo"),
	adj("attributable affo", "affo"), al("fad", "affo"),
	al("cash available for distribution", "distributable_cash"), al("distributable cash flow", "distributable_cash"),
	al("cash available for dividends", "distributable_cash"),
	al("noi", "noi"), al("net operating income", "noi"), al("same store noi", "same_property_noi"),
	al("same property noi", "same_property_noi"), al("same center noi", "same_property_noi"),
	al("same store net operating income", "same_property_noi"), al("same property net operating income", "same_property_noi"),
	al("comparable noi", "same_property_noi"), al("cash noi", "noi"),
	al("same store revenue", "same_property_revenue"), al("same property revenue", "same_property_revenue"),
	al("same store revenues", "same_property_revenue"), al("same property revenues", "same_property_revenue"),
	al("same store revenue growth", "same_property_revenue"), al("same property revenue growth", "same_property_revenue"),
	al("occupancy", "occupancy"), al("leased occupancy", "occupancy"), al("occupancy rate", "occupancy"),
	al("physical occupancy", "occupancy"), al("same store occupancy", "occupancy"), al("portfolio occupancy", "occupancy"),
	al("leasing spreads", "leasing_spread"), al("leasing spread", "leasing_spread"), al("rent spreads", "leasing_spread"),
	al("rent", "rent"), al("rents", "rent"), al("base rent", "rent"), al("cap rate", "cap_rate"), al("cap rates", "cap_rate"),
	al("tenant sales", "tenant_sales"), adj("core earnings", "core_earnings"), adj("economic book value", "book_value"),
	adj("economic book value per share", "book_value_per_share"), al("economic return", "economic_return"),
	al("comprehensive income", "comprehensive_income"), al("net yield", "net_yield"),
	al("tenant billings growth", "tenant_billings_growth"), al("organic tenant billings growth", "tenant_billings_growth"),
	// retailers
	al("same store sales", "same_store_sales"), al("comparable store sales", "same_store_sales"),
	al("comparable sales", "same_store_sales"), al("comp sales", "same_store_sales"),
	al("comp store sales", "same_store_sales"), al("comps", "same_store_sales"),
	al("same store sales growth", "same_store_sales"), al("comparable store sales growth", "same_store_sales"),
	al("comparable sales growth", "same_store_sales"), al("like for like sales", "same_store_sales"),
	al("identical sales", "same_store_sales"), al("id sales", "same_store_sales"), al("comp sales growth", "same_store_sales"),
	ind(Retail, "comp", "same_store_sales"), ind(Retail, "comp growth", "same_store_sales"),
	al("two year stack", "two_year_stack"), al("two year comp", "two_year_stack"), al("two year comps", "two_year_stack"),
	al("transactions", "transactions"), al("comparable transactions", "transactions"), al("traffic", "traffic"),
	al("average ticket", "average_ticket"), al("ticket", "average_ticket"),
	al("sales per square foot", "sales_per_square_foot"), al("sales per retail square foot", "sales_per_square_foot"),
	// energy and utilities
	al("production", "production"), al("realized price", "realized_price"), al("distributions", "distributions"),
	al("rate base", "rate_base"), al("allowed roe", "allowed_roe"), al("customer growth", "customer_growth"),
}
