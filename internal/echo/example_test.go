package echo_test

import (
	"fmt"

	"qoq/internal/echo"
)

func ExampleStrip() {
	// a company name in a config that would retitle the terminal
	fmt.Println(echo.Strip("ACME\x1b]0;pwned\x07 Corp"))
	fmt.Println(echo.Clip("a runaway value of a config file", 10))
	// Output:
	// ACME]0;pwned Corp
	// a runaway … (32 bytes)
}
