// Package demo holds the sample corpus that `annals demo` codes and serves
// and that the benchmarks measure: original wire-style articles written for
// the project, in the seed format, embedded in the binary.
package demo
