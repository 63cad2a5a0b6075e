package quantity_test

import (
	"fmt"

	"qoq/quantity"
)

// Append finds the quantities of a text, with the precision each was
// stated to.
func ExampleAppend() {
	s := "Revenue was $6.7 million, up 2.8%, and DSO 47 days."
	for _, q := range quantity.Append(nil, s) {
		fmt.Println(s[q.Start:q.End], q.Value, q.Unit, q.Exp)
	}
	// Output:
	// $6.7 million 6700000 money 5
	// 2.8% 2.8 percent -1
	// 47 days 47 days 0
}
