package facts

import "qoq/metric"

// Vocabulary returns the ids of the v1 metric vocabulary, in the
// contract's order.
func Vocabulary() []string { return metric.Vocabulary() }

// Name returns what people call a metric, as written within a sentence
// ("G&A", "days sales outstanding"); for a metric outside the registry,
// its id with spaces for underscores.
func Name(id string) string { return metric.Name(id) }

// Better says which way is good for a metric: +1 when up is good, -1 when
// down is, 0 when neither or the metric is unknown.
func Better(id string) int { return metric.Better(id) }

// UnitOf returns the unit of a metric's figures in the contract's terms:
// "USD", "USD/share", "percent", "days"; "USD" for an unknown metric.
func UnitOf(id string) string { return string(metric.UnitOf(id)) }
