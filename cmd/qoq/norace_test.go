//go:build !race

package main

// slowdown is how many times slower the race detector makes qoq: 1, the
// detector being off.
const slowdown = 1
