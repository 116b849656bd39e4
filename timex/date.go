package timex

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Precision says how much of a Date the text supports.
type Precision uint8

const (
	None Precision = iota
	Year
	Month
	Day
)

func (p Precision) String() string {
	switch p {
	case Year:
		return "year"
	case Month:
		return "month"
	case Day:
		return "day"
	}
	return "none"
}

// Date is a calendar date known to Year, Month or Day precision. The zero
// value is the unknown date.
type Date struct {
	Y    int
	M    int // 1..12 when Prec >= Month
	D    int // 1..31 when Prec == Day
	Prec Precision
}

// DayOf returns the day-precision Date of t.
func DayOf(t time.Time) Date {
	return Date{Y: t.Year(), M: int(t.Month()), D: t.Day(), Prec: Day}
}

// Ymd builds a day-precision date.
func Ymd(y, m, d int) Date { return Date{Y: y, M: m, D: d, Prec: Day} }

// IsZero reports whether the date is unknown.
func (d Date) IsZero() bool { return d.Prec == None }

// Time returns the first instant of the date in UTC.
func (d Date) Time() time.Time {
	m, day := d.M, d.D
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Y, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// AddDays moves a day-precision date by n days.
func (d Date) AddDays(n int) Date { return DayOf(d.Time().AddDate(0, 0, n)) }

// Weekday of a day-precision date.
func (d Date) Weekday() time.Weekday { return d.Time().Weekday() }

// String gives the ISO form at the date's precision: "2025", "2025-01",
// "2025-01-17", or "" for the unknown date.
func (d Date) String() string {
	switch d.Prec {
	case Year:
		return fmt.Sprintf("%04d", d.Y)
	case Month:
		return fmt.Sprintf("%04d-%02d", d.Y, d.M)
	case Day:
		return fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.D)
	}
	return ""
}

// Before reports whether d starts before e (comparing at the coarser
// precision of the two).
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// Compare orders dates by year, then month and day where both know them.
func (d Date) Compare(e Date) int {
	a, b := []int{d.Y, d.M, d.D}, []int{e.Y, e.M, e.D}
	n := int(min(d.Prec, e.Prec))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			if a[i] < b[i] {
				return -1
			}
			return 1
		}
	}
	return 0
}

// Parse reads "YYYY", "YYYY-MM" or "YYYY-MM-DD" and checks the calendar.
func Parse(s string) (Date, error) {
	parts := strings.Split(s, "-")
	if len(parts) == 0 || len(parts) > 3 || len(parts[0]) != 4 {
		return Date{}, fmt.Errorf("bad date %q: want YYYY-MM-DD", s)
	}
	nums := make([]int, len(parts))
	for i, p := range parts {
		if i > 0 && len(p) != 2 {
			return Date{}, fmt.Errorf("bad date %q: want YYYY-MM-DD", s)
		}
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return Date{}, fmt.Errorf("bad date %q: want YYYY-MM-DD", s)
		}
		nums[i] = n
	}
	d := Date{Y: nums[0], Prec: Year}
	if len(nums) > 1 {
		if nums[1] < 1 || nums[1] > 12 {
			return Date{}, fmt.Errorf("impossible date %q: month %d", s, nums[1])
		}
		d.M, d.Prec = nums[1], Month
	}
	if len(nums) > 2 {
		t := time.Date(d.Y, time.Month(d.M), nums[2], 0, 0, 0, 0, time.UTC)
		if nums[2] < 1 || t.Day() != nums[2] {
			return Date{}, fmt.Errorf("impossible date %q: no day %d in that month", s, nums[2])
		}
		d.D, d.Prec = nums[2], Day
	}
	return d, nil
}

// ParseDay is Parse restricted to full YYYY-MM-DD dates.
func ParseDay(s string) (Date, error) {
	d, err := Parse(s)
	if err != nil {
		return d, err
	}
	if d.Prec != Day {
		return Date{}, fmt.Errorf("bad date %q: want YYYY-MM-DD", s)
	}
	return d, nil
}
