package clause

// Cue is the set of roles a cue word can play; most words play one.
type Cue uint64

// The roles of cue words.
const (
	Change        Cue = 1 << iota // states a change; Item.Dir gives its sign
	Compare                       // introduces what is compared with: versus, compared to
	From                          // "from": a figure compared with, after a change
	To                            // "to": the level a change reached
	By                            // "by": the size of a change follows
	Link                          // joins a measure to its value: was, of, at, totaled
	Result                        // a verb of results: reported, generated, delivered
	Guide                         // marks an outlook: expect, guidance, outlook
	Target                        // an aim rather than a forecast: target, goal, aspire
	Hypothetical                  // marks what is not a result: would, if, illustrative
	Impact                        // an effect on a measure, not its level: impact, benefit, headwind
	Component                     // introduces a part or cause: including, driven by, of which
	Difference                    // a difference, not a level: more than, less than, above
	Total                         // the whole company: total, consolidated, overall
	SegmentHead                   // ends a segment's name: segment, division, business
	PartNoun                      // stands for a part named before: the business, the segment
	Transition                    // opens a topic: turning to, moving on to
	Pronoun                       // a subject pronoun: we, it, they
	Conj                          // a coordinating conjunction: and, but, while
	Relative                      // opens a relative clause: which, that
	Respectively                  // pairs figures with measures in order
	PerShare                      // "per share", "a share": the figure is per share
	Counted                       // the figure is a count of things: shares, stores, employees
	Program                       // an authorization or capacity, not a flow: program, authorization
	Milestone                     // a threshold passed, not a level: milestone, crossed, surpassed
	Range                         // a range word: between, range, ranging
	Approx                        // a hedge on its own: approximately, roughly
	Share                         // a share of a total: of total, of sales, percent of
	Actual                        // states a result even beside outlook words: came in, was
	Negative                      // makes the figure after it negative: negative, a loss of
	Question                      // asks: could you, what is
	Basis                         // names a basis on its own: on a GAAP basis
	Demonstrative                 // this, that, these: points back
	Noun                          // a change stated as a noun: increase, growth, decline
	Variant                       // a variant of a measure: two-year stack, run rate, annualized
	Generic                       // a noun standing for a measure named before: statistic, metric
	Ambiguous                     // a part noun that names the company itself when no part is being discussed
	Buyback                       // a verb of buying back shares: repurchased, bought back
)

// changeNouns are the change words that are nouns: a figure before one
// ("a 10% increase") is that change.
var changeNouns = map[string]bool{
	"increase": true, "increases": true, "decrease": true, "decreases": true, "decline": true,
	"declines": true, "growth": true, "improvement": true, "expansion": true, "reduction": true,
	"contraction": true, "gain": true, "drop": true, "rise": true, "compression": true,
	"year over year growth": true, "year on year growth": true, "deterioration": true,
}

// A cueWord is a phrase of a cue table.
type cueWord struct {
	phrase string
	cue    Cue
	dir    int8
}

// cueWords are the phrases of cues. Phrases are lower-case words; the
// longest at a token wins.
var cueWords = []cueWord{
	// changes, with their direction
	{"increased", Change, 1}, {"increase", Change, 1}, {"increases", Change, 1}, {"increasing", Change, 1},
	{"up", Change, 1}, {"grew", Change, 1}, {"grow", Change, 1}, {"growth", Change, 1}, {"growing", Change, 1},
	{"rose", Change, 1}, {"rise", Change, 1}, {"risen", Change, 1}, {"gain", Change, 1}, {"gained", Change, 1},
	{"higher", Change, 1}, {"improved", Change, 1}, {"improvement", Change, 1}, {"improving", Change, 1},
	{"expanded", Change, 1}, {"expansion", Change, 1}, {"expand", Change, 1}, {"climbed", Change, 1},
	{"jumped", Change, 1}, {"advanced", Change, 1}, {"surged", Change, 1}, {"soared", Change, 1},
	{"grown", Change, 1}, {"recovered", Change, 1}, {"widened", Change, 1}, {"rebounded", Change, 1},
	{"an increase", Change, 1}, {"a increase", Change, 1}, {"increases of", Change, 1},
	{"better", Change, 1}, {"accelerated", Change, 1}, {"raised", Change, 1}, {"doubled", Change, 1}, {"tripled", Change, 1},
	{"more than doubled", Change, 1},
	{"decreased", Change, -1}, {"decrease", Change, -1}, {"decreases", Change, -1}, {"decreasing", Change, -1},
	{"down", Change, -1}, {"declined", Change, -1}, {"decline", Change, -1}, {"declines", Change, -1},
	{"declining", Change, -1}, {"fell", Change, -1}, {"fall", Change, -1}, {"dropped", Change, -1},
	{"drop", Change, -1}, {"lower", Change, -1}, {"reduced", Change, -1}, {"reduction", Change, -1},
	{"contracted", Change, -1}, {"contraction", Change, -1}, {"shrank", Change, -1}, {"compressed", Change, -1},
	{"compression", Change, -1}, {"deteriorated", Change, -1}, {"slipped", Change, -1}, {"worse", Change, -1},
	{"narrowed", Change, -1}, {"eased", Change, -1}, {"softened", Change, -1}, {"lowered", Change, -1},
	{"deleverage", Change, -1}, {"deleveraged", Change, -1}, {"leverage", Change, 1}, {"leveraged", Change, 1},
	{"flat", Change, 0}, {"flat to", Change, 0}, {"in line with", Change, 0}, {"unchanged", Change, 0}, {"essentially flat", Change, 0}, {"relatively flat", Change, 0},
	{"growth of", Change, 1}, {"a decline of", Change, -1}, {"a decrease of", Change, -1},
	{"year over year growth", Change, 1}, {"year on year growth", Change, 1},
	// comparisons
	{"compared with", Compare, 0}, {"compared to", Compare, 0}, {"as compared with", Compare, 0},
	{"as compared to", Compare, 0}, {"when compared with", Compare, 0}, {"when compared to", Compare, 0},
	{"in comparison to", Compare, 0}, {"in comparison with", Compare, 0}, {"versus", Compare, 0},
	{"vs", Compare, 0}, {"vs.", Compare, 0}, {"against", Compare, 0}, {"relative to", Compare, 0},
	{"compared", Compare, 0}, {"comparable to", Compare, 0}, {"as against", Compare, 0},
	{"from", From, 0}, {"up from", From, 1}, {"down from", From, -1}, {"over", Compare, 0},
	{"on top of", Compare, 0}, {"lap", Compare, 0}, {"lapping", Compare, 0}, {"lapped", Compare, 0}, {"laps", Compare, 0}, {"compares to", Compare, 0}, {"compares with", Compare, 0}, {"compare to", Compare, 0},
	{"compared against", Compare, 0}, {"and compares to", Compare, 0}, {"lapping", Compare, 0}, {"against a", Compare, 0},
	{"to", To, 0}, {"by", By, 0},
	// what joins a measure to its value
	{"was", Link | Actual, 0}, {"were", Link | Actual, 0}, {"is", Link, 0}, {"are", Link, 0},
	{"of", Link, 0}, {"at", Link, 0}, {"totaled", Link | Actual, 0}, {"totaling", Link, 0}, {"totalled", Link | Actual, 0},
	{"came in at", Link | Actual, 0}, {"reaching", Link, 0}, {"came in", Link | Actual, 0}, {"reached", Link | Actual, 0},
	{"stood at", Link | Actual, 0}, {"amounted to", Link | Actual, 0}, {"ended at", Link | Actual, 0},
	{"finished at", Link | Actual, 0}, {"finishing at", Link, 0}, {"ending at", Link, 0}, {"landing at", Link, 0}, {"settling at", Link, 0}, {"landed at", Link | Actual, 0}, {"equaled", Link | Actual, 0},
	{"of about", Link, 0}, {"in", Link, 0}, {"for", Link, 0}, {"be", Link, 0}, {"been", Link, 0},
	{"to be", Link | Guide, 0}, {"will be", Link | Guide, 0}, {"would be", Link | Hypothetical, 0},
	{"should be", Link | Guide, 0}, {"is expected to be", Link | Guide, 0}, {"are expected to be", Link | Guide, 0},
	{"comes in at", Link, 0}, {"come in at", Link | Guide, 0}, {"ended", Link | Actual, 0}, {"finished", Link | Actual, 0},
	{"hit", Link | Actual, 0}, {"represented", Link | Actual, 0}, {"represents", Link, 0}, {"now stands at", Link, 0},
	{"stands at", Link, 0}, {"sits at", Link, 0}, {"stood", Link | Actual, 0}, {"now", Link, 0},
	{"remains", Link, 0}, {"remained", Link | Actual, 0}, {"remain", Link, 0}, {"remains at", Link, 0}, {"remained at", Link | Actual, 0},
	{"in the amount of", Link, 0}, {"in the form of", Link, 0}, {"to the tune of", Link, 0}, {"worth", Link, 0}, {"or", Link, 0}, {"a record", Link, 0},
	{"an all time high", Link, 0}, {"all time high", Link, 0}, {"a new record", Link, 0}, {"record", Link, 0},
	// verbs of results
	{"reported", Result | Actual, 0}, {"we reported", Result | Actual, 0}, {"generated", Result | Actual, 0},
	{"delivered", Result | Actual, 0}, {"produced", Result | Actual, 0}, {"posted", Result | Actual, 0},
	{"recorded", Result | Actual, 0}, {"earned", Result | Actual, 0}, {"achieved", Result | Actual, 0},
	{"had", Result | Actual, 0}, {"saw", Result | Actual, 0}, {"realized", Result | Actual, 0},
	{"ended the quarter with", Result | Actual, 0}, {"ended the year with", Result | Actual, 0},
	{"finished the quarter with", Result | Actual, 0}, {"closed the quarter with", Result | Actual, 0},
	{"exited the quarter with", Result | Actual, 0}, {"ended the period with", Result | Actual, 0},
	{"returned", Result | Actual, 0}, {"repurchased", Result | Actual | Buyback, 0}, {"bought back", Result | Actual | Buyback, 0},
	{"buy back", Buyback, 0}, {"repurchase", Buyback, 0}, {"to repurchase", Buyback | Guide, 0}, {"buying back", Buyback, 0}, {"repurchasing", Result | Actual | Buyback, 0},
	{"brings", Link, 0}, {"bringing", Link, 0}, {"brought", Link | Actual, 0}, {"takes", Link, 0}, {"taking", Link, 0},
	{"paid", Result | Actual, 0}, {"spent", Result | Actual, 0}, {"invested", Result | Actual, 0},
	{"booked", Result | Actual, 0}, {"grossed", Result | Actual, 0}, {"brought in", Result | Actual, 0},
	// outlook
	{"expect", Guide, 0}, {"expects", Guide, 0}, {"expected to", Guide, 0}, {"expecting", Guide, 0},
	{"is expected", Guide, 0}, {"are expected", Guide, 0}, {"we expected", Guide, 0},
	{"anticipate", Guide, 0}, {"anticipates", Guide, 0}, {"anticipated to", Guide, 0}, {"anticipating", Guide, 0},
	{"than expected", Actual, 0}, {"than anticipated", Actual, 0}, {"than we expected", Actual, 0},
	// a result measured against an expectation: "the tax rate was in our
	// expected range at 23%"
	{"in our expected range", Actual, 0}, {"within our expected range", Actual, 0}, {"in the expected range", Actual, 0},
	{"within the expected range", Actual, 0}, {"in line with our expectations", Actual, 0}, {"in line with expectations", Actual, 0},
	{"expectations", Guide, 0}, {"expectation", Guide, 0}, {"an expected", Guide, 0}, {"our expected", Guide, 0},
	{"the expected", Guide, 0}, {"expected full year", Guide, 0}, {"expected", 0, 0}, {"expectations for", Guide, 0}, {"expectation for", Guide, 0},
	{"exceeded our expectations", Actual, 0}, {"above our expectations", Actual, 0}, {"ahead of our expectations", Actual, 0},
	{"beat our expectations", Actual, 0}, {"than our expectations", Actual, 0}, {"exceeded expectations", Actual, 0},
	{"exceeded our guidance at", Link | Actual, 0}, {"exceeded our guidance range at", Link | Actual, 0},
	{"exceeded the high end of our guidance at", Link | Actual, 0}, {"exceeded the high end of our guidance range at", Link | Actual, 0},
	{"above our guidance at", Link | Actual, 0}, {"above our guidance range at", Link | Actual, 0}, {"ahead of our guidance at", Link | Actual, 0},
	{"in line with our expectations", Actual, 0}, {"consistent with our expectations", Actual, 0},
	{"expectation of", Guide, 0}, {"expectations of", Guide, 0}, {"guidance", Guide, 0}, {"guide", Guide, 0},
	{"guiding", Guide, 0}, {"guided", Guide, 0}, {"outlook", Guide, 0}, {"forecast", Guide, 0}, {"forecasts", Guide, 0},
	{"forecasting", Guide, 0}, {"project", Guide, 0}, {"projected", Guide, 0}, {"projecting", Guide, 0},
	{"projection", Guide, 0}, {"projections", Guide, 0}, {"we see", Guide, 0}, {"sees", Guide, 0},
	{"we now see", Guide, 0}, {"plan", Guide, 0}, {"plans", Guide, 0}, {"planning", Guide, 0}, {"planned", Guide, 0},
	{"assumes", Guide, 0}, {"assuming", Guide | Hypothetical, 0}, {"assume", Guide, 0}, {"assumption", Guide, 0}, {"assumptions", Guide, 0},
	{"reaffirm", Guide, 0}, {"reaffirming", Guide, 0}, {"reaffirmed", Guide, 0}, {"reiterate", Guide, 0},
	{"reiterating", Guide, 0}, {"reiterated", Guide, 0}, {"raising", Guide | Change, 1}, {"narrowing", Guide, 0},
	{"lowering", Guide | Change, -1},
	{"looking for", Guide, 0}, {"budgeted", Guide, 0}, {"budget", Guide, 0}, {"estimate", Guide, 0},
	{"estimated", Guide, 0}, {"estimates", Guide, 0}, {"will", Guide, 0}, {"should", Guide, 0},
	{"we'll", Guide, 0}, {"going to", Guide, 0}, {"implies", Guide, 0}, {"implying", Guide, 0}, {"implied", Guide, 0},
	{"initiating", Guide, 0}, {"introducing", Guide, 0}, {"affirming", Guide, 0}, {"affirm", Guide, 0},
	{"maintaining", Guide, 0}, {"updating", Guide, 0}, {"updated", Guide, 0}, {"anticipation", Guide, 0},
	{"likely", Guide, 0}, {"intend", Guide, 0}, {"intends", Guide, 0}, {"on track", Guide, 0}, {"on pace", Guide, 0},
	{"target", Target | Guide, 0}, {"targets", Target | Guide, 0}, {"targeting", Target | Guide, 0},
	{"ahead of plan", 0, 0}, {"ahead of our plan", 0, 0}, {"according to plan", 0, 0}, {"as planned", 0, 0},
	// a speaker guiding the listener through the slides: no condition
	{"if you look at", 0, 0}, {"if you looked at", 0, 0}, {"if you look back", 0, 0}, {"if you go back", 0, 0},
	{"if you go to", 0, 0}, {"if you turn to", 0, 0}, {"if you move to", 0, 0}, {"if you flip to", 0, 0},
	{"if you refer to", 0, 0}, {"if you take a look at", 0, 0}, {"if you look over", 0, 0}, {"if you look on", 0, 0},
	{"than planned", 0, 0}, {"behind plan", 0, 0}, {"over the course of", 0, 0}, {"during the course of", 0, 0},
	{"progress toward", Target | Guide, 0}, {"progress towards", Target | Guide, 0}, {"on our way to", Target | Guide, 0},
	{"targeted", Target | Guide, 0}, {"goal", Target | Guide, 0}, {"goals", Target | Guide, 0},
	{"aspire", Target | Guide, 0}, {"aspiration", Target | Guide, 0}, {"aspirational", Target | Guide, 0},
	{"ambition", Target | Guide, 0}, {"objective", Target | Guide, 0}, {"aim", Target | Guide, 0},
	{"aiming", Target | Guide, 0}, {"long term algorithm", Target | Guide, 0}, {"algorithm", Target | Guide, 0},
	{"framework", Target | Guide, 0}, {"commitment", Target | Guide, 0}, {"committed", Target | Guide, 0},
	{"path to", Target | Guide, 0}, {"on our way to", Target | Guide, 0}, {"model", Target | Guide, 0},
	// what is not a result
	{"would", Hypothetical, 0}, {"could", Hypothetical, 0}, {"could range", Guide | Range, 0}, {"could be", Guide | Link, 0},
	{"would expect", Guide, 0}, {"would range", Guide | Range | Link, 0}, {"would be in the range of", Guide | Range | Link, 0},
	{"approximate", Link, 0}, {"to approximate", Link | Guide, 0}, {"will approximate", Link | Guide, 0}, {"would anticipate", Guide, 0}, {"would estimate", Guide, 0}, {"might range", Guide | Range, 0}, {"if", Hypothetical, 0}, {"might", Hypothetical, 0},
	{"illustrative", Hypothetical, 0}, {"illustration", Hypothetical, 0}, {"hypothetical", Hypothetical, 0},
	{"hypothetically", Hypothetical, 0}, {"for example", Hypothetical, 0}, {"for instance", Hypothetical, 0},
	{"let's say", Hypothetical, 0}, {"say,", Hypothetical, 0}, {"scenario", Hypothetical, 0}, {"scenarios", Hypothetical, 0},
	{"sensitivity", Hypothetical, 0}, {"every", Hypothetical, 0}, {"each", Hypothetical, 0}, {"otherwise", Hypothetical, 0},
	{"consensus", Hypothetical, 0}, {"street", Hypothetical, 0}, {"analysts", Hypothetical, 0},
	// effects on a measure, not its level
	{"for the enterprise", Total, 0}, {"for the total company", Total, 0},
	{"investment in", Impact, 0}, {"investments in", Impact, 0}, {"source of cash", Impact, 0}, {"use of cash", Impact, 0}, {"a source of cash", Impact, 0}, {"a use of cash", Impact, 0},
	{"change in", Impact, 0}, {"the change in", Impact, 0}, {"deferred", Impact, 0}, {"build", Impact, 0}, {"builds", Impact, 0},
	{"removed", Impact, 0}, {"remove", Impact, 0}, {"removing", Impact, 0}, {"accretion", Impact, 0}, {"accretive", Impact, 0},
	{"repatriate", Impact, 0}, {"repatriated", Impact, 0}, {"repatriation", Impact, 0}, {"drove", Impact, 0}, {"shifting", Impact, 0}, {"shifted", Impact, 0}, {"shift", Impact, 0},
	{"adjusting items", Impact, 0}, {"adjusting items to", Impact, 0}, {"adjustments to", Impact, 0},
	{"impact", Impact, 0}, {"impacts", Impact, 0}, {"impacted", Impact, 0}, {"benefit", Impact, 0},
	{"add back", Impact, 0}, {"added back", Impact, 0}, {"adding back", Impact, 0}, {"adds back", Impact, 0},
	{"benefits", Impact, 0}, {"benefited", Impact, 0}, {"headwind", Impact, 0}, {"headwinds", Impact, 0},
	{"tailwind", Impact, 0}, {"tailwinds", Impact, 0}, {"contribution", Impact, 0}, {"contributions", Impact, 0},
	{"contribute", Impact, 0}, {"contributes", Impact, 0}, {"contributed", Impact, 0}, {"contributing", Impact, 0}, {"drag", Impact, 0}, {"dilution", Impact, 0},
	{"dilutive", Impact, 0}, {"accretion", Impact, 0}, {"accretive", Impact, 0}, {"effect", Impact, 0},
	{"effects", Impact, 0}, {"hurt", Impact, 0}, {"helped", Impact, 0}, {"pressure", Impact, 0},
	{"offset", Impact, 0}, {"partially offset by", Impact, 0}, {"offset by", Impact, 0}, {"offsetting", Impact, 0}, {"favorable", Impact, 0}, {"unfavorable", Impact, 0},
	{"favorably", Impact, 0}, {"unfavorably", Impact, 0}, {"reduce", Impact, 0}, {"adding", Impact, 0},
	{"add", Impact, 0}, {"added", Impact, 0}, {"adds", Impact, 0}, {"worth of", Link, 0}, {"charge", Impact, 0},
	{"charges", Impact, 0}, {"gains", Impact, 0}, {"loss on", Impact, 0}, {"gain on", Impact, 0},
	{"items", Impact, 0}, {"item", Impact, 0}, {"one time", Impact, 0}, {"onetime", Impact, 0},
	{"penny", Impact, 0}, {"pennies", Impact, 0}, {"cents", Impact, 0}, {"cent", Impact, 0},
	{"step up", Impact, 0}, {"incremental", Impact, 0}, {"additional", Impact, 0}, {"investment", Impact, 0},
	{"investments", Impact, 0}, {"raise", Impact, 0}, {"beat", Impact, 0}, {"shortfall", Impact, 0},
	{"variance", Impact, 0}, {"swing", Impact, 0}, {"delta", Impact, 0}, {"difference", Impact, 0},
	{"gap", Impact, 0}, {"upside", Impact, 0}, {"downside", Impact, 0}, {"exposure", Impact, 0},
	// parts and causes
	{"including", Component, 0}, {"included", Component, 0}, {"includes", Component, 0}, {"include", Component, 0},
	{"of which", Component, 0}, {"driven by", Component, 0}, {"due to", Component, 0}, {"related to", Component, 0},
	{"attributable to", Component, 0}, {"attributed to", Component, 0}, {"primarily", Component, 0}, {"mainly", Component, 0}, {"largely", Component, 0},
	{"reflecting", Component, 0}, {"reflects", Component, 0}, {"reflected", Component, 0}, {"because of", Component, 0},
	{"as a result of", Component, 0}, {"thanks to", Component, 0}, {"led by", Component, 0}, {"comprised of", Component, 0},
	{"consisting of", Component, 0}, {"made up of", Component, 0}, {"associated with", Component, 0},
	{"increased on", Component, 0}, {"decreased on", Component, 0}, {"declined on", Component, 0},
	{"coming from", Component, 0}, {"came from", Component, 0}, {"comes from", Component, 0},
	{"excluding", Component | Basis, 0}, {"ex", Component | Basis, 0}, {"except", Component, 0},
	{"excludes", Component | Basis, 0}, {"when you exclude", Component | Basis, 0}, {"if you exclude", Component | Basis, 0},
	{"when we exclude", Component | Basis, 0}, {"if we exclude", Component | Basis, 0},
	{"exclusive of", Component | Basis, 0}, {"net of", Component, 0}, {"before", Component, 0}, {"after", Component, 0},
	{"among", Component, 0}, {"within the range of", Range | Link, 0}, {"portion", Component, 0}, {"piece", Component, 0},
	{"part of", Component, 0}, {"roughly half", Component, 0}, {"half of", Component, 0}, {"most of", Component, 0},
	// differences
	{"more than", Difference | Approx, 0}, {"less than", Difference | Approx, 0}, {"higher than", Difference, 1},
	{"lower than", Difference, -1}, {"above", Difference, 0}, {"below", Difference, 0}, {"ahead of", Difference, 0},
	{"better than", Difference, 0}, {"worse than", Difference, 0}, {"short of", Difference, 0},
	{"in excess of", Difference | Approx, 0}, {"greater than", Difference | Approx, 0}, {"north of", Difference | Approx, 0},
	{"south of", Difference | Approx, 0}, {"exceeded", Milestone, 0}, {"exceeding", Milestone, 0},
	{"exceed", Milestone, 0}, {"for the first time", Milestone, 0}, {"the first time", Milestone, 0}, {"eclipsed", Milestone, 0}, {"surpassed", Milestone, 0}, {"crossed", Milestone, 0}, {"milestone", Milestone, 0},
	{"passed", Milestone, 0}, {"topped", Milestone, 0}, {"first ever", Milestone, 0}, {"surpassing", Milestone, 0},
	{"threshold", Milestone, 0}, {"floor", Milestone, 0}, {"at least", Milestone | Approx, 0},
	{"or more", Milestone, 0}, {"or better", Milestone, 0}, {"or higher", Milestone, 0}, {"plus", Milestone, 0},
	{"or greater", Milestone, 0}, {"or above", Milestone, 0},
	// the whole company
	{"total", Total, 0}, {"consolidated", Total, 0}, {"overall", Total, 0}, {"company wide", Total, 0},
	{"total company", Total, 0}, {"enterprise", Total, 0}, {"enterprise wide", Total, 0},
	{"for the company", Total, 0}, {"for the total company", Total, 0}, {"on a consolidated basis", Total, 0},
	{"companywide", Total, 0}, {"in total", Total, 0}, {"all in", Total, 0},
	// segments
	{"segment", SegmentHead, 0}, {"segments", SegmentHead, 0}, {"division", SegmentHead, 0},
	{"divisions", SegmentHead, 0}, {"business", SegmentHead, 0}, {"businesses", SegmentHead, 0},
	{"unit", SegmentHead, 0}, {"units", SegmentHead, 0}, {"region", SegmentHead, 0}, {"regions", SegmentHead, 0},
	{"franchise", SegmentHead, 0}, {"platform", SegmentHead, 0}, {"portfolio", SegmentHead, 0},
	{"channel", SegmentHead, 0}, {"brand", SegmentHead, 0}, {"brands", SegmentHead, 0},
	{"category", SegmentHead, 0}, {"categories", SegmentHead, 0}, {"department", SegmentHead, 0},
	{"departments", SegmentHead, 0}, {"subsidiary", SegmentHead, 0}, {"subsidiaries", SegmentHead, 0},
	{"geographies", SegmentHead, 0}, {"industry", SegmentHead, 0},
	{"sector", SegmentHead, 0}, {"vertical", SegmentHead, 0}, {"verticals", SegmentHead, 0},
	{"facilities", SegmentHead, 0}, {"centers", SegmentHead, 0}, {"centres", SegmentHead, 0},
	{"sites", SegmentHead, 0}, {"plants", SegmentHead, 0}, {"clinics", SegmentHead, 0}, {"hospitals", SegmentHead, 0},
	{"offices", SegmentHead, 0}, {"branches", SegmentHead, 0}, {"properties", SegmentHead, 0},
	{"the business", PartNoun | Ambiguous, 0}, {"this business", PartNoun, 0}, {"that business", PartNoun, 0},
	{"our business", PartNoun | Ambiguous, 0},
	{"the segment", PartNoun, 0}, {"this segment", PartNoun, 0}, {"the division", PartNoun, 0},
	{"this division", PartNoun, 0}, {"the unit", PartNoun, 0}, {"the group", PartNoun, 0}, {"the region", PartNoun, 0},
	{"these businesses", PartNoun, 0}, {"the businesses", PartNoun, 0}, {"each segment", PartNoun, 0},
	{"this region", PartNoun, 0}, {"the channel", PartNoun, 0}, {"this channel", PartNoun, 0},
	{"both segments", PartNoun, 0}, {"all segments", PartNoun, 0}, {"the franchise", PartNoun, 0},
	// topics
	{"turning to", Transition, 0}, {"turn to", Transition, 0}, {"moving to", Transition, 0},
	{"let's review", Transition, 0}, {"let's quickly review", Transition, 0}, {"let me review", Transition, 0},
	{"let me quickly review", Transition, 0}, {"let's look at", Transition, 0}, {"let's take a look at", Transition, 0},
	{"moving on to", Transition, 0}, {"move to", Transition, 0}, {"now to", Transition, 0},
	{"looking at", Transition, 0}, {"shifting to", Transition, 0}, {"switching to", Transition, 0},
	{"with respect to", Transition, 0}, {"as for", Transition, 0}, {"regarding", Transition, 0},
	{"in terms of", Transition, 0}, {"let's turn to", Transition, 0}, {"let me turn to", Transition, 0},
	{"let's move to", Transition, 0}, {"on to", Transition, 0}, {"next is", Transition, 0},
	{"turning now to", Transition, 0}, {"now turning to", Transition, 0}, {"onto", Transition, 0},
	{"let me now turn to", Transition, 0}, {"start with", Transition, 0}, {"starting with", Transition, 0},
	{"begin with", Transition, 0}, {"beginning with", Transition, 0}, {"switching to", Transition, 0},
	{"turning next to", Transition, 0}, {"moving down", Transition, 0}, {"moving down to", Transition, 0}, {"moving on", Transition, 0}, {"next up is", Transition, 0}, {"i'll now turn to", Transition, 0}, {"moving now to", Transition, 0}, {"some color on", Transition, 0}, {"more color on", Transition, 0}, {"a little color on", Transition, 0}, {"some commentary on", Transition, 0},
	{"continuing to", Transition, 0}, {"continuing on to", Transition, 0}, {"continuing on", Transition, 0}, {"shifting now to", Transition, 0}, {"switching now to", Transition, 0},
	{"looking now at", Transition, 0}, {"let's now turn to", Transition, 0}, {"let's now move to", Transition, 0}, {"let me now move to", Transition, 0}, {"moving next to", Transition, 0}, {"going to", Transition | Guide, 0},
	// the rest
	{"we", Pronoun, 0}, {"i", Pronoun, 0}, {"you", Pronoun, 0}, {"they", Pronoun, 0}, {"it", Pronoun, 0},
	{"he", Pronoun, 0}, {"she", Pronoun, 0}, {"we've", Pronoun, 0}, {"we're", Pronoun, 0},
	{"and", Conj, 0}, {"but", Conj, 0}, {"while", Conj, 0}, {"whereas", Conj, 0}, {"although", Conj, 0},
	{"though", Conj, 0}, {"as well as", Conj, 0}, {"with", Conj, 0}, {"along with", Conj, 0},
	{"which", Relative, 0}, {"that", Relative | Demonstrative, 0}, {"who", Relative, 0}, {"where", Relative, 0},
	{"respectively", Respectively, 0},
	{"statistic", Generic, 0}, {"metric", Generic, 0}, {"measure", Generic, 0}, {"collection statistic", Generic, 0},
	{"two year stack", Variant, 0}, {"on a two year stack basis", Variant, 0}, {"on a two year basis", Variant, 0},
	{"two year stacked", Variant, 0}, {"on a two year stack", Variant, 0}, {"on a 2 year stack", Variant, 0},
	{"on a three year stack", Variant, 0}, {"annually", Variant, 0}, {"per year", Variant, 0}, {"on a two year stacked basis", Variant, 0}, {"stacked", Variant, 0}, {"stack", Variant, 0}, {"two year", Variant, 0},
	{"three year", Variant, 0}, {"cumulative", Variant, 0}, {"run rate", Variant, 0}, {"annualized", Variant, 0}, {"annual run rate", Variant, 0}, {"annual rate", Variant, 0}, {"annualized rate", Variant, 0},
	{"on an annualized basis", Variant, 0}, {"trailing twelve month", Variant, 0}, {"trailing 12 month", Variant, 0},
	{"ttm", Variant, 0}, {"ltm", Variant, 0}, {"last twelve months", Variant, 0}, {"last 12 months", Variant, 0},
	{"rolling 12 months", Variant, 0}, {"trailing", Variant, 0}, {"rolling twelve months", Variant, 0}, {"rolling 12 month", Variant, 0}, {"cagr", Variant, 0}, {"compound annual growth rate", Variant, 0},
	{"compounded annual growth rate", Variant, 0}, {"per unit", Variant, 0}, {"per employee", Variant, 0},
	{"averaged", Variant, 0}, {"on average", Variant, 0}, {"per quarter", Variant, 0}, {"a quarter", Variant, 0},
	{"each quarter", Variant, 0}, {"every quarter", Variant, 0}, {"year stack", Variant, 0}, {"year stacked", Variant, 0},
	{"trailing 12 months", Variant, 0}, {"trailing twelve months", Variant, 0}, {"the trailing 12 months", Variant, 0},
	{"per customer", Variant, 0}, {"per store", Variant, 0}, {"per square foot", Variant, 0}, {"per day", Variant, 0},
	// a price or a margin per unit of what is sold: "$2.45 per gallon"
	{"per gallon", Variant, 0}, {"per barrel", Variant, 0}, {"per ton", Variant, 0}, {"per tonne", Variant, 0}, {"per metric ton", Variant, 0}, {"per pound", Variant, 0}, {"per ounce", Variant, 0}, {"per kilogram", Variant, 0}, {"per mile", Variant, 0}, {"per seat", Variant, 0}, {"per room", Variant, 0}, {"per night", Variant, 0}, {"per member", Variant, 0}, {"per subscriber", Variant, 0}, {"per user", Variant, 0}, {"per vehicle", Variant, 0}, {"per car", Variant, 0}, {"per load", Variant, 0}, {"per shipment", Variant, 0}, {"per package", Variant, 0}, {"per piece", Variant, 0}, {"per mcf", Variant, 0}, {"per boe", Variant, 0}, {"per megawatt hour", Variant, 0}, {"per hour", Variant, 0}, {"per visit", Variant, 0}, {"per patient", Variant, 0}, {"per case", Variant, 0}, {"per order", Variant, 0}, {"per transaction", Variant, 0}, {"per flight", Variant, 0}, {"per passenger", Variant, 0}, {"per head", Variant, 0}, {"per household", Variant, 0}, {"per account", Variant, 0}, {"per location", Variant, 0},
	{"per share", PerShare, 0}, {"a share", PerShare, 0}, {"per diluted share", PerShare, 0},
	{"per common share", PerShare, 0}, {"per basic share", PerShare, 0}, {"per unit", PerShare, 0},
	{"shares", Counted, 0}, {"share", Counted, 0}, {"stores", Counted, 0}, {"employees", Counted, 0},
	{"customers", Counted, 0}, {"members", Counted, 0}, {"accounts", Counted, 0}, {"units", Counted, 0},
	{"locations", Counted, 0}, {"restaurants", Counted, 0}, {"people", Counted, 0}, {"associates", Counted, 0},
	{"users", Counted, 0}, {"subscribers", Counted, 0}, {"homes", Counted, 0}, {"square feet", Counted, 0},
	{"barrels", Counted, 0}, {"patients", Counted, 0}, {"visits", Counted, 0}, {"contracts", Counted, 0},
	{"authorization", Program, 0}, {"authorized", Program, 0}, {"authority", Program, 0}, {"program", Program, 0}, {"capacity", Program, 0},
	{"facility", Program, 0}, {"credit facility", Program, 0}, {"revolver", Program, 0}, {"facilities", Program, 0}, {"credit facilities", Program, 0},
	{"notes", Program, 0}, {"senior notes", Program, 0}, {"bond", Program, 0},
	{"bonds", Program, 0}, {"offering", Program, 0}, {"issuance", Program, 0}, {"issued", Program, 0}, {"issue", Program, 0}, {"to issue", Program, 0},
	{"tender", Program, 0}, {"acquisition", Program, 0}, {"acquired", Program, 0}, {"purchase price", Program, 0},
	{"deal", Program, 0}, {"transaction", Program, 0}, {"consideration", Program, 0}, {"proceeds", Program, 0},
	{"valuation", Program, 0}, {"market", Program, 0}, {"opportunity", Program, 0}, {"tam", Program, 0},
	{"pipeline", Program, 0}, {"contract", Program, 0}, {"award", Program, 0}, {"settlement", Program, 0},
	{"between", Range | Link, 0}, {"range", Range | Link, 0}, {"ranging", Range | Link, 0}, {"the range of", Range | Link, 0},
	{"a range of", Range | Link, 0}, {"in the range of", Range | Link, 0}, {"range of", Range | Link, 0}, {"range from", Range | Link | From, 0},
	{"range between", Range | Link, 0}, {"ranging from", Range | Link | From, 0}, {"within a range of", Range | Link, 0},
	{"in a range of", Range | Link, 0}, {"a new range of", Range | Link, 0}, {"new range of", Range | Link, 0},
	{"to range of", Range | Link, 0}, {"a revised range of", Range | Link, 0}, {"the range from", Range | Link | From, 0}, {"in the range from", Range | Link | From, 0},
	{"approximately", Approx, 0}, {"about", Approx, 0}, {"roughly", Approx, 0}, {"nearly", Approx, 0},
	{"around", Approx, 0}, {"almost", Approx, 0}, {"just over", Approx, 0}, {"just under", Approx, 0}, {"somewhere around", Approx, 0},
	{"slightly above", Difference | Approx, 0}, {"slightly below", Difference | Approx, 0}, {"just above", Difference | Approx, 0}, {"just below", Difference | Approx, 0},
	{"a bit above", Difference | Approx, 0}, {"just a bit above", Difference | Approx, 0}, {"a bit below", Difference | Approx, 0},
	{"close to", Approx, 0}, {"some", Approx, 0}, {"over", Approx | Compare, 0}, {"under", Approx, 0},
	{"upwards of", Approx, 0}, {"a little over", Approx, 0}, {"a little more than", Approx, 0},
	{"slightly", Approx, 0}, {"just", Approx, 0}, {"an estimated", Approx, 0}, {"mid", Approx, 0},
	{"of total", Share, 0}, {"of sales", Share, 0}, {"of revenue", Share, 0}, {"of revenues", Share, 0},
	{"of net sales", Share, 0}, {"of total revenue", Share, 0}, {"of total sales", Share, 0},
	{"of our revenue", Share, 0}, {"of our sales", Share, 0}, {"of our total", Share, 0}, {"of the total", Share, 0},
	{"percent of", Share, 0}, {"share of", Share, 0}, {"mix", Share, 0}, {"penetration", Share, 0},
	{"of our business", Share, 0}, {"of the business", Share, 0}, {"of total company", Share, 0},
	{"as a percentage of", Share, 0}, {"as a percent of", Share, 0}, {"as a % of", Share, 0},
	{"negative", Negative, 0}, {"minus", Negative, 0}, {"a use of", Negative, 0}, {"a net use of", Negative, 0}, {"cash outflow", Negative, 0}, {"outflow", Negative, 0},
	{"could you", Question, 0}, {"can you", Question, 0}, {"what is", Question, 0}, {"how much", Question, 0},
	{"is it", Question, 0}, {"do you", Question, 0}, {"did you", Question, 0}, {"are you", Question, 0},
	{"this", Demonstrative, 0}, {"these", Demonstrative, 0}, {"those", Demonstrative, 0},
}

// A qualifier is a phrase that says the basis of a figure, or the class of
// share it is per.
type qualifier struct {
	phrase  string
	basis   string
	variant string
}

const (
	gaap    = "gaap"
	nonGAAP = "non_gaap"
)

// qualifiers are the phrases of bases and share classes.
var qualifiers = []qualifier{
	{"adjusted", nonGAAP, ""}, {"non gaap", nonGAAP, ""}, {"nongaap", nonGAAP, ""},
	{"core", nonGAAP, ""}, {"pro forma", nonGAAP, ""}, {"proforma", nonGAAP, ""},
	{"comparable portfolio", nonGAAP, ""}, {"comparable hotel", nonGAAP, ""}, {"comparable hotels", nonGAAP, ""},
	{"excluding items", nonGAAP, ""}, {"excluding special items", nonGAAP, ""},
	{"excluding one time items", nonGAAP, ""}, {"ex items", nonGAAP, ""}, {"underlying", nonGAAP, ""},
	{"excluding charges", nonGAAP, ""}, {"excluding charges and credits", nonGAAP, ""}, {"excluding one time charges", nonGAAP, ""},
	{"excluding onetime charges", nonGAAP, ""}, {"excluding onetime items", nonGAAP, ""}, {"excluding specified items", nonGAAP, ""},
	{"excluding non operational items", nonGAAP, ""}, {"excluding certain items", nonGAAP, ""}, {"excluding unusual items", nonGAAP, ""},
	{"adjusted for special items", nonGAAP, ""}, {"adjusted for unusual items", nonGAAP, ""}, {"adjusted for items", nonGAAP, ""},
	{"adjusted for certain items", nonGAAP, ""}, {"before one time charges", nonGAAP, ""}, {"before onetime charges", nonGAAP, ""},
	{"before certain items", nonGAAP, ""}, {"before one time items", nonGAAP, ""}, {"before unusual items", nonGAAP, ""},
	{"normalized", nonGAAP, ""}, {"organic", nonGAAP, ""}, {"organically", nonGAAP, ""},
	{"after adjusting for", nonGAAP, ""}, {"adjusting for", nonGAAP, ""}, {"before special items", nonGAAP, ""},
	{"on an adjusted basis", nonGAAP, ""}, {"on a non gaap basis", nonGAAP, ""},
	{"on a comparable basis", nonGAAP, ""}, {"on a pro forma basis", nonGAAP, ""},
	{"on a core basis", nonGAAP, ""}, {"on an operating basis", nonGAAP, ""}, {"on an underlying basis", nonGAAP, ""},
	{"on a normalized basis", nonGAAP, ""}, {"on a non gaap adjusted basis", nonGAAP, ""},
	{"in constant currency", nonGAAP, ""}, {"constant currency", nonGAAP, ""}, {"on a constant currency basis", nonGAAP, ""},
	{"fx neutral", nonGAAP, ""}, {"on an fx neutral basis", nonGAAP, ""}, {"fx adjusted", nonGAAP, ""},
	{"on an fx adjusted basis", nonGAAP, ""}, {"currency neutral", nonGAAP, ""}, {"in local currency", nonGAAP, ""},
	{"constant dollar", nonGAAP, ""}, {"excluding currency", nonGAAP, ""}, {"excluding fx", nonGAAP, ""},
	{"excluding foreign exchange", nonGAAP, ""}, {"excluding fuel", nonGAAP, ""}, {"ex fuel", nonGAAP, ""},
	{"without fuel", nonGAAP, ""}, {"fully taxable equivalent", nonGAAP, ""}, {"taxable equivalent", nonGAAP, ""},
	{"tax equivalent", nonGAAP, ""}, {"fte", nonGAAP, ""}, {"on an fte basis", nonGAAP, ""},
	{"on a fully taxable equivalent basis", nonGAAP, ""}, {"base business", nonGAAP, ""},
	{"on a base business basis", nonGAAP, ""}, {"excluding divestitures", nonGAAP, ""},
	{"excluding acquisitions", nonGAAP, ""}, {"excluding the impact of", nonGAAP, ""},
	{"excluding discrete items", nonGAAP, ""}, {"excluding all discrete items", nonGAAP, ""}, {"excluding any discrete items", nonGAAP, ""},
	{"excluding discrete tax items", nonGAAP, ""}, {"before discrete items", nonGAAP, ""},
	{"from continuing operations", "", ""}, {"continuing operations", "", ""}, {"nareit", "", ""}, {"nareit defined", "", ""},
	{"excluding amortization", nonGAAP, ""}, {"excluding the amortization", nonGAAP, ""}, {"ex amortization", nonGAAP, ""},
	{"on a diluted basis", "", "diluted"}, {"on an adjusted non gaap basis", nonGAAP, ""}, {"on adjusted non gaap basis", nonGAAP, ""},
	{"adjusted non gaap", nonGAAP, ""}, {"on an as adjusted basis", nonGAAP, ""}, {"as adjusted", nonGAAP, ""},
	{"prior to the mark to market", nonGAAP, ""}, {"before the mark to market", nonGAAP, ""},
	{"excluding the mark to market", nonGAAP, ""}, {"excluding mark to market", nonGAAP, ""},
	{"net of this adjusting item", nonGAAP, ""}, {"net of these adjusting items", nonGAAP, ""},
	{"before restructuring and other charges", nonGAAP, ""}, {"before restructuring", nonGAAP, ""},
	{"before charges", nonGAAP, ""}, {"before one time items", nonGAAP, ""}, {"before special charges", nonGAAP, ""},
	{"transaction adjusted", nonGAAP, ""}, {"cash adjusted", nonGAAP, ""},
	// an outlook or a result on the assumption of no charges: "Assuming no
	// inventory related charges, we are forecasting a gross margin of"
	{"assuming no inventory related charges", nonGAAP, ""}, {"assuming no charges", nonGAAP, ""},
	{"assuming no special items", nonGAAP, ""}, {"assuming no unusual items", nonGAAP, ""},
	// "Operating expenses for the third quarter, which exclude the
	// amortization of intangible assets, were $823 million"
	{"which exclude the amortization", nonGAAP, ""}, {"which excludes the amortization", nonGAAP, ""},
	{"which exclude amortization", nonGAAP, ""}, {"which excludes amortization", nonGAAP, ""},
	{"fifo", nonGAAP, ""}, {"lifo", "", ""}, {"excluding lifo", nonGAAP, ""},
	{"gaap", gaap, ""}, {"as reported", gaap, ""}, {"on a gaap basis", gaap, ""}, {"reported", gaap, ""},
	{"on a reported basis", gaap, ""}, {"us gaap", gaap, ""}, {"u.s gaap", gaap, ""}, {"u.s. gaap", gaap, ""}, {"gaap non fte", gaap, ""},
	{"diluted", "", "diluted"}, {"fully diluted", "", "diluted"}, {"basic", "", "basic"},
	{"basic and diluted", "", "basic_and_diluted"}, {"per share basic and diluted", "", "basic_and_diluted"},
	{"basic and diluted share", "", "basic_and_diluted"},
}

// notMeasures are phrases that contain a measure's words but name
// something else; they hide the measure inside them.
var notMeasures = []string{
	"cash costs", "cash cost", "cash charges", "cash charge", "cash expenses", "cash restructuring",
	"funded loans", "new loans", "loan originations", "loan production", "originated loans", "debt maturities", "debt maturing",
	"sales volume", "sales volumes", "sales force", "sales team", "sales teams", "sales people",
	"salespeople", "sales rep", "sales reps", "sales cycle", "sales cycles", "sales pipeline",
	"sales and marketing", "sales channel", "sales channels", "sales process", "sales organization",
	"earnings call", "earnings release", "earnings press release", "earnings calls",
	"earnings conference call", "earnings power", "earnings report", "earnings season",
	"cash generation", "cash return", "cash returns", "debt to ebitda",
	"debt to capital", "net debt to ebitda", "debt ratio", "revenue per", "sales per",
	"orders of magnitude", "in order", "order to", "dividend yield", "dividend payout", "payout ratio",
	"inventory turns", "days of inventory", "receivables turnover", "cash taxes", "cash interest",
	"cash conversion", "cash conversion cycle", "tax benefit", "tax benefits", "cash tax",
	"revenue synergies", "cost synergies", "price increases", "price increase", "earnings estimates",
	"sales growth rate", "earnings growth rate", "interest rate", "interest rates", "fed funds",
	"cash flow hedge", "revenue recognition", "backlog conversion", "debt maturities", "debt maturity",
	"debt markets", "equity markets", "equity investments", "equity method", "private equity",
	"cash rent", "cash portion", "cash component", "cash consideration", "margin of safety",
	"debt retirement", "debt extinguishment", "loss on debt", "debt refinancing", "debt issuance costs",
	"debt reduction", "debt paydown", "debt pay down", "net operating losses", "net operating loss",
	"operating loss carryforwards", "operating losses carryforward", "carryover net operating losses",
}

// Per-share phrases: words that may stand between "per" and "share" after
// a measure's name, and the share class they say.
var perShareWords = map[string]string{"diluted": "diluted", "common": "", "basic": "basic", "fully": "diluted", "adjusted": "", "weighted": ""}
