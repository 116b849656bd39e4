package demo

import "testing"

func TestCorpus(t *testing.T) {
	arts, err := Corpus()
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) < 40 {
		t.Fatalf("%d articles, want at least 40", len(arts))
	}
	ids := map[string]bool{}
	for _, a := range arts {
		if a.Date.IsZero() || a.Text == "" || ids[a.ID] {
			t.Errorf("bad article %q", a.ID)
		}
		ids[a.ID] = true
	}
}
