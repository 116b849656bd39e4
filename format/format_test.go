package format

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"annals/event"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func sample() []event.Event {
	d := "2025-01-17"
	return []event.Event{{
		DocID: "seed", SentenceID: 13, EventID: "abc123", Date: &d, DatePrecision: "day", DocDate: "2025-01-21", DateText: "Friday",
		Source: event.Actor{Code: "CHNGOV", Country: "CHN", Role: "GOV", Name: "Xi Jinping", Text: "Xi", Start: 10, End: 12},
		Target: event.Actor{Code: "USAELI", Country: "USA", Role: "ELI", Name: "Donald Trump", Text: "Trump", Start: 30, End: 35},
		Cameo:  "041", CameoRoot: "04", CameoName: "Discuss by telephone", Goldstein: 1, QuadClass: 1,
		Plover:   event.Plover{EventType: "CONSULT", Mode: "phone"},
		Sentence: "On Friday, Xi had a call with Trump, \"a good one\".", Evidence: "had a call with Trump",
		Pattern: "dict/verbs/x.verbs.txt:3", Mentions: 1,
	}, {
		DocID: "seed", SentenceID: 2, EventID: "def456", DatePrecision: "none", DocDate: "2025-01-21",
		Source: event.Actor{Code: "IGOUNO", Org: "UNO", Role: "IGO", Text: "the U.N."},
		Target: event.Actor{Code: "RUS", Country: "RUS", Text: "Russia"},
		Cameo:  "0841", CameoRoot: "08", CameoName: "Return, release person(s)", Goldstein: 7, QuadClass: 2, Negated: true,
		Sentence: "x\ty", Evidence: "y",
	}}
}

func TestGolden(t *testing.T) {
	for _, name := range Names {
		var b bytes.Buffer
		w, err := New(name, &b)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range sample() {
			if err := w.Write(&e); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata", name+".golden")
		if *update {
			os.WriteFile(path, b.Bytes(), 0o644)
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -update)", err)
		}
		if !bytes.Equal(b.Bytes(), want) {
			t.Errorf("%s output differs from %s:\n%s", name, path, b.String())
		}
	}
	if _, err := New("xml", &bytes.Buffer{}); err == nil {
		t.Error("unknown format accepted")
	}
}

func TestEmptyTableHasHeader(t *testing.T) {
	var b bytes.Buffer
	w, _ := New("csv", &b)
	w.Close()
	if !bytes.HasPrefix(b.Bytes(), []byte("event_id,doc_id,")) {
		t.Errorf("no header: %q", b.String())
	}
}
