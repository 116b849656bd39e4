package coder_test

import (
	"sort"
	"strings"
	"testing"

	"annals/article"
	"annals/coder"
	"annals/timex"
)

// TestDiscourse codes short articles whose events need the article: group
// references, pronouns, targets named before, and dates in the text.
func TestDiscourse(t *testing.T) {
	cd := Builtin(t)
	tests := []struct {
		body string
		date timex.Date
		want string // "SRC TGT CODE DATE" sorted, ";"-joined
		root bool   // compare the CAMEO root only
	}{
		{"Britain and France met in Paris on Monday. Both governments condemned Iran.", timex.Ymd(2024, 5, 8),
			"FRAGOV GBRGOV 040 2024-05-06;FRAGOV IRNGOV 111 2024-05-06;GBRGOV FRAGOV 040 2024-05-06;GBRGOV IRNGOV 111 2024-05-06", false},
		{"The European Union imposed new sanctions on Iran on Monday. India's foreign ministry criticised the move.", timex.Ymd(2024, 5, 8),
			"IGOEEC IRNGOV 163 2024-05-06;INDGOV IGOEEC 110 2024-05-06", false},
		{"Wang Yi met his Russian counterpart in Beijing on Monday.", timex.Ymd(2024, 5, 8), "CHNGOV RUSGOV 040 2024-05-06", false},
		{"Two years since Russia's invasion of Ukraine, Japan imposed sanctions on Russia on Friday.", timex.Ymd(2024, 2, 24),
			"JPNGOV RUSGOV 163 2024-02-23", false},
		{"Russia invaded Ukraine in February 2022. Putin has not met Zelenskyy since.", timex.Ymd(2024, 5, 8),
			"RUSGOV UKRGOV 190 2022-02", false},
		{"Kenya's government said on Monday it was ready to hold talks with the protesters, but student leaders rejected the offer.", timex.Ymd(2024, 6, 26),
			"KENEDU KENGOV 12 2024-06-24;KENGOV KENCVL 03 2024-06-24", true},
		{"Japan hosted the talks in Tokyo on Monday. The European Union demanded that China pay more, but Beijing refused.", timex.Ymd(2024, 6, 26),
			"CHNGOV IGOEEC 12 2024-06-26;IGOEEC CHNGOV 10 2024-06-26", true},
	}
	for _, tt := range tests {
		res := cd.Code(article.Article{ID: "t", Date: tt.date, Text: tt.body}, coder.Options{})
		var got []string
		for _, e := range res.Events {
			d := ""
			if e.Date != nil {
				d = *e.Date
			}
			code := e.Cameo
			if tt.root {
				code = e.CameoRoot
			}
			got = append(got, e.Source.Code+" "+e.Target.Code+" "+code+" "+d)
		}
		sort.Strings(got)
		if g := strings.Join(got, ";"); g != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.body, g, tt.want)
		}
	}
}

// TestForcefulAuthor: "condemned the raid" targets whoever used force
// last, not the article's lead; the members of ", including A and B,"
// are the sources.
func TestForcefulAuthor(t *testing.T) {
	cd := Builtin(t)
	got := coded(cd, "Mexico broke off relations with Ecuador on Saturday after Ecuadorian police raided the Mexican embassy in Quito. "+
		"Governments across the region, including Brazil and Colombia, condemned the raid.", false)
	for _, want := range []string{"BRAGOV ECUCOP 111", "COLGOV ECUCOP 111"} {
		if !strings.Contains(got, want) {
			t.Errorf("no %q in %s", want, got)
		}
	}
	if strings.Contains(got, "MEXGOV 111") {
		t.Errorf("the raid's author taken from the lead: %s", got)
	}
}
