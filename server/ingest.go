package server

import (
	"bufio"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"

	"annals/article"
	"annals/timex"
)

// articleIn is the JSON form of an article in a POST body.
type articleIn struct {
	ID       string `json:"id"`
	Date     string `json:"date"`
	Title    string `json:"title"`
	Text     string `json:"text"`
	Source   string `json:"source"`
	URL      string `json:"url"`
	Language string `json:"language"`
}

func (in *articleIn) article(n int) (article.Article, error) {
	a := article.Article{ID: in.ID, Title: in.Title, Text: in.Text, Source: in.Source,
		URL: in.URL, Language: in.Language, File: "request", Line: n}
	if strings.TrimSpace(in.Text) == "" {
		return a, fmt.Errorf("article %d: text is empty", n)
	}
	if in.Date == "" {
		return a, fmt.Errorf("article %d: date is missing (want YYYY-MM-DD)", n)
	}
	d, err := timex.ParseDay(in.Date)
	if err != nil {
		return a, fmt.Errorf("article %d: %v", n, err)
	}
	a.Date = d
	return a, nil
}

// decodeArticles reads one article object, an array of them, or JSON lines.
func decodeArticles(r io.Reader) ([]articleIn, error) {
	br := bufio.NewReader(r)
	first, err := peekNonSpace(br)
	if err == io.EOF {
		return nil, errors.New("empty body")
	}
	if err != nil {
		return nil, err
	}
	dec := json.NewDecoder(br)
	dec.DisallowUnknownFields()
	var out []articleIn
	switch first {
	case '[':
		if err := dec.Decode(&out); err != nil {
			return nil, fmt.Errorf("body: %w", err)
		}
		if _, err := dec.Token(); err != io.EOF {
			return nil, errors.New("body: data after the array")
		}
	case '{':
		for n := 1; ; n++ {
			var in articleIn
			err := dec.Decode(&in)
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil, fmt.Errorf("article %d: %w", n, err)
			}
			out = append(out, in)
		}
	default:
		return nil, errors.New("body: want a JSON object, an array of objects, or JSON lines")
	}
	if len(out) == 0 {
		return nil, errors.New("body: no articles")
	}
	return out, nil
}

func peekNonSpace(br *bufio.Reader) (byte, error) {
	for {
		b, err := br.ReadByte()
		if err != nil {
			return 0, err
		}
		switch b {
		case ' ', '\t', '\r', '\n', 0xEF, 0xBB, 0xBF: // white space, byte order mark
			continue
		}
		return b, br.UnreadByte()
	}
}

// authorized checks the bearer token in constant time.
func (s *Server) authorized(r *http.Request) bool {
	if s.opt.Token == "" {
		return true
	}
	got, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return ok && subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(s.opt.Token)) == 1
}

func (s *Server) handleIngest(w http.ResponseWriter, r *http.Request) {
	if s.opt.Ingest == nil {
		writeError(w, http.StatusMethodNotAllowed, "ingest is disabled on this server")
		return
	}
	if !s.authorized(r) {
		w.Header().Set("WWW-Authenticate", `Bearer realm="annals"`)
		writeError(w, http.StatusUnauthorized, "missing or wrong bearer token")
		return
	}
	if r.ContentLength > s.opt.MaxBody {
		writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body over %d bytes", s.opt.MaxBody))
		return
	}
	body := http.MaxBytesReader(w, r.Body, s.opt.MaxBody)
	ins, err := decodeArticles(body)
	if err != nil {
		var tooBig *http.MaxBytesError
		if errors.As(err, &tooBig) {
			writeError(w, http.StatusRequestEntityTooLarge, fmt.Sprintf("body over %d bytes", s.opt.MaxBody))
			return
		}
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	arts := make([]article.Article, 0, len(ins))
	for i := range ins {
		a, err := ins[i].article(i + 1)
		if err != nil {
			writeError(w, http.StatusBadRequest, err.Error())
			return
		}
		arts = append(arts, a)
	}
	st, err := s.opt.Ingest(r.Context(), arts)
	if err != nil {
		s.storeError(w, r, err)
		return
	}
	s.metrics.ingested(st)
	writeJSON(w, http.StatusOK, map[string]any{"received": len(arts), "stats": st})
}
