// Package dict holds annals' built-in dictionaries as readable text files
// (actors/ and verbs/, format in FORMAT.md), embedded in the binary. Load
// compiles them once into the actor and verb indexes that the pipeline's
// stages are given through their constructors.
package dict
