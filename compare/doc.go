// Package compare lines up the facts of a company's successive earnings
// calls by fiscal period, the third step of qoq's pipeline (transcript →
// facts → comparison → report).
//
// Compare takes the documents extraction produced (package extract), one a
// call, and returns a Comparison: the qoq.compare/v1 document, whose types
// are package comparison's. The comparison holds all a report needs: each
// source quotes its sentence with the sentences around it, and each value
// of the current quarter carries the sentences of the call that explain
// its change (Value.Drivers: a figure's own sentence when it gives a
// cause, and the next of its paragraph when that one does).
//
// # Cells
//
// Every figure stated as a result goes into a cell: one value for each
// (metric, segment, basis) and fiscal period. When several calls state a
// figure for the same cell, the call that reports the period as its own
// wins over a later call's comparative mention; prepared remarks win over
// questions and answers. GAAP and non-GAAP figures never share a series.
// Segments are told apart by facts.SegmentKey (case, plurals, filler words
// and synonyms such as "ongoing"/"remaining" do not split one), and may be
// joined further by aliases.
//
// # Confidence and alarms
//
// Real companies' successive calls agree with themselves almost always,
// so two readings of one cell that disagree (at the precision both were
// stated to: "$6.7 million" agrees with "$6,736,000") more often mean a
// misreading than a disagreement. A value is corroborated when two
// sentences or more, of one call or several, state it; each value carries
// its Confidence. A later call's other value that says so ("$6,981,000,
// as restated") restates the figure: its value wins, and a restated check
// says so. Otherwise a disagreement is an alarm (a conflict, or a
// restatement within 10%) only when both values are corroborated; else it
// is an Unverified check, a note, and the better corroborated value is
// kept.
//
// # Derived values
//
// Empty cells are filled, by exact decimal arithmetic, from what the calls
// state, and marked derived with the derivation in words:
//
//   - a prior figure from a figure and its stated change: $6,736,000 down
//     $195,000 gives $6,931,000 a year earlier;
//   - a range where only a rounded percentage is stated: $787,000 up 72.6%
//     gives $455,836 to $456,100 (72.55% to 72.65%), never a point;
//   - a margin from profit and revenue of the same segment and period.
//
// A value is derived from stated values only, never from a derived one,
// and never from a change stated once without its figure ("sales improved
// 10% sequentially" is often a part's), so that one misread figure cannot
// spread into a chain.
//
// # Changes and checks
//
// Every series gets its changes: on the prior quarter and on the same
// quarter a year earlier, absolute and percent; a balance-sheet series on
// the prior quarter end and the fiscal year end. Every change a speaker
// stated is checked against the figures at the precision stated, by
// interval arithmetic: a stated 2.8% holds for any computed value from
// 2.75% to 2.85% that the rounded figures allow; a hedge ("about") widens
// it. A stated change the figures do not support, or whose direction they
// contradict, is a stated_change_mismatch check when every figure it was
// judged by is sure: stated in the change's own sentence, or corroborated
// and not derived; the change is against a period its sentence names, is
// the sentence's only change of the figure against that period, and, when
// stated without its figure, is stated twice. Otherwise it is an Unverified
// check that says what could not be relied on. In a call that writes its
// sums in full digits ("$4,600,000"), a sum is exact to the thousand.
// Comparison.ChangesChecked counts the changes checked against sure
// figures. Messages give figures as stated, and computed ones in the
// rounding people read ("$1.26 billion (derived)"). Restatements,
// conflicts, figures extraction could not attribute and notes on the calls
// are checks too.
//
// # Guidance
//
// For each metric and period guided, the history lists the range each call
// gave, labelled initiated, raised, lowered, narrowed, widened or
// maintained against the call before; once a call reports the actual, it
// is set against the last guidance.
package compare
