package extract

import (
	"path/filepath"
	"strings"
	"testing"
)

// goldFiles returns the calls of testdata/ that have a gold record.
func goldFiles(t *testing.T) []string {
	t.Helper()
	golds, err := filepath.Glob("../testdata/calls/*/*.gold.json")
	if err != nil {
		t.Fatal(err)
	}
	more, _ := filepath.Glob("../testdata/calls/*.gold.json")
	return append(golds, more...)
}

// Shares of the testdata gold that extraction must reach; raised as it
// improves.
const (
	testdataRecall    = 0.80
	testdataPrecision = 0.90
)

// TestTestdataGold scores extraction against the analyst's record of every
// fictional call in testdata/: most gold facts must be found, and nearly
// all facts that carry a value must be right. Misses are logged (go test
// -v -run TestTestdataGold).
func TestTestdataGold(t *testing.T) {
	var found, want, right, counted int
	for _, gpath := range goldFiles(t) {
		call := strings.TrimSuffix(gpath, ".gold.json")
		t.Run(filepath.Base(call), func(t *testing.T) {
			gold := readGold(t, gpath)
			doc, err := ExtractFile(call, Options{})
			if err != nil {
				t.Fatal(err)
			}
			f, r, c := scoreGold(t, doc, gold, false)
			found, right, counted, want = found+f, right+r, counted+c, want+len(gold.Facts)
		})
	}
	if want == 0 {
		t.Fatal("no gold files in testdata")
	}
	recall, precision := float64(found)/float64(want), float64(right)/float64(max(counted, 1))
	t.Logf("testdata: %d/%d gold facts found (%.1f%%); precision %d/%d (%.1f%%)", found, want, 100*recall, right, counted, 100*precision)
	if recall < testdataRecall || precision < testdataPrecision {
		t.Errorf("recall %.1f%% (want %.0f%%), precision %.1f%% (want %.0f%%)", 100*recall, 100*testdataRecall, 100*precision, 100*testdataPrecision)
	}
}
