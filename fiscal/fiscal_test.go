package fiscal

import (
	"encoding/json"
	"fmt"
	"testing"
	"time"
)

func TestParseCalendar(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want time.Month // 0 for an error
	}{
		{"june", time.June}, {"Jun", time.June}, {"06-30", time.June}, {"6/30", time.June},
		{"02-28", time.February}, {"02-29", time.February}, {"12-31", time.December},
		{"02-30", 0}, {"04-31", 0}, {"13-01", 0}, {"06-30x", 0}, {"ju", 0}, {"", 0},
	} {
		got, err := ParseCalendar(tt.in)
		if tt.want == 0 {
			if err == nil {
				t.Errorf("ParseCalendar(%q) = %v, want an error", tt.in, got)
			}
			continue
		}
		if err != nil || got.EndMonth != tt.want {
			t.Errorf("ParseCalendar(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestParsePeriod(t *testing.T) {
	tests := []struct {
		in   string
		want Period
		bad  bool
	}{
		{in: "2004Q1", want: Q(2004, 1)},
		{in: "2004-Q1", want: Q(2004, 1)},
		{in: "Q1-2004", want: Q(2004, 1)},
		{in: "q1_2004", want: Q(2004, 1)},
		{in: "Q3 2021", want: Q(2021, 3)},
		{in: "FY24Q1", want: Q(2024, 1)},
		{in: "FY2004", want: FY(2004)},
		{in: "2004", want: FY(2004)},
		{in: "2004-03-31", want: At(Date{2004, time.March, 31})},
		{in: "2004Q5", bad: true},
		{in: "Q0-2004", bad: true},
		{in: "soon", bad: true},
		{in: "", bad: true},
		{in: "9999Q1", bad: true},
		{in: "FY1850", bad: true},
		{in: "2031-02-30", bad: true},
		{in: "9999-03-31", bad: true},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParsePeriod(tt.in)
			if tt.bad {
				if err == nil {
					t.Fatalf("ParsePeriod(%q) = %v, want an error", tt.in, got)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParsePeriod(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestCalendar(t *testing.T) {
	june := Calendar{EndMonth: time.June}
	retail := Calendar{EndMonth: time.January, Shift: 1}
	tests := []struct {
		name   string
		cal    Calendar
		fy, q  int
		end    string
		onDate string // a date the quarter closes
	}{
		{"calendar Q1", CalendarYear, 2004, 1, "2004-03-31", "2004-03-31"},
		{"calendar Q4", CalendarYear, 2003, 4, "2003-12-31", "2003-12-31"},
		{"june Q1", june, 2022, 1, "2021-09-30", "2021-09-30"},
		{"june Q4", june, 2022, 4, "2022-06-30", "2022-06-30"},
		{"retail Q1", retail, 2021, 1, "2021-04-30", "2021-05-01"}, // 52/53-week: May 1 closes April
		{"retail Q4", retail, 2021, 4, "2022-01-31", "2022-01-29"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.cal.QuarterEnd(tt.fy, tt.q).String(); got != tt.end {
				t.Errorf("QuarterEnd(%d, %d) = %s, want %s", tt.fy, tt.q, got, tt.end)
			}
			d, err := ParseDate(tt.onDate)
			if err != nil {
				t.Fatal(err)
			}
			if fy, q := tt.cal.QuarterOf(d); fy != tt.fy || q != tt.q {
				t.Errorf("QuarterOf(%s) = %d Q%d, want %d Q%d", d, fy, q, tt.fy, tt.q)
			}
			if got := Infer(tt.fy, tt.q, d); got != tt.cal {
				t.Errorf("Infer(%d, %d, %s) = %+v, want %+v", tt.fy, tt.q, d, got, tt.cal)
			}
		})
	}
}

func TestCompareOrdersQuarters(t *testing.T) {
	ps := []Period{Q(2003, 1), Q(2003, 4), FY(2003), Q(2004, 1), At(Date{2004, time.March, 31})}
	for i := 1; i < len(ps)-1; i++ {
		if ps[i-1].Compare(ps[i]) >= 0 {
			t.Errorf("%v should sort before %v", ps[i-1], ps[i])
		}
	}
	if Q(2004, 1).Prev() != Q(2003, 4) || Q(2003, 4).Next() != Q(2004, 1) {
		t.Error("Prev/Next do not cross the year end")
	}
}

func TestPeriodJSON(t *testing.T) {
	tests := []struct {
		p    Period
		want string
	}{
		{Q(2004, 1), `{"kind":"quarter","fiscal_year":2004,"quarter":1}`},
		{CalendarYear.Place(Q(2004, 1)), `{"kind":"quarter","fiscal_year":2004,"quarter":1,"end":"2004-03-31"}`},
		{CalendarYear.Place(At(Date{2003, time.December, 31})), `{"kind":"instant","fiscal_year":2003,"quarter":4,"end":"2003-12-31"}`},
		{Period{Kind: YTD, FiscalYear: 2021, Months: 6}, `{"kind":"ytd","fiscal_year":2021,"months":6}`},
		{FY(2021), `{"kind":"year","fiscal_year":2021}`},
	}
	for _, tt := range tests {
		b, err := json.Marshal(tt.p)
		if err != nil || string(b) != tt.want {
			t.Errorf("Marshal(%v) = %s, %v; want %s", tt.p, b, err, tt.want)
			continue
		}
		var back Period
		if err := json.Unmarshal(b, &back); err != nil || back != tt.p {
			t.Errorf("Unmarshal(%s) = %+v, %v; want %+v", b, back, err, tt.p)
		}
	}
	var p Period
	if err := json.Unmarshal([]byte(`{"kind":"season"}`), &p); err == nil {
		t.Error("an unknown kind was accepted")
	}
}

func ExampleCalendar_Place() {
	// Larkspur's fiscal year ends in October: its first quarter of fiscal
	// 2022 ended January 31, 2022.
	cal, _ := ParseCalendar("october")
	fmt.Println(cal.Place(Q(2022, 1)).End)
	fmt.Println(cal.Place(At(Date{2022, time.July, 31})))
	// Output:
	// 2022-01-31
	// 2022-07-31
}

func ExampleInfer() {
	// "the first quarter of fiscal 2021, which ended December 31, 2020"
	cal := Infer(2021, 1, Date{2020, time.December, 31})
	fmt.Println(cal)
	// Output: fiscal year ends in September
}
