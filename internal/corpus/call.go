package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"

	"qoq/fiscal"
)

// A Call is one transcript of the corpus with its summary.
type Call struct {
	Name       string // file name without extension: "AAP_q1_2021"
	Ticker     string
	Period     fiscal.Period // the quarter the call reports on, from the file name
	Transcript string        // path of TICKER_qN_YYYY.txt
	Summary    string        // path of TICKER_qN_YYYY.summary
}

// callName is the corpus's file name: TICKER_qN_YYYY.txt, N the fiscal
// quarter and YYYY the fiscal year the call reports on.
var callName = regexp.MustCompile(`^(.+)_q([1-4])_(\d{4})\.txt$`)

// Calls lists the calls in dir, sorted by name: every TICKER_qN_YYYY.txt
// that has a TICKER_qN_YYYY.summary beside it. Transcripts without a
// summary cannot be scored and are left out.
func Calls(dir string) ([]Call, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, fmt.Errorf("list calls: %w", err)
	}
	var calls []Call
	for _, e := range entries {
		c, ok := callOf(dir, e.Name())
		if !ok || e.IsDir() {
			continue
		}
		if _, err := os.Stat(c.Summary); err != nil {
			continue
		}
		calls = append(calls, c)
	}
	sort.Slice(calls, func(i, j int) bool { return calls[i].Name < calls[j].Name })
	return calls, nil
}

// callOf reads the call named by a transcript file name.
func callOf(dir, name string) (Call, bool) {
	m := callName.FindStringSubmatch(name)
	if m == nil {
		return Call{}, false
	}
	q, _ := strconv.Atoi(m[2])
	fy, _ := strconv.Atoi(m[3])
	base := name[:len(name)-len(".txt")]
	return Call{
		Name:       base,
		Ticker:     m[1],
		Period:     fiscal.Q(fy, q),
		Transcript: filepath.Join(dir, name),
		Summary:    filepath.Join(dir, base+".summary"),
	}, true
}

// ReadSummary parses the summary of call c.
func ReadSummary(c Call) (Summary, error) {
	f, err := os.Open(c.Summary)
	if err != nil {
		return Summary{}, fmt.Errorf("%s: %w", c.Name, err)
	}
	defer f.Close()
	s, err := ParseSummary(f, c.Period)
	if err != nil {
		return Summary{}, fmt.Errorf("%s: %w", c.Summary, err)
	}
	return s, nil
}
