package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"qoq/facts"
)

// TestRun runs qoq as a user would, checking exit status and what it
// writes.
func TestRun(t *testing.T) {
	call := "../../testdata/calls/northwind/NWPS_q1_2023.txt"
	tests := []struct {
		name   string
		args   []string
		status int
		out    string // wanted in stdout
		errOut string // wanted in stderr
	}{
		{"table", []string{"extract", call}, exitOK, "revenue", ""},
		{"json", []string{"extract", "--format", "json", call}, exitOK, `"schema": "qoq.facts/v1"`, ""},
		{"flags after files", []string{"extract", call, "--format=json"}, exitOK, `"schema"`, ""},
		{"missing file", []string{"extract", "nosuch.txt"}, exitNoDoc, "", "nosuch.txt"},
		{"empty file", []string{"extract", "../../testdata/inputs/empty.txt"}, exitNoDoc, "", "empty.txt: the file is empty"},
		{"one good one bad", []string{"extract", "../../testdata/inputs/binary.dat", call}, exitOK, "revenue", "binary.dat: the file is binary"},
		{"no files", []string{"extract"}, exitUsage, "", "name at least one call file"},
		{"bad format", []string{"extract", "--format", "xml", call}, exitUsage, "", `--format "xml"`},
		{"bad period", []string{"extract", "--period", "soon", call}, exitUsage, "", "--period"},
		{"bad year end", []string{"extract", "--fiscal-year-end", "lunch", call}, exitUsage, "", "--fiscal-year-end"},
		{"period option", []string{"extract", "--period", "2004Q1", "../../testdata/inputs/noperiod.txt"}, exitOK, "2004Q1", ""},
		{"no period", []string{"extract", "../../testdata/inputs/noperiod.txt"}, exitOK, "", "pass --period"},
		{"a note shared, said once", []string{"compare", "../../testdata/calls/quillon"}, exitOK, "", "note on 4 calls (../../testdata/calls/quillon/QRT_q1_2021.txt, "},
		{"unknown command", []string{"compile"}, exitUsage, "", "unknown command"},
		{"version", []string{"version"}, exitOK, "qoq ", ""},
		{"help", []string{"help", "extract"}, exitOK, "--period", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if got := run(tt.args, &out, &errOut); got != tt.status {
				t.Errorf("exit status %d, want %d; stderr:\n%s", got, tt.status, errOut.String())
			}
			if !strings.Contains(out.String(), tt.out) {
				t.Errorf("stdout lacks %q:\n%s", tt.out, out.String())
			}
			if !strings.Contains(errOut.String(), tt.errOut) {
				t.Errorf("stderr lacks %q:\n%s", tt.errOut, errOut.String())
			}
		})
	}
}

// TestExtractJSON checks that the JSON document reads back into the
// contract's types and is the same for the same input, byte for byte.
func TestExtractJSON(t *testing.T) {
	args := []string{"extract", "--format", "json", "../../testdata/calls/larkspur/LKSP_q1_2022.txt", "../../testdata/inputs/harbor_q2_2023.htm"}
	var a, b, errOut bytes.Buffer
	if run(args, &a, &errOut) != exitOK || run(args, &b, &errOut) != exitOK {
		t.Fatalf("extract failed: %s", errOut.String())
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two runs on the same input wrote different JSON")
	}
	var set facts.Set
	dec := json.NewDecoder(&a)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&set); err != nil {
		t.Fatal(err)
	}
	if set.Schema != facts.Schema || len(set.Documents) != 2 {
		t.Fatalf("schema %q with %d documents", set.Schema, len(set.Documents))
	}
	for _, d := range set.Documents {
		if len(d.Facts) == 0 {
			t.Errorf("%s: no facts", d.File)
		}
		for _, f := range d.Facts {
			if strings.Contains(f.Source.Text[f.Source.FigureStart:f.Source.FigureEnd], "$") != strings.Contains(f.Stated, "$") {
				t.Errorf("%s line %d: figure offsets do not frame %q", d.File, f.Source.Line, f.Stated)
			}
		}
	}
}

// TestCompareOutputs runs qoq compare in its three formats.
func TestCompareOutputs(t *testing.T) {
	dir := "../../testdata/calls/northwind"
	tests := []struct {
		name   string
		args   []string
		status int
		out    []string
		errOut string
	}{
		{"table", []string{"compare", dir}, exitOK, []string{"Northwind Plasma Services", "2023Q4", "restated", "stated_change_mismatch", "lowered"}, ""},
		{"csv", []string{"compare", "--format", "csv", dir}, exitOK, []string{"company,metric,segment", "Northwind Plasma Services,revenue,,gaap,USD,2022Q2,quarter,2022,2,,2022-06-30,6981000"}, ""},
		{"quarter", []string{"compare", "--quarter", "2023Q2", dir}, exitOK, []string{"— 2023Q2"}, ""},
		{"no calls", []string{"compare"}, exitUsage, nil, "name the calls"},
		{"empty dir", []string{"compare", t.TempDir()}, exitNoDoc, nil, "holds no call"},
		{"bad format", []string{"compare", "--format", "pdf", dir}, exitUsage, nil, `--format "pdf"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			if got := run(tt.args, &out, &errOut); got != tt.status {
				t.Errorf("exit status %d, want %d; stderr:\n%s", got, tt.status, errOut.String())
			}
			for _, want := range tt.out {
				if !strings.Contains(out.String(), want) {
					t.Errorf("stdout lacks %q:\n%s", want, out.String())
				}
			}
			if !strings.Contains(errOut.String(), tt.errOut) {
				t.Errorf("stderr lacks %q:\n%s", tt.errOut, errOut.String())
			}
		})
	}
}

// TestCompareJSON checks the qoq.compare/v1 document: the contract's
// fields, numbers as strings, and the same bytes for the same input.
func TestCompareJSON(t *testing.T) {
	args := []string{"compare", "--format", "json", "../../testdata/calls/larkspur"}
	var a, b, errOut bytes.Buffer
	if run(args, &a, &errOut) != exitOK || run(args, &b, &errOut) != exitOK {
		t.Fatalf("compare failed: %s", errOut.String())
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two runs on the same input wrote different JSON")
	}
	var doc map[string]any
	if err := json.Unmarshal(a.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, field := range []string{"schema", "company", "current", "periods", "series", "checks", "guidance"} {
		if _, ok := doc[field]; !ok {
			t.Errorf("no %q field", field)
		}
	}
	if doc["schema"] != "qoq.compare/v1" {
		t.Errorf("schema %v", doc["schema"])
	}
	series := doc["series"].([]any)
	if len(series) == 0 {
		t.Fatal("no series")
	}
	s := series[0].(map[string]any)
	v := s["values"].([]any)[0].(map[string]any)
	if _, ok := v["value"].(string); !ok && v["approx"] == nil {
		t.Errorf("a value is not an exact decimal string: %v", v["value"])
	}
	for _, f := range []string{"period", "derived", "sources"} {
		if _, ok := v[f]; !ok {
			t.Errorf("a value has no %q", f)
		}
	}
	for _, c := range s["changes"].([]any) {
		ch := c.(map[string]any)
		if _, ok := ch["abs"].(string); !ok {
			t.Errorf("a change's abs is not a decimal string: %v", ch["abs"])
		}
	}
}
