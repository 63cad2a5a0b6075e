package corpus

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/shopspring/decimal"

	"qoq/facts"
	"qoq/fiscal"
)

// An Expected is a headline figure of a summary: what the extraction should
// find in the call.
type Expected struct {
	Metric string
	// Basis is facts.GAAP or facts.NonGAAP where the summary names it, ""
	// where it does not (then any basis matches).
	Basis    string
	Scenario string
	Period   fiscal.Period
	// Value is set for a point; Low and High (Low <= High) for a range.
	Value, Low, High *decimal.Decimal
	// Places is the precision of the summary: the figure is known to the
	// nearest 10^-Places ("$3.3 billion": -8; "$3.34": 2). For a range it
	// is the coarser of the two ends.
	Places int32
	Unit   string
	// Approx is set when the summary hedges the figure: "about",
	// "approximately", "at least".
	Approx bool
	// Stated is the figure as the summary writes it.
	Stated string
	// Line is the summary line as written; LineNo its 1-based number.
	Line   string
	LineNo int
	// PeriodFrom says how Period was decided: the words that name it, or
	// "assumed: the call's quarter" for an actual that names none.
	PeriodFrom string
}

// String formats e for people: "eps non_gaap guidance FY2021 3.2..3.4".
func (e Expected) String() string {
	basis := e.Basis
	if basis == "" {
		basis = "any"
	}
	return fmt.Sprintf("%s %s %s %s %s", e.Metric, basis, e.Scenario, e.Period, e.ValueString())
}

// ValueString formats the figure: "3.34", "3.2..3.4", with "~" when hedged.
func (e Expected) ValueString() string {
	s := "?"
	switch {
	case e.Value != nil:
		s = e.Value.String()
	case e.Low != nil && e.High != nil:
		s = e.Low.String() + ".." + e.High.String()
	}
	if e.Approx {
		s = "~" + s
	}
	return s
}

// A Skip is a summary line, or a figure in it, that gives no Expected, and
// why.
type Skip struct {
	LineNo int
	Line   string
	Reason string
	// Whole is set when the line as a whole gives no Expected; otherwise
	// the skip is one phrase of a line that gave others.
	Whole bool
}

// A Summary is what ParseSummary reads from one summary file.
type Summary struct {
	Lines    int // non-empty lines
	Expected []Expected
	Skipped  []Skip
}

// Why a line or a phrase gives no Expected.
const (
	reasonNoMetric     = "no scored metric"
	reasonNoFigure     = "no money figure (growth rate, ratio or count)"
	reasonChangeOnly   = "only a change is stated"
	reasonWrongUnit    = "per-share figure for a total, or the reverse"
	reasonSegment      = "segment or sub-measure"
	reasonNotNet       = "profit measure other than net income"
	reasonPeriod       = "period undecided"
	reasonPartYear     = "half-year or year-to-date period"
	reasonOtherQuarter = "actual for a quarter other than the call's"
	reasonComponent    = "component of or effect on a figure"
	reasonRespectively = "figures paired by \"respectively\""
	reasonComparison   = "comparison figure"
	reasonMixedSign    = "range from a loss to a profit"
	reasonDuplicate    = "duplicate of an earlier line"
)

// ParseSummary reads a summary file, one headline per line, and returns
// the figures it states for the scored metrics. call is the quarter the
// call reports on, which dates "q2", "qtrly" and "fy".
func ParseSummary(r io.Reader, call fiscal.Period) (Summary, error) {
	var sum Summary
	seen := map[string]bool{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		if line := strings.TrimSpace(sc.Text()); line != "" {
			sum.add(n, line, call, seen)
		}
	}
	if err := sc.Err(); err != nil {
		return Summary{}, fmt.Errorf("read summary: %w", err)
	}
	return sum, nil
}

// add parses line n, dropping figures already in seen.
func (sum *Summary) add(n int, line string, call fiscal.Period, seen map[string]bool) {
	sum.Lines++
	exps, skips := ParseLine(line, call)
	exps, dups := dedupe(exps, seen)
	for range dups {
		sum.Skipped = append(sum.Skipped, Skip{LineNo: n, Line: line, Reason: reasonDuplicate})
	}
	for _, s := range skips {
		sum.Skipped = append(sum.Skipped, Skip{LineNo: n, Line: line, Reason: s})
	}
	markWhole(sum.Skipped, n, len(exps) == 0)
	for i := range exps {
		exps[i].LineNo = n
	}
	sum.Expected = append(sum.Expected, exps...)
}

// markWhole sets Whole on the skips of line n when it gave no Expected.
// Only the first reason of a whole line is kept.
func markWhole(skips []Skip, n int, whole bool) {
	first := true
	for i := range skips {
		if skips[i].LineNo == n && whole {
			skips[i].Whole = first
			first = false
		}
	}
}

// dedupe drops figures already seen in the same summary ("compname reports
// q2 eps $1.77" and "q2 eps $1.77"), returning those kept and those
// dropped.
func dedupe(exps []Expected, seen map[string]bool) (kept, dropped []Expected) {
	for _, e := range exps {
		k := e.String()
		if seen[k] {
			dropped = append(dropped, e)
			continue
		}
		seen[k] = true
		kept = append(kept, e)
	}
	return kept, dropped
}

// ParseLine reads one summary line. It returns the figures found and the
// reasons for phrases that gave none ("no scored metric" when the line has
// no metric phrase at all).
func ParseLine(line string, call fiscal.Period) ([]Expected, []string) {
	p := lineParser{call: call, line: line}
	for _, c := range splitClauses(stripCompany(normalize(line))) {
		p.clause(c)
	}
	if len(p.out) == 0 && len(p.skips) == 0 {
		p.skips = append(p.skips, reasonNoMetric)
	}
	return p.out, p.skips
}

// lineParser reads the clauses of one line, carrying the scenario and
// period of the last phrase into the next where it names none.
type lineParser struct {
	call  fiscal.Period
	line  string
	prev  *context
	out   []Expected
	skips []string
}

// A context is the scenario and period a phrase was read with.
type context struct {
	scenario   string
	tok        *periodToken // the period words, where the phrase has them
	period     fiscal.Period
	periodFrom string
	reason     string // why period is unknown
}

// A clause is one clause of a line, with its figures, periods and metric
// phrases.
type clause struct {
	text     string
	figs     []figure
	toks     []periodToken
	mentions []mention
}

// A pick is a figure chosen for a metric.
type pick struct {
	metric string
	fig    figure
}

// A span divides the text around a phrase and its figures:
//
//	[boundary, pre)   words before the phrase (or before a figure written
//	                  ahead of it: "$2 billion in capital expenditures")
//	between           words between the phrase and its first figure
//	[tail, tailEnd)   words after the first figure, or after the phrase
//	                  when the figure came first, up to a comma or a
//	                  comparison
type span struct {
	boundary, pre int
	between       string
	tail, tailEnd int
	segEnd        int
}

// region is the text that qualifies the phrase's figures.
func (sp span) region(s string) string {
	return s[sp.boundary:sp.pre] + " " + sp.between
}

// clause reads one clause: each metric phrase in turn, each taking the
// figures up to the next phrase.
func (p *lineParser) clause(s string) {
	switch {
	case respectively.MatchString(s):
		p.skip(s, reasonRespectively)
		return
	case mixedSign.MatchString(s):
		p.skip(s, reasonMixedSign)
		return
	}
	c := clause{text: s, figs: findFigures(s), toks: findPeriods(s), mentions: findMentions(s)}
	boundary := 0
	for i, m := range c.mentions {
		segEnd := len(s)
		if i+1 < len(c.mentions) {
			segEnd = c.mentions[i+1].start
		}
		boundary = min(p.mention(c, m, boundary, segEnd, i == 0), segEnd)
	}
}

// skip records a reason when the clause names a scored metric.
func (p *lineParser) skip(s, reason string) {
	for _, m := range findMentions(s) {
		if m.kind != kindOther {
			p.skips = append(p.skips, reason)
			return
		}
	}
}

// mention reads the figures of phrase m, which spans up to segEnd; the
// words before it start at boundary. It returns the boundary for the next
// phrase: the end of the last figure taken.
func (p *lineParser) mention(c clause, m mention, boundary, segEnd int, first bool) int {
	s := c.text
	if m.kind == kindOther {
		p.context(c, m, span{boundary: boundary, pre: m.start, tail: m.end, tailEnd: m.end, segEnd: m.end}, first)
		return m.end
	}
	picks, reason := choose(s, m, c.figs, segEnd)
	if len(picks) == 0 {
		picks = figureBefore(s, m, c.figs, boundary)
	}
	sp := spanOf(s, m, boundary, segEnd, picks)
	ctx := p.context(c, m, sp, first)
	if len(picks) > 0 {
		reason = checkPhrase(s, m, sp)
	}
	if reason == "" {
		reason = ctx.reason
	}
	if reason != "" {
		p.skips = append(p.skips, reason)
		return m.end
	}
	for _, pk := range picks {
		if pk.metric == "net_income" && (notNetIncome(s, m) || !companyWide(s, m)) {
			p.skips = append(p.skips, reasonNotNet)
			continue
		}
		p.out = append(p.out, p.expected(s, m, sp, pk, ctx))
	}
	return max(m.end, picks[len(picks)-1].fig.tailEnd)
}

// spanOf divides the text around phrase m and its picks.
func spanOf(s string, m mention, boundary, segEnd int, picks []pick) span {
	sp := span{boundary: boundary, pre: m.start, tail: segEnd, tailEnd: segEnd, segEnd: segEnd}
	if len(picks) == 0 {
		sp.between = s[m.end:segEnd]
		return sp
	}
	f := picks[0].fig
	if f.start < m.start { // "$2 billion in capital expenditures"
		sp.pre, sp.between, sp.tail = f.start, s[f.tailEnd:m.start], m.end
	} else {
		sp.between, sp.tail = s[m.end:f.start], min(f.tailEnd, segEnd)
	}
	sp.tail = min(sp.tail, segEnd)
	sp.tailEnd = sp.tail + tailLength(s[sp.tail:segEnd])
	return sp
}

// checkPhrase returns why the phrase at m cannot be scored, or "".
func checkPhrase(s string, m mention, sp span) string {
	switch {
	case sp.boundary > 0 && comparisonBefore.MatchString(hedgeThan.ReplaceAllString(s[sp.boundary:sp.pre], " ")):
		return reasonComparison
	case m.kind == kindTotal && m.row.company && !companyWide(s, m), segmentWord.MatchString(sp.between):
		return reasonSegment
	case componentWord.MatchString(componentMask.ReplaceAllString(sp.region(s), " ")):
		return reasonComponent
	}
	return ""
}

// choose picks the figures of phrase m among the clause's figures between
// its end and segEnd: the first level stated for each metric it names.
// Figures after the first are comparisons, estimates or earlier guidance.
func choose(s string, m mention, figs []figure, segEnd int) ([]pick, string) {
	var picks []pick
	reason := reasonNoFigure
	taken := map[string]bool{}
	for _, f := range figs {
		if f.start < m.end || f.start >= segEnd {
			continue
		}
		lead := before(s, f.start)
		if isComparison(lead) {
			break
		}
		if isChange(lead) || changeAfter.MatchString(s[f.tailEnd:]) {
			reason = reasonChangeOnly
			continue
		}
		if isPrior(lead) {
			continue // "from $445 - $500 million to $480 - $500 million"
		}
		metric := metricOf(m, f)
		if metric == "" {
			reason = reasonWrongUnit
			continue
		}
		if !taken[metric] {
			taken[metric] = true
			picks = append(picks, pick{metric: metric, fig: f})
		}
	}
	if len(picks) > 0 {
		return picks, ""
	}
	return nil, reason
}

// figureBefore finds a figure written ahead of phrase m: "$2 billion in
// capital expenditures", "$2.80 - $3.20 for adjusted earnings per share".
func figureBefore(s string, m mention, figs []figure, boundary int) []pick {
	for i := len(figs) - 1; i >= 0; i-- {
		f := figs[i]
		if f.tailEnd > m.start || f.start < boundary {
			continue
		}
		lead := figureLead
		if m.kind != kindTotal {
			lead = perShareLead
		}
		if !lead.MatchString(s[f.tailEnd:m.start]) || isChange(before(s, f.start)) || isComparison(before(s, f.start)) {
			return nil
		}
		if metric := metricOf(m, f); metric != "" {
			return []pick{{metric: metric, fig: f}}
		}
		return nil
	}
	return nil
}

// metricOf is the metric a figure gives for phrase m, or "" when the
// figure is of the wrong kind ("eps $3 billion").
func metricOf(m mention, f figure) string {
	perShare := f.perShare || !f.scaled
	switch m.kind {
	case kindPerShare:
		if perShare {
			return m.row.metric
		}
	case kindEarnings:
		if perShare {
			return "eps"
		}
		return "net_income"
	case kindFFO:
		if perShare {
			return "ffo_per_share"
		}
	case kindTotal:
		if !f.perShare {
			return m.row.metric
		}
	}
	return ""
}

// isChange reports whether the figure after text lead is the size of a
// change ("sales decreased $171.8 million").
func isChange(lead string) bool {
	return changeWord.MatchString(lead[max(0, len(lead)-40):])
}

// isComparison reports whether the figure after text lead is someone
// else's or another period's ("versus $89 million", "estimate of $3.28
// billion"); hedges such as "more than" are not comparisons.
func isComparison(lead string) bool {
	return comparisonWord.MatchString(lead) && !approxBefore.MatchString(lead)
}

// isPrior reports whether the figure after text lead is the value
// something changed from ("raised from $2.75 to $2.80").
func isPrior(lead string) bool {
	return priorWord.MatchString(lead) && !rangeFrom.MatchString(lead)
}

// context decides the scenario and period of phrase m from the words of
// its span, falling back on the phrase before it.
func (p *lineParser) context(c clause, m mention, sp span, first bool) context {
	region := estimateNoise.ReplaceAllString(sp.region(c.text), " ")
	ctx := context{scenario: facts.Actual, tok: ownPeriod(c, m, sp)}
	switch {
	case guidanceWord.MatchString(region):
		ctx.scenario = facts.Guidance
	case p.prev != nil && (!first || ctx.tok == nil):
		ctx.scenario = p.prev.scenario
	}
	if p.prev != nil && p.prev.tok != nil && (ctx.tok == nil || restates(*ctx.tok, *p.prev.tok)) {
		ctx.tok = p.prev.tok
	}
	switch {
	case ctx.tok != nil:
		ctx.period, ctx.reason = resolve(*ctx.tok, ctx.scenario, p.call)
		ctx.periodFrom = ctx.tok.text
		if ctx.reason == "" && ctx.scenario == facts.Actual && notOver(ctx.period, p.call) {
			ctx.scenario = facts.Guidance // "fy 2021 capex of $135 million" on a q2 2021 call
		}
	case ctx.scenario == facts.Actual:
		ctx.period, ctx.periodFrom = p.call, "assumed: the call's quarter"
	default:
		ctx.reason = reasonPeriod
	}
	p.prev = &ctx
	return ctx
}

// restates reports whether period words t only restate the more precise
// words prev before them: "fiscal year 2022 sales guidance ... annual
// sales".
func restates(t, prev periodToken) bool {
	return t.year == 0 && prev.year != 0 && t.kind == prev.kind && t.quarter == prev.quarter
}

// ownPeriod finds the period words of phrase m: the last before it, else
// the first between it and its figure, else the first after its figure.
func ownPeriod(c clause, m mention, sp span) *periodToken {
	betweenStart, betweenEnd := m.end, m.end+len(sp.between)
	if sp.pre < m.start { // figure first: between is after the figure
		betweenStart, betweenEnd = m.start-len(sp.between), m.start
	}
	var before, between, after, later []periodToken
	for _, t := range c.toks {
		switch {
		case t.start >= sp.boundary && t.end <= sp.pre:
			before = append(before, t)
		case t.start >= betweenStart && t.end <= betweenEnd:
			between = append(between, t)
		case t.start >= sp.tail && t.end <= sp.tailEnd:
			after = append(after, t)
		case t.start >= sp.tail && t.end <= sp.segEnd && !laterStop.MatchString(c.text[sp.tail:t.start]):
			later = append(later, t)
		}
	}
	switch {
	case len(before) > 0:
		return &before[len(before)-1]
	case len(between) > 0:
		return &between[0]
	case len(after) > 0:
		return &after[0]
	case len(later) > 0:
		return &later[0]
	}
	return nil
}

// tailLength is how much of the text after a figure still speaks of it: up
// to a comma, a semicolon or a comparison.
func tailLength(s string) int {
	if m := tailStop.FindStringIndex(s); m != nil {
		return m[0]
	}
	return len(s)
}

// expected builds the Expected for one pick of phrase m.
func (p *lineParser) expected(s string, m mention, sp span, pk pick, ctx context) Expected {
	f := pk.fig
	e := Expected{
		Metric:     pk.metric,
		Basis:      basisOf(s, m, sp, f),
		Scenario:   ctx.scenario,
		Period:     ctx.period,
		PeriodFrom: ctx.periodFrom,
		Places:     f.places(),
		Unit:       unitOf[pk.metric],
		Approx:     approxBefore.MatchString(s[max(sp.boundary, f.start-lookBehind):f.start]) || approxAfter.MatchString(s[f.tailEnd:]),
		Stated:     f.text,
		Line:       p.line,
	}
	lo, hi := f.lo.value, f.hi.value
	if lossWord.MatchString(m.text) && !signedByFigure.MatchString(m.text) {
		lo, hi = lo.Abs().Neg(), hi.Abs().Neg()
	}
	if !f.isRange {
		e.Value = &lo
		return e
	}
	if lo.GreaterThan(hi) {
		lo, hi = hi, lo
	}
	e.Low, e.High = &lo, &hi
	return e
}

// basisOf reads the basis of a figure from the words before it and
// between it and its phrase, those of the phrase itself where they qualify
// it ("operating earnings per share"), a per-share tail ("per gaap diluted
// share") and a qualifier right after ("excluding items", "on a gaap
// basis").
func basisOf(s string, m mention, sp span, f figure) string {
	text := sp.region(s) + " " + s[f.end:f.tailEnd]
	after := max(f.tailEnd, m.end)
	if q := tailBasis.FindStringSubmatch(s[after:]); q != nil {
		text += " " + q[1]
	}
	text = estimateNoise.ReplaceAllString(text, " ")
	nonGAAP := nonGAAPMarker.MatchString(text)
	gaap := gaapMarker.MatchString(text)
	if m.row.ownBasis {
		nonGAAP = nonGAAP || nonGAAPMarker.MatchString(m.text) || operatingMarker.MatchString(text+" "+m.text)
		gaap = gaap || gaapMarker.MatchString(m.text)
	}
	switch {
	case nonGAAP && !gaap:
		return facts.NonGAAP
	case gaap && !nonGAAP:
		return facts.GAAP
	}
	return ""
}
