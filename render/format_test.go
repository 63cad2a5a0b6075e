package render

import (
	"testing"

	"github.com/shopspring/decimal"

	"qoq/compare"
	"qoq/facts"
	"qoq/fiscal"
)

func TestAmount(t *testing.T) {
	tests := []struct {
		value, unit, want string
	}{
		{"6931000", facts.USD, "$6.931 million"},
		{"6736000", facts.USD, "$6.736 million"},
		{"455835", facts.USD, "$455,835"},
		{"1234567890123", facts.USD, "$1.234567890123 trillion"},
		{"1870000000", facts.USD, "$1.87 billion"},
		{"-2500000", facts.USD, "-$2.5 million"},
		{"0.12", facts.USDPerShare, "$0.12/share"},
		{"12.4", facts.Percent, "12.4%"},
		{"47", facts.Days, "47 days"},
		{"999999", facts.USD, "$999,999"},
	}
	for _, tt := range tests {
		if got := amount(decimal.RequireFromString(tt.value), tt.unit); got != tt.want {
			t.Errorf("amount(%s, %s) = %q, want %q", tt.value, tt.unit, got, tt.want)
		}
	}
}

func TestValueText(t *testing.T) {
	dec := func(s string) *decimal.Decimal { d := decimal.RequireFromString(s); return &d }
	tests := []struct {
		v    compare.Value
		unit string
		want string
	}{
		{compare.Value{Value: dec("6931000")}, facts.USD, "$6.931 million"},
		// a range of a million or more, outwards to four digits
		{compare.Value{Approx: []decimal.Decimal{*dec("152191235"), *dec("153413655")}}, facts.USD, "$152.1 million – $153.5 million"},
		{compare.Value{Approx: []decimal.Decimal{*dec("88218000"), *dec("88894000")}}, facts.USD, "$88.21 million – $88.9 million"},
		{compare.Value{Approx: []decimal.Decimal{*dec("1875001"), *dec("1924999")}}, facts.USD, "$1.875 million – $1.925 million"},
		{compare.Value{Approx: []decimal.Decimal{*dec("-2600001"), *dec("-2400001")}}, facts.USD, "-$2.601 million – -$2.4 million"},
		// smaller ranges as they are
		{compare.Value{Approx: []decimal.Decimal{*dec("455835"), *dec("461002")}}, facts.USD, "$455,835 – $461,002"},
		{compare.Value{Approx: []decimal.Decimal{*dec("0.76"), *dec("0.78")}}, facts.USDPerShare, "$0.76/share – $0.78/share"},
		{compare.Value{}, facts.USD, ""},
	}
	for _, tt := range tests {
		if got := valueText(tt.v, tt.unit); got != tt.want {
			t.Errorf("valueText(%v %v) = %q, want %q", tt.v.Value, tt.v.Approx, got, tt.want)
		}
	}
}

func TestChange(t *testing.T) {
	dec := func(s string) *decimal.Decimal { d := decimal.RequireFromString(s); return &d }
	q1, q2 := fiscal.Q(2024, 1), fiscal.Q(2024, 2)
	tests := []struct {
		metric, unit string
		ch           compare.Change
		text, class  string
	}{
		{"revenue", facts.USD, compare.Change{Kind: compare.Sequential, From: q1, To: q2, Direction: "up", Abs: dec("1000000"), Pct: dec("8.1")}, "▲ 8.1% q/q", "good"},
		{"dso", facts.Days, compare.Change{Kind: compare.YearEnd, From: q1, To: q2, Direction: "up", Abs: dec("5"), Pct: dec("11.9")}, "▲ 11.9% vs FYE", "bad"},
		{"ga_expense", facts.USD, compare.Change{Kind: compare.YearOverYear, From: q1, To: q2, Direction: "down", Abs: dec("20000"), Pct: dec("2")}, "▼ 2% y/y", "good"},
		{"gross_margin", facts.Percent, compare.Change{Kind: compare.YearOverYear, From: q1, To: q2, Direction: "down", Abs: dec("1.5"), Unit: facts.Points}, "▼ 1.5 pts y/y", "bad"},
		{"capex", facts.USD, compare.Change{Kind: compare.Sequential, From: q1, To: q2, Direction: "up", Abs: dec("3"), Pct: dec("1")}, "▲ 1% q/q", "neutral"},
		{"revenue", facts.USD, compare.Change{Kind: compare.Sequential, From: q1, To: q2, Direction: "flat", Abs: dec("0"), Pct: dec("0")}, "◆ 0 q/q", "flat"},
		{"net_income", facts.USD, compare.Change{Kind: compare.Sequential, From: q1, To: q2, Direction: "up", Abs: dec("5000")}, "▲ $5,000 q/q", "good"},
	}
	for _, tt := range tests {
		got := newChange(tt.ch, tt.metric, tt.unit)
		if got.Text != tt.text || got.Class != tt.class {
			t.Errorf("%s %+v: got %q (%s), want %q (%s)", tt.metric, tt.ch, got.Text, got.Class, tt.text, tt.class)
		}
	}
}

func TestSlug(t *testing.T) {
	for in, want := range map[string]string{
		"revenue-blood products-gaap-FY2023": "revenue-blood-products-gaap-fy2023",
		"eps--non_gaap-2024Q1":               "eps-non-gaap-2024q1",
		"<script>":                           "script",
	} {
		if got := slug(in); got != want {
			t.Errorf("slug(%q) = %q, want %q", in, got, want)
		}
	}
}
