package server

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"annals/store"
)

//go:embed ui/templates/*.html
var templateFS embed.FS

//go:embed ui/static
var staticFS embed.FS

// pages holds one template set per page, each with the shared layout.
type pages struct {
	byName map[string]*template.Template
}

var funcs = template.FuncMap{
	"date": func(d *string) string {
		if d == nil {
			return "unknown"
		}
		return *d
	},
	"quadName": quadName,
	"pathEsc":  url.PathEscape,
	"fmtG":     func(g float64) string { return strconv.FormatFloat(g, 'f', 1, 64) },
	"tone": func(g float64) string {
		switch {
		case g > 0:
			return "coop"
		case g < 0:
			return "conf"
		}
		return "neutral"
	},
	"anchor": mentionAnchor,
	"dyadURL": func(a, b string) string {
		return "/dyad/" + url.PathEscape(a) + "/" + url.PathEscape(b)
	},
	"actorURL":   func(c string) string { return "/actor/" + url.PathEscape(c) },
	"articleURL": func(id string) string { return "/articles/" + url.PathEscape(id) },
}

func quadName(q int) string {
	switch q {
	case 1:
		return "Verbal cooperation"
	case 2:
		return "Material cooperation"
	case 3:
		return "Verbal conflict"
	case 4:
		return "Material conflict"
	}
	return "Unknown"
}

func mustPages() *pages {
	p := &pages{byName: map[string]*template.Template{}}
	for _, name := range []string{"search", "article", "dyad", "actor", "actors", "error"} {
		t := template.Must(template.New(name).Funcs(funcs).ParseFS(templateFS,
			"ui/templates/layout.html", "ui/templates/events.html", "ui/templates/"+name+".html"))
		p.byName[name] = t
	}
	return p
}

// render executes a page into a buffer first, so that a template error
// becomes a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, code int, name string, data any) {
	var buf bytes.Buffer
	if err := s.pages.byName[name].ExecuteTemplate(&buf, "layout", data); err != nil {
		s.log.ErrorContext(r.Context(), "render page", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	setSecurityHeaders(h)
	w.WriteHeader(code)
	_, _ = w.Write(buf.Bytes())
}

func setSecurityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; "+
		"img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "same-origin")
	h.Set("X-Frame-Options", "DENY")
}

type errorPage struct {
	Title string
	Code  int
	Msg   string
}

func (s *Server) pageError(w http.ResponseWriter, r *http.Request, err error) {
	switch {
	case errors.Is(err, store.ErrNotFound):
		s.notFound(w, r)
	case errors.Is(err, store.ErrBadFilter):
		s.render(w, r, http.StatusBadRequest, "error", errorPage{"Bad request", 400, err.Error()})
	default:
		s.log.ErrorContext(r.Context(), "page", "path", r.URL.Path, "err", err)
		s.render(w, r, http.StatusInternalServerError, "error", errorPage{"Error", 500, "internal error"})
	}
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusNotFound, "error", errorPage{"Not found", 404, "There is nothing at " + r.URL.Path + "."})
}

func (s *Server) uiRoutes() {
	static, err := fs.Sub(staticFS, "ui/static")
	if err != nil {
		panic(err)
	}
	files := http.StripPrefix("/static/", http.FileServerFS(static))
	s.mux.Handle("GET /static/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "public, max-age=3600")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		files.ServeHTTP(w, r)
	}))
	s.mux.HandleFunc("GET /{$}", s.pageSearch)
	s.mux.HandleFunc("GET /articles/{id...}", s.pageArticle)
	s.mux.HandleFunc("GET /dyad/{a}/{b}", s.pageDyad)
	s.mux.HandleFunc("GET /actor/{code}", s.pageActor)
	s.mux.HandleFunc("GET /actors", s.pageActors)
	s.mux.HandleFunc("/", s.notFound)
}

// form is the search form's state.
type form struct {
	Actor, Source, Target, Dyad, Country, Role, Code, Quad, From, To, Q, Limit string
}

func formFrom(q url.Values) form {
	return form{Actor: q.Get("actor"), Source: q.Get("source"), Target: q.Get("target"),
		Dyad: q.Get("dyad"), Country: q.Get("country"), Role: q.Get("role"), Code: q.Get("code"),
		Quad: q.Get("quad"), From: q.Get("from"), To: q.Get("to"), Q: q.Get("q"), Limit: q.Get("limit")}
}

type searchPage struct {
	Title  string
	Form   form
	Quads  []quadOption
	Err    string
	Events []store.StoredEvent
	Count  int
	Next   string
	CSV    string
	Search bool
}

type quadOption struct {
	Value, Name string
	Selected    bool
}

func (s *Server) pageSearch(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	p := searchPage{Title: "Events", Form: formFrom(q)}
	for i := 1; i <= 4; i++ {
		v := strconv.Itoa(i)
		p.Quads = append(p.Quads, quadOption{v, quadName(i), p.Form.Quad == v})
	}
	f, err := s.filterFrom(q)
	if err != nil {
		p.Err = err.Error()
		s.render(w, r, http.StatusBadRequest, "search", p)
		return
	}
	page, err := s.st.Events(r.Context(), f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if p.Count, err = s.st.Count(r.Context(), f); err != nil {
		s.pageError(w, r, err)
		return
	}
	p.Events = page.Events
	if page.Next != "" {
		nq := cloneValues(q)
		nq.Set("cursor", page.Next)
		p.Next = "/?" + nq.Encode()
	}
	cq := cloneValues(q)
	cq.Del("cursor")
	cq.Del("limit")
	p.CSV = "/api/events.csv?" + cq.Encode()
	s.render(w, r, http.StatusOK, "search", p)
}

func cloneValues(q url.Values) url.Values {
	out := url.Values{}
	for k, v := range q {
		if len(v) > 0 && v[0] != "" {
			out[k] = append([]string(nil), v...)
		}
	}
	return out
}

type articlePage struct {
	Title    string
	Article  store.StoredArticle
	Segments []segment
	Spans    int
}

func (s *Server) pageArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.st.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	spans := articleSpans(&a)
	title := a.Title
	if title == "" {
		title = "Article " + a.ID
	}
	s.render(w, r, http.StatusOK, "article", articlePage{Title: title, Article: a,
		Segments: segments(a.Text, spans), Spans: len(spans)})
}

type bucketRow struct {
	store.Bucket
	URL string
}

type dyadPage struct {
	Title     string
	A, B      string
	Interval  string
	From, To  string
	Intervals []intervalLink
	Buckets   []bucketRow
	Events    []store.StoredEvent
	Count     int
	More      string
}

type intervalLink struct {
	Name, URL string
	Current   bool
}

func (s *Server) pageDyad(w http.ResponseWriter, r *http.Request) {
	t, err := s.timelineParams(r)
	if err != nil {
		s.render(w, r, http.StatusBadRequest, "error", errorPage{"Bad request", 400, err.Error()})
		return
	}
	buckets, err := s.st.Timeline(r.Context(), t.A, t.B, t.Interval, t.From, t.To)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p := dyadPage{Title: t.A + " and " + t.B, A: t.A, B: t.B, Interval: t.Interval, From: t.From, To: t.To}
	for _, iv := range []string{store.Day, store.Week, store.Month} {
		q := url.Values{"interval": {iv}}
		if t.From != "" {
			q.Set("from", t.From)
		}
		if t.To != "" {
			q.Set("to", t.To)
		}
		p.Intervals = append(p.Intervals, intervalLink{iv, "?" + q.Encode(), iv == t.Interval})
	}
	dyad := t.A + "," + t.B
	for _, b := range buckets {
		q := url.Values{"dyad": {dyad}, "from": {b.Start}, "to": {b.End}}
		p.Buckets = append(p.Buckets, bucketRow{b, "/?" + q.Encode()})
	}
	f := store.Filter{Dyad: [2]string{t.A, t.B}, From: t.From, To: t.To, Limit: 50}
	page, err := s.st.Events(r.Context(), f)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	p.Events = page.Events
	if p.Count, err = s.st.Count(r.Context(), f); err != nil {
		s.pageError(w, r, err)
		return
	}
	mq := url.Values{"dyad": {dyad}}
	if t.From != "" {
		mq.Set("from", t.From)
	}
	if t.To != "" {
		mq.Set("to", t.To)
	}
	p.More = "/?" + mq.Encode()
	s.render(w, r, http.StatusOK, "dyad", p)
}

type actorPage struct {
	Title  string
	Actor  actorResponse
	Events []store.StoredEvent
	More   string
}

func (s *Server) pageActor(w http.ResponseWriter, r *http.Request) {
	c := code(r.PathValue("code"))
	a, found, err := s.actor(r, c, 25)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	if !found {
		s.render(w, r, http.StatusNotFound, "error", errorPage{"Not found", 404, fmt.Sprintf("No events for actor %s.", c)})
		return
	}
	page, err := s.st.Events(r.Context(), store.Filter{Actor: c, Limit: 20})
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	title := c
	if a.Name != "" {
		title += " (" + a.Name + ")"
	}
	s.render(w, r, http.StatusOK, "actor", actorPage{Title: title, Actor: a, Events: page.Events,
		More: "/?" + url.Values{"actor": {c}}.Encode()})
}

type actorsPage struct {
	Title  string
	Prefix string
	Actors []store.ActorStat
}

func (s *Server) pageActors(w http.ResponseWriter, r *http.Request) {
	prefix := code(r.URL.Query().Get("prefix"))
	actors, err := s.st.Actors(r.Context(), prefix, 200)
	if err != nil {
		s.pageError(w, r, err)
		return
	}
	s.render(w, r, http.StatusOK, "actors", actorsPage{Title: "Actors", Prefix: strings.TrimSpace(r.URL.Query().Get("prefix")), Actors: actors})
}
