package metric_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"qoq/metric"
)

// Lookup gives a measure's name, unit, and which way is good.
func ExampleLookup() {
	for _, id := range []string{"revenue", "ga_expense", "dso"} {
		m, _ := metric.Lookup(id)
		fmt.Println(m.Name, m.Unit, metric.Better(id))
	}
	// Output:
	// revenue USD 1
	// G&A USD -1
	// days sales outstanding days -1
}

// Format writes a figure in its unit.
func ExampleFormat() {
	fmt.Println(metric.Format(decimal.RequireFromString("1254000"), string(metric.USD)))
	fmt.Println(metric.Format(decimal.RequireFromString("140"), string(metric.BasisPoints)))
	// Output:
	// $1,254,000
	// 140 bp
}
