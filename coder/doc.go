// Package coder is the pipeline: a plain struct of stages run in order on
// one article — sentences and tokens (text), tags (tag), temporal
// expressions (timex), actor mentions (actor), event patterns (verb) —
// then event dating, actor resolution on the event date, CAMEO coding
// (cameo) and per-article de-duplication. Each stage returns new values;
// Code never mutates its input. With Options.Explain the per-sentence
// output of every stage is kept in the result's Trace.
package coder
