//go:build race

package main

// slowdown is how many times slower the race detector makes qoq: a test
// of how soon a run stops allows for it.
const slowdown = 5
