package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// checkPDFTarget refuses to write a PDF over one of the inputs, or over a
// file that is not a PDF unless force.
func checkPDFTarget(path string, inputs []string, force bool) error {
	abs, err := filepath.Abs(path)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", errWrite, path, err)
	}
	for _, in := range inputs {
		if a, err := filepath.Abs(in); err == nil && a == abs {
			return fmt.Errorf("%w: %s is one of the calls read; choose another file with --pdf", errWrite, path)
		}
	}
	head := make([]byte, 5)
	fh, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) || force {
		return nil
	}
	if err != nil {
		return fmt.Errorf("%w: %s: %v", errWrite, path, err)
	}
	defer fh.Close()
	n, _ := fh.Read(head)
	if string(head[:n]) != "%PDF-" {
		return fmt.Errorf("%w: %s exists and is not a PDF; choose another file with --pdf, or pass --force to replace it", errWrite, path)
	}
	return nil
}

// printPDF prints the report at htmlPath to pdfPath.
func printPDF(ctx context.Context, htmlPath, pdfPath, paper string) error {
	_ = ctx
	return fmt.Errorf("%w: %s: printing to PDF is not built yet", errWrite, pdfPath)
}
