// Package coder is the pipeline: a plain struct of stages run in order on
// one article — sentences and tokens (text), tags (tag), temporal
// expressions (timex), actor mentions (actor), event patterns (verb) —
// then event dating, actor resolution on the event date, CAMEO coding
// (cameo) and per-article de-duplication. Each stage returns new values;
// Code never mutates its input. With Options.Explain the per-sentence
// output of every stage is kept in the result's Trace.
//
// Announced acts are coded as CAMEO codes them (intent.go): a cooperative
// act under "will", "would", "plans to", "pledged to", "ready to" is the
// intent (04x -> 036, 07x -> 033, 08x -> 035 ...); a hostile act under
// "threatened to", "warned ... would", or announced by its actor ("will
// impose a curfew") is the threat (13x); a cooperative act refused
// ("declined to resign", "refused to release") is the rejection (12x).
// Speculation
// (may, might, could, if, verbs of seeming) and futures said of others
// ("analysts said Russia would attack") stay hedged, out of the default
// output.
package coder
