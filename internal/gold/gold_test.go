package gold_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"qoq/extract"
	"qoq/internal/gold"
	"qoq/internal/shared"
	"qoq/transcript"
)

// The figures reached on the labelled calls, each threshold just under
// the figure measured, so that a regression fails. They agree with
// ../shared/gold/score.py run on the same labels (see the README).
var thresholds = []struct {
	name                string
	dir                 func(testing.TB) string
	precision, recall   float64
	changes, changesRec float64
}{
	{"the project's labels", func(testing.TB) string { return filepath.Join("..", "..", "testdata", "gold") }, 0.932, 0.619, 0.731, 0.354},
	{"the shared labels", func(tb testing.TB) string { return shared.Dir(tb, "gold") }, 0.955, 0.630, 0.668, 0.353},
}

// TestLabelledCalls extracts every labelled call as qoq extract does, all
// at once, and scores the facts figure by figure.
func TestLabelledCalls(t *testing.T) {
	corpus := shared.Dir(t, "corpus", "calls")
	for _, tt := range thresholds {
		t.Run(tt.name, func(t *testing.T) {
			calls, err := gold.ReadDir(tt.dir(t))
			if err != nil {
				t.Fatal(err)
			}
			if len(calls) == 0 {
				t.Fatalf("no labelled calls in %s", tt.dir(t))
			}
			var docs []*transcript.Document
			for _, c := range calls {
				d, err := transcript.ReadFile(filepath.Join(corpus, c.File))
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, d)
			}
			extracted, err := extract.New(extract.Options{}).ExtractAll(context.Background(), docs)
			if err != nil {
				t.Fatal(err)
			}
			r := gold.Score(calls, extracted)
			t.Logf("%d calls, %d figures: levels precision %v, recall %v; changes precision %v, recall %v; wrong fields %v",
				r.Calls, r.Figures, r.Levels, r.LevelRecall, r.Changes, r.ChangeRecall, r.Wrong)
			if out := os.Getenv("QOQ_GOLD_ERRORS"); out != "" {
				_ = os.WriteFile(out+"."+strings.ReplaceAll(tt.name, " ", "_"), []byte(strings.Join(r.Errors, "\n")+"\n"), 0o644)
			}
			check := func(what string, got, min float64) {
				if got < min {
					t.Errorf("%s %.3f, want at least %.3f", what, got, min)
				}
			}
			check("level precision", r.Levels.Share(), tt.precision)
			check("level recall", r.LevelRecall.Share(), tt.recall)
			check("change precision", r.Changes.Share(), tt.changes)
			check("change recall", r.ChangeRecall.Share(), tt.changesRec)
		})
	}
}
