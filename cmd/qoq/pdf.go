package main

import (
	"context"
	"fmt"
	"path/filepath"
	"time"

	"qoq/browser"
)

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
