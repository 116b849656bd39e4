package server

import (
	"encoding/csv"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"annals/store"
)

// filterFrom reads the event filter from query parameters.
func (s *Server) filterFrom(q url.Values) (store.Filter, error) {
	f := store.Filter{
		Actor:   code(q.Get("actor")),
		Source:  code(q.Get("source")),
		Target:  code(q.Get("target")),
		Country: code(q.Get("country")),
		Role:    code(q.Get("role")),
		Code:    strings.TrimSpace(q.Get("code")),
		From:    strings.TrimSpace(q.Get("from")),
		To:      strings.TrimSpace(q.Get("to")),
		Text:    strings.TrimSpace(q.Get("q")),
		Cursor:  strings.TrimSpace(q.Get("cursor")),
	}
	if d := strings.TrimSpace(q.Get("dyad")); d != "" {
		a, b, ok := strings.Cut(d, ",")
		a, b = code(a), code(b)
		if !ok || a == "" || b == "" || strings.Contains(b, ",") {
			return f, errors.New("dyad: want two actor codes, A,B")
		}
		f.Dyad = [2]string{a, b}
	}
	if v := strings.TrimSpace(q.Get("quad")); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 4 {
			return f, fmt.Errorf("quad: want 1, 2, 3 or 4, not %q", v)
		}
		f.QuadClass = n
	}
	for _, c := range f.Code {
		if c < '0' || c > '9' {
			return f, fmt.Errorf("code: want CAMEO digits, not %q", f.Code)
		}
	}
	limit, err := s.limit(q.Get("limit"), store.DefaultLimit)
	if err != nil {
		return f, err
	}
	f.Limit = limit
	if err := f.Check(); err != nil {
		return f, err
	}
	return f, nil
}

// code normalises an actor, country or role code from a URL.
func code(s string) string { return strings.ToUpper(strings.TrimSpace(s)) }

// limit parses a page size, clamping it to Options.MaxPage.
func (s *Server) limit(v string, def int) (int, error) {
	v = strings.TrimSpace(v)
	if v == "" {
		return min(def, s.opt.MaxPage), nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("limit: want a positive number, not %q", v)
	}
	return min(n, s.opt.MaxPage), nil
}

func (s *Server) handleEvents(w http.ResponseWriter, r *http.Request) {
	f, err := s.filterFrom(r.URL.Query())
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	page, err := s.st.Events(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}

// csvHeader names the columns of /api/events.csv.
var csvHeader = []string{
	"id", "date", "date_precision", "source", "source_name", "source_country", "source_role",
	"target", "target_name", "target_country", "target_role", "cameo", "cameo_root", "cameo_name",
	"quad_class", "goldstein", "plover_event_type", "plover_mode", "negated", "hedged",
	"mentions", "articles", "sources", "doc_id", "event_id", "sentence",
}

func csvRow(e *store.StoredEvent) []string {
	date := ""
	if e.Date != nil {
		date = *e.Date
	}
	return []string{
		strconv.FormatInt(e.ID, 10), date, e.DatePrecision,
		e.Source.Code, e.Source.Name, e.Source.Country, e.Source.Role,
		e.Target.Code, e.Target.Name, e.Target.Country, e.Target.Role,
		e.Cameo, e.CameoRoot, e.CameoName,
		strconv.Itoa(e.QuadClass), strconv.FormatFloat(e.Goldstein, 'f', -1, 64),
		e.Plover.EventType, e.Plover.Mode, strconv.FormatBool(e.Negated), strconv.FormatBool(e.Hedged),
		strconv.Itoa(e.Mentions), strconv.Itoa(e.Articles), strconv.Itoa(e.Sources),
		e.DocID, e.EventID, e.Sentence,
	}
}

// handleEventsCSV streams every matching event (or the first limit of
// them when limit is given) as CSV.
func (s *Server) handleEventsCSV(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	f, err := s.filterFrom(q)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	want := -1 // every row
	if v := strings.TrimSpace(q.Get("limit")); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("limit: want a positive number, not %q", v))
			return
		}
		want = n
	}
	f.Limit = store.MaxLimit
	if want > 0 {
		f.Limit = min(want, store.MaxLimit)
	}
	// Fetch the first page before writing, so that errors still get a
	// proper status.
	page, err := s.st.Events(r.Context(), f)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", `attachment; filename="events.csv"`)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	cw := csv.NewWriter(w)
	_ = cw.Write(csvHeader)
	written := 0
	for {
		for i := range page.Events {
			if want >= 0 && written >= want {
				cw.Flush()
				return
			}
			_ = cw.Write(csvRow(&page.Events[i]))
			written++
		}
		if page.Next == "" {
			break
		}
		cw.Flush()
		if cw.Error() != nil {
			return
		}
		f.Cursor = page.Next
		if page, err = s.st.Events(r.Context(), f); err != nil {
			s.log.ErrorContext(r.Context(), "csv export", "err", err)
			break
		}
	}
	cw.Flush()
}

// timelineResponse is the body of GET /api/dyads/{a}/{b}/timeline.
type timelineResponse struct {
	A        string         `json:"a"`
	B        string         `json:"b"`
	Interval string         `json:"interval"`
	From     string         `json:"from,omitempty"`
	To       string         `json:"to,omitempty"`
	Buckets  []store.Bucket `json:"buckets"`
}

func (s *Server) timelineParams(r *http.Request) (timelineResponse, error) {
	q := r.URL.Query()
	t := timelineResponse{
		A:        code(r.PathValue("a")),
		B:        code(r.PathValue("b")),
		Interval: strings.TrimSpace(q.Get("interval")),
		From:     strings.TrimSpace(q.Get("from")),
		To:       strings.TrimSpace(q.Get("to")),
	}
	if t.Interval == "" {
		t.Interval = store.Month
	}
	if t.A == "" || t.B == "" {
		return t, errors.New("two actor codes needed")
	}
	if err := store.CheckInterval(t.Interval); err != nil {
		return t, err
	}
	if err := store.CheckDate(t.From); err != nil {
		return t, fmt.Errorf("from: %w", err)
	}
	if err := store.CheckDate(t.To); err != nil {
		return t, fmt.Errorf("to: %w", err)
	}
	return t, nil
}

func (s *Server) handleTimeline(w http.ResponseWriter, r *http.Request) {
	t, err := s.timelineParams(r)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	t.Buckets, err = s.st.Timeline(r.Context(), t.A, t.B, t.Interval, t.From, t.To)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, t)
}

func (s *Server) handleActors(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	limit, err := s.limit(q.Get("limit"), store.DefaultLimit)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	actors, err := s.st.Actors(r.Context(), code(q.Get("prefix")), limit)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"actors": actors})
}

// actorResponse is the body of GET /api/actors/{code}.
type actorResponse struct {
	Code     string          `json:"code"`
	Name     string          `json:"name,omitempty"`
	Events   int             `json:"events"`
	Partners []store.Partner `json:"partners"`
}

// actor looks up an actor code (a prefix: "RUS" covers RUSGOV) and its
// partners. found is false when no stored event involves it.
func (s *Server) actor(r *http.Request, c string, limit int) (a actorResponse, found bool, err error) {
	a.Code = c
	n, err := s.st.Count(r.Context(), store.Filter{Actor: c})
	if err != nil {
		return a, false, err
	}
	a.Events = n
	if exact, err := s.st.Actors(r.Context(), c, 1); err != nil {
		return a, false, err
	} else if len(exact) == 1 && exact[0].Code == c {
		a.Name = exact[0].Name
	}
	if a.Partners, err = s.st.Partners(r.Context(), c, limit); err != nil {
		return a, false, err
	}
	return a, n > 0, nil
}

func (s *Server) handleActor(w http.ResponseWriter, r *http.Request) {
	c := code(r.PathValue("code"))
	limit, err := s.limit(r.URL.Query().Get("limit"), 20)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	a, found, err := s.actor(r, c, limit)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	if !found {
		writeError(w, http.StatusNotFound, "no events for actor "+c)
		return
	}
	writeJSON(w, http.StatusOK, a)
}

func (s *Server) handleArticle(w http.ResponseWriter, r *http.Request) {
	a, err := s.st.Article(r.Context(), r.PathValue("id"))
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, struct {
		store.StoredArticle
		Spans []CodedSpan `json:"spans"`
	}{a, articleSpans(&a)})
}
