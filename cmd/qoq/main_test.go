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
