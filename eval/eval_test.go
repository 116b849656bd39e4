package eval

import (
	"strings"
	"testing"

	"annals/event"
)

func ptr(s string) *string { return &s }

func TestScore(t *testing.T) {
	gold, err := ReadGold("g.jsonl", strings.NewReader(`{"id":"a","text":"date 2025-01-01 x","events":[ {"src":"RUS","tgt":"CHN","root":"04","codes":["041"],"dates":["2025-01-21"],"src_role":"GOV","tgt_role":"GOV","undirected":true}, {"src":"RUS","tgt":"UKR","root":"19","codes":["190"],"dates":["2022-02"]}, {"src":"USA","tgt":"CHN","root":"13","codes":["1312"],"dates":["2024"],"optional":true}], "absent":[{"src":"RUS","tgt":"USA","root":"04"}]}`))
	if err != nil {
		t.Fatal(err)
	}
	evs := []event.Event{
		{DocID: "a", Cameo: "041", Date: ptr("2025-01-21"), Source: event.Actor{Code: "CHNGOV"}, Target: event.Actor{Code: "RUSGOV"}},
		{DocID: "a", Cameo: "190", Date: ptr("2025-01-21"), Source: event.Actor{Code: "RUS"}, Target: event.Actor{Code: "UKR"}},
		{DocID: "a", Cameo: "040", Date: ptr("2025-01-21"), Source: event.Actor{Code: "RUSGOV"}, Target: event.Actor{Code: "USAELI"}},
		{DocID: "a", Cameo: "1312", Source: event.Actor{Code: "USA"}, Target: event.Actor{Code: "CHN"}},
		{DocID: "a", Cameo: "111", Source: event.Actor{Code: "IGOUNO"}, Target: event.Actor{Code: "RUS"}},
	}
	r := Score(gold, evs).Total
	want := Counts{Gold: 2, TP: 2, FP: 2, Exact: 2, Dated: 2, DateOK: 1, Roled: 2, RoleOK: 2, AbsentHit: 1}
	if r != want {
		t.Errorf("got %+v\nwant %+v", r, want)
	}
	if r.F1() != 2*0.5*1/(1.5) {
		t.Errorf("F1 %v", r.F1())
	}
}

func FuzzReadGold(f *testing.F) {
	f.Add(`{"id":"a","events":[{"src":"X","tgt":"Y","root":"01"}]}` + "\n{}\n")
	f.Fuzz(func(t *testing.T, in string) {
		gold, err := ReadGold("f", strings.NewReader(in))
		if err != nil && !strings.HasPrefix(err.Error(), "f:") {
			t.Fatalf("error without position: %v", err)
		}
		Score(gold, nil)
	})
}
