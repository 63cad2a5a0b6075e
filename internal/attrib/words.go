package attrib

import "strings"

// fillers are words that stand between a measure and its figure, or
// inside a measure's phrase, without changing what either is.
var fillers = map[string]bool{
	"the": true, "a": true, "an": true, "our": true, "its": true, "their": true, "'s": true,
	"this": true, "these": true, "your": true, "his": true, "her": true,
}

// periodWords are words of periods that the period phrases do not take on
// their own: "capex for quarter was".
var periodWords = map[string]bool{
	"quarter": true, "year": true, "quarters": true, "period": true, "fiscal": true, "months": true,
	"full": true, "calendar": true, "second": true, "third": true, "first": true, "fourth": true,
}

// stopModifier are words that, before a measure, never name a part of the
// business: adjectives of size and quality, determiners, words of time,
// verbs that end up before a measure.
var stopModifier = map[string]bool{}

func init() {
	for _, w := range stopModifierWords {
		stopModifier[w] = true
	}
}

var stopModifierWords = []string{
	"total", "net", "record", "quarterly", "annual", "annualized", "consolidated", "reported",
	"our", "the", "its", "their", "this", "that", "these", "those", "a", "an", "and", "or",
	"of", "in", "for", "from", "with", "at", "on", "by", "to", "as", "company", "company's",
	"overall", "strong", "solid", "higher", "lower", "increased", "decreased", "improved",
	"aggregate", "combined", "cumulative", "sizeable", "sizable", "significant", "robust",
	"healthy", "modest", "slight", "full", "year", "quarter", "first", "second", "third", "fourth",
	"fiscal", "month", "months", "half", "prior", "last", "next", "current", "same", "like",
	"other", "all", "both", "every", "any", "more", "less", "approximately", "about", "was",
	"were", "is", "are", "be", "been", "which", "what", "positive", "negative", "gross", "pro",
	"forma", "operating", "we", "i", "you", "they", "it", "he", "she", "also", "but", "so",
	"then", "there", "here", "just", "only", "still", "even", "well", "very", "much", "many",
	"new", "yoy", "comprehensive", "therefore", "however", "additionally", "while", "whereas",
	"although", "though", "because", "since", "when", "finally", "meanwhile", "moreover",
	"furthermore", "similarly", "lastly", "again", "thus", "hence", "today", "yesterday",
	"importantly", "notably", "specifically", "accordingly", "consequently", "great", "good",
	"excellent", "outstanding", "exceptional", "tremendous", "impressive", "remarkable",
	"terrific", "fantastic", "nice", "best", "better", "worse", "weak", "weaker", "stronger",
	"continued", "continuing", "ongoing", "sustained", "steady", "stable", "consistent",
	"double", "digit", "single", "high", "low", "mid", "top", "bottom", "average", "reportable",
	"underlying", "normalized", "adjusted", "core", "organic", "gaap", "non", "estimated",
	"expected", "projected", "targeted", "implied", "guided", "base", "baseline", "ending",
	"beginning", "opening", "closing", "end", "daily", "weekly", "monthly", "per", "share",
	"diluted", "basic", "fully", "earnings", "income", "sequential", "year-over-year", "y",
	"attributable", "available", "applicable", "common", "shareholders", "stockholders",
	"tax", "taxes", "after", "before", "pretax", "pre", "post", "one", "two", "three", "four",
	"five", "six", "seven", "eight", "nine", "ten", "twelve", "hundred", "thousand", "million",
	"billion", "percent", "percentage", "rate", "level", "levels", "number", "numbers",
	"amount", "figure", "figures", "results", "result", "performance", "basis", "growth",
	"incremental", "additional", "extra", "further", "remaining", "some", "several", "few",
	"largest", "biggest", "highest", "lowest", "record-high", "all-time", "historic",
	"historical", "previous", "preceding", "following", "subsequent", "initial", "final",
	"actual", "reportedly", "ex", "excluding", "including", "u", "s", "year's", "quarter's",
	"fy", "q1", "q2", "q3", "q4", "ytd", "h1", "h2", "1h", "2h", "normal", "typical", "usual",
	"recurring", "nonrecurring", "non-recurring", "recent", "latest", "trailing", "forward",
	"twelve-month", "ttm", "ltm", "way", "lot", "bit", "kind", "sort", "type", "record-setting",
	"shows", "show", "showed", "shown", "sales", "revenue", "revenues", "profit", "cash", "unlevered",
	"levered", "statutory", "effective", "blended", "marginal", "implied", "nominal", "real", "merchandise",
	// verbs that take a measure as their object: "expect to generate consolidated revenues"
	"generate", "generates", "generating", "given", "provided", "deliver", "delivering", "drive", "drives", "drove",
	"driving", "produce", "producing", "report", "reporting", "post", "posting", "achieve",
	"achieving", "earn", "earning", "record", "recording", "forecasted", "forecast", "budgeted",
	"planned", "anticipated", "see", "seeing", "expect", "expecting", "reach", "reaching",
	"grow", "growing", "improve", "improving", "maintain", "maintaining", "sustain", "return",
	"returned", "returning", "invest", "investing", "spend", "spending", "spent", "increasing",
	"decreasing", "reducing", "lowering", "raising", "raise", "narrowing", "reaffirming",
	"reiterating", "generated", "delivered", "produced", "posted", "achieved", "earned", "recorded",
	"think", "believe", "guess", "translates", "translate", "into", "addition", "means", "mean",
	"comparable", "preliminary", "existing", "profitability", "reach", "held", "hold", "holds",
	"had", "have", "has", "through", "via", "thru",
}

// subjectVerbs follow a part of the business as the subject of a figure:
// "Freight had another outstanding quarter", "Ground reported".
var subjectVerbs = map[string]bool{
	"generated": true, "reported": true, "produced": true, "posted": true, "delivered": true,
	"had": true, "saw": true, "contributed": true, "achieved": true, "recorded": true,
	"grew": true, "increased": true, "decreased": true, "declined": true, "improved": true,
	"experienced": true, "earned": true, "was": true, "were": true, "is": true, "are": true,
	"ended": true, "finished": true, "continues": true, "continued": true, "revenue": true,
	"sales": true, "delivers": true, "grows": true, "posts": true, "reports": true,
	"performed": true, "performs": true, "benefited": true, "remained": true, "remains": true, "completed": true,
}

// partWords name parts of a business in lower case: a figure of "services
// revenue" is the services segment's.
var partWords = setOf(
	"services", "service", "products", "product", "subscription", "subscriptions", "license",
	"licenses", "licensing", "maintenance", "software", "hardware", "cloud", "saas", "digital",
	"online", "e commerce", "ecommerce", "stores", "store", "wholesale", "retail", "commercial",
	"residential", "industrial", "consumer", "enterprise", "government", "healthcare", "property",
	"equipment", "parts", "aftermarket", "oem", "dealer", "franchise", "franchised", "company operated",
	"company owned", "international", "domestic", "regional", "u.s", "u.s.", "us", "north american",
	"european", "asian", "chinese", "latin american", "canadian", "mexican", "brazilian", "japanese",
	"uk", "u.k", "u.k.", "emea", "apac", "latam", "americas", "transaction", "transactional", "advertising",
	"ad", "recurring", "nonrecurring", "fee", "card", "debit", "credit", "mortgage", "insurance",
	"life", "annuity", "annuities", "property and casualty", "commercial lines", "personal lines",
	"specialty", "reinsurance", "pharmacy", "medical", "dental", "vision", "clinical", "lab",
	"testing", "diagnostics", "devices", "food", "beverage", "beverages", "snacks", "grocery",
	"fuel", "gas", "electric", "water", "power", "renewables", "utility", "upstream", "downstream",
	"midstream", "chemicals", "materials", "aerospace", "defense", "automotive", "auto", "truck",
	"rail", "marine", "air", "ground", "freight", "express", "logistics", "rental", "leasing",
	"hotel", "hotels", "casino", "restaurant", "restaurants", "membership", "subscription and saas",
	"platform", "platforms", "hosting", "security", "networking", "storage", "data center",
	"data centers", "tower", "towers", "office", "industrial properties", "multifamily", "apartment",
	"senior housing", "medical office", "net lease", "self storage", "outpatient", "inpatient",
	"same facility", "base", "core business", "legacy", "new business",
)

// geoWords name regions; like part words, they make a figure a part's.
var geoWords = setOf(
	"u.s", "u.s.", "us", "united states", "north america", "south america", "latin america", "americas",
	"europe", "emea", "apac", "asia", "asia pacific", "china", "greater china", "japan", "korea",
	"india", "canada", "mexico", "brazil", "germany", "france", "uk", "u.k", "u.k.", "united kingdom",
	"australia", "africa", "middle east", "international", "domestic", "western europe",
	"eastern europe", "rest of world", "outside the u.s", "outside the u.s.", "europe middle east and africa",
)

// notNames are capitalised words that never name a part of the business.
var notNames = setOf(
	"slide", "slides", "page", "pages", "chart", "exhibit", "table", "appendix", "operator",
	"thank", "thanks", "good", "great", "okay", "ok", "yes", "no", "well", "so", "now", "and",
	"but", "as", "in", "on", "at", "for", "with", "by", "to", "from", "of", "the", "a", "an",
	"our", "we", "i", "you", "they", "it", "this", "that", "these", "those", "there", "here",
	"despite", "although", "while", "when", "if", "after", "before", "during", "since", "given", "addition",
	"overall", "finally", "lastly", "first", "second", "third", "fourth", "next", "also",
	"additionally", "moreover", "furthermore", "however", "meanwhile", "importantly", "turning",
	"moving", "looking", "let", "let's", "covid", "covid-19", "pandemic", "gaap", "non-gaap",
	"ceo", "cfo", "coo", "president", "chairman", "q1", "q2", "q3", "q4", "fy", "fiscal",
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
	"mr", "ms", "mrs", "dr", "company", "board", "street", "wall", "fed", "federal", "reserve",
	"sec", "nyse", "nasdaq", "s&p", "dow", "inc", "corp", "corporation", "llc", "ltd", "plc",
	"america", "american", "specifically", "including", "excluding", "both", "all", "each",
	"every", "other", "total", "consolidated", "we've", "we're", "i'm", "it's", "that's",
	"year", "quarter", "today", "yesterday", "tomorrow", "last", "this", "full", "organic",
	"adjusted", "reported", "record", "strong", "solid", "together", "combined", "similarly",
	"likewise", "again", "still", "even", "just", "only", "then", "thus", "hence", "because",
	"what", "how", "why", "where", "who", "which", "yeah", "sure", "right", "look", "see",
)

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// measureHeads, right after a measure's words, make them name another
// measure: "cash needs", "revenue synergies".
var measureHeads = setOf(
	"needs", "requirements", "power", "potential", "opportunity", "opportunities", "trajectory",
	"trends", "trend", "dynamics", "profile", "mix", "cadence", "composition", "multiple",
	"multiples", "drivers", "driver", "headroom", "capacity", "sensitivity", "exposure",
	"maturities", "maturity", "ratio", "ratios", "yield", "per", "equivalent", "equivalents",
	"contribution", "bridge", "walk", "algorithm", "framework", "impact", "impacts", "benefit",
	"headwind", "headwinds", "tailwind", "tailwinds", "deployment", "usage", "burn", "flows",
	"generation", "conversion", "run", "base", "basis", "target", "targets", "goal", "goals",
	"estimate", "estimates", "consensus", "beat", "miss", "dilution", "accretion", "reversed",
	"outflow", "outflows", "receipts", "contributions", "surplus", "deficit", "shortfall",
)

// bareOnly are measure phrases that name the measure only alone: with any
// modifier ("non-recurring expenses", "COVID-related costs") they name a
// part of it.
var bareOnly = setOf("expenses", "expense", "operating costs", "costs", "earnings", "profit", "sales", "revenue", "revenues", "cash", "debt", "margin", "margins")

// topicWords are topics a call turns to that are no part of the business.
var topicWords = setOf(
	"slide", "slides", "page", "pages", "balance", "sheet", "capital", "liquidity", "guidance",
	"outlook", "credit", "taxes", "tax", "results", "detail", "details", "review", "highlights",
	"financials", "financial", "performance", "questions", "q&a", "call", "operator", "expenses",
	"costs", "asset", "quality", "allocation", "deployment", "summary", "closing", "conclusion",
	"strategy", "priorities", "update", "updates", "trends", "metrics", "kpis", "outlook",
	"forecast", "assumptions", "segment", "segments", "businesses", "business", "remarks",
	"comments", "discussion", "overview", "view", "slide", "chart", "appendix", "reconciliation",
	"items", "other", "rest", "remainder", "next", "last", "final", "first", "second", "third",
	"loans", "deposits", "fees", "revenue", "earnings", "margin", "pricing", "volume", "volumes",
	"profitability", "profit", "profits", "valuations", "valuation", "income", "statement", "cash",
	"flow", "flows", "returns", "dividends", "buybacks", "repurchases", "addition",
	"p&l", "p", "l", "line", "lines", "bottom", "top", "down",
)

// resultVerbs, after a name opening a sentence, make it a part's name for
// the call's vocabulary: "Freight delivered", "Ground reported".
var resultVerbs = setOf("generated", "reported", "produced", "posted", "delivered", "had", "saw",
	"contributed", "achieved", "recorded", "grew", "increased", "decreased", "declined", "improved", "earned", "incurred")

// adverb reports whether a word is an adverb by its ending:
// "substantially", "slightly".
func adverb(w string) bool { return len(w) > 4 && w[len(w)-2:] == "ly" }

// nounLike reports whether a word reads as a noun rather than an
// adjective or a participle, by its ending: "service" and "property" are
// nouns, "recurring", "related", "economic", "effective" are not.
func nounLike(w string) bool {
	if len(w) < 3 || stopModifier[w] {
		return false
	}
	for _, suf := range []string{"ing", "ed", "al", "ive", "ous", "ful", "ic", "able", "ible", "ly", "ary", "ate", "less", "ish"} {
		if strings.HasSuffix(w, suf) && !nounEndings[w] {
			return false
		}
	}
	return true
}

// nounEndings are nouns whose ending reads as an adjective's.
var nounEndings = setOf("retail", "rental", "chemical", "chemicals", "medical", "clinical", "industrial",
	"commercial", "residential", "capital", "material", "terminal", "hospital", "portal", "digital",
	"logistic", "pharmaceutical", "pharmaceuticals", "equipment", "government", "management", "investment",
	"entertainment", "development", "segment", "paper", "consumer", "center", "water", "power", "tower",
	"container", "computer", "partner", "partners", "server", "servers", "printer", "transfer", "provider",
	"rubber", "lumber", "timber", "leather", "premier", "banking", "housing", "lending", "clothing", "homebuilding", "refining", "drilling", "staffing", "trucking", "lodging",
	"marketing", "advertising", "printing", "packaging", "building", "engineering", "mining", "energy",
	"manufacturing", "processing", "trading", "licensing", "consulting", "outsourcing", "publishing",
	"catering", "brewing", "shipping", "roofing", "flooring", "plumbing", "heating", "lighting", "dining",
	"gaming", "racing", "boating", "casting", "coatings", "fittings", "furnishings", "holdings", "savings",
	"deposits", "plant", "client", "agent", "ventilator", "wholesale", "merchant", "restaurant", "tenant")

// partTaking are the measures a part of the business is stated for:
// lower-case words before one ("blood service revenue") name a part when
// they read as nouns.
var partTaking = setOf("revenue", "gross_profit", "gross_margin", "operating_income", "operating_margin",
	"ebitda", "ebitda_margin", "orders", "backlog", "same_store_sales", "segment_profit", "margin")

// slugHeads are measure words that, qualified by words no table knows,
// name a measure of their own: "bad debt provision", "insurance expense".
var slugHeads = setOf("expense", "expenses", "costs", "cost", "provision", "charges", "charge", "fees", "reserve", "reserves", "income")

// adverbsLead are words that open a sentence before its subject: "However,
// our remaining facilities reported …".
var adverbsLead = setOf("however", "also", "additionally", "meanwhile", "moreover", "furthermore", "similarly",
	"likewise", "importantly", "notably", "overall", "finally", "lastly", "again", "still", "next", "then", "now", "so", "further", "separately", "specifically")

// bringWords take a measure to a level: "This brings total capital
// expenditures for fiscal 2021 to $2.6 billion".
// recordWords name a level as a record: "to a record $196 million".
var recordWords = setOf("a record", "record", "a new record", "an all time high", "all time high", "high")

// reachWords, after a change, give the level it reached: "up 9%,
// reaching $341 million".
var reachWords = setOf("reaching", "reached", "finishing at", "finished at", "ending at", "landing at", "totaling", "hitting", "settling at")

var bringWords = setOf("brings", "bringing", "brought", "takes", "taking", "took", "raising", "lowering", "raised", "lowered")

// wholeWords qualify a bare measure as the whole: "total expenses".
// wholeSubjects are subjects that mean the company, not a part: "The
// team had a strong quarter".
var wholeSubjects = setOf("team", "teams", "company", "business", "businesses", "group", "organization", "firm", "everyone", "everybody", "all", "we", "i", "it", "they", "segments", "segment")

// neutralSubjects, as the last word of a clause's subject, mean the
// company's results or their causes, not a part of the business: "Strong
// demand drove revenue of …", "The quarter delivered …".
var neutralSubjects = setOf("results", "result", "performance", "demand", "growth", "execution", "momentum", "strength",
	"pricing", "price", "prices", "mix", "volume", "volumes", "trends", "efforts", "actions", "initiatives", "improvement",
	"improvements", "management", "board", "everything", "quarter", "year", "which", "who", "this", "that", "there", "here",
	"today", "yesterday", "night", "morning", "afternoon", "evening", "partnership", "trust", "corporation", "bank", "enterprise")

// subjectEndVerbs end a clause's subject, beside the verbs of results:
// "Automotive has become …", "retail drove …".
var subjectEndVerbs = setOf("has", "have", "had", "drove", "became", "accelerated", "continued", "continues", "remained", "was", "were", "is", "are")

// customerNouns name those a company sells to: a figure of "clients with
// more than $25 million in revenue" is theirs.
var customerNouns = setOf("clients", "customers", "accounts", "companies", "members", "borrowers", "tenants",
	"operators", "franchisees", "retailers", "partners", "households", "patients", "users", "advertisers")

// concessive words open a phrase of background before a sentence's
// subject: the periods in it date none of its figures.
var concessive = setOf("despite", "amid", "notwithstanding", "although", "though", "while")

// trailingYear are the variant phrases of the four quarters to date: a
// heading of them sets no period of the call's.
var trailingYear = setOf("last 12 months", "last twelve months", "trailing 12 months", "trailing twelve months", "past 12 months", "past twelve months", "ltm", "ttm",
	"trailing 12 month", "trailing twelve month", "rolling 12 months", "rolling twelve months", "rolling 12 month", "the trailing 12 months")

// periodPrepositions introduce a period phrase after a measure: "EPS for
// the quarter was".
var periodPrepositions = setOf("for", "in", "during", "of")

// leadPhrases open a sentence before its subject: "Based on our
// year-to-date performance, Capital still expects …".
var leadPhrases = setOf("based on", "given the", "given our", "despite the", "as a", "as expected", "as planned")

// spendVerbs put a sum to a use named after it: "we deployed $2.2 billion
// to repurchase shares".
var spendVerbs = setOf("deployed", "spent", "used", "utilized", "allocated", "invested", "returned")

// topicNouns follow a measure a sentence opens with: "On the capex line,
// we invested …".
var topicNouns = setOf("line", "front", "side", "item")

// reportVerbs may set a measure right before its figure: "pleased to
// report first quarter core income $699 million".
var reportVerbs = setOf("report", "reported", "reporting", "posted", "delivered", "recorded")

// talkVerbs announce what a speaker goes on to give: "I'll talk about
// the segment results".
var talkVerbs = setOf("talk", "discuss", "speak", "review", "cover", "focus", "comments")

// expectVerbs give an outlook: "we are expecting a range of $0.75 to
// $0.77 per share".
var expectVerbs = setOf("expect", "expects", "expecting", "anticipate", "anticipates", "anticipating", "project", "projecting", "forecast", "forecasting")

// numberNouns follow a measure to name its figure: "the FTE NII number".
var numberNouns = setOf("number", "figure", "line", "metric")

// amountNouns stand for a measure's figure after a period: "the prior-year
// amount of $6.85".
var amountNouns = setOf("amount", "level", "levels", "figure", "number", "result")

// filingWords cite a filing, whose period is no topic of the call's:
// "our Annual Report on Form 10-K for the year ended December 31, 2020".
var filingWords = []string{"10-k", "10-q", "annual report", "form 8-k", "securities and exchange commission"}

// causeNouns name causes of a change, not parts of a business: "$0.05
// from weather".
var causeNouns = setOf("weather", "currency", "currencies", "fx", "foreign", "storms", "hurricanes", "pricing", "inflation", "tax", "taxes", "covid", "the pandemic", "acquisitions", "divestitures", "share repurchases")

// benchmarks are what a result is said to be above or below, besides
// an outlook: "above the midpoint of our guidance range".
var benchmarks = setOf("midpoint", "consensus", "expectations", "high end", "top end", "low end", "estimates", "street")

// measuredAgainst set a result against the outlook named after them:
// "in line with guidance", "ahead of expectations".
var measuredAgainst = setOf("in line with", "ahead of", "above", "below", "exceeded", "beat", "met", "versus", "against", "than")

// nameJoins join the words of a part's name: "Test and measurement in
// electronics".
var nameJoins = setOf("and", "&", "in", "of")

// yearAdjectives make "year" a thing had or made: "a strong year".
var yearAdjectives = setOf("strong", "great", "good", "terrific", "record", "solid", "remarkable", "outstanding", "tremendous", "fantastic", "exceptional", "successful", "challenging", "difficult", "tough")

// periodNouns end "had a good quarter".
var periodNouns = setOf("quarter", "year", "start", "half", "month", "period", "finish")

var wholeWords = setOf("total", "net", "gross", "quarterly", "annual", "consolidated", "overall", "operating", "reported", "our", "record", "global", "worldwide")

// partialWords make a bare measure a part of itself: "non-recurring
// expenses", "other costs".
var partialWords = setOf("non", "recurring", "nonrecurring", "other", "additional", "incremental", "one", "time", "certain", "related", "specific", "extra", "higher", "lower")

// earnedWords are verbs whose object is net income: "we earned $1.6
// billion", "generating $0.38 per share".
var earnedWords = setOf("earned", "earn", "earning", "generating", "lost")

// deliveredWords are verbs of results that state earnings when a sum of no
// measure is restated per share: "we delivered $46.7 million or $0.69 per
// share".
var deliveredWords = setOf("delivered", "reported", "we reported", "generated", "posted", "produced", "achieved", "recorded")

// verbMeasures are measure phrases that are verbs: their object is their
// value.
var verbMeasures = setOf("repaid", "we repaid", "paid down", "redeemed", "redeeming", "we redeemed")

// holdingWords name the holding company, whose balances are its own.
var holdingWords = setOf("holding company", "holdco", "parent company", "holding company's", "holdco's")

// globalWords, in lower case, qualify a measure as the whole company's:
// "record global sales of $282 million".
var globalWords = setOf("global", "worldwide")

// balanceVerbs state a balance with "with": "ended the quarter with $155
// million of cash".
var balanceVerbs = setOf("ended", "ending", "ends", "started", "starting", "began", "beginning", "exited", "exiting",
	"closed", "closing", "finished", "finishing", "entered", "entering")

// startVerbs open a period with a balance: "we started Q3 with $146
// million of cash".
var startVerbs = setOf("started", "starting", "began", "beginning", "entered", "entering", "start", "begin", "enter")

// multipleWords set a level against a multiple of another: "roughly
// double the prior-year levels of $64.2 million".
var multipleWords = setOf("double", "triple", "twice", "doubled", "tripled")

// handoffPhrases hand the call to another speaker.
var handoffPhrases = []string{"hand it off to", "hand it over to", "turn it over to", "turn the call over to",
	"turn the call to", "pass it over to", "pass it to", "hand the call over to", "hand the call to", "turn things over to"}

// subtractWords take one measure from another: "total debt less cash of
// $270.3 million" is the difference's figure.
var subtractWords = setOf("less", "minus")

// guidanceModifiers may stand before "guidance" when it is the earnings
// outlook: "our full year guidance", "our new guidance".
var guidanceModifiers = setOf("full", "year", "new", "prior", "previous", "initial", "current", "earnings", "eps",
	"annual", "quarterly", "financial", "fiscal", "formal", "official", "latest", "original")

// theyWords are the subject "they": those it stands for are others.
var theyWords = setOf("they", "they're", "they've", "they'll", "they'd")

// balanceActions are verbs of doing something to a balance: their object
// is the amount done ("we collected $5.8 million"), not the balance.
var balanceActions = setOf("collected", "received", "paid", "spent", "used", "invested", "returned", "repaid",
	"raised", "issued", "drew", "borrowed", "refinanced", "recovered", "wrote", "released", "added", "deployed")

// genericNameWords are words of company names that name no company on
// their own: "Services" in "Northwind Plasma Services" may name a part.
var genericNameWords = setOf("services", "service", "group", "holdings", "holding", "inc", "inc.", "corporation",
	"corp", "corp.", "company", "co", "co.", "international", "industries", "systems", "solutions", "technologies",
	"partners", "financial", "bank", "bancorp", "energy", "foods", "brands", "resources", "products", "enterprises",
	"the", "and", "&", "of", "trust", "properties", "realty", "capital", "global", "worldwide", "america", "americas",
	"ltd", "plc", "lp", "llc", "limited", "communications", "health", "healthcare", "insurance", "materials", "labs",
	"laboratories", "pharmaceuticals", "therapeutics", "entertainment", "motors", "airlines", "stores", "restaurants")

// asideVerbs are the verbs of an aside opened by "as": "operating earnings,
// as shown on Slide 6, were $1.09 per share".
var asideVerbs = map[string]bool{
	"shown": true, "noted": true, "mentioned": true, "discussed": true, "reported": true,
	"described": true, "outlined": true, "detailed": true, "highlighted": true, "indicated": true,
	"expected": true, "planned": true, "previously": true, "i": true, "we": true, "you": true,
}

// speakingVerbs are the verbs after a person's name: "Rick will discuss",
// "Mary to walk you through".
var speakingVerbs = map[string]bool{
	"discuss": true, "discussed": true, "give": true, "walk": true, "review": true, "cover": true,
	"provide": true, "talk": true, "talked": true, "said": true, "mentioned": true, "noted": true,
	"highlighted": true, "share": true, "outlined": true, "described": true, "explained": true,
	"go": true, "take": true, "comment": true, "add": true, "answer": true, "address": true,
	"elaborate": true, "summarize": true, "touch": true, "present": true, "join": true,
}

// eachPeriod are the variants that state a figure for each of several
// periods: "more than $7 billion of earnings in every quarter".
var eachPeriod = map[string]bool{"every quarter": true, "each quarter": true, "per quarter": true, "a quarter": true}

// causeWords introduce what caused a change: a measure after one is a
// cause, not a level reported ("Book value increased on GAAP net income of
// $1.75 billion"); "including revenue of $296 million" lists a level.
var causeWords = map[string]bool{
	"increased on": true, "decreased on": true, "declined on": true, "driven by": true, "due to": true,
	"reflecting": true, "reflects": true, "reflected": true, "because of": true, "as a result of": true,
	"thanks to": true, "led by": true, "less": true, "minus": true,
}

// walkWords announce what comes next: "let's discuss the results for each
// segment", "I'll review our segments".
var walkWords = map[string]bool{"discuss": true, "review": true, "walk": true, "cover": true, "move": true, "go": true, "turn": true}

// partAnnouncers, before "segment" or "business", announce the parts one by
// one rather than name one: "the results for each segment", "specific
// business performance".
var partAnnouncers = map[string]bool{"each": true, "by": true, "operating": true, "specific": true, "individual": true, "respective": true}

// dealWords speak of a business acquired: the figures of the business
// bought are not the company's.
var dealWords = map[string]bool{
	"acquired": true, "acquisition": true, "acquisitions": true, "acquire": true, "acquiring": true,
	"transactions": true, "deals": true, "m&a": true, "bought": true,
}

// annualWords before a measure, beside a deal, give the yearly size of a
// business acquired: "with annual revenues of $21 million".
var annualWords = map[string]bool{"annual": true, "annualized": true, "yearly": true}

// entityVerbs after "which" or "that" give a business's own figures:
// "Cabelcon, which also has sales of $25 million".
var entityVerbs = map[string]bool{
	"has": true, "had": true, "generates": true, "generated": true, "also": true, "brings": true, "adds": true,
}

// entityNouns after a deal word name the business acquired: "the acquired
// company had revenues of".
var entityNouns = map[string]bool{
	"company": true, "companies": true, "business": true, "businesses": true, "firm": true, "firms": true,
	"entity": true, "entities": true, "agency": true, "agencies": true, "operations": true,
}

// articles open a noun phrase: after a comma, one starts a new phrase
// rather than going on with the measure before the comma.
var articles = map[string]bool{"the": true, "a": true, "an": true}

// startWords before "to" or "of" and a period speak of the period's
// beginning, not of the period: "a strong start to the year".
var startWords = map[string]bool{"start": true, "beginning": true, "opening": true, "begin": true}

// reasonOpeners open a sentence with its reason, set off by a comma: a
// period in it is the reason's, not the figures' after the comma.
var reasonOpeners = map[string]bool{"given": true, "following": true, "because": true, "thanks": true}

// representWords before a sum say what something else stands for:
// "488,000 rooms on the books, representing $120 million of revenue".
var representWords = setOf("represent", "represents", "representing", "represented")

// plannedWords before a measure make it an outlook: "our planned capex",
// "the expected tax rate".
var plannedWords = setOf("planned", "projected", "budgeted", "anticipated", "forecasted", "forecast", "targeted")

// flowVerbs before "$X of" a balance make the sum a flow of it, not the
// balance: "we sold $1.8 billion of loans", "repaid $500 million of debt".
var flowVerbs = setOf("sold", "distributed", "originated", "purchased", "bought", "repaid", "paid", "issued",
	"raised", "funded", "added", "retired", "refinanced", "drew", "borrowed", "deployed", "redeemed", "securitized",
	"consume", "consumed", "consuming", "burn", "burned", "burning", "generated", "generate", "generating")

// leadingOn are the words after which a figure is what something yields,
// its measure named after it ("with $85 million of cash", "generating
// $236 million of operating cash flow"); leadingOnIn, those that do so
// with "in" ("resulting in").
var (
	leadingOn   = setOf("with", "generating", "producing", "yielding", "delivering")
	leadingOnIn = setOf("resulting", "resulted", "translating", "translated")
)

// groupHeads end the name of a group of the company's businesses:
// "Flight Support Group".
var groupHeads = setOf("group", "groups")

// nowWords date a balance to the day of the call, not the quarter's end.
var nowWords = setOf("currently", "today", "presently", "now")
