package fiscal_test

import (
	"fmt"
	"time"

	"qoq/fiscal"
)

// A calendar places fiscal periods on dates: a company whose fiscal year
// ends in October closes its first quarter of fiscal 2023 in January 2023.
func ExampleCalendar_Place() {
	cal := fiscal.Calendar{EndMonth: time.October}
	p := cal.Place(fiscal.Q(2023, 1))
	fmt.Println(p, p.End)
	// Output: 2023Q1 2023-01-31
}

// ParsePeriod reads the forms people type.
func ExampleParsePeriod() {
	for _, s := range []string{"2004Q1", "Q1-2004", "FY2004", "2004-03-31"} {
		p, _ := fiscal.ParsePeriod(s)
		fmt.Println(p)
	}
	// Output:
	// 2004Q1
	// 2004Q1
	// FY2004
	// 2004-03-31
}
