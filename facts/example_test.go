package facts_test

import (
	"fmt"

	"github.com/shopspring/decimal"

	"qoq/facts"
)

// FormatValue writes a figure as a finance reader reads it, exactly.
func ExampleFormatValue() {
	fmt.Println(facts.FormatValue(decimal.RequireFromString("6736000"), facts.USD))
	fmt.Println(facts.FormatValue(decimal.RequireFromString("0.03"), facts.USDPerShare))
	fmt.Println(facts.FormatValue(decimal.RequireFromString("47"), facts.Days))
	// Output:
	// $6,736,000
	// $0.03/share
	// 47 days
}

// SegmentKey keys a segment however a call spells it.
func ExampleSegmentKey() {
	fmt.Println(facts.SegmentKey("Blood Products segment") == facts.SegmentKey("blood product"))
	// Output: true
}

// StatedExp gives the precision a figure was stated to: the power of ten
// of its last digit.
func ExampleStatedExp() {
	fmt.Println(facts.StatedExp("$6.7 million"), facts.StatedExp("$6,736,000"), facts.StatedExp("16.5%"))
	// Output: 5 3 -1
}
