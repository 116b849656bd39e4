// Package cli is annals' command line: each subcommand is a type with its
// own FlagSet and a Run method; Main only dispatches. Commands build the
// pipeline from the built-in dictionaries (package dict) plus any --dict
// directories and pass it to the stages through constructors.
package cli
