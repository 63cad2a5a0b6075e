package clause_test

import (
	"fmt"

	"qoq/internal/clause"
)

func Example() {
	lx := clause.NewLexicon(clause.Options{})
	s := lx.Analyze(nil, "Adjusted EPS was $1.24, up 12% year over year.")
	for _, it := range s.Items {
		fmt.Printf("%d:%q ", it.Kind, it.Text)
	}
	fmt.Println()
	// Output:
	// 5:"adjusted" 3:"eps" 6:"was" 2:"" 1:"," 6:"up" 2:"" 7:"year over year" 1:"."
}
