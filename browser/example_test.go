package browser_test

import (
	"fmt"
	"os"

	"qoq/browser"
)

// Find looks for Chromium where QOQ_CHROMIUM says, else on the PATH, and
// says what is wrong when it cannot be found.
func ExampleFind() {
	old, had := os.LookupEnv("QOQ_CHROMIUM")
	os.Setenv("QOQ_CHROMIUM", "/nonexistent/chromium")
	_, err := browser.Find()
	fmt.Println(err)
	if had {
		os.Setenv("QOQ_CHROMIUM", old)
	} else {
		os.Unsetenv("QOQ_CHROMIUM")
	}
	// Output: browser: QOQ_CHROMIUM: exec: "/nonexistent/chromium": stat /nonexistent/chromium: no such file or directory
}
