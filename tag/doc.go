// Package tag is the part-of-speech stage of the pipeline: it gives each
// token of a sentence a Penn-style tag (NN, NNS, NNP, VB, VBD, VBG, VBN,
// VBP, VBZ, MD, DT, IN, TO, CC, PRP, PRP$, JJ, RB, CD, POS, WDT, WP, .)
// and a lemma.
//
// The tagger is a lexicon with contextual rules, not a statistical model:
// closed-class words come from closed.txt, verbs from verbs.txt and
// irregular.txt (inflections found by rule), and noun/verb ambiguity
// ("attacks", "talks", "visit") is settled by the neighbouring tags. It is
// fast (no allocation per token beyond the lemma) and good enough for the
// shallow clause analysis of the event engine, which is what it serves.
package tag
