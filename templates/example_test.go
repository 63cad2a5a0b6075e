package templates_test

import (
	"fmt"
	"io/fs"

	"qoq/templates"
)

// FS holds the report's template, stylesheet and script, and the index's
// template.
func ExampleFS() {
	names, _ := fs.Glob(templates.FS, "*")
	fmt.Println(names)
	// Output: [index.html report.css report.html report.js]
}
