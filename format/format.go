package format

import (
	"bufio"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"annals/event"
)

// Writer writes events in one format. Close flushes.
type Writer interface {
	Write(ev *event.Event) error
	Close() error
}

// Names lists the formats New accepts.
var Names = []string{"jsonl", "csv", "tsv", "plover"}

// New returns a writer for the named format.
func New(name string, w io.Writer) (Writer, error) {
	switch name {
	case "jsonl", "json", "":
		return &jsonl{w: bufio.NewWriter(w)}, nil
	case "csv":
		return newTable(w, ','), nil
	case "tsv":
		return newTable(w, '\t'), nil
	case "plover":
		return &plover{w: bufio.NewWriter(w)}, nil
	}
	return nil, fmt.Errorf("unknown format %q (want jsonl, csv, tsv or plover)", name)
}

type jsonl struct{ w *bufio.Writer }

func (j *jsonl) Write(ev *event.Event) error {
	b, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	j.w.Write(b)
	return j.w.WriteByte('\n')
}

func (j *jsonl) Close() error { return j.w.Flush() }

// Columns is the CSV/TSV header, GDELT-like: identifiers and date first,
// then actor 1, actor 2, the event codes and scores, then evidence.
var Columns = []string{
	"event_id", "doc_id", "sentence_id", "date", "date_precision", "doc_date", "date_text",
	"source_code", "source_country", "source_role", "source_name", "source_text",
	"target_code", "target_country", "target_role", "target_name", "target_text",
	"cameo", "cameo_root", "cameo_name", "quad_class", "goldstein", "plover_type", "plover_mode",
	"negated", "hedged", "reported_by", "mentions", "evidence", "pattern", "sentence",
}

// Row renders an event as the Columns values.
func Row(ev *event.Event) []string {
	date := ""
	if ev.Date != nil {
		date = *ev.Date
	}
	country := func(a event.Actor) string {
		if a.Country != "" {
			return a.Country
		}
		return a.Org
	}
	return []string{
		ev.EventID, ev.DocID, strconv.Itoa(ev.SentenceID), date, ev.DatePrecision, ev.DocDate, ev.DateText,
		ev.Source.Code, country(ev.Source), ev.Source.Role, ev.Source.Name, ev.Source.Text,
		ev.Target.Code, country(ev.Target), ev.Target.Role, ev.Target.Name, ev.Target.Text,
		ev.Cameo, ev.CameoRoot, ev.CameoName, strconv.Itoa(ev.QuadClass), strconv.FormatFloat(ev.Goldstein, 'f', -1, 64),
		ev.Plover.EventType, ev.Plover.Mode, strconv.FormatBool(ev.Negated), strconv.FormatBool(ev.Hedged),
		ev.ReportedBy, strconv.Itoa(ev.Mentions), ev.Evidence, ev.Pattern, ev.Sentence,
	}
}

type table struct {
	w      *csv.Writer
	header bool
}

func newTable(w io.Writer, sep rune) *table {
	c := csv.NewWriter(w)
	c.Comma = sep
	return &table{w: c}
}

func (t *table) Write(ev *event.Event) error {
	if !t.header {
		t.header = true
		if err := t.w.Write(Columns); err != nil {
			return err
		}
	}
	return t.w.Write(Row(ev))
}

func (t *table) Close() error {
	if !t.header {
		t.header = true
		t.w.Write(Columns)
	}
	t.w.Flush()
	return t.w.Error()
}

// PloverEvent is the PLOVER-style view of an event.
type PloverEvent struct {
	ID           string      `json:"id"`
	Date         *string     `json:"date"`
	EventType    string      `json:"event_type"`
	Mode         string      `json:"mode,omitempty"`
	Context      []string    `json:"context,omitempty"`
	Actor        string      `json:"actor"`
	ActorCountry string      `json:"actor_country,omitempty"`
	ActorRole    string      `json:"actor_role,omitempty"`
	Recipient    string      `json:"recipient"`
	RecipCountry string      `json:"recipient_country,omitempty"`
	RecipRole    string      `json:"recipient_role,omitempty"`
	Actors       []string    `json:"actors"`
	Recipients   []string    `json:"recipients"`
	Cameo        string      `json:"cameo"`
	Goldstein    float64     `json:"goldstein"`
	Negated      bool        `json:"negated,omitempty"`
	Hedged       bool        `json:"hedged,omitempty"`
	Source       PloverStory `json:"story"`
}

// PloverStory is where a PLOVER event came from.
type PloverStory struct {
	DocID      string `json:"doc_id"`
	SentenceID int    `json:"sentence_id"`
	Text       string `json:"text"`
}

type plover struct{ w *bufio.Writer }

func orCode(a event.Actor, f string) string {
	if f != "" {
		return f
	}
	return a.Org
}

func (p *plover) Write(ev *event.Event) error {
	pe := PloverEvent{
		ID: ev.EventID, Date: ev.Date, EventType: ev.Plover.EventType, Mode: ev.Plover.Mode,
		Actor: ev.Source.Name, ActorCountry: orCode(ev.Source, ev.Source.Country), ActorRole: ev.Source.Role,
		Recipient: ev.Target.Name, RecipCountry: orCode(ev.Target, ev.Target.Country), RecipRole: ev.Target.Role,
		Actors: []string{ev.Source.Code}, Recipients: []string{ev.Target.Code},
		Cameo: ev.Cameo, Goldstein: ev.Goldstein, Negated: ev.Negated, Hedged: ev.Hedged,
		Source: PloverStory{DocID: ev.DocID, SentenceID: ev.SentenceID, Text: ev.Sentence},
	}
	if pe.EventType == "" {
		pe.EventType = "OTHER"
	}
	b, err := json.Marshal(pe)
	if err != nil {
		return err
	}
	p.w.Write(b)
	return p.w.WriteByte('\n')
}

func (p *plover) Close() error { return p.w.Flush() }
