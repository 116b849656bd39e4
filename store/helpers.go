package store

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"strconv"
	"strings"
	"time"

	"annals/article"
	"annals/timex"
)

// ArticleKey is the key an article is stored under: its id, or, when it has
// none, "sha256:" and the hex SHA-256 of its text.
func ArticleKey(a *article.Article) string {
	if a.ID != "" {
		return a.ID
	}
	sum := sha256.Sum256([]byte(a.Text))
	return "sha256:" + hex.EncodeToString(sum[:])
}

// EncodeCursor makes the opaque cursor for the position after the event
// with the given date and id.
func EncodeCursor(date string, id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(date + "|" + strconv.FormatInt(id, 10)))
}

// DecodeCursor reads a cursor made by EncodeCursor.
func DecodeCursor(c string) (date string, id int64, err error) {
	b, err := base64.RawURLEncoding.DecodeString(c)
	if err != nil {
		return "", 0, fmt.Errorf("%w: cursor: not base64", ErrBadFilter)
	}
	date, num, ok := strings.Cut(string(b), "|")
	if !ok {
		return "", 0, fmt.Errorf("%w: cursor: malformed", ErrBadFilter)
	}
	id, err = strconv.ParseInt(num, 10, 64)
	if err != nil || id <= 0 {
		return "", 0, fmt.Errorf("%w: cursor: malformed", ErrBadFilter)
	}
	return date, id, nil
}

// PrefixRange returns the half-open range [lo, hi) of strings that start
// with p, for index-friendly prefix matching. ok is false when p is empty
// (everything matches).
func PrefixRange(p string) (lo, hi string, ok bool) {
	if p == "" {
		return "", "", false
	}
	b := []byte(p)
	for i := len(b) - 1; i >= 0; i-- {
		if b[i] < 0xff {
			b[i]++
			return p, string(b[:i+1]), true
		}
	}
	// All bytes are 0xff: no upper bound exists; use one that sorts after
	// any valid UTF-8 text.
	return p, p + "\xff", true
}

// UpperBound turns an inclusive To date into an exclusive bound on ISO date
// strings: everything that sorts at or before to or starts with it sorts
// before the bound.
func UpperBound(to string) string { return to + "~" }

// Limit clamps a requested page size to [1, MaxLimit], with 0 meaning
// DefaultLimit.
func Limit(n int) int {
	switch {
	case n <= 0:
		return DefaultLimit
	case n > MaxLimit:
		return MaxLimit
	}
	return n
}

// CheckDate reports whether s is empty or an ISO date (YYYY, YYYY-MM or
// YYYY-MM-DD).
func CheckDate(s string) error {
	if s == "" {
		return nil
	}
	if _, err := timex.Parse(s); err != nil {
		return fmt.Errorf("%w: %v", ErrBadFilter, err)
	}
	return nil
}

// Check validates the parts of a filter a backend relies on: dates, quad
// class and cursor.
func (f *Filter) Check() error {
	if err := CheckDate(f.From); err != nil {
		return fmt.Errorf("from: %w", err)
	}
	if err := CheckDate(f.To); err != nil {
		return fmt.Errorf("to: %w", err)
	}
	if f.QuadClass < 0 || f.QuadClass > 4 {
		return fmt.Errorf("%w: quad class %d: want 1-4", ErrBadFilter, f.QuadClass)
	}
	if (f.Dyad[0] == "") != (f.Dyad[1] == "") {
		return fmt.Errorf("%w: dyad needs two actors", ErrBadFilter)
	}
	if f.Cursor != "" {
		if _, _, err := DecodeCursor(f.Cursor); err != nil {
			return err
		}
	}
	return nil
}

// Intervals a timeline can bucket by.
const (
	Day   = "day"
	Week  = "week"
	Month = "month"
)

// CheckInterval validates a timeline interval.
func CheckInterval(interval string) error {
	switch interval {
	case Day, Week, Month:
		return nil
	}
	return fmt.Errorf("%w: interval %q: want day, week or month", ErrBadFilter, interval)
}

// TimelineFilter checks the arguments of Store.Timeline and returns the
// filter of the dyad's events, for every backend.
func TimelineFilter(a, b, interval, from, to string) (Filter, error) {
	if a == "" || b == "" {
		return Filter{}, fmt.Errorf("%w: two actors needed", ErrBadFilter)
	}
	if err := CheckInterval(interval); err != nil {
		return Filter{}, err
	}
	f := Filter{Dyad: [2]string{a, b}, From: from, To: to}
	return f, f.Check()
}

// PeriodBounds returns the first and last day of the period of the given
// interval named by period ("2025-01-17" for a day or the Monday of a week,
// "2025-01" for a month).
func PeriodBounds(interval, period string) (start, end string) {
	switch interval {
	case Day:
		return period, period
	case Week:
		t, err := time.Parse(time.DateOnly, period)
		if err != nil {
			return period, period
		}
		return period, t.AddDate(0, 0, 6).Format(time.DateOnly)
	case Month:
		t, err := time.Parse("2006-01", period)
		if err != nil {
			return period, period
		}
		return t.Format(time.DateOnly), t.AddDate(0, 1, -1).Format(time.DateOnly)
	}
	return period, period
}

// WeekStart returns the Monday of the ISO week of a YYYY-MM-DD date.
func WeekStart(day string) (string, error) {
	t, err := time.Parse(time.DateOnly, day)
	if err != nil {
		return "", err
	}
	back := (int(t.Weekday()) + 6) % 7
	return t.AddDate(0, 0, -back).Format(time.DateOnly), nil
}
