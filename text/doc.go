// Package text is the second stage of the pipeline: it splits an article
// body into paragraphs and sentences and each sentence into tokens, every
// one carrying its exact half-open byte span into the body.
//
// Segmentation knows news text: abbreviations (U.S., Jan., Gen., Mr.),
// initials, quotations that end a sentence, headlines (a short line without
// final punctuation) and datelines ("MOSCOW (Reuters) -"), which are marked
// so that later stages do not read them as actors. Tokens split off
// possessive 's and the n't of negation, and normalise curly quotes.
// Part-of-speech tags and lemmas are added by package tag.
package text
