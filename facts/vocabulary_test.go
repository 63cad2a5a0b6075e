package facts

import "testing"

func TestName(t *testing.T) {
	tests := []struct{ metric, want string }{
		{"revenue", "revenue"},
		{"ga_expense", "G&A"},
		{"dso", "days sales outstanding"},
		{"tangible_book_value_per_share", "tangible book value per share"},
		{"widgets_shipped", "widgets shipped"}, // outside the vocabulary
	}
	for _, tt := range tests {
		if got := Name(tt.metric); got != tt.want {
			t.Errorf("Name(%q) = %q, want %q", tt.metric, got, tt.want)
		}
	}
	for _, m := range append(append([]metric(nil), vocabulary...), otherMetrics...) {
		if m.name == "" {
			t.Errorf("metric %s has no name", m.id)
		}
	}
}
