package coder_test

import (
	"sort"
	"strings"
	"testing"

	"annals/article"
	"annals/coder"
	"annals/timex"
)

// TestIntent: an announced cooperative act is coded as the intent (03x),
// a threatened hostile act as a threat (13x); predictions about others
// and speculation stay out. A compound subject acts on each other when
// a "with +" pattern has no "with".
func TestIntent(t *testing.T) {
	cd := Builtin(t)
	tests := []struct{ body, want string }{
		{"Japan will send humanitarian aid to Sudan.", "JPNGOV SDNGOV 0333"},
		{"Indonesia said it would send aid to Myanmar.", "IDNGOV MMRGOV 033"},
		{"Kenya pledged to release the Ugandan prisoners.", "KENGOV UGACVL 0353"},
		{"Iran warned that it would attack Israel.", "IRNGOV ISRGOV 13"},
		{"Analysts said Russia would attack Ukraine.", ""},
		{"Sunak said his government would sign a new treaty with Rwanda.", "GBRGOV RWAGOV 030"},
		{"Ukraine said it was ready to accept a U.S. proposal.", "UKRGOV USAGOV 030"},
		{"Egypt may send troops to Libya.", ""},
		{"Vietnam and Cambodia agreed to hold joint patrols.", "KHMGOV VNMGOV 0312;VNMGOV KHMGOV 0312"},
		{"Kenya refused to release the Ugandan prisoners.", "KENGOV UGACVL 1243"},
		{"Kenya said it would not release the Ugandan prisoners.", "KENGOV UGACVL 1243"},
		{"Ecuador's government will impose a curfew in Guayaquil.", "ECUGOV ECUCVL 1323"},
		{"Brazil will support Argentina's bid.", "BRAGOV ARGGOV 032"},
	}
	for _, tt := range tests {
		// a want with a two-digit code checks the root only
		roots := len(strings.Fields(tt.want)) == 3 && len(strings.Fields(tt.want)[2]) == 2
		if g := coded(cd, tt.body, roots); g != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.body, g, tt.want)
		}
	}
}

// coded codes a one-paragraph article of 2024-05-08 and lists its events
// as "SRC TGT CODE", sorted and ";"-joined (CODE the root with roots).
func coded(cd *coder.Coder, body string, roots bool) string {
	res := cd.Code(article.Article{ID: "t", Date: timex.Ymd(2024, 5, 8), Text: body}, coder.Options{})
	var got []string
	for _, e := range res.Events {
		code := e.Cameo
		if roots {
			code = e.CameoRoot
		}
		got = append(got, e.Source.Code+" "+e.Target.Code+" "+code)
	}
	sort.Strings(got)
	return strings.Join(got, ";")
}

// TestDomestic: a curfew, a state of emergency or a mobilisation with no
// named target falls on the source's own people; only a state imposes it.
func TestDomestic(t *testing.T) {
	cd := Builtin(t)
	tests := []struct{ body, want string }{
		{"Kenya imposed a nationwide curfew on Saturday.", "KENGOV KENCVL 1723"},
		{"Ecuador's government lifted the state of emergency.", "ECUGOV ECUCVL 0814"},
		{"Protesters imposed a curfew of their own.", ""},
		{"Turkish authorities imposed a curfew in the town of Cizre.", "TURGOV TURCVL 1723"},
		{"Rebels blocked the roads into Goma.", "CODREB CODGOV 144"},
		{"Hamas gunmen took hostages to Gaza.", ""},
		{"Belarus jailed opposition activist Maria Kolesnikova.", "BLRGOV BLROPP 173"},
		{"Britain froze Russian assets.", "GBRGOV RUS 163"},
		{"Two American journalists were arrested in Tehran.", "IRNCOP USAMED 173"},
		{"Kenyan opposition leader Raila Odinga was detained on Sunday.", "KENCOP KENOPP 173"},
		{"Kenyan students demanded an end to the new taxes.", "KENEDU KENGOV 100"},
		{"Russia demanded an apology.", ""},
		{"Kenya's president promised to democratise Kenya.", "KENGOV KENCVL 0344"},
		{"Tunisia's president threatened to impose a curfew in Sfax.", "TUNGOV TUNCVL 1323"},
		{"Thousands of Hungarians rallied in Budapest against Viktor Orban.", "HUNCVL HUNGOV 141"},
	}
	for _, tt := range tests {
		if g := coded(cd, tt.body, false); g != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.body, g, tt.want)
		}
	}
}

// TestNamed: a description with no code takes the name it introduces.
func TestNamed(t *testing.T) {
	cd := Builtin(t)
	res := cd.Code(article.Article{ID: "t", Date: timex.Ymd(2024, 5, 8), Text: "The rights group Amnesty International condemned Egypt on Monday."}, coder.Options{})
	if len(res.Events) != 1 || res.Events[0].Source.Code != "NGOHRIAMN" || res.Events[0].Source.Text != "rights group Amnesty International" {
		t.Errorf("got %+v", res.Events)
	}
}
