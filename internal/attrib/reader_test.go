package attrib

import (
	"strings"
	"testing"
)

func TestInitials(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Air Lease Corporation", "alc al"},
		{"Harrow Axle & Manufacturing Holdings", "hamh ham"},
		{"Kestrel", ""},
		{"The Bank of Larkspur", "bl"},
	} {
		if got := strings.Join(initials(tt.name), " "); got != tt.want {
			t.Errorf("initials(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
