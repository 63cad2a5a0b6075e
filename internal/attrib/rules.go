package attrib

import (
	"slices"
	"strings"

	"qoq/internal/clause"
	"qoq/internal/period"
	"qoq/metric"
)

// A Rule decides a figure: apply reports whether it did.
type Rule struct {
	Name, Doc string
	apply     func(c *clauseCtx, f *fig) bool
}

// Rules returns the rules of attribution, in the order they are tried;
// the first that applies to a figure decides it. A figure no rule decides
// is left unattributed: no measure governs it.
func Rules() []Rule { return append([]Rule(nil), rules...) }

var rules []Rule

// respectivelyRule names the pairing of a "respectively" list, which runs
// before the other rules (see pairRespectively).
const respectivelyRule = "respectively"

// impliedPairsRule names the pairing of two figures with two measures
// whose units say which is which (see pairImplied), before the other
// rules run.
const impliedPairsRule = "implied-pairs"

// unreadRule names the rule, applied as a clause's figures are gathered,
// that lists a figure the scanner found but could not read.
const unreadRule = "unread"

func init() {
	rules = []Rule{
		{unreadRule, "a figure found but not read (more than 24 digits, in exponent form, in doubled parentheses) is listed with the reason, never a value", nil},
		{respectivelyRule, "the figures listed before \"respectively\" pair in order with the measures, bases or levels named before them", nil},
		{impliedPairsRule, "two measures joined by \"and\" and linked to two figures in their units (\"net income and EPS were $8 million and $0.13 per share\") pair in order, as if \"respectively\" followed", nil},
		{"analyst", "a figure an analyst states is a question or an estimate, not the company's", (*clauseCtx).ruleAnalyst},
		{"question", "a figure in a question is not a result", (*clauseCtx).ruleQuestion},
		{"count", "a plain number, a multiple or a count of things is no measure's value", (*clauseCtx).ruleCount},
		{"month", "a figure of a month or a week is no period's value", (*clauseCtx).ruleMonth},
		{"hypothetical", "a figure after would, could, if, for example, each is not a result", (*clauseCtx).ruleHypothetical},
		{"impact", "a figure of an impact, benefit, headwind or contribution is not the level of a measure", (*clauseCtx).ruleImpact},
		{"share-of", "a percentage of a total (\"45% of sales\") is a share, not a measure's value", (*clauseCtx).ruleShareOf},
		{"program", "an authorization, facility, issue, deal or market is not a flow of the period", (*clauseCtx).ruleProgram},
		{"acquired", "a figure of a business acquired (\"annual sales of $25 million\", \"in the first 12 months after closing\") is not the company's", (*clauseCtx).ruleAcquired},
		{"theirs", "a figure of a clause whose subject is \"they\" (\"they are between $5 million and $6 million of sales\") is a part's, a customer's or another firm's, not the company's", (*clauseCtx).ruleTheirs},
		{"holding-company", "a figure of the holding company or the parent (\"$336 million in cash at the holding company\", \"holdco liquidity\") is not the consolidated company's", (*clauseCtx).ruleHoldingCompany},
		{"breakdown", "a sum after \"with\" that splits an amount stated before it by line (\"$20 million of synergies, with $13 million in cost of goods sold and $7 million in SG&A\") is a part of that amount, not the line's level", (*clauseCtx).ruleBreakdown},
		{"customer", "a figure of customers, clients or accounts (\"clients with more than $25 million in annual revenue\") is theirs, not the company's", (*clauseCtx).ruleCustomer},
		{"represents", "a sum after \"representing\" (\"rooms on the books, representing $120 million of revenue\") is what something else stands for, not a level", (*clauseCtx).ruleRepresents},
		{"milestone", "a threshold passed (\"surpassed $10 billion\") is not the level", (*clauseCtx).ruleMilestone},
		{"variant", "a figure of a variant of a measure (a two-year stack, a run rate, a CAGR, per unit) is not its level", (*clauseCtx).ruleVariant},
		{"component", "a figure after \"including\", \"related to\", \"consisting of\" is a part or a cause, not the measure's level", (*clauseCtx).ruleComponent},
		{"or-including", "a sum after \"or\" followed by \"including\" (\"$972 million of cash or $1.1 billion including marketable securities\") is the figure before with something added, no measure's level", (*clauseCtx).ruleOrIncluding},
		{"referred-back", "a figure after \"that\" or \"this\" (\"that $4 billion\") points back to one stated before", (*clauseCtx).ruleReferredBack},
		{"compared-prior", "a figure after \"compared with\", \"versus\", \"on top of\" is the level of the period compared with", (*clauseCtx).ruleComparedPrior},
		{"difference", "a figure more or less than another (\"$5 million higher than\") is a difference, not a level", (*clauseCtx).ruleDifference},
		{"change-noun", "a figure before a change noun (\"a 10% increase in revenue\") is that change", (*clauseCtx).ruleChangeNoun},
		{"change", "a figure after a change word (\"up 23%\", \"increased $525,000\") is the change of the measure governing it", (*clauseCtx).ruleChange},
		{"or-alternative", "a figure after \"or\" that restates the change before it (\"up 23%, or 21% in constant currency\") is a change too", (*clauseCtx).ruleOrChange},
		{"named-after", "a sum followed by the name of a measure in dollars that ends its phrase (\"$3.3 billion operating cash flow and\") is its level", (*clauseCtx).ruleNamedAfter},
		{"to-level", "a figure after \"to\" following a change (\"grew 16% to $X\") is the level reached", (*clauseCtx).ruleToLevel},
		{"apposition", "a sum set off by a comma right after the change of a measure (\"increased 16% in the third quarter, $4.6 billion,\") is the level reached", (*clauseCtx).ruleApposition},
		{"from-prior", "a figure after \"from\" following a change or a level (\"to $1.8 million from $1.2 million\") is the prior level", (*clauseCtx).ruleFromPrior},
		{"buyback", "a sum after a verb of buying back shares (\"repurchased 5 million shares for $1 billion\") is the share repurchases", (*clauseCtx).ruleBuyback},
		{"measure-link", "a figure joined to a measure before it by a linking word (\"revenue was $X\", \"EPS of $0.56\") is its level", (*clauseCtx).ruleMeasureLink},
		{"and-change", "a figure after \"and\", named before a measure as the change before it was (\"an increase of $10 million in marketing expense and $10 million in interest expense\"), is a change too", (*clauseCtx).ruleAndChange},
		{"figure-of-measure", "a figure followed by \"of\" or \"in\" and a measure (\"$7 billion in net income\") is its level", (*clauseCtx).ruleFigureOfMeasure},
		{"earned", "a sum or a per-share figure right after \"earned\" (\"we earned $1.6 billion or $5.04 per share\") is net income or EPS", (*clauseCtx).ruleEarned},
		{"guided-per-share", "a per-share figure of a guidance that names no measure is EPS, outside REITs", (*clauseCtx).ruleGuidedPerShare},
		{"or-level", "a figure after \"or\" or \"and\" with a basis of its own restates the level before it on that basis", (*clauseCtx).ruleOrLevel},
		{"topic-measure", "a figure after a measure the sentence opens with and sets off by a comma (\"As for adjusted EPS, we are now forecasting …\") is its level", (*clauseCtx).ruleTopicMeasure},
		{rateAlternativeRule, "a percentage after \"or\" that restates an amount whose rate it is (\"income tax expense was $5.5 million or 15%\") is that rate", (*clauseCtx).ruleRateAlternative},
		{"per-share-alternative", "a per-share figure after \"or\" that restates a total (\"$7 billion in net income or $0.82 per share\") is the per-share measure", (*clauseCtx).rulePerShareAlternative},
	}
}

func (c *clauseCtx) ruleAnalyst(f *fig) bool {
	if !c.sc.m.Analyst {
		return false
	}
	f.other("an analyst's figure")
	return true
}

func (c *clauseCtx) ruleQuestion(f *fig) bool {
	if !c.sc.question {
		return false
	}
	f.other("a figure in a question")
	return true
}

func (c *clauseCtx) ruleCount(f *fig) bool {
	switch f.claim.Unit {
	case metric.Count, "times":
		f.other("a count or a multiple, not an amount")
		return true
	}
	return false
}

func (c *clauseCtx) ruleMonth(f *fig) bool {
	items := c.items()
	lead := c.a
	for lead < c.b && items[lead].Kind != clause.Figure && items[lead].Kind != clause.Measure {
		lead++
	}
	for j := c.a; j < c.b; j++ {
		if j >= lead && (j < f.k-6 || j > f.end+3) {
			continue
		}
		// a month opening the sentence may only say when something was
		// done: "In December, we provided guidance for 2021"; a span
		// "through May 23" says when the figure ends
		through := strings.HasPrefix(items[j].Text, "through ")
		if items[j].Kind == clause.Period && strings.HasSuffix(items[j].Text, "week") && c.declaredAt(j) {
			continue // "declaring our quarterly dividend of $0.12 last week": when it was declared
		}
		if items[j].Kind == clause.Period && items[j].Period.Rule == monthRule && !(j < lead && !through && c.otherPeriod(j)) && !c.joinedBetween(j, f.k) && (through || !c.comparedMonth(j)) {
			f.other("a figure of a month or a week")
			return true
		}
	}
	return false
}

// declaredAt reports whether the period phrase at item j says when
// something was declared: "declaring our dividend of $0.12 last week".
func (c *clauseCtx) declaredAt(j int) bool {
	items := c.items()
	for k := j - 1; k >= c.a && k >= j-8; k-- {
		switch items[k].Text {
		case "declared", "declaring", "announced", "approved":
			return true
		}
	}
	return false
}

// adjustedWould reports whether the "would" at item j states an adjusted
// figure, not a hypothetical: "Excluding the tax adjustment, the tax rate
// would have been 14%", "Excluding weather, we would have earned $0.70";
// in an outlook, "Excluding X, we project our tax rate would be 19%".
func (c *clauseCtx) adjustedWould(j int) bool {
	items := c.items()
	if items[j].Text != "would" && items[j].Text != "would be" || c.sc.basis != metric.NonGAAP || c.sc.basisAt >= j || j+1 >= c.b {
		return false
	}
	if items[j].Text == "would be" || items[j+1].Text == "be" {
		return c.sc.r.d.outlook != nil || slices.ContainsFunc(items[c.a:j], func(it clause.Item) bool { return expectVerbs[it.Text] })
	}
	return j+2 < c.b && items[j+1].Text == "have" && (items[j+2].Text == "been" || items[j+2].Text == "earned")
}

func (c *clauseCtx) ruleHypothetical(f *fig) bool {
	items := c.items()
	// "more than $7 billion of earnings in every quarter"
	for j := f.end + 1; j < c.b && j <= f.end+6; j++ {
		if p := &items[j]; p.Is(clause.Hypothetical) && (p.Text == "every" || p.Text == "each") || p.Is(clause.Variant) && eachPeriod[p.Text] {
			f.other("a figure for each of several periods: " + p.Text)
			return true
		}
		if items[j].Kind == clause.Figure || items[j].Kind == clause.Punct {
			break
		}
	}
	for j := c.a; j < f.k; j++ {
		if c.adjustedWould(j) {
			continue // "Excluding the tax adjustment, the tax rate would have been 14%": the adjusted figure
		}
		if items[j].Is(clause.Hypothetical) && !items[j].Is(clause.Guide) {
			f.other("a hypothetical: " + items[j].Text)
			return true
		}
	}
	return false
}

// impactSubject returns the impact word that heads the subject of the
// clause before a linking verb ahead of item k ("The impact to our
// results was …", "The FX benefit was …"), or "".
func (c *clauseCtx) impactSubject(k int) string {
	items := c.items()
	s := c.a
	if s == 0 {
		s = c.sentenceStart()
	}
	for s < k && items[s].Kind == clause.Word && fillers[items[s].Text] {
		s++
	}
	w := ""
	for j := s; j < k && j < s+8; j++ {
		p := &items[j]
		switch {
		case p.Is(clause.Impact) && j <= s+2 && w == "" && !strings.HasSuffix(p.Text, "ed") && !strings.HasSuffix(p.Text, "ing"):
			w = p.Text // a noun: "impact", "benefit", not "helped"
		case p.Kind == clause.Figure || p.Kind == clause.Punct:
			return ""
		case p.Is(clause.Link) && p.Is(clause.Actual):
			return w // "was", "were"
		case p.Kind == clause.Measure && w == "":
			return "" // "Revenue impact was": the measure's own
		}
	}
	return ""
}

func (c *clauseCtx) ruleOrIncluding(f *fig) bool {
	items := c.items()
	j, n := c.prevSig(f.k), f.end+1
	if j < c.a || items[j].Text != "or" || n >= c.b || items[n].Text != "including" && items[n].Text != "inclusive of" {
		return false
	}
	if prev := c.lastFigure(j); prev == nil {
		return false
	}
	f.other("the figure before with something added: including " + strings.TrimRight(c.text(n+1, min(n+4, c.b)), " .,;"))
	return true
}

func (c *clauseCtx) ruleTheirs(f *fig) bool {
	items := c.items()
	for j := c.a; j < f.k; j++ {
		if theyWords[items[j].Text] && !c.goesOnWith(j) {
			f.other("a figure of theirs: " + items[j].Text)
			return true
		}
	}
	return false
}

// goesOnWith reports whether the pronoun at item j, after "and", stands
// for the measure stated before it in the sentence: "net sales grew 8.5%
// to $190.2 million, and they were up 2.6% sequentially".
func (c *clauseCtx) goesOnWith(j int) bool {
	items := c.items()
	return j > 0 && items[j-1].Text == "and" && slices.ContainsFunc(items[:j], func(it clause.Item) bool { return it.Kind == clause.Measure })
}

func (c *clauseCtx) ruleHoldingCompany(f *fig) bool {
	items := c.items()
	for j := max(c.a, f.k-4); j < c.b && j <= f.end+6; j++ {
		if t := items[j].Text; holdingWords[t] || strings.HasPrefix(t, "holdco") || j+1 < c.b && t == "holding" && items[j+1].Text == "company" {
			f.other("the holding company's, not the consolidated company's")
			return true
		}
		if j > f.end && items[j].Kind == clause.Figure {
			break
		}
	}
	return false
}

// breakdownReason is the reason of a part of an amount split by line.
const breakdownReason = "a part of the amount stated before it"

func (c *clauseCtx) ruleBreakdown(f *fig) bool {
	items := c.items()
	n := f.end + 1
	if n+1 >= c.b || items[n].Text != "in" && items[n].Text != "of" || items[n+1].Kind != clause.Measure {
		return false
	}
	k := f.k - 1
	for k > 0 && (items[k].Is(clause.Approx) || items[k].Kind == clause.Word && fillers[items[k].Text]) {
		k--
	}
	switch {
	case k > 0 && items[k].Text == "with" && c.splitsAmount(k):
	case k > c.a && items[k].Text == "and":
		if prev := c.lastFigure(k); prev == nil || prev.claim.Reason != breakdownReason {
			return false
		}
	default:
		return false
	}
	f.other(breakdownReason)
	return true
}

// splitsAmount reports whether the "with" at item k follows an amount
// stated before it in the sentence, which what comes after it splits:
// "$20 million of synergies in the quarter with …", not "ended Q3 with".
func (c *clauseCtx) splitsAmount(k int) bool {
	items := c.items()
	for j := k - 1; j >= 0; j-- {
		switch p := &items[j]; {
		case p.Kind == clause.Figure:
			return true
		case p.Kind == clause.Period, p.Kind == clause.Measure, p.Kind == clause.Punct && p.Text == ",",
			p.Kind == clause.Word && !deliveredWords[p.Text] && !balanceVerbs[p.Text], p.Text == "of", p.Text == "in":
		default:
			return false
		}
	}
	return false
}

func (c *clauseCtx) ruleCustomer(f *fig) bool {
	items := c.items()
	for j := f.k - 1; j > c.a && j >= f.k-4; j-- {
		p := &items[j]
		if p.Text == "with" && customerNouns[items[j-1].Text] {
			f.other("a figure of customers: " + items[j-1].Text + " with")
			return true
		}
		if p.Kind != clause.Word && !p.Is(clause.Approx|clause.Difference) {
			return false
		}
	}
	return false
}

func (c *clauseCtx) ruleImpact(f *fig) bool {
	items := c.items()
	// "a $0.04 currency benefit", "$20 million of FX impact", "$0.02 per
	// share of FFO impact"
	for j := f.end + 1; j < c.b && j <= f.end+4; j++ {
		p := &items[j]
		if p.Is(clause.Impact) {
			f.other("an impact on a measure: " + p.Text)
			return true
		}
		// not "EPS of $2.84 also benefited from", "$122.9 million
		// compared to the coronavirus impacted trough", "with no
		// significant impact from FX"
		if p.Kind == clause.Figure || p.Kind == clause.Punct || p.Is(clause.Link) && p.Text != "of" && p.Text != "in" ||
			p.Is(clause.Conj|clause.Compare) || p.Text == "also" || causeWords[p.Text] {
			break // nor "declined 31% to $285 million reflecting the continued impact of"
		}
	}
	if w := c.impactSubject(f.k); w != "" {
		// "The impact to our results was approximately $40 million in
		// sales and $0.02 of EPS"
		f.other("an impact on a measure: " + w)
		return true
	}
	// "in the face of a $0.05 from weather": a cause after "from"
	if n := f.end + 1; n+1 < c.b && items[n].Is(clause.From) && causeNouns[items[n+1].Text] {
		f.other("an impact on a measure: from " + items[n+1].Text)
		return true
	}
	// "a benefit of $0.04", "headwinds of $X", "contributed $X"; "offset
	// by the dividends of $335 million"
	for j := f.k - 1; j >= c.a && j >= f.k-4; j-- {
		p := &items[j]
		if p.Is(clause.Impact) {
			f.other("an impact on a measure: " + p.Text)
			return true
		}
		if p.Kind == clause.Measure {
			q := j - 1
			for q >= c.a && (items[q].Kind == clause.Qualifier || items[q].Kind == clause.Word && (fillers[items[q].Text] || items[q].Text == "common" || items[q].Text == "preferred") ||
				(items[q].Text == "on" || items[q].Text == "to") && q > c.a && items[q-1].Is(clause.Impact) || // "a currency impact on sales of $11.5 million"
				items[q].Text == "and" || items[q].Text == "between" && q > c.a && items[q-1].Text == "difference") {
				q-- // "the difference between GAAP and adjusted after-tax income of $1.3 billion"
			}
			if q >= c.a && items[q].Is(clause.Impact) && items[q].Text != "contributed" {
				f.other("an impact on a measure: " + items[q].Text)
				return true
			}
		}
		if p.Kind == clause.Figure || p.Kind == clause.Measure || p.Kind == clause.Punct {
			break
		}
	}
	return false
}

// marginFrame returns a frame of the margin of fr's measure ("$652
// million or 23.5% of revenues": the operating margin), or nil when the
// measure has none.
func (c *clauseCtx) marginFrame(fr *frame) *frame {
	mg, ok := metric.MarginOf(fr.alias.ID)
	if !ok {
		return nil
	}
	nf := c.sibling(fr, fr.basis)
	nf.alias = &metric.Alias{Phrase: fr.label, ID: mg, Basis: fr.alias.Basis}
	return nf
}

func (c *clauseCtx) ruleShareOf(f *fig) bool {
	if f.claim.Unit != metric.Percent {
		return false
	}
	items := c.items()
	if j := f.end + 1; j+1 < c.b && items[j].Text == "of" {
		// "$1,305,000, or 27.8% of segment revenue"
		if m := c.measureWithin(j+1, j+3); m >= 0 && items[m].Measure.ID == "revenue" {
			if p := c.prevSig(f.k); p >= c.a && items[p].Text == "or" {
				if prev := c.lastLevel(p, metric.USD); prev != nil && prev.k >= p-2 {
					if fr := c.marginFrame(prev.f); fr != nil {
						c.setLevel(f, fr)
						return true
					}
				}
			}
		}
	}
	for j := f.end + 1; j < c.b && j <= f.end+2; j++ {
		if items[j].Is(clause.Share) {
			// "Adjusted EBITDA was $58.7 million, or 13.6% of net sales":
			// the measure's margin
			if p := c.prevSig(f.k); p >= c.a && items[p].Text == "or" && ofSalesShare(items[j].Text) {
				if prev := c.lastLevel(p, metric.USD); prev != nil && prev.k >= p-2 {
					if fr := c.marginFrame(prev.f); fr != nil {
						c.setLevel(f, fr)
						return true
					}
				}
				// "compared to $718 million or 25.8% of revenues last year":
				// the margin compared with
				if prev := c.lastFigure(p); prev != nil && prev.claim.Role == Prior && prev.f != nil && prev.claim.Unit == metric.USD {
					if fr := c.marginFrame(prev.f); fr != nil {
						f.f, f.claim.Role, f.done = fr, Prior, true
						return true
					}
				}
			}
			if m := c.linkedAt(f.k); m >= 0 && ofSalesShare(items[j].Text) {
				// "Gross margin was 21.66% of sales": the margin itself
				if mm, ok := metric.Lookup(items[m].Measure.ID); ok && mm.Unit == metric.Percent && strings.HasSuffix(mm.ID, "margin") {
					c.setLevel(f, c.frameAt(m))
					return true
				}
			}
			f.other("a share of a total")
			return true
		}
	}
	for j := f.k - 1; j >= c.a && j >= f.k-3; j-- {
		if items[j].Is(clause.Share) && items[j].Text != "of total" && !strings.HasPrefix(items[j].Text, "as a") {
			f.other("a share of a total")
			return true
		}
		if items[j].Kind != clause.Word && !items[j].Is(clause.Approx|clause.Link) {
			break
		}
	}
	return false
}

func (c *clauseCtx) ruleProgram(f *fig) bool {
	items := c.items()
	for j := f.end + 1; j < c.b && j <= f.end+3; j++ {
		p := &items[j]
		if p.Is(clause.Counted) && !p.Is(clause.Program) && f.claim.Unit == metric.USD && c.cueBefore(f.k, clause.Buyback) {
			break // "we repurchased $297 million of shares": the buyback's sum
		}
		if p.Is(clause.Program | clause.Counted) {
			f.other("an authorization, issue, deal or count: " + p.Text)
			return true
		}
		if p.Kind == clause.Measure && j == f.end+1 && programWords(p.Text) {
			f.other("an authorization, issue, deal or count: " + p.Text) // "a new $2 billion share repurchase authorization"
			return true
		}
		if p.Kind != clause.Word && !p.Is(clause.Link) {
			break
		}
	}
	for j := f.k - 1; j >= c.a && j >= f.k-3; j-- {
		p := &items[j]
		if p.Is(clause.Program) {
			f.other("an authorization, issue, deal or count: " + p.Text)
			return true
		}
		if p.Kind != clause.Word && !p.Is(clause.Link|clause.Approx) {
			break
		}
	}
	return false
}

func (c *clauseCtx) ruleAcquired(f *fig) bool {
	if c.sc.deal == 0 {
		c.sc.deal = -1
		if c.sc.r.d.dealing(c.sc.s, c.sc.m) {
			c.sc.deal = 1
		}
	}
	if c.sc.deal < 0 {
		return false
	}
	items := c.items()
	for j := max(c.a, f.k-6); j < f.k; j++ {
		p := &items[j]
		switch {
		case annualWords[p.Text] && j+1 < f.k && items[j+1].Kind == clause.Measure:
			f.other("a figure of a business acquired: " + p.Text + " " + items[j+1].Text)
			return true
		case p.Is(clause.Relative) && j+1 < f.k && entityVerbs[items[j+1].Text]:
			f.other("a figure of a business acquired: " + p.Text + " " + items[j+1].Text)
			return true
		}
	}
	for j := c.a; j+1 < f.k; j++ {
		if dealWords[items[j].Text] && entityNouns[items[j+1].Text] {
			f.other("a figure of a business acquired: " + items[j].Text + " " + items[j+1].Text)
			return true // "the acquired company had revenues of $310 million and net income of $41 million"
		}
	}
	for j := c.a; j+1 < c.b; j++ {
		if items[j].Text == "after" && (items[j+1].Text == "closing" || items[j+1].Text == "close") {
			f.other("a figure of a business acquired: after closing")
			return true
		}
	}
	return false
}

func (c *clauseCtx) ruleRepresents(f *fig) bool {
	if f.claim.Unit != metric.USD {
		return false
	}
	if j := c.prevSig(f.k); j >= c.a && representWords[c.item(j).Text] {
		f.other("what something else stands for: " + c.item(j).Text)
		return true
	}
	return false
}

func (c *clauseCtx) ruleMilestone(f *fig) bool {
	items := c.items()
	for j := f.k - 1; j >= c.a && j >= f.k-6; j-- {
		p := &items[j]
		if p.Is(clause.Milestone) && !p.Is(clause.Approx) {
			if c.passedNoFigure(j+1, f.k) {
				break // "exceeded our guidance range at $1.55 per share"
			}
			f.other("a threshold passed: " + p.Text)
			return true
		}
		if p.Kind == clause.Figure && j > c.a && (items[j-1].Text == "both" || items[j+1].Text == "and") {
			continue // "exceeding both $10 billion and $11 billion"
		}
		if p.Kind == clause.Figure || p.Kind == clause.Measure || p.Kind == clause.Punct {
			break
		}
	}
	for j := f.end + 1; j < c.b && j <= f.end+6; j++ {
		if p := &items[j]; p.Is(clause.Milestone) && p.Text == "for the first time" {
			f.other("a threshold passed: " + p.Text)
			return true
		}
	}
	if j := f.end + 1; j < c.b && items[j].Is(clause.Milestone) && !items[j].Is(clause.Approx) && !c.passedNoFigure(j+1, min(j+6, c.b)) {
		f.other("a threshold: " + items[j].Text)
		return true
	}
	return false
}

// passedNoFigure reports whether items [a, b) name what a verb of passing
// passed other than a figure: an outlook, a record, a period's level
// ("exceeded our guidance range", "surpassed our previous record",
// "exceed 2019 levels").
func (c *clauseCtx) passedNoFigure(a, b int) bool {
	items := c.items()
	for j := a; j < b; j++ {
		p := &items[j]
		if p.Kind == clause.Figure {
			return false
		}
		if p.Is(clause.Guide) || p.Kind == clause.Period || p.Text == "levels" || p.Text == "level" || recordWords[p.Text] || p.Text == "consensus" {
			return true
		}
	}
	return false
}

func (c *clauseCtx) ruleDifference(f *fig) bool {
	items := c.items()
	// "generated $678,000 more revenue": a change
	if n := f.end + 1; n+1 < c.b && items[n].Kind == clause.Word && (items[n].Text == "more" || items[n].Text == "less") {
		if m := c.measureWithin(n+1, n+4); m >= 0 && items[n].Text == "less" && m+2 < c.b && items[m+1].Text == "of" && items[m+2].Kind == clause.Figure {
			// "operating cash flow of $71.8 million less capital
			// expenditures of $12.6 million": one measure less another,
			// each with its own figure
		} else if m >= 0 {
			dir := 1
			if items[n].Text == "less" {
				dir = -1
			}
			c.setChange(f, c.frameAt(m), dir, n)
			return true
		}
	}
	// "EPS of $3.04 was 52% higher than last year": a change against
	// the period named
	if n := f.end + 1; n+1 < c.b && items[n].Is(clause.Difference) && items[n].Dir != 0 && c.comparedPeriodAt(n+1) {
		if fr := c.governor(f.k); fr != nil {
			c.setChange(f, fr, int(items[n].Dir), n)
			return true
		}
	}
	if n := f.end + 1; n < c.b && (items[n].Text == "lower" || items[n].Text == "higher") {
		f.other("a difference: " + items[n].Text) // "revenues were $65 million lower as a result of the storm"
		return true
	}
	// "$103.8 million less than at December", "$5 million higher than"
	for j := f.end + 1; j < c.b && j <= f.end+2; j++ {
		p := &items[j]
		if p.Is(clause.Difference) && c.benchmarkAfter(j) && c.linkedBefore(f.k) {
			break // "EPS were $3.86, above the midpoint of our guidance range": the level
		}
		if p.Is(clause.Difference) || p.Kind == clause.Word && (p.Text == "more" || p.Text == "less") {
			f.other("a difference: " + p.Text)
			return true
		}
		if p.Kind != clause.Word {
			break
		}
	}
	// "above our guidance of $X", "ahead of $X"
	j := c.prevSig(f.k)
	walked := false
	for n := 0; j >= c.a && n < 3 && (items[j].Text == "of" || guideNoun(&items[j]) || items[j].Text == "expectations"); n++ {
		j, walked = c.prevSig(j), true
	}
	if j >= c.a && items[j].Is(clause.Difference) && (!items[j].Is(clause.Approx) || walked) {
		// "slightly above our guidance of $0.95": the figure compared with
		f.other("a difference: " + items[j].Text)
		return true
	}
	return false
}

// comparedPeriodAt reports whether item j, or the one after a measure
// at j, names a period compared with: "lower than last year", "lower
// than segment earnings in the same quarter in 2019".
func (c *clauseCtx) comparedPeriodAt(j int) bool {
	items := c.items()
	if j+1 < c.b && items[j].Kind == clause.Measure {
		j++
	}
	if j+1 < c.b && (items[j].Text == "in" || items[j].Text == "for") {
		j++
	}
	return items[j].Kind == clause.Period && (items[j].Period.Rule.Comparison() || items[j].Period.Rule == period.SamePeriodOf)
}

// benchmarkAfter reports whether a benchmark a result is set against
// follows the difference word at item j: "above the midpoint of our
// guidance range", "ahead of consensus".
func (c *clauseCtx) benchmarkAfter(j int) bool {
	items := c.items()
	for n := j + 1; n < c.b && n <= j+4; n++ {
		if guideNoun(&items[n]) || benchmarks[items[n].Text] {
			return true
		}
		if items[n].Kind == clause.Figure || items[n].Kind == clause.Punct {
			return false
		}
	}
	return false
}

// linkedBefore reports whether a linking verb stands right before the
// figure at item k: "were $3.86".
func (c *clauseCtx) linkedBefore(k int) bool {
	j := c.prevSig(k)
	return j >= c.a && c.item(j).Is(clause.Link) && !c.item(j).Is(clause.Change)
}

// prevSig returns the item before k, past articles and hedges, or c.a-1.
// A figure's own hedge ("over $40 billion") is passed whatever else its
// words can mean.
func (c *clauseCtx) prevSig(k int) int {
	items := c.items()
	hedge := false
	if items[k].Kind == clause.Figure {
		hedge = c.sc.s.Qs[items[k].Q].Hedge != ""
	}
	for j := k - 1; j >= c.a; j-- {
		p := &items[j]
		if p.Kind == clause.Word && fillers[p.Text] || p.Is(clause.Approx) && (hedge && j == k-1 || !p.Is(clause.Difference|clause.Compare)) {
			continue
		}
		if hedge && j == k-1 && p.Kind == clause.Word && (p.Text == "some" || p.Text == "circa") || p.Kind == clause.Word && (p.Text == "only" || p.Text == "just") {
			continue
		}
		if items[k].Kind == clause.Figure && p.Is(clause.Range) && !p.Is(clause.From) {
			continue // "to a range of $10.50 to $10.65", "to between $35.3 billion and …"
		}
		return j
	}
	return c.a - 1
}

// nextSig returns the item after k, past articles, or c.b.
func (c *clauseCtx) nextSig(k int) int {
	items := c.items()
	for j := k + 1; j < c.b; j++ {
		if p := &items[j]; p.Kind == clause.Word && fillers[p.Text] {
			continue
		}
		return j
	}
	return c.b
}

func (c *clauseCtx) ruleChangeNoun(f *fig) bool {
	items := c.items()
	j := f.end + 1
	for j < c.b && (items[j].Kind == clause.Period && items[j].Period.Rule.ComparisonOnly() || items[j].Kind == clause.Qualifier) {
		j++ // "a 15% year-over-year increase", "16% organic growth"
	}
	if j >= c.b || !items[j].Is(clause.Noun) {
		return false
	}
	dir := int(items[j].Dir)
	// the measure: "increase in revenue", "revenue growth" before, or the
	// clause's subject
	var fr *frame
	if n := c.nextSig(j); n < c.b && (items[n].Text == "in" || items[n].Text == "of") {
		if m := c.measureWithin(n+1, n+6); m >= 0 {
			fr = c.frameAt(m) // "a $94,000 decline in blood service revenue"
		}
	}
	if fr == nil {
		fr = c.governor(f.k)
	}
	if fr == nil {
		f.other("a change of no measure named")
		return true
	}
	c.setChange(f, fr, dir, j)
	return true
}

func (c *clauseCtx) ruleChange(f *fig) bool {
	items := c.items()
	j := c.prevSig(f.k)
	if j > c.a && items[j].Kind == clause.Word && stopModifier[items[j].Text] {
		if p := c.prevSig(j); p >= c.a && items[p].Is(clause.Change) {
			j = p // "margins expanded an exceptional 170 basis points"
		}
	}
	by := false
	for j >= c.a && (items[j].Is(clause.By) || items[j].Text == "of" || items[j].Kind == clause.Qualifier ||
		by && (items[j].Kind == clause.Period || items[j].Text == "in" || guideNoun(&items[j])) ||
		items[j].Kind == clause.Period && c.nextSig(j) < c.b && items[c.nextSig(j)].Text == "of" || // "a net increase in cash during the quarter of $17 million"
		items[j].Text == "during" && c.nextSig(j) < c.b && items[c.nextSig(j)].Kind == clause.Period && c.nextSig(c.nextSig(j)) < c.b && items[c.nextSig(c.nextSig(j))].Text == "of") {
		by = by || items[j].Is(clause.By)
		j = c.prevSig(j) // "increased in the first quarter of 2004 by $199,000"
	}
	if j >= c.a && items[j].Kind == clause.Measure && items[c.prevSig(f.k)].Is(clause.By) {
		// "raising our full year adjusted EPS by $0.50"
		for q := j - 1; q >= c.a && q >= j-6; q-- {
			if p := &items[q]; p.Is(clause.Change) && !p.Is(clause.Link) && p.Dir != 0 {
				c.setChange(f, c.frameAt(j), int(p.Dir), q)
				return true
			} else if p.Kind == clause.Figure || p.Kind == clause.Punct || p.Kind == clause.Measure {
				break
			}
		}
	}
	if j >= c.a && items[j].Kind == clause.Measure {
		// "a total decrease in revenue of $195,000"
		p := c.prevSig(j)
		for p >= c.a && p > j-5 && items[p].Kind == clause.Word {
			p = c.prevSig(p) // "the bad debt provision"
		}
		if p >= c.a && (items[p].Text == "in" || items[p].Text == "of" || items[p].Text == "to") {
			// "an increase to Idaho Power's net income of $7.6 million"
			if q := c.prevSig(p); q >= c.a && items[q].Is(clause.Noun) {
				c.setChange(f, c.frameAt(j), int(items[q].Dir), q)
				return true
			}
		}
	}
	if j >= c.a && items[j].Kind == clause.Measure {
		// "we increased revenues 31% to $3.9 billion": a verb of change
		// before the measure
		p := c.prevSig(j)
		for p >= c.a && items[p].Kind == clause.Qualifier {
			p = c.prevSig(p)
		}
		if p >= c.a && items[p].Is(clause.Change) && !items[p].Is(clause.Link|clause.Noun) && items[p].Dir != 0 {
			c.setChange(f, c.frameAt(j), int(items[p].Dir), p)
			return true
		}
	}
	if j < c.a || !items[j].Is(clause.Change) {
		return false
	}
	fr := c.governorOrTopic(j)
	if fr == nil {
		// "an increase of $X in revenue"
		if n := c.nextSig(f.k); n < c.b && (items[n].Text == "in" || items[n].Text == "of") {
			if m := c.nextSig(n); m < c.b && items[m].Kind == clause.Measure {
				fr = c.frameAt(m)
			}
		}
	}
	if fr == nil {
		f.other("a change of no measure named")
		return true
	}
	c.setChange(f, fr, int(items[j].Dir), j)
	return true
}

// setChange makes f a change of fr, stated by the cue at item cue.
func (c *clauseCtx) setChange(f *fig, fr *frame, dir, cue int) {
	f.f = fr
	f.claim.Role = Change
	f.claim.Dir = dir
	f.done = true
	if fr.change == nil {
		fr.change = f
	}
	_ = cue
}

func (c *clauseCtx) ruleAndChange(f *fig) bool {
	items := c.items()
	j, n := c.prevSig(f.k), f.end+1
	if j < c.a || items[j].Text != "and" || n+1 >= c.b || items[n].Text != "in" && items[n].Text != "of" || items[n+1].Kind != clause.Measure {
		return false
	}
	prev := c.lastFigure(j)
	if prev == nil || prev.claim.Role != Change || !sameKind(prev.claim.Unit, f.claim.Unit) {
		return false
	}
	if pn := prev.end + 1; pn+1 >= c.b || items[pn].Text != items[n].Text || items[pn+1].Kind != clause.Measure {
		return false
	}
	c.setChange(f, c.frameAt(n+1), prev.claim.Dir, j)
	return true
}

func (c *clauseCtx) ruleOrChange(f *fig) bool {
	j := c.prevSig(f.k)
	items := c.items()
	if j < c.a || items[j].Text != "or" {
		return false
	}
	// the figure before "or", periods and qualifiers aside
	for k := j - 1; k >= c.a && k >= j-4; k-- {
		p := &items[k]
		if p.Kind == clause.Period || p.Kind == clause.Qualifier || p.Kind == clause.Punct && p.Text == "," {
			continue
		}
		if p.Kind != clause.Figure {
			return false
		}
		prev := c.figAt(k)
		if prev != nil && prev.claim.Role == Level && prev.f != nil && prev.f.change != nil && f.claim.Unit == metric.Percent {
			// "a decrease in revenue of $195,000 to $6,736,000, or 2.8%"
			c.setChange(f, prev.f, prev.f.change.claim.Dir, k)
			return true
		}
		if prev == nil || prev.claim.Role != Change || prev.f == nil || !sameKind(prev.claim.Unit, f.claim.Unit) && f.claim.Unit != metric.Percent && prev.claim.Unit != metric.Percent {
			return false
		}
		c.setChange(f, prev.f, prev.claim.Dir, k)
		return true
	}
	return false
}

func sameKind(a, b metric.Unit) bool {
	return a == b || (a == "bp" || a == "points") && (b == "bp" || b == "points")
}

// figAt returns the clause's figure at item k, or nil.
func (c *clauseCtx) figAt(k int) *fig {
	for i := range c.figs {
		if c.figs[i].k == k || c.figs[i].end == k {
			return &c.figs[i]
		}
	}
	return nil
}

func (c *clauseCtx) ruleToLevel(f *fig) bool {
	items := c.items()
	j := c.prevSig(f.k)
	for j > c.a && (items[j].Text == "," || recordWords[items[j].Text] || items[j].Text == "of" && j > c.a && recordWords[items[j-1].Text] ||
		(items[j].Kind == clause.Period || items[j].Text == "new" || items[j].Text == "a") && j+1 < c.b && (recordWords[items[j+1].Text] || items[j+1].Kind == clause.Period || items[j+1].Text == "new")) {
		j = c.prevSig(j) // "expanded operating margins 330 basis points to a record, 28.1%", "to a new first quarter record of $931 million"
	}
	if j < c.a || !(items[j].Is(clause.To) || items[j].Text == "at" || reachWords[items[j].Text]) {
		return false
	}
	// what "to" follows: a change figure, a change word, or a measure
	// after a word of raising or lowering
	for k := j - 1; k >= c.a && k >= j-10; k-- {
		p := &items[k]
		switch {
		case p.Is(clause.Compare) && k+1 < j && items[k+1].Kind == clause.Period, p.Is(clause.Conj) && p.Text == "and", p.Is(clause.Basis),
			p.Kind == clause.Word && (p.Text == "basis" || p.Text == "on" || p.Text == "a" || p.Text == "an"):
			// "increased 7% compared with the prior year quarter to $544
			// million", "up 14% sequentially and to a record $196 million"
		case p.Kind == clause.Figure:
			prev := c.figAt(k)
			if prev != nil && prev.claim.Role == Prior && prev.f != nil && sameUnit(prev.claim.Unit, f.claim.Unit) {
				c.setLevel(f, prev.f) // "increased 10.8% from $155.5 to $172.2 million"
				return true
			}
			if prev != nil && prev.claim.Reason == supersededOutlook {
				if fr := c.governorOrTopic(prev.k); fr != nil {
					c.setLevel(f, fr)
					return true
				}
			}
			if prev == nil || prev.claim.Role != Change || prev.f == nil {
				return false
			}
			if m, _ := metric.Lookup(prev.f.alias.ID); prev.claim.Unit == f.claim.Unit && relative(f.claim.Unit) && m.Unit != f.claim.Unit && !m.Rate {
				f.other("the high end of a range of changes") // "up 6% to 9%"
				if prev.f.change == prev {
					prev.f.change = nil
				}
				prev.f = nil
				prev.other("the low end of a range of changes")
				return true
			}
			c.setLevel(f, prev.f)
			return true
		case p.Is(clause.Change) && !p.Is(clause.Link):
			fr := c.governorOrTopic(k)
			if fr == nil {
				return false
			}
			c.setLevel(f, fr)
			fr.changed = true
			return true
		case bringWords[p.Text] && k > c.a && items[k-1].Text == ",":
			// "we generated $735 million in free cash flow in the quarter,
			// bringing us to nearly $1.7 billion year-to-date": the level
			// before it, summed
			if prev := c.lastLevel(k, f.claim.Unit); prev != nil {
				c.setLevel(f, prev.f)
				return true
			}
			return false
		case p.Text == "us" && k > c.a && bringWords[items[k-1].Text]:
		case p.Kind == clause.Measure:
			for q := k - 1; q >= c.a; q-- {
				if items[q].Is(clause.Change|clause.Guide) && items[q].Text != "to" || bringWords[items[q].Text] {
					c.setLevel(f, c.frameAt(k))
					return true
				}
			}
			return false
		case p.Kind == clause.Punct && p.Text == ",", p.Is(clause.From) && k+1 < j && items[k+1].Kind == clause.Period,
			p.Kind == clause.Period, p.Kind == clause.Qualifier, p.Kind == clause.Word && (fillers[p.Text] || periodWords[p.Text] || adverb(p.Text)),
			p.Is(clause.Approx), p.Kind == clause.CueWord && (p.Text == "for" || p.Text == "in" || p.Text == "of"), p.Is(clause.Range),
			p.Is(clause.Guide) && !p.Is(clause.Actual):
		default:
			return false
		}
	}
	return false
}

func (c *clauseCtx) ruleApposition(f *fig) bool {
	items := c.items()
	if f.claim.Unit != metric.USD || !f.q.Scaled {
		return false
	}
	if n := f.end + 1; n < len(items) && !(items[n].Kind == clause.Punct && (items[n].Text == "," || items[n].Text == ".")) {
		return false
	}
	j := c.prevSig(f.k)
	if j <= c.a || items[j].Text != "," {
		return false
	}
	for k := j - 1; k >= c.a && k >= j-4; k-- {
		p := &items[k]
		switch {
		case p.Kind == clause.Period, p.Kind == clause.CueWord && (p.Text == "in" || p.Text == "for"):
			continue
		case p.Kind == clause.Figure:
			prev := c.figAt(k)
			if prev == nil || prev.claim.Role != Change || prev.f == nil || !relative(prev.claim.Unit) {
				return false
			}
			if m, ok := metric.Lookup(prev.f.alias.ID); !ok || m.Unit != metric.USD {
				return false
			}
			c.setLevel(f, prev.f)
			return true
		}
		return false
	}
	return false
}

// setLevel makes f a level of fr.
func (c *clauseCtx) setLevel(f *fig, fr *frame) {
	f.f = fr
	f.claim.Role = Level
	f.done = true
	if fr.level == nil {
		fr.level = f
	}
}

func (c *clauseCtx) ruleFromPrior(f *fig) bool {
	items := c.items()
	j := c.prevSig(f.k)
	if j > c.a && items[j].Kind == clause.Period && items[j].Period.Rule.Comparison() && items[j-1].Is(clause.From) {
		j-- // "a 60 basis point decline from the prior year 14.5%"
	}
	if j < c.a || !items[j].Is(clause.From) {
		return false
	}
	fr := c.governorOrTopic(j)
	if fr == nil {
		return false
	}
	if fr.level == nil && fr.change == nil {
		// "raised our estimate for capital expenditures from $450 million
		// to $500 million": from one figure to another; "increased from
		// $113 million last year to $299 million"
		n := c.nextSig(f.end)
		if n < c.b && items[n].Kind == clause.Period && items[n].Period.Rule.Comparison() {
			n = c.nextSig(n)
		}
		if n >= c.b || !items[n].Is(clause.To) || c.nextFigure(n) < 0 {
			return false
		}
		if c.cueBefore(f.k, clause.Guide) {
			f.other(supersededOutlook)
			return true
		}
	} else if own, _ := c.ownPeriod(f); c.revisesOutlook(f.k) && (own == nil || !own.Rule.Comparison()) {
		// "raising adjusted EPS guidance by $0.20 at the midpoint from
		// $3.70 to $3.90"
		f.other(supersededOutlook)
		return true
	}
	f.f = fr
	f.claim.Role = Prior
	f.done = true
	return true
}

// supersededOutlook is the reason of an outlook a call replaces: "raised
// our estimate from $450 million to $500 million".
const supersededOutlook = "an outlook superseded by the one stated after it"

// nextFigure returns the figure right after item k, past hedges and range
// words, or -1.
func (c *clauseCtx) nextFigure(k int) int {
	items := c.items()
	for j := k + 1; j < c.b && j <= k+4; j++ {
		switch p := &items[j]; {
		case p.Kind == clause.Figure:
			return j
		case p.Is(clause.Approx | clause.Range), p.Kind == clause.Word && fillers[p.Text]:
		default:
			return -1
		}
	}
	return -1
}

// pairedLevels returns the two levels of different measures stated
// before the comparison that two figures compared with, prev and then f,
// answer in order, or nils.
func (c *clauseCtx) pairedLevels(prev, f *fig) (*fig, *fig) {
	items := c.items()
	cmp := prev.k - 1
	for cmp > c.a && items[cmp].Kind != clause.Figure && !items[cmp].Is(clause.Compare) {
		cmp--
	}
	if !items[cmp].Is(clause.Compare) {
		return nil, nil
	}
	var levels []*fig
	for i := range c.figs {
		if g := &c.figs[i]; g.k < cmp && g.claim.Role == Level && g.f != nil {
			levels = append(levels, g)
		}
	}
	if len(levels) != 2 || levels[0].f == levels[1].f || levels[0].f.alias.ID == levels[1].f.alias.ID ||
		!sameUnit(levels[0].claim.Unit, prev.claim.Unit) || !sameUnit(levels[1].claim.Unit, f.claim.Unit) {
		return nil, nil
	}
	return levels[0], levels[1]
}

func (c *clauseCtx) ruleComparedPrior(f *fig) bool {
	items := c.items()
	j := c.prevSig(f.k)
	if per := j - 1; per > c.a && j >= c.a && items[j].Text == "of" {
		if items[per].Kind == clause.Word && amountNouns[items[per].Text] {
			per-- // "a 14% increase over the prior-year amount of $6.85": the period's figure
		}
		if k := per - 1; k >= c.a && items[per].Kind == clause.Period {
			for k > c.a && items[k].Kind == clause.Word && fillers[items[k].Text] {
				k--
			}
			if items[k].Is(clause.Compare) {
				j = k // "compares to the prior year of $0.11"
			}
			if t := items[k].Text; (t == "below" || t == "above" || multipleWords[t]) && items[per].Period.Rule.Comparison() {
				// "our adjusted tax rate of 18% was below prior year levels
				// of 23.3%": the level of the period compared with
				if fr := c.governor(k); fr != nil && fr.level != nil {
					f.f, f.claim.Role, f.done = fr, Prior, true
					return true
				}
			}
		}
	}
	if k := j - 2; k > c.a && items[j].Text == "of" && items[j-1].Kind == clause.Measure && (items[j-1].Text == "loss" || items[j-1].Text == "a loss") {
		// "compared to $46.8 million last year and a loss of $29.3
		// million two years ago": the same measure's, negative
		if items[k].Text == "a" {
			k--
		}
		if prev := c.lastFigure(k); items[k].Text == "and" && prev != nil && prev.claim.Role == Prior && prev.f != nil {
			f.f, f.claim.Role, f.done, f.claim.Sign = prev.f, Prior, true, -1
			return true
		}
	}
	if k := j - 2; k > c.a && items[j].Text == "of" && items[j-1].Kind == clause.Measure {
		for k > c.a && items[k].Kind == clause.Qualifier {
			k--
		}
		if prev := c.lastFigure(k); items[k].Text == "and" && prev != nil && prev.claim.Role == Prior {
			// "compared to a net loss of $62.2 million and adjusted
			// EBITDA of $5.3 million in the 2020 period": compared with too
			f.f, f.claim.Role, f.done = c.frameAt(j-1), Prior, true
			return true
		}
	}
	if j >= c.a && items[j].Text == "and" {
		// "compared to $1.019 billion last year and $931 million in the
		// prior quarter"
		if prev := c.lastFigure(j); prev != nil && prev.claim.Role == Prior && prev.f != nil {
			if a, b := c.pairedLevels(prev, f); a != nil {
				// "net income of $25.1 million and adjusted EBITDA of
				// $27.8 million compared to $11.8 million and $14.1
				// million": in order
				prev.f, f.f, f.claim.Role, f.done = a.f, b.f, Prior, true
				return true
			}
			f.f, f.claim.Role, f.done = prev.f, Prior, true
			c.lossAfter(f)
			return true
		}
		if prev := c.lastLevel(j, f.claim.Unit); prev != nil {
			// "net sales were $1.9 billion in 2021 and $1.5 billion in 2020"
			if own, _ := c.ownPeriod(f); own != nil && !own.Rule.ComparisonOnly() {
				if pown, _ := c.ownPeriod(prev); pown != nil {
					c.setLevel(f, prev.f)
					return true
				}
			}
		}
	}
	if j >= c.a && items[j].Is(clause.Difference) && !items[j].Is(clause.Approx) {
		// "interest expense of $76 million was lower than $94 million in
		// the prior quarter"
		if own, _ := c.ownPeriod(f); own != nil && (own.Rule.Comparison() || own.Rule == period.PrevQuarter) {
			if fr := c.governor(j); fr != nil && fr.level != nil {
				f.f, f.claim.Role, f.done = fr, Prior, true
				return true
			}
		}
	}
	if fr := c.comparedMeasure(j); fr != nil {
		// "compared to net income of $139 million in last year's third
		// quarter", "versus net income of $2.2 million"
		f.f, f.claim.Role, f.done = fr, Prior, true
		return true
	}
	if j < c.a || !items[j].Is(clause.Compare) || items[j].Is(clause.Approx) && !(j > c.a && items[j-1].Is(clause.Change)) {
		return false // "over $5 million" is about $5 million; "an increase over" compares
	}
	fr := c.governorFor(j, f.claim.Unit)
	if fr == nil || fr.level == nil && fr.change == nil {
		f.other("a figure compared with, of no measure stated")
		return true
	}
	if n := c.nextSig(f.k); n < c.b && c.item(n).Is(clause.Change) && !c.item(n).Is(clause.Link) {
		// "on top of a 21% increase a year ago": the change of the period
		// compared with, which for a rate is its level
		if m, ok := metric.Lookup(fr.alias.ID); !ok || !m.Rate {
			f.other("the change of the period compared with")
			return true
		}
		if c.item(n).Dir < 0 {
			f.claim.Sign = -1
		}
	}
	f.f = fr
	f.claim.Role = Prior
	f.done = true
	c.lossAfter(f)
	return true
}

// lossAfter marks a figure followed by the name of a loss as negative:
// "compared to a $0.40 loss per share".
func (c *clauseCtx) lossAfter(f *fig) {
	items := c.items()
	if n := f.end + 1; n < c.b && items[n].Kind == clause.Measure && items[n].Measure != nil && items[n].Measure.Sign < 0 {
		f.claim.Sign = -1
	}
}

// lossOf returns the frame of the measure a bare "loss" at item j states
// the level of ("adjusted EBITDA was a loss of", "EBITDA decreased $22
// million to a loss of"), or nil.
func (c *clauseCtx) lossOf(j int) *frame {
	items := c.items()
	if t := items[j].Text; t != "a loss" && t != "loss" || j-2 < c.a {
		return nil
	}
	if items[j-1].Is(clause.To) && !items[j-1].Is(clause.Link) {
		if fr := c.governor(j - 1); fr != nil && fr.change != nil {
			return fr
		}
		return nil
	}
	if !items[j-1].Is(clause.Link) {
		return nil
	}
	m := j - 2
	for m > c.a && (items[m].Kind == clause.Period || items[m].Kind == clause.Qualifier ||
		periodPrepositions[items[m].Text] && items[m+1].Kind == clause.Period) {
		m-- // "EPS for the quarter was a loss of $0.14"
	}
	if items[m].Kind != clause.Measure {
		return nil
	}
	return c.frameAt(m)
}

// comparedMeasure returns the frame of the measure a figure after the
// link at item j is the prior level of, when the link follows a measure
// named after a word of comparison ("compared to net income of"), or nil.
func (c *clauseCtx) comparedMeasure(j int) *frame {
	items := c.items()
	if j <= c.a || items[j].Text != "of" && items[j].Text != "at" {
		return nil
	}
	m := j - 1
	if items[m].Kind != clause.Measure {
		return nil
	}
	k := m - 1
	for k >= c.a && (items[k].Kind == clause.Qualifier || items[k].Kind == clause.Period || items[k].Kind == clause.Word && fillers[items[k].Text] || items[k].Text == "'s") {
		k--
	}
	if k < c.a || !items[k].Is(clause.Compare) || items[k].Is(clause.Approx) {
		return nil
	}
	if fr := c.frameAt(m); fr.per == nil {
		return fr
	}
	return nil // "on top of last year's comp of nearly 40%": the period's own
}

// governor returns the frame that governs what stands at item k: the
// frame of the figure or the measure last named before it in the clause,
// through links, changes and commas.
func (c *clauseCtx) governor(k int) *frame {
	items := c.items()
	words := 0
	for j := k - 1; j >= c.a; j-- {
		p := &items[j]
		if fr := c.impliedAt(j); fr != nil {
			return fr // "$674 million of revenue, growing 8.9%"
		}
		switch p.Kind {
		case clause.Measure:
			return c.frameAt(j)
		case clause.Figure:
			if prev := c.figAt(j); prev != nil && prev.f != nil {
				return prev.f
			}
			if prev := c.figAt(j); prev != nil && prev.done {
				return nil
			}
			continue
		case clause.Period, clause.Qualifier, clause.Punct:
			if p.Kind == clause.Punct && p.Text != "," {
				return nil
			}
			if i := c.asideStart(j); i >= 0 {
				j = i
			}
			continue
		case clause.Word:
			if words++; words > 6 {
				return nil
			}
			continue
		case clause.NotMeasure:
			return nil
		case clause.CueWord:
			switch {
			case p.Is(clause.Conj):
				if n := c.nextSig(j); n < c.b && !items[n].Is(clause.Change) {
					return nil
				}
			case p.Is(clause.Relative) && j >= c.a+1 && (items[j-1].Text == "," || items[j-1].Kind == clause.Figure):
				// "$7 billion in net income, which grew 28%": the figure's
				if prev := c.lastFigure(j); prev != nil && prev.f != nil {
					return prev.f
				}
				return nil
			case (p.Is(clause.Pronoun) && (p.Text == "they" || p.Text == "it") || p.Text == "that") && j > c.a && items[j-1].Text == "and":
				// "net sales grew 8.5% to $190.2 million, and they were up
				// 2.6%", "interest expense decreased to $2.4 million, and
				// that was down from $4.3 million"
				j-- // past the "and"
				continue
			case p.Is(clause.Pronoun | clause.Impact | clause.Component | clause.Program | clause.Relative | clause.Hypothetical | clause.Counted | clause.Share | clause.PartNoun | clause.Transition):
				if p.Is(clause.PartNoun) || p.Is(clause.Demonstrative) && j+1 < k && items[j+1].Is(clause.SegmentHead) {
					continue // "the gross margin for that segment improved"
				}
				return nil
			}
			continue
		}
	}
	return nil
}

// leadsOn reports whether item j (from item a of its clause on) is a word
// that leads on to what a figure yields rather than linking it to the
// measure before: "with", "resulting in", "generating".
func leadsOn(items []clause.Item, j, a int) bool {
	if w := items[j].Text; leadingOn[w] {
		return true
	}
	return items[j].Text == "in" && j > a && leadingOnIn[items[j-1].Text]
}

func (c *clauseCtx) ruleMeasureLink(f *fig) bool {
	items := c.items()
	if j, n := c.prevSig(f.k), f.end+1; j >= c.a && leadsOn(items, j, c.a) && n+1 < c.b && items[n].Text == "of" && items[n+1].Kind == clause.Measure {
		// "managing working capital with $85 million of cash", "managing
		// working capital …, resulting in $236 million of operating cash
		// flow": the measure after it
		return false
	}
	linked := false
	words := 0
	for j := f.k - 1; j >= c.a; j-- {
		p := &items[j]
		if p.Is(clause.Approx) && (f.q.Hedge != "" || !p.Is(clause.Milestone|clause.Difference)) {
			continue // "EPS of at least $4.07", "EPS of, at least, $11.50"
		}
		switch p.Kind {
		case clause.Measure:
			if j > c.a && items[j-1].Is(clause.Share) && strings.HasPrefix(items[j-1].Text, "as a") {
				j-- // "SG&A as a percentage of sales was 22%": SG&A's
				continue
			}
			if j-2 >= c.a && (items[j-1].Text == "before" || items[j-1].Text == "excluding") && items[j-2].Kind == clause.Measure && linked {
				// "Cash flow from operations before working capital was
				// $193 million": the first measure's, less the second
				fr := c.frameAt(j - 2)
				fr.basis = metric.NonGAAP
				c.setLevel(f, fr)
				return true
			}
			if !linked && !c.adjacent(j, f.k) {
				return false
			}
			if fr := c.lossOf(j); fr != nil {
				// "adjusted EBITDA was a loss of $36 million", "EBITDA
				// decreased $22 million to a loss of $11 million": EBITDA's
				c.setLevel(f, fr)
				f.claim.Sign = -1
				return true
			}
			c.setLevel(f, c.frameAt(j))
			return true
		case clause.Period, clause.Qualifier:
			continue
		case clause.Punct:
			if p.Text == ":" && j == f.k-1 {
				linked = true
				continue
			}
			if p.Text == "," || p.Text == "(" || p.Text == ")" {
				if i := c.asideStart(j); i >= 0 {
					j = i
					continue
				}
				if n := j + 1; p.Text == "," && linked && words > 0 && articles[items[n].Text] {
					return false // "we did not add back to EBITDA, the bonus payment of $45 million": the payment's
				}
				continue
			}
			if p.Text == "--" || p.Text == "—" {
				continue // "will be about -- be between $8.25 and $8.75"
			}
			return false
		case clause.Word:
			if fillers[p.Text] || periodWords[p.Text] {
				continue
			}
			if words++; words > 3 {
				return false
			}
			continue
		case clause.CueWord:
			if n := c.nextSig(j); p.Is(clause.To) && n < f.k && c.item(n).Is(clause.Range|clause.Link) {
				continue // "revenue to range between", "EPS to be", "was updated to a range from"
			}
			if p.Is(clause.Component) && (p.Text == "attributable to" || p.Text == "attributed to" || p.Text == "available to" || p.Text == "applicable to") {
				continue // "net income attributable to Valero stockholders was"
			}
			if p.Is(clause.Change) && p.Dir == 0 && !p.Is(clause.Noun) {
				linked = true // "was flat at $X", "remains unchanged at"
				continue
			}
			if p.Is(clause.From) && c.headedPart(j+1, f.k) != "" {
				continue // "Revenue from our blood products segment was"
			}
			if (p.Text == "including" || p.Text == "excluding") && linked && j > c.a && items[j-1].Kind == clause.Measure {
				continue // "adjusted EBITDA including joint ventures was $123 million": what the measure takes in
			}
			if p.Is(clause.From) && c.sc.s.Qs[c.item(f.k).Q].Range {
				linked = true // "EPS from $0.74 to $0.93"
				continue
			}
			if c.adjustedWould(j) {
				continue // "excluding the tax adjustment, the tax rate would have been 14%"
			}
			if p.Text == "which" && linked && j >= c.a+2 && items[j-1].Text == "," {
				// "the FTE NII number, which was $11.5 billion"
				m := j - 2
				if m > c.a && items[m].Kind == clause.Word && numberNouns[items[m].Text] {
					m--
				}
				if items[m].Kind == clause.Measure {
					c.setLevel(f, c.frameAt(m))
					return true
				}
			}
			if p.Text == "with" && j == f.k-1 && j > c.a && items[j-1].Kind == clause.Measure {
				linked = true // "adjusted earnings per share with $0.66": a transcript's "was"
				continue
			}
			if p.Is(clause.Conj) && p.Text == "and" && c.ellipsis(j, f.k) {
				// "operating margin for the quarter was 13.5% and for the
				// year was 15.2%"
				if prev := c.lastFigure(j); prev != nil && prev.f != nil && prev.claim.Role == Level {
					c.setLevel(f, prev.f)
					return true
				}
				return false
			}
			switch {
			case p.Is(clause.Change | clause.Compare | clause.From | clause.To | clause.By | clause.Impact |
				clause.Component | clause.Program | clause.Pronoun | clause.Conj | clause.Relative |
				clause.Hypothetical | clause.Counted | clause.Share | clause.Milestone | clause.Transition | clause.Question):
				if p.Is(clause.Link) && !p.Is(clause.Change) {
					linked = true
					continue
				}
				return false
			case p.Is(clause.Link):
				linked = true
			}
			continue
		default:
			return false
		}
	}
	return false
}

func (c *clauseCtx) ruleNamedAfter(f *fig) bool {
	// "projected higher at $3.3 billion operating cash flow and $2.7
	// billion of free cash flow": a sum named by the measure after it,
	// which ends its phrase
	items := c.items()
	j := f.end + 1
	if f.claim.Unit != metric.USD || !f.q.Scaled || j >= c.b || items[j].Kind != clause.Measure {
		return false
	}
	// "an $11.3 million operating loss in the current quarter"
	periodAfter := j+2 < c.b && (items[j+1].Text == "in" || items[j+1].Text == "for" || items[j+1].Text == "during") && items[j+2].Kind == clause.Period
	if j+1 < c.b && items[j+1].Kind != clause.Punct && items[j+1].Kind != clause.Period && !items[j+1].Is(clause.Conj) && !periodAfter {
		return false
	}
	if m, ok := metric.Lookup(items[j].Measure.ID); ok && m.Unit == metric.USD {
		c.setLevel(f, c.frameAt(j))
		return true
	}
	return false
}

func (c *clauseCtx) ruleFigureOfMeasure(f *fig) bool {
	items := c.items()
	j := f.end + 1
	if q := j; f.claim.Unit == metric.Percent && q < c.b && items[q].Kind == clause.Qualifier && q+1 < c.b && items[q+1].Kind == clause.Measure && f.k > c.a && (items[f.k-1].Text == "a" || items[f.k-1].Text == "an") {
		// "a 13.6% adjusted EBITDA margin"
		if m, ok := metric.Lookup(items[q+1].Measure.ID); ok && m.Unit == metric.Percent && (q+2 >= c.b || !items[q+2].Is(clause.Change|clause.Noun|clause.Impact|clause.Share|clause.Variant)) {
			c.setLevel(f, c.frameAt(q+1))
			return true
		}
	}
	if f.claim.Unit == metric.Percent && j < c.b && items[j].Kind == clause.Measure {
		// "16% organic revenue growth": a rate named after its value;
		// "translated into an 8.4% operating margin": a percentage
		// measure, when no change word follows it
		m, ok := metric.Lookup(items[j].Measure.ID)
		next := j + 1
		plain := next >= c.b || !items[next].Is(clause.Change|clause.Noun|clause.Impact|clause.Share|clause.Variant)
		if before := f.k - 1; ok && (m.Rate || m.Unit == metric.Percent && plain && before >= c.a && (items[before].Text == "a" || items[before].Text == "an")) {
			c.setLevel(f, c.frameAt(j))
			return true
		}
	}
	if f.claim.Unit == metric.USDPerShare || f.claim.Unit == metric.USD && !f.q.Scaled && f.q.Value.Abs().LessThan(hundred) {
		// "$4.01 diluted earnings per share", "$0.61 normalized FFO per share"
		if m := c.measureWithin(j, j+3); m >= 0 {
			if mm, _ := metric.Lookup(c.item(m).Measure.ID); mm.Unit == metric.USDPerShare {
				c.setLevel(f, c.frameAt(m))
				return true
			}
		}
	}
	if j < c.b && items[j].Is(clause.To) && j+1 < c.b && (items[j+1].Text == "shareholders" || items[j+1].Text == "our" && j+2 < c.b && items[j+2].Text == "shareholders") {
		// "returned $25.0 million to shareholders through share repurchases"
		for n := j + 1; n < c.b && n <= j+6 && !items[n].Is(clause.Component); n++ {
			if p := &items[n]; p.Kind == clause.Measure && p.Measure.ID == "share_repurchases" {
				if c.sumOf(f, n) {
					return true
				}
				c.setLevel(f, c.frameAt(n))
				return true
			}
		}
	}
	if f.claim.Unit == metric.USD && f.q.Scaled {
		// "invested $830 million back into our business in the form of
		// capital expenditures"
		for n := j; n < c.b && n <= j+5 && (items[n].Kind == clause.Word || items[n].Kind == clause.CueWord && !items[n].Is(clause.Conj)); n++ {
			if items[n].Text == "in the form of" && n+1 < c.b && items[n+1].Kind == clause.Measure {
				if c.sumOf(f, n+1) {
					return true // "in the form of share repurchases and dividends"
				}
				c.setLevel(f, c.frameAt(n+1))
				return true
			}
		}
	}
	if j < c.b && items[j].Is(clause.Share) && ofSalesShare(items[j].Text) && f.claim.Unit == metric.USD && f.q.Scaled {
		// "We delivered $674 million of revenue": the share phrase is the
		// measure
		if n := j + 1; n < c.b && items[n].Is(clause.Impact|clause.Change|clause.Program) && !items[n].Is(clause.Link) {
			return false
		}
		fr := c.impliedFrame(j, &salesAlias)
		fr.total = strings.Contains(items[j].Text, "total")
		c.setLevel(f, fr)
		return true
	}
	if j+1 < c.b && items[j].Kind == clause.Period && !items[j].Period.Rule.Comparison() && (items[j+1].Text == "of" || items[j+1].Text == "in") {
		j++ // "$576 million this quarter in gross margin"
	}
	if j+1 < c.b && items[j].Text == "of total" && items[j+1].Kind == clause.Measure && f.claim.Unit == metric.USD && f.q.Scaled {
		// "$542.5 million of total debt outstanding": the total's measure,
		// not a share of a total
		if m, ok := metric.Lookup(items[j+1].Measure.ID); ok && m.Unit == metric.USD {
			fr := c.frameAt(j + 1)
			fr.total = true
			c.setLevel(f, fr)
			return true
		}
	}
	if j >= c.b || !(items[j].Text == "of" || items[j].Text == "in" || items[j].Text == "in total") {
		return false // "$3.8 billion in total revenue"
	}
	words := 0
	for j++; j < c.b; j++ {
		p := &items[j]
		switch {
		case p.Kind == clause.Period && !p.Period.Rule.Comparison() && words == 0:
			continue // "$1.2 billion in first quarter revenue"
		case p.Kind == clause.Measure:
			if n := j + 1; n < c.b && items[n].Is(clause.Impact|clause.Change|clause.Share|clause.Program|clause.Counted) && !items[n].Is(clause.Link) {
				return false
			}
			if c.sumOf(f, j) {
				return true
			}
			if j == f.end+3 && items[j-1].Text == "the" && f.k == c.sentenceStart() {
				// "$9.4 million of the revenue came from two projects"
				f.other("a part of a total named before: of the " + p.Text)
				return true
			}
			if mm, _ := metric.Lookup(p.Measure.ID); mm.Instant {
				v := c.prevSig(f.k)
				for v > c.a && items[v].Is(clause.Approx) {
					v = c.prevSig(v) // "consume upwards of $50 million of cash"
				}
				if v >= c.a && flowVerbs[items[v].Text] {
					// "we sold $1.8 billion of loans": a flow, not the balance
					f.other("a flow of a balance: " + items[v].Text)
					return true
				}
			}
			c.setLevel(f, c.frameAt(j))
			return true
		case p.Kind == clause.Qualifier, p.Is(clause.Total),
			p.Kind == clause.Word && fillers[p.Text]:
			continue
		case p.Kind == clause.Word:
			if words++; words > 3 {
				return false
			}
			continue
		}
		return false
	}
	return false
}

// rateAlternativeRule names the rule that reads a percentage after an
// amount as the amount's rate; finish turns the measure into the rate.
const rateAlternativeRule = "rate-alternative"

func (c *clauseCtx) ruleRateAlternative(f *fig) bool {
	if f.claim.Unit != metric.Percent {
		return false
	}
	items := c.items()
	j := c.prevSig(f.k)
	if j < c.a || items[j].Text != "or" || j-1 < c.a || items[j-1].Kind != clause.Figure {
		return false
	}
	prev := c.figAt(j - 1)
	if prev == nil || prev.f == nil || prev.claim.Role != Level && prev.claim.Role != Prior {
		return false
	}
	if _, ok := metric.RateOf(prev.f.alias.ID); !ok {
		return false
	}
	f.f, f.claim.Role, f.done = prev.f, prev.claim.Role, true
	return true
}

func (c *clauseCtx) rulePerShareAlternative(f *fig) bool {
	if f.claim.Unit != metric.USDPerShare {
		return false
	}
	items := c.items()
	j := c.prevSig(f.k)
	if j < c.a || items[j].Text != "or" && items[j].Text != "," {
		return false
	}
	for k := j - 1; k >= c.a && k >= j-6; k-- {
		if items[k].Kind != clause.Figure {
			continue
		}
		prev := c.figAt(k)
		if prev == nil {
			return false
		}
		fr, role := prev.f, prev.claim.Role
		if fr == nil && prev.q.Scaled && prev.claim.Unit == metric.Count {
			// "net loss of 33.2 million or $0.17 per share": the total
			// written without its currency
			fr, role = c.linkedMeasure(k), Level
		}
		if fr == nil || role != Level && role != Prior {
			return false
		}
		if _, ok := metric.PerShare(fr.alias.ID); !ok {
			return false
		}
		if fr.alias.ID == "operating_income" && fr.basis == "" {
			// "operating income of $104 million or $2.85 per share": an
			// insurer's operating earnings per share, which exclude items
			fr = c.sibling(fr, metric.NonGAAP)
		}
		f.f, f.claim.Role, f.done = fr, role, true
		if role == Level && fr.level == nil {
			fr.level = f
		}
		return true
	}
	return false
}

// asideStart returns, for the comma at item j that closes an aside
// ("Diluted EPS, excluding losses on debt retirement, increased 78%"),
// the comma that opens it; or -1 when j closes none.
func (c *clauseCtx) asideStart(j int) int {
	items := c.items()
	for i := j - 1; i >= c.a; i-- {
		p := &items[i]
		if p.Kind == clause.Figure {
			return -1
		}
		if p.Kind != clause.Punct || p.Text != "," {
			continue
		}
		if i+1 < j {
			o := &items[i+1]
			if o.Is(clause.Component|clause.Relative) || o.Kind == clause.Qualifier && o.Basis != "" || o.Text == "as" && i+2 < j && asideVerbs[items[i+2].Text] ||
				o.Text == "defined" || o.Text == "which" { // "Free cash flow, defined as cash from operations less capex, was"
				return i
			}
		}
		return -1
	}
	return -1
}

func (c *clauseCtx) ruleReferredBack(f *fig) bool {
	j := c.prevSig(f.k)
	if j < c.a {
		return false
	}
	switch c.item(j).Text {
	case "that", "this", "those", "these":
		f.other("a figure referred back to: " + c.item(j).Text)
		return true
	}
	return false
}

// lastFigure returns the clause's figure last before item k, past the
// words of its measure, or nil.
func (c *clauseCtx) lastFigure(k int) *fig {
	items := c.items()
	for j := k - 1; j >= c.a && j >= k-6; j-- {
		if items[j].Kind == clause.Figure {
			return c.figAt(j)
		}
		if items[j].Kind == clause.Punct && (j != k-1 || items[j].Text != ",") && items[j].Text != "--" {
			return nil // not past "--": "3.06% in the same period a year -- last year, and 3.01%"
		}
	}
	return nil
}

func (c *clauseCtx) ruleVariant(f *fig) bool {
	items := c.items()
	// before the figure, back to the figure before it; after it, its own
	// words: "comps were up 14% on a two-year stack", "an annualized 13%"
	start := c.a
	for j := f.k - 1; j >= c.a; j-- {
		if items[j].Kind == clause.Figure {
			start = j + 1
			break
		}
	}
	// a variant before the figure is another measure's when a conjunction
	// and a measure stand after it: "… on a 2-year stack basis and
	// earnings per share in the range of $9.50 to $10.20"
	variant, joined := -1, false
	for j := start; j < c.b && j <= f.end+3; j++ {
		p := &items[j]
		switch {
		case p.Is(clause.Variant):
			variant, joined = j, false
		case j < f.k && variant >= 0 && p.Text == "and" && (items[j-1].Kind != clause.Word || items[j-1].Text == "basis"):
			joined = true // not "annualized water and wastewater revenue", one measure's words
		case j < f.k && variant >= 0 && joined && p.Kind == clause.Measure:
			variant = -1
		}
		if j > f.end && (items[j].Kind == clause.Figure || items[j].Is(clause.Conj)) {
			break
		}
	}
	for j := f.end + 1; variant < 0 && j < c.b && j <= f.end+7; j++ {
		// "generated $1.1 billion of operating cash flow in the trailing
		// 12-month period": the clause's closing span
		if p := &items[j]; p.Kind == clause.Figure || p.Is(clause.Conj) {
			break
		} else if p.Is(clause.Variant) && trailingYear[p.Text] {
			variant = j
		}
	}
	if variant < 0 {
		// "On a two-year basis, the channel grew 18% and same-store sales
		// grew 9%": an opening variant holds for the sentence
		for j := c.a; j < c.b && items[j].Kind != clause.Figure && items[j].Kind != clause.Measure; j++ {
			if items[j].Is(clause.Variant) && j+1 < c.b && items[j+1].Text == "," {
				variant = j
				break
			}
		}
	}
	if variant >= 0 {
		f.other("a variant of a measure: " + items[variant].Text)
		return true
	}
	if n := f.end + 1; n < c.b && items[n].Text == "before" && items[n].Is(clause.Component) {
		// "$123 million of free cash flow in the quarter or about $275
		// million before the repayment of Medicare advances": the measure
		// but for an item, a variant of it
		f.other("a figure before an item, a variant of the measure")
		return true
	}
	if j := c.prevSig(f.k); j > c.a && items[j].Text == "of" && strings.HasSuffix(items[j-1].Text, "midpoint") {
		f.other("the midpoint of a range") // "a midpoint of $6.10"
		return true
	}
	return false
}

// sumOf reports whether the measure at item m, after the figure f, is
// joined by "and" to another measure or capacity, so that f is the sum of
// both, and if so leaves f unattributed: "$1 billion in cash and available
// borrowing capacity", "through dividends and share repurchases".
func (c *clauseCtx) sumOf(f *fig, m int) bool {
	items := c.items()
	other := -1
	if m-2 > f.end && (items[m-1].Text == "and" || items[m-1].Text == "plus") && items[m-2].Kind == clause.Measure {
		other = m - 2
	}
	if n := m + 1; other < 0 && n < c.b && (items[n].Text == "and" || items[n].Text == "plus") {
		for j := n + 1; j < c.b && j <= n+4; j++ {
			p := &items[j]
			if p.Kind == clause.Measure || p.Is(clause.Program) {
				other = j
				break
			}
			if p.Kind != clause.Word && p.Kind != clause.Qualifier || !fillers[p.Text] && j > n+2 {
				break
			}
		}
	}
	if other < 0 {
		return false
	}
	for j := other + 1; j < c.b && j <= other+3 && items[j].Kind != clause.Punct; j++ {
		if items[j].Kind == clause.Figure {
			return false // "$201.6 million of cash and total debt of $650.0 million"
		}
	}
	if p := &items[other]; p.Kind == clause.Measure {
		a, _ := metric.Lookup(items[m].Measure.ID)
		b, _ := metric.Lookup(p.Measure.ID)
		if a.Unit != b.Unit {
			return false // "$475 million in total revenues and diluted EPS of $0.63"
		}
	}
	f.other("a sum of two measures: " + items[min(m, other)].Text + " and " + items[max(m, other)].Text)
	return true
}

// measureWithin returns the first measure in items [i, j) reached past
// articles and modifier words, or -1.
func (c *clauseCtx) measureWithin(i, j int) int {
	items := c.items()
	for k := i; k < j && k < c.b; k++ {
		switch p := &items[k]; {
		case p.Kind == clause.Measure:
			return k
		case p.Kind == clause.Word, p.Kind == clause.Qualifier, p.Is(clause.SegmentHead):
		default:
			return -1
		}
	}
	return -1
}

// ellipsis reports whether only a period and linking words stand between
// "and" at item j and the figure at k: "… and for the year was 15.2%".
func (c *clauseCtx) ellipsis(j, k int) bool {
	items := c.items()
	period := false
	for i := j + 1; i < k; i++ {
		switch p := &items[i]; {
		case p.Kind == clause.Period:
			period = true
		case p.Is(clause.Link | clause.Approx), p.Kind == clause.Word && fillers[p.Text]:
		default:
			return false
		}
	}
	return period
}

func (c *clauseCtx) ruleBuyback(f *fig) bool {
	if f.claim.Unit != metric.USD {
		return false
	}
	items := c.items()
	verb := -1
	for j := c.a; j < f.k; j++ {
		if items[j].Is(clause.Buyback) {
			verb = j
		}
	}
	if verb < 0 {
		// "we deployed $2.2 billion to repurchase 8.8 million of our shares"
		if n := f.end + 1; n < c.b && items[n].Is(clause.Buyback) && strings.HasPrefix(items[n].Text, "to ") && c.prevSig(f.k) >= c.a && spendVerbs[items[c.prevSig(f.k)].Text] {
			c.setLevel(f, c.buybackFrame(n))
			return true
		}
		return false
	}
	// "repurchased 5 million shares for $1 billion", "bought back $1.6
	// billion worth of stock", "buy back at least $2 billion of the common
	// stock"
	for j := verb + 1; j < f.k; j++ {
		if p := &items[j]; p.Kind == clause.Figure && unitOf(&c.sc.s.Qs[p.Q]) != metric.Count || p.Is(clause.Conj|clause.Relative) {
			return false
		}
	}
	after := ""
	for j := f.end + 1; j < c.b && j <= f.end+5; j++ {
		if w := items[j].Text; w == "stock" || w == "shares" || w == "common" {
			after = w
		}
	}
	before := c.prevSig(f.k)
	if after == "" && before >= c.a && items[before].Text == "of" && before-3 > verb && items[before-1].Text == "total" && items[before-3].Text == "for" {
		before -= 3 // "repurchased 1.3 million shares for a total of $57 million"
	}
	if after == "" && !(before >= c.a && items[before].Text == "for") && before != verb {
		return false
	}
	m := c.buybackFrame(verb)
	c.setLevel(f, m)
	return true
}

func (c *clauseCtx) ruleComponent(f *fig) bool {
	items := c.items()
	j := c.prevSig(f.k)
	if j >= c.a && items[j].Text == "including" {
		// "returned $613 million to shareholders, including $397 million
		// through share repurchases": the measure named after the part
		if n := f.end + 1; n+1 < c.b && (items[n].Text == "through" || items[n].Text == "via") {
			if m := c.measureWithin(n+1, n+3); m >= 0 {
				c.setLevel(f, c.frameAt(m))
				return true
			}
		}
		// "$15 billion in the form of share repurchases, including $4.5
		// billion in the fourth quarter": the total's measure, for a
		// period within the total's
		if own, _ := c.ownPeriod(f); own != nil && (own.Rule == period.Quarter || own.Rule == period.QuarterNoYear) {
			if prev := c.lastLevel(j, f.claim.Unit); prev != nil && prev.f != nil && c.periodBefore(prev.k+1) {
				c.setLevel(f, prev.f)
				return true
			}
		}
	}
	if j >= c.a && items[j].Is(clause.Component) && !items[j].Is(clause.Basis) {
		f.other("a part or a cause: " + items[j].Text)
		return true
	}
	if j >= c.a && items[j].Is(clause.Component) && items[j].Is(clause.Basis) && j == f.k-1 {
		// "guidance excludes $0.03 per share in severance costs": the item
		// left out, not the measure
		f.other("an item excluded from a measure: " + items[j].Text)
		return true
	}
	// "Book value increased on GAAP net income of $1.75 billion": the
	// measure is itself a part or a cause; so is one listed after a
	// total ("$1.1 billion, including dividends of $400 million")
	if m := c.linkedAt(f.k); m >= 0 {
		q := m - 1
		for q >= c.a && (items[q].Kind == clause.Qualifier || items[q].Kind == clause.Word && fillers[items[q].Text]) {
			q--
		}
		if q >= c.a && (causeWords[items[q].Text] && !(subtractWords[items[q].Text] && q > c.a && items[q-1].Kind == clause.Figure) ||
			items[q].Is(clause.Component) && q >= c.a+2 && items[q-1].Text == "," && items[q-2].Kind == clause.Figure) {
			// not "operating cash flow of $71.8 million less capital
			// expenditures of $12.6 million": each measure's own figure
			f.other("a part or a cause: " + items[q].Text)
			return true
		}
	}
	// "consisting of $6.9 billion available … and $1.9 billion of cash",
	// "offset by the dividends of $335 million or $0.24 per share",
	// "included approximately $0.02 of EPS … and approximately $34.1
	// million of revenue"
	for j > c.a && items[j].Is(clause.Approx) && !items[j].Is(clause.Difference) {
		j--
	}
	if j >= c.a && (items[j].Text == "and" || items[j].Text == "or") {
		if prev := c.lastFigure(j); prev != nil && prev.done && prev.claim.Role == Other &&
			(strings.HasPrefix(prev.claim.Reason, "a part or a cause") || strings.HasPrefix(prev.claim.Reason, "an impact") || strings.HasPrefix(prev.claim.Reason, "a variant of a measure")) {
			f.other(prev.claim.Reason)
			return true
		}
	}
	return false
}

// adjacent reports whether only hedges stand between the measure at item
// m and the figure at k, in a list: "…, adjusted free cash flow
// approximately $300 million to $375 million".
func (c *clauseCtx) adjacent(m, k int) bool {
	items := c.items()
	for j := m + 1; j < k; j++ {
		if !items[j].Is(clause.Approx) {
			return false
		}
	}
	if verbMeasures[items[m].Text] {
		return true // "We repaid $25.0 million of our term loan"
	}
	p := m - 1
	for p >= c.a && (items[p].Kind == clause.Qualifier || items[p].Kind == clause.Word && fillers[items[p].Text]) {
		p--
	}
	// "…, adjusted free cash flow approximately $300 million", "interest
	// expense was $8 million and stock-based compensation $2 million"
	if p < c.a || items[p].Text == "," || items[p].Text == "and" && p > c.a && items[p-1].Kind == clause.Figure {
		return true
	}
	// "pleased to report first quarter core income $699 million"
	for p >= c.a && (items[p].Kind == clause.Period || items[p].Kind == clause.Word && fillers[items[p].Text]) {
		p--
	}
	// "we expect comp sales slightly above 3%", "with the second quarter
	// tax rate about 24% to 25%"
	return p >= c.a && (reportVerbs[items[p].Text] || expectVerbs[items[p].Text] || items[p].Text == "with" && m > p+1)
}

func (c *clauseCtx) ruleEarned(f *fig) bool {
	items := c.items()
	j := c.prevSig(f.k)
	per := f.claim.Unit == metric.USDPerShare
	bare := false // the total before "or" is no measure's
	if j >= c.a && (items[j].Text == "or" || items[j].Text == ",") && per {
		// "we earned $1.6 billion after-tax or $5.04 per share"
		if prev := c.lastFigure(j); prev != nil {
			j = c.prevSig(prev.k)
			bare = prev.f == nil && prev.claim.Rule == "unattached" && prev.claim.Unit == metric.USD
		}
	}
	if j < c.a || !earnedWords[items[j].Text] && !(bare && deliveredWords[items[j].Text]) {
		return false
	}
	if n := f.end + 1; !per && f.claim.Unit == metric.USD && !f.q.Scaled && f.q.Value.Abs().LessThan(hundred) && n < c.b && items[n].Kind == clause.Qualifier && items[n].Basis != "" {
		per = true // "We earned $0.13 on a GAAP basis"
	}
	if !per && !(f.claim.Unit == metric.USD && f.q.Scaled) {
		return false
	}
	if n := f.end + 1; n+1 < c.b && (items[n].Text == "in" || items[n].Text == "of") && (items[n+1].Kind == clause.Measure || items[n+1].Kind == clause.Word && !fillers[items[n+1].Text]) {
		return false // "generating $76 million in cash proceeds": a sum of what it names
	}
	alias := &earnedAlias
	if per {
		alias = &earnedEPSAlias
	}
	c.setLevel(f, c.impliedFrame(j, alias))
	if items[j].Text == "lost" {
		f.claim.Sign = -1 // "ATI lost $0.39 per share"
	}
	return true
}

// earnedAlias and earnedEPSAlias are the measures "we earned $1.6
// billion" and "we earned $2.15 per diluted share" state.
var (
	earnedAlias    = metric.Alias{Phrase: "earned", ID: "net_income"}
	earnedEPSAlias = metric.Alias{Phrase: "earned", ID: "eps"}
	guidedEPSAlias = metric.Alias{Phrase: "guidance", ID: "eps"}
	salesAlias     = metric.Alias{Phrase: "revenue", ID: "revenue"}
)

func (c *clauseCtx) ruleGuidedPerShare(f *fig) bool {
	bare := f.claim.Unit == metric.USD && !f.q.Scaled && f.q.Value.Abs().LessThan(hundred) && !f.q.Value.IsInteger()
	if f.claim.Unit != metric.USDPerShare && !bare || c.sc.r.call.Industry == metric.REIT {
		return false // "Our guidance range of $1.03 to $1.13 for our second fiscal quarter"
	}
	// "we are updating our full-year guidance to be $3.49 to $3.55 per
	// share": earnings per share, the one per-share figure a guidance is
	items := c.items()
	for j := f.k - 1; j >= c.a && j >= f.k-8; j-- {
		if p := &items[j]; p.Kind == clause.Figure || p.Kind == clause.Measure {
			return false
		} else if p.Is(clause.Guide) && (p.Text == "guidance" || p.Text == "outlook" || p.Text == "guide" || expectVerbs[p.Text] && f.q.Range) || guideNoun(p) && f.q.Range {
			// "For the quarter, we are expecting a range of $0.75 to $0.77
			// per share"; but not "its differential guidance of $0.30 to
			// $0.40", the outlook of another measure
			if q := j - 1; q >= c.a && guideNoun(p) && items[q].Kind == clause.Word && !fillers[items[q].Text] && !stopModifier[items[q].Text] && !guidanceModifiers[items[q].Text] && !strings.HasSuffix(items[q].Text, "ed") {
				f.other("an outlook of a measure it names: " + items[q].Text + " " + p.Text)
				return true
			}
			fr := c.impliedFrame(j, &guidedEPSAlias)
			for q := j - 1; q >= c.a && q >= j-3 && fr.per == nil; q-- {
				if items[q].Kind == clause.Period && !items[q].Period.Rule.Comparison() {
					// "our increased 2021 guidance of at least $20.35 per
					// share": the guidance's own year
					ref := items[q].Period
					fr.per, fr.perAt = &ref, q
				}
			}
			c.setLevel(f, fr)
			return true
		}
	}
	return false
}

// governorFor is governor for a figure in unit u: past figures of
// another unit, to the frame of the last one in u ("net income came in at
// $104 million, $1.11 per share compared to $98.8 million").
func (c *clauseCtx) governorFor(k int, u metric.Unit) *frame {
	items := c.items()
	for j := k - 1; j >= c.a; j-- {
		if items[j].Kind != clause.Figure {
			continue
		}
		prev := c.figAt(j)
		if prev == nil || prev.f == nil || prev.claim.Role != Level {
			continue
		}
		if sameUnit(prev.claim.Unit, u) {
			return prev.f
		}
	}
	return c.governor(k)
}

func sameUnit(a, b metric.Unit) bool {
	money := func(u metric.Unit) bool { return u == metric.USD }
	return a == b || money(a) && money(b)
}

// otherPeriod reports whether the clause names a period of the contract
// besides the one at item j: "In December, we provided guidance for 2021".
func (c *clauseCtx) otherPeriod(j int) bool {
	items := c.items()
	for k := c.a; k < c.b; k++ {
		p := &items[k]
		if k == j || p.Kind != clause.Period || k > 0 && items[k-1].Text == "of" {
			continue
		}
		switch p.Period.Rule {
		case period.Quarter, period.QuarterNoYear, period.Year, period.CurrentYear, period.CurrentQuarter, period.NextYear, period.NextQuarter:
			return true
		}
	}
	return false
}

// lastLevel returns the clause's last level before item k in unit u, past
// changes stated with it: "EPS of $2.30 for the fourth quarter, up 35%
// and $8.28 for the full year".
func (c *clauseCtx) lastLevel(k int, u metric.Unit) *fig {
	items := c.items()
	for j := k - 1; j >= c.a; j-- {
		if items[j].Kind != clause.Figure {
			continue
		}
		f := c.figAt(j)
		switch {
		case f == nil:
			return nil
		case f.claim.Role == Change, f.claim.Role == Prior:
			continue
		case f.claim.Role == Level && f.f != nil && sameUnit(f.claim.Unit, u):
			return f
		}
		return nil
	}
	return nil
}

// dirBefore returns the direction of the change word nearest before item
// k in the clause, or +1.
func (c *clauseCtx) dirBefore(k int) int {
	items := c.items()
	for j := k - 1; j >= c.a; j-- {
		if items[j].Is(clause.Change) && !items[j].Is(clause.Link) {
			return int(items[j].Dir)
		}
	}
	return 1
}

// linkedMeasure returns the frame of the measure linked to the figure at
// item k as measure-link links one ("net loss of 33.2 million"), or nil.
func (c *clauseCtx) linkedMeasure(k int) *frame {
	items := c.items()
	for j := k - 1; j >= c.a && j >= k-4; j-- {
		switch p := &items[j]; {
		case p.Kind == clause.Measure:
			return c.frameAt(j)
		case p.Is(clause.Link | clause.Approx), p.Kind == clause.Qualifier, p.Kind == clause.Period, p.Kind == clause.Word && fillers[p.Text]:
		case p.Kind == clause.Word && j > c.a && (items[j-1].Text == "attributable to" || items[j-1].Text == "to"):
			j-- // "Net earnings attributable to Greenbrier of 10.8 million"
		default:
			return nil
		}
	}
	return nil
}

func (c *clauseCtx) ruleOrLevel(f *fig) bool {
	// "EPS of $2.85 to $3.10 or $3.00 to $3.25 on an adjusted basis",
	// "$0.13 on a GAAP basis and $0.70 on adjusted basis": the same
	// measure on another basis
	items := c.items()
	j := c.prevSig(f.k)
	if j > c.a && items[j].Text == "from" && f.q.Range {
		j = c.prevSig(j) // "from $0.70 to $0.85 on a GAAP basis and from $0.97 to $1.12 on a non-GAAP basis"
	}
	if j < c.a || items[j].Text != "or" && items[j].Text != "and" {
		return false
	}
	basis := ""
	for n := f.end + 1; n < c.b && n <= f.end+4 && basis == ""; n++ {
		p := &items[n]
		if p.Kind == clause.Qualifier && p.Basis != "" {
			basis = p.Basis
		} else if n > f.end+2 && !(p.Kind == clause.Period || p.Kind == clause.Figure && n > f.end+1 && items[n-1].Is(clause.Compare)) {
			break // "or $0.90 versus $0.72 on an adjusted basis"
		}
	}
	u := f.claim.Unit
	if u == metric.USD && !f.q.Scaled && f.q.Value.Abs().LessThan(hundred) {
		u = metric.USDPerShare // "EPS of $0.76 per diluted share, or $0.80 on an adjusted basis"
	}
	prev := c.lastLevel(j, u)
	if prev == nil && u != f.claim.Unit {
		prev = c.lastLevel(j, f.claim.Unit)
	}
	if prev == nil {
		return false
	}
	for n := prev.end + 1; n < j; n++ {
		if p := &items[n]; p.Kind == clause.Measure || p.Kind == clause.Punct && p.Text != "," || p.Is(clause.Conj) {
			return false
		}
	}
	if basis == "" {
		// "EPS for the quarter was $2.18 and $10.02 for the full year":
		// the same measure for another period
		n := f.end + 1
		if n < c.b && (items[n].Text == "for" || items[n].Text == "in") {
			n++
		}
		if items[j].Text != "and" || n >= c.b || items[n].Kind != clause.Period || items[n].Period.Rule.Comparison() || !c.periodBefore(j) {
			return false
		}
		fr := c.sibling(prev.f, prev.f.basis)
		fr.per, fr.perAt = nil, -1
		c.setLevel(f, fr)
		return true
	}
	fr := c.sibling(prev.f, basis)
	c.setLevel(f, fr)
	if prev.f.basis == "" && basis == metric.NonGAAP {
		prev.f.basis = metric.GAAP // "EPS of $2.85 to $3.10 or $3.00 to $3.25 on an adjusted basis"
	}
	return true
}

// periodBefore reports whether a period phrase, not one compared with,
// stands in the clause before item j.
func (c *clauseCtx) periodBefore(j int) bool {
	for _, it := range c.items()[c.a:j] {
		if it.Kind == clause.Period && !it.Period.Rule.Comparison() {
			return true
		}
	}
	return false
}

func (c *clauseCtx) ruleTopicMeasure(f *fig) bool {
	// "As for full year 2020 adjusted EPS, we are now forecasting a range
	// of $4.35 to $4.53", "And adjusted diluted EPS, we are expecting to
	// be between $6.25 and $6.35"
	m := c.sc.topicMeasure
	if m < 0 || m >= f.k {
		return false
	}
	items := c.items()
	for j := max(m+1, c.sc.topicEnd); j < f.k; j++ {
		switch items[j].Kind {
		case clause.Measure:
			return false
		case clause.Figure:
			// "On the capex line, we invested $2.5 billion … and expect to
			// reach about $3.3 billion for the full year": a later clause
			// goes on with the measure its figures were of
			prev := c.figAt(j)
			earlier := prev == nil && m < c.a // of a clause before this one
			if !earlier && (prev == nil || prev.f == nil || prev.f.m != m) {
				return false
			}
		}
	}
	fr := c.frameAt(m)
	if bm, ok := metric.Lookup(fr.alias.ID); ok && bm.Instant {
		for j := max(m+1, c.sc.topicEnd); j < f.k; j++ {
			if balanceActions[items[j].Text] {
				// "As for accounts receivable, we collected $5.8 million
				// that was outstanding at year end": what was done to the
				// balance, not the balance
				f.other("an amount done to a balance: " + items[j].Text)
				return true
			}
		}
	}
	c.setLevel(f, fr)
	return true
}

// ofSalesShare reports whether a share phrase names the share of sales:
// "of sales", "of net sales", "of revenue".
func ofSalesShare(t string) bool {
	switch t {
	case "of sales", "of net sales", "of revenue", "of revenues", "of total revenue", "of total sales":
		return true
	}
	return false
}

// guideNoun reports whether item p is a noun of outlook standing after the
// measure it is of: "raising our adjusted EPS guidance by $0.30".
func guideNoun(p *clause.Item) bool {
	switch p.Text {
	case "guidance", "outlook", "guide", "forecast", "range", "guidance range", "outlook range":
		return p.Is(clause.Guide | clause.Range)
	}
	return false
}

// relative reports whether unit u states a change relative to a level:
// a percentage or points.
func relative(u metric.Unit) bool {
	return u == metric.Percent || u == "bp" || u == "points"
}

// governorOrTopic is governor, or else the measure the sentence opens
// with as its topic when no other measure stands between it and item k:
// "For revenue, we are increasing our full-year range to …".
func (c *clauseCtx) governorOrTopic(k int) *frame {
	if fr := c.governor(k); fr != nil {
		return fr
	}
	m := c.sc.topicMeasure
	if m < c.a || m >= k {
		return nil
	}
	items := c.items()
	for j := m + 1; j < k; j++ {
		if items[j].Kind == clause.Measure {
			return nil
		}
	}
	return c.frameAt(m)
}

// revisesOutlook reports whether the clause, before item k, revises an
// outlook: "raising", "lowering", or a verb of change with a noun of
// outlook ("we increased our guidance").
func (c *clauseCtx) revisesOutlook(k int) bool {
	items := c.items()
	change, noun := false, false
	for j := c.a; j < k; j++ {
		p := &items[j]
		switch {
		case p.Is(clause.Guide) && p.Is(clause.Change) && p.Dir != 0:
			return true
		case p.Is(clause.Change) && !p.Is(clause.Link|clause.Noun) && p.Dir != 0:
			change = true
		case guideNoun(p):
			noun = true
		}
	}
	return change && noun
}

// joinedBetween reports whether a conjunction stands between items i and
// j, either way round: "within the range we gave you in October and 2.7%
// above 2022 revenue" says no month of the figure.
func (c *clauseCtx) joinedBetween(i, j int) bool {
	items := c.items()
	for k := min(i, j) + 1; k < max(i, j); k++ {
		if items[k].Is(clause.Conj) && items[k].Text != "with" {
			return true
		}
	}
	return false
}

// impliedAt returns the frame a word at item j implies, made by a rule
// ("of revenue", "earned"), or nil.
func (c *clauseCtx) impliedAt(j int) *frame {
	if c.item(j).Kind == clause.Measure {
		return nil
	}
	for _, fr := range c.frames {
		if fr.m == j {
			return fr
		}
	}
	return nil
}

// linkedAt returns the item of the measure joined to the figure at item k
// by a linking word ("net income of $1.75 billion"), or -1.
func (c *clauseCtx) linkedAt(k int) int {
	items := c.items()
	for j := k - 1; j >= c.a && j >= k-4; j-- {
		switch p := &items[j]; {
		case p.Kind == clause.Measure:
			return j
		case p.Is(clause.Link | clause.Approx), p.Kind == clause.Qualifier, p.Kind == clause.Period, p.Kind == clause.Word && fillers[p.Text]:
		default:
			return -1
		}
	}
	return -1
}

// comparedMonth reports whether the month at item j is what something is
// compared with: "$103.8 million less than at December".
func (c *clauseCtx) comparedMonth(j int) bool {
	items := c.items()
	for k := j - 1; k >= c.a && k >= j-2; k-- {
		if items[k].Is(clause.Difference|clause.Compare|clause.From) || items[k].Text == "less" || items[k].Text == "more" {
			return true
		}
	}
	return false
}

// programWords reports whether a measure's phrase names a program rather
// than a flow: "share repurchase authorization".
func programWords(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		switch w {
		case "authorization", "program", "facility", "capacity", "revolver":
			return true
		}
	}
	return false
}
