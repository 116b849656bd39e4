package coder_test

import (
	"strings"
	"testing"

	"annals/article"
	"annals/coder"
	"annals/timex"
)

// TestEventDates: a relative clause dates its own verb; "N days after"
// dates the event before the news; sentences with no date tell the day
// of the article's first news, not background.
func TestEventDates(t *testing.T) {
	cd := Builtin(t)
	tests := []struct {
		body string
		date timex.Date
		want string // "CODE DATE" of every event, in order, ";"-joined
	}{
		{"Trump, who takes office on January 20, threatened last month to impose tariffs on China.", timex.Ymd(2025, 1, 8),
			"1312 2024-12"},
		{"The swap came five days after Russia fired missiles at Ukraine.", timex.Ymd(2024, 1, 3),
			"195 2023-12-29"},
		{"Japan and India signed a defence pact on Monday. The two countries also agreed to hold joint drills.", timex.Ymd(2024, 5, 8),
			"057 2024-05-06;057 2024-05-06;0312 2024-05-06;0312 2024-05-06"},
		// roles are read on the article date when the event's date is
		// only its month: she is still president
		{"President Salome Zourabichvili said she would not step down when her term ends this month.", timex.Ymd(2024, 12, 2),
			"1231 2024-12"},
		{"Russia invaded Ukraine in February 2022. Putin met Xi.", timex.Ymd(2024, 5, 8),
			"190 2022-02;040 2024-05-08"},
	}
	for _, tt := range tests {
		res := cd.Code(article.Article{ID: "t", Date: tt.date, Text: tt.body}, coder.Options{})
		var got []string
		for _, e := range res.Events {
			d := ""
			if e.Date != nil {
				d = *e.Date
			}
			got = append(got, e.Cameo+" "+d)
		}
		if g := strings.Join(got, ";"); g != tt.want {
			t.Errorf("%s\n got %s\nwant %s", tt.body, g, tt.want)
		}
	}
}
