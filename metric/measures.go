package metric

// flag marks a measure's traits in the tables below.
type flag uint8

const (
	instant  flag = 1 << iota // a balance at a date
	rate                      // its value is a growth rate
	nonGAAP                   // non-GAAP by nature
	earnings                  // covered by a call-wide "adjusted unless noted"
	up                        // up is good
	down                      // down is good
	whole                     // reported for the company as a whole
)

func row(id, name string, u Unit, ind Industry, v1 bool, f flag) Measure {
	m := Measure{ID: id, Name: name, Unit: u, Industry: ind, V1: v1,
		Instant: f&instant != 0, Rate: f&rate != 0, NonGAAP: f&nonGAAP != 0, Earnings: f&earnings != 0, Whole: f&whole != 0}
	switch {
	case f&up != 0:
		m.Better = 1
	case f&down != 0:
		m.Better = -1
	}
	return m
}

// v1 is a measure of the contract's vocabulary; other one outside it.
func v1(id, name string, u Unit, f flag) Measure { return row(id, name, u, General, true, f) }
func other(id, name string, u Unit, ind Industry, f flag) Measure {
	return row(id, name, u, ind, false, f)
}

// measures are the registry: the v1 vocabulary first, in the contract's
// order, then the measures outside it, general and by industry.
var measures = []Measure{
	v1("revenue", "revenue", USD, up),
	v1("gross_profit", "gross profit", USD, up|earnings),
	v1("gross_margin", "gross margin", Percent, up|earnings),
	v1("operating_income", "operating income", USD, up|earnings),
	v1("operating_margin", "operating margin", Percent, up|earnings),
	v1("operating_expenses", "operating expenses", USD, down|earnings),
	v1("net_income", "net income", USD, up|earnings),
	v1("eps", "EPS", USDPerShare, up|earnings|whole),
	v1("ebitda", "EBITDA", USD, up|nonGAAP),
	v1("ebitda_margin", "EBITDA margin", Percent, up|nonGAAP),
	v1("sga_expense", "SG&A", USD, down|earnings),
	v1("ga_expense", "G&A", USD, down|earnings),
	v1("rd_expense", "R&D", USD, earnings),
	v1("interest_expense", "interest expense", USD, down|whole),
	v1("tax_rate", "tax rate", Percent, earnings|whole),
	v1("cash", "cash", USD, instant|up|whole),
	v1("working_capital", "working capital", USD, instant|up),
	v1("accounts_receivable", "accounts receivable", USD, instant),
	v1("inventory", "inventory", USD, instant),
	v1("dso", "days sales outstanding", Days, instant|down),
	v1("total_debt", "total debt", USD, instant|down|whole),
	v1("free_cash_flow", "free cash flow", USD, up|nonGAAP|whole),
	v1("operating_cash_flow", "operating cash flow", USD, up|whole),
	v1("capex", "capital expenditures", USD, whole),
	v1("share_repurchases", "share repurchases", USD, whole),
	v1("dividend_per_share", "dividend per share", USDPerShare, up|whole),
	v1("ffo_per_share", "FFO per share", USDPerShare, up|nonGAAP|whole),
	v1("backlog", "backlog", USD, instant|up),
	v1("orders", "orders", USD, up),
	v1("same_store_sales", "same-store sales", Percent, up|rate),
	v1("net_interest_income", "net interest income", USD, up),
	v1("net_interest_margin", "net interest margin", Percent, up),
	v1("book_value_per_share", "book value per share", USDPerShare, instant|up|whole),

	// general measures outside the vocabulary, named often enough that
	// their figures must not be taken for a v1 measure's
	other("margin", "margin", Percent, General, up),
	other("net_margin", "net margin", Percent, General, up),
	other("pretax_income", "pre-tax income", USD, General, up),
	other("pretax_margin", "pre-tax margin", Percent, General, up),
	other("ebit", "EBIT", USD, General, up|nonGAAP),
	other("ebit_margin", "EBIT margin", Percent, General, up|nonGAAP),
	other("ebitda_guidance_raise", "EBITDA guidance raise", USD, General, 0),
	other("segment_profit", "segment profit", USD, General, up),
	other("segment_margin", "segment margin", Percent, General, up),
	other("net_cash", "net cash", USD, General, instant|up),
	other("net_debt", "net debt", USD, General, instant|down),
	other("liquidity", "liquidity", USD, General, instant|up),
	other("total_assets", "total assets", USD, General, instant),
	other("shareholders_equity", "shareholders' equity", USD, General, instant|up),
	other("book_value", "book value", USD, General, instant|up),
	other("tangible_book_value_per_share", "tangible book value per share", USDPerShare, General, instant|up),
	other("cash_flow", "cash flow", USD, General, up),
	other("free_cash_flow_margin", "free cash flow margin", Percent, General, up|nonGAAP),
	other("free_cash_flow_conversion", "free cash flow conversion", Percent, General, up|nonGAAP),
	other("organic_growth", "organic growth", Percent, General, up|rate|nonGAAP),
	other("organic_revenue", "organic revenue", USD, General, up|nonGAAP),
	other("volume", "volume", Percent, General, up|rate),
	other("price", "price", Percent, General, rate),
	other("shareholder_returns", "cash returned to shareholders", USD, General, 0),
	other("cash_payments", "cash payments", USD, General, 0),
	other("dividends_paid", "dividends paid", USD, General, 0),
	other("annualized_dividend", "annualized dividend", USDPerShare, General, up),
	other("share_count", "share count", Count, General, 0),
	other("repurchase_authorization", "repurchase authorization", USD, General, 0),
	other("debt_repayment", "debt repayment", USD, General, 0),
	other("debt_issuance", "debt issuance", USD, General, 0),
	other("depreciation", "depreciation and amortization", USD, General, 0),
	other("amortization", "amortization", USD, General, 0),
	other("stock_compensation", "stock-based compensation", USD, General, 0),
	other("restructuring_charges", "restructuring charges", USD, General, down),
	other("impairment", "impairment", USD, General, down),
	other("pension", "pension", USD, General, 0),
	other("interest_income", "interest income", USD, General, up),
	other("other_income", "other income", USD, General, 0),
	other("other_expense", "other expense", USD, General, 0),
	other("income_tax", "income tax", USD, General, 0),
	other("cost_of_sales", "cost of sales", USD, General, down),
	other("marketing_expense", "marketing expense", USD, General, 0),
	other("advertising", "advertising", USD, General, 0),
	other("savings", "cost savings", USD, General, up),
	other("synergies", "synergies", USD, General, up),
	other("headcount", "headcount", Count, General, 0),
	other("arr", "annual recurring revenue", USD, General, up|nonGAAP),
	other("rpo", "remaining performance obligation", USD, General, instant|up),
	other("deferred_revenue", "deferred revenue", USD, General, instant|up),
	other("billings", "billings", USD, General, up),
	other("gross_bookings", "gross bookings", USD, General, up),
	other("roic", "return on invested capital", Percent, General, up),
	other("roe", "return on equity", Percent, General, up),
	other("roa", "return on assets", Percent, General, up),
	other("leverage_ratio", "leverage ratio", Count, General, down),
	other("capex_and_acquisitions", "capital expenditures and acquisitions", USD, General, 0),
	other("acquisition_price", "acquisition price", USD, General, 0),
	other("market_size", "market size", USD, General, 0),
	other("production", "production", Count, Energy, up),
	other("realized_price", "realized price", USD, Energy, up),
	other("distributions", "distributions", USD, Energy, up),
	other("rate_base", "rate base", USD, Utility, instant|up),
	other("allowed_roe", "allowed return on equity", Percent, Utility, 0),
	other("customer_growth", "customer growth", Percent, Utility, up|rate),
	other("medical_care_ratio", "medical care ratio", Percent, Insurance, down),

	// banks
	other("fee_income", "fee income", USD, Bank, up),
	other("noninterest_income", "noninterest income", USD, Bank, up),
	other("noninterest_expense", "noninterest expense", USD, Bank, down),
	other("provision_for_credit_losses", "provision for credit losses", USD, Bank, down),
	other("net_charge_offs", "net charge-offs", USD, Bank, down),
	other("net_charge_off_ratio", "net charge-off ratio", Percent, Bank, down),
	other("allowance_for_credit_losses", "allowance for credit losses", USD, Bank, instant),
	other("allowance_ratio", "allowance ratio", Percent, Bank, instant),
	other("nonperforming_assets", "nonperforming assets", USD, Bank, instant|down),
	other("loans", "loans", USD, Bank, instant|up),
	other("loan_growth", "loan growth", Percent, Bank, up|rate),
	other("deposits", "deposits", USD, Bank, instant|up),
	other("deposit_growth", "deposit growth", Percent, Bank, up|rate),
	other("efficiency_ratio", "efficiency ratio", Percent, Bank, down),
	other("cet1_ratio", "CET1 ratio", Percent, Bank, instant|up),
	other("capital_ratio", "capital ratio", Percent, Bank, instant|up),
	other("assets_under_management", "assets under management", USD, Bank, instant|up),
	other("trading_revenue", "sales and trading revenue", USD, Bank, up),
	other("investment_banking_fees", "investment banking fees", USD, Bank, up),
	other("mortgage_banking", "mortgage banking income", USD, Bank, up),
	other("yield", "yield", Percent, Bank, up),
	other("cost_of_deposits", "cost of deposits", Percent, Bank, down),
	other("interest_rate_spread", "spread", Percent, Bank, up),

	// insurers
	other("insurance_operating_income", "pre-tax adjusted operating income", USD, Insurance, up|nonGAAP),
	other("premiums_written", "premiums written", USD, Insurance, up),
	other("premiums_earned", "premiums earned", USD, Insurance, up),
	other("premiums", "premiums", USD, Insurance, up),
	other("insurance_sales", "sales", USD, Insurance, up), // policies and annuities sold: deposits, not revenue
	other("combined_ratio", "combined ratio", Percent, Insurance, down),
	other("underlying_combined_ratio", "underlying combined ratio", Percent, Insurance, down|nonGAAP),
	other("loss_ratio", "loss ratio", Percent, Insurance, down),
	other("expense_ratio", "expense ratio", Percent, Insurance, down),
	other("catastrophe_losses", "catastrophe losses", USD, Insurance, down),
	other("losses_incurred", "losses incurred", USD, Insurance, down),
	other("underwriting_income", "underwriting income", USD, General, up),
	other("restaurant_margin", "restaurant operating margin", Percent, General, up),
	other("reserve_development", "prior-year reserve development", USD, Insurance, 0),
	other("net_investment_income", "net investment income", USD, Insurance, up),
	other("policies_in_force", "policies in force", Count, Insurance, up),
	other("renewal_rate", "renewal rate change", Percent, Insurance, up),
	other("retention", "retention", Percent, Insurance, up),
	other("return_on_equity_core", "core return on equity", Percent, Insurance, up|nonGAAP),

	// REITs and mortgage REITs
	other("ffo", "FFO", USD, REIT, up|nonGAAP),
	other("affo", "AFFO", USD, REIT, up|nonGAAP),
	other("distributable_cash", "cash available for distribution", USD, General, up|nonGAAP),
	other("property_ebitda", "property-level EBITDA", USD, General, up|nonGAAP),
	other("property_expenses", "property-level operating expenses", USD, General, down),
	other("lost_revenue", "revenue lost", USD, General, down),
	other("contribution_profit", "contribution profit", USD, General, up|nonGAAP),
	other("nci_income", "net income attributable to noncontrolling interests", USD, General, 0),
	other("affo_per_share", "AFFO per share", USDPerShare, REIT, up|nonGAAP),
	other("noi", "NOI", USD, REIT, up|nonGAAP),
	other("same_property_noi", "same-property NOI", Percent, REIT, up|rate|nonGAAP),
	other("same_property_revenue", "same-property revenue", Percent, REIT, up|rate),
	other("occupancy", "occupancy", Percent, REIT, instant|up),
	other("leasing_spread", "leasing spread", Percent, REIT, up),
	other("rent", "rent", USD, REIT, up),
	other("cap_rate", "cap rate", Percent, REIT, 0),
	other("tenant_sales", "tenant sales", USD, REIT, up),
	other("core_earnings", "core earnings", USD, REIT, up|nonGAAP),
	other("economic_return", "economic return", Percent, REIT, up),
	other("comprehensive_income", "comprehensive income", USD, REIT, up),
	other("portfolio", "portfolio", USD, REIT, instant),
	other("net_yield", "net yield", Percent, REIT, up),
	other("tenant_billings_growth", "tenant billings growth", Percent, REIT, up|rate),

	// retailers
	other("transactions", "transactions", Percent, Retail, up|rate),
	other("average_ticket", "average ticket", Percent, Retail, up|rate),
	other("traffic", "traffic", Percent, Retail, up|rate),
	other("store_count", "store count", Count, Retail, up),
	other("digital_sales", "digital sales", USD, Retail, up),
	other("sales_per_square_foot", "sales per square foot", USD, Retail, up),
	other("two_year_stack", "two-year stack", Percent, Retail, up|rate),
}
