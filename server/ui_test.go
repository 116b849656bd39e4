package server_test

import (
	"context"
	"net/url"
	"strings"
	"testing"

	"annals/article"
	"annals/event"
	"annals/server"
	"annals/store"
	"annals/timex"
)

func TestPages(t *testing.T) {
	srv, _ := newServer(t, server.Options{})
	tests := []struct {
		target string
		code   int
		want   []string
	}{
		{"/", 200, []string{"6 events", `href="/articles/a1"`, `href="/actor/RUSGOV"`, "/api/events.csv"}},
		{"/?actor=RUS&quad=1", 200, []string{"2 events", "Consult"}},
		{"/?q=talks", 200, []string{"1 event", "Consult"}},
		{"/?limit=2", 200, []string{"Next page", "cursor="}},
		{"/?quad=9", 400, []string{"quad: want"}},
		{"/articles/a1", 200, []string{`<mark class="src"`, `<mark class="tgt"`, `<mark class="ev"`, "Putin meets Xi", "Reuters", `href="https://example.org/a1"`}},
		{"/articles/missing", 404, []string{"Not found"}},
		{"/dyad/RUS/CHN", 200, []string{`<canvas id="timeline"`, `data-a="RUS"`, `src="/static/chart.umd.min.js"`, `src="/static/app.js"`, "2025-01", "/?dyad=RUS%2CCHN"}},
		{"/dyad/RUS/CHN?interval=week&from=2025-01-01", 200, []string{`data-interval="week"`, `data-from="2025-01-01"`, "2025-01-13"}},
		{"/dyad/RUS/CHN?interval=decade", 400, []string{"interval"}},
		{"/actor/RUSGOV", 200, []string{"Vladimir Putin", `href="/actor/CHNGOV"`, `href="/dyad/RUSGOV/CHNGOV"`, "Top partners"}},
		{"/actor/ZZZ", 404, []string{"No events for actor ZZZ"}},
		{"/actors?prefix=RUS", 200, []string{"RUSGOV", "RUSMIL"}},
		{"/no/such/page", 404, []string{"Not found"}},
	}
	for _, tt := range tests {
		t.Run(tt.target, func(t *testing.T) {
			r := do(t, srv, "GET", tt.target, nil)
			if r.code != tt.code {
				t.Fatalf("status %d, want %d", r.code, tt.code)
			}
			if ct := r.header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("content type %q", ct)
			}
			if csp := r.header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
				t.Errorf("CSP %q", csp)
			}
			body := string(r.body)
			for _, w := range tt.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
		})
	}
}

func TestStatic(t *testing.T) {
	srv, _ := newServer(t, server.Options{})
	for path, want := range map[string]string{
		"/static/chart.umd.min.js": "Chart.js v4",
		"/static/app.js":           "new Chart(",
		"/static/style.css":        "mark.src",
	} {
		r := do(t, srv, "GET", path, nil)
		if r.code != 200 || !strings.Contains(string(r.body), want) {
			t.Errorf("%s: %d, lacks %q", path, r.code, want)
		}
	}
	if r := do(t, srv, "GET", "/static/missing.js", nil); r.code != 404 {
		t.Errorf("missing asset: %d", r.code)
	}
}

// hostile is text written to break out of HTML contexts.
const hostile = `Officials said <script>alert(1)</script> and "quoted" 'words' </textarea><img src=x onerror=alert(2)> met.`

func TestHostileTextIsEscaped(t *testing.T) {
	srv, st := newServer(t, server.Options{})
	a := article.Article{ID: `x"><script>alert(3)</script>`, Date: timex.Ymd(2025, 5, 1),
		Title: `<script>alert(4)</script>`, Source: `"><b>`, URL: `javascript:alert(5)`, Text: hostile}
	d := "2025-05-01"
	i := strings.Index(hostile, "<script>")
	j := strings.Index(hostile, "</textarea>")
	ev := event.Event{DocID: a.ID, Date: &d, DatePrecision: "day",
		Source: event.Actor{Code: "EVLGOV", Name: `<script>alert(6)</script>`, Text: hostile[i : i+8], Start: i, End: i + 8},
		Target: event.Actor{Code: "BADGOV", Name: `" onmouseover="alert(7)`, Text: "</textarea>", Start: j, End: j + 11},
		Cameo:  "112", CameoRoot: "11", CameoName: `<i>Accuse</i>`, QuadClass: 3, Goldstein: -2,
		Sentence: hostile, SentenceEnd: len(hostile), Evidence: "said", EvidenceStart: 10, EvidenceEnd: 14,
		Pattern: `<script>p</script>`, Mentions: 1}
	if _, err := st.PutArticles(context.Background(), []store.Coded{{Article: a, Events: []event.Event{ev}}}); err != nil {
		t.Fatal(err)
	}
	pages := []string{
		"/articles/" + url.PathEscape(a.ID),
		"/?q=alert",
		"/?actor=EVL",
		"/actor/EVLGOV",
		"/actor/BADGOV",
		"/dyad/EVLGOV/BADGOV",
		"/actors?prefix=" + url.QueryEscape(`<script>`),
		"/?actor=" + url.QueryEscape(`"><script>alert(8)</script>`),
		"/no/" + url.PathEscape(`<script>alert(9)</script>`),
	}
	for _, p := range pages {
		r := do(t, srv, "GET", p, nil)
		if r.code != 200 && r.code != 404 {
			t.Errorf("%s: status %d", p, r.code)
		}
		body := string(r.body)
		for _, bad := range []string{"<script>alert", "</textarea><img", "<img src=x", `" onmouseover="`, "<i>Accuse", `"><b>`, "javascript:alert", "<script>p"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s: page contains unescaped %q", p, bad)
			}
		}
	}
	art := string(do(t, srv, "GET", pages[0], nil).body)
	for _, good := range []string{"&lt;script&gt;", "alert(1)&lt;/script&gt;", "&lt;/textarea&gt;", "&#34;quoted&#34;", `<mark class="src"`} {
		if !strings.Contains(art, good) {
			t.Errorf("article page lacks escaped %q", good)
		}
	}
	// The JSON API escapes HTML too, so that it is safe if sniffed.
	api := string(do(t, srv, "GET", "/api/articles/"+url.PathEscape(a.ID), nil).body)
	if strings.Contains(api, "<script>") {
		t.Error("API response contains a raw <script>")
	}
}
