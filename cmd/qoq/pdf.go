package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"qoq/browser"
)

// checkPDFTarget refuses to write a PDF over one of the inputs, or over a
// file that is not a PDF unless force.
func checkPDFTarget(path string, inputs []string, force bool) error {
	if err := notInput(path, inputs, "--pdf"); err != nil {
		return err
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

// printPDF prints the report at htmlPath to pdfPath through a headless
// Chromium.
func printPDF(ctx context.Context, htmlPath, pdfPath, paper string) error {
	if ctx == nil {
		ctx = context.Background()
	}
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	s, err := browser.Start(ctx)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", errWrite, pdfPath, err)
	}
	defer s.Close()
	abs, err := filepath.Abs(htmlPath)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", errWrite, pdfPath, err)
	}
	pdf, err := s.PDF(ctx, abs, paper)
	if err != nil {
		return fmt.Errorf("%w: %s: %v", errWrite, pdfPath, err)
	}
	return writeFileAtomic(pdfPath, pdf)
}
