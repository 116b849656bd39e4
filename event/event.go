package event

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// Actor is one side of an event: the coded actor and the text that named it.
// Start and End are byte offsets into the article text (half-open).
type Actor struct {
	Code    string `json:"code"`              // full CAMEO actor code, e.g. RUSGOV, IGOUNO
	Country string `json:"country,omitempty"` // ISO 3166-1 alpha-3; empty for an organisation
	Org     string `json:"org,omitempty"`     // organisation code for IGO/NGO actors, e.g. UNO
	Role    string `json:"role,omitempty"`    // CAMEO role segment(s), e.g. GOV, MIL, ELI
	Name    string `json:"name,omitempty"`    // canonical name of the dictionary entry
	Text    string `json:"text"`              // the mention as written
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Entry   string `json:"entry,omitempty"` // dictionary entry that coded it, file:line
	Via     string `json:"via,omitempty"`   // how it was found: name, title, pronoun, surname, agent...
}

// Plover is the PLOVER view of a CAMEO code.
type Plover struct {
	EventType string `json:"event_type"`
	Mode      string `json:"mode,omitempty"`
}

// Event is the record annals prints and stores: one event per line.
type Event struct {
	DocID         string  `json:"doc_id"`
	SentenceID    int     `json:"sentence_id"`
	EventID       string  `json:"event_id"`
	Date          *string `json:"date"` // ISO at the text's precision; null if unknown
	DatePrecision string  `json:"date_precision"`
	DocDate       string  `json:"doc_date"`
	DateText      string  `json:"date_text,omitempty"`
	Source        Actor   `json:"source"`
	Target        Actor   `json:"target"`
	Cameo         string  `json:"cameo"`
	CameoRoot     string  `json:"cameo_root"`
	CameoName     string  `json:"cameo_name"`
	Goldstein     float64 `json:"goldstein"`
	QuadClass     int     `json:"quad_class"`
	Plover        Plover  `json:"plover"`
	Negated       bool    `json:"negated"`
	Hedged        bool    `json:"hedged"`
	ReportedBy    string  `json:"reported_by,omitempty"`
	Sentence      string  `json:"sentence"`
	SentenceStart int     `json:"sentence_start"`
	SentenceEnd   int     `json:"sentence_end"`
	Evidence      string  `json:"evidence"`
	EvidenceStart int     `json:"evidence_start"`
	EvidenceEnd   int     `json:"evidence_end"`
	Pattern       string  `json:"pattern"` // dictionary entry that fired, file:line
	Mentions      int     `json:"mentions"`
}

// ID computes the stable event_id: a hash of doc_id, sentence, source,
// target and code.
func ID(docID string, sentence int, source, target, code string) string {
	h := sha256.New()
	for _, s := range []string{docID, strconv.Itoa(sentence), source, target, code} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil)[:8])
}

// DedupKey is the per-article de-duplication key (source, target, code, date).
func (e *Event) DedupKey() string {
	d := ""
	if e.Date != nil {
		d = *e.Date
	}
	return e.Source.Code + "\x00" + e.Target.Code + "\x00" + e.Cameo + "\x00" + d
}

// Dedup keeps the first event of each (source, target, code, date) key in
// order and counts the others in Mentions. It returns a new slice.
func Dedup(evs []Event) []Event {
	out := make([]Event, 0, len(evs))
	at := make(map[string]int, len(evs))
	for _, e := range evs {
		k := e.DedupKey()
		if i, ok := at[k]; ok {
			out[i].Mentions += max(1, e.Mentions)
			continue
		}
		if e.Mentions == 0 {
			e.Mentions = 1
		}
		at[k] = len(out)
		out = append(out, e)
	}
	return out
}
