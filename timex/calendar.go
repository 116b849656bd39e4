package timex

import (
	"fmt"
	"strconv"
	"time"
)

// daysIn returns the number of days of month m in year y.
func daysIn(y, m int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func validDay(y, m, d int) bool { return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m) }

// addMonths moves a (year, month) pair by n months.
func addMonths(y, m, n int) (int, int) {
	t := y*12 + (m - 1) + n
	return floorDiv(t, 12), t - floorDiv(t, 12)*12 + 1
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func yearDate(y int) Date     { return Date{Y: y, Prec: Year} }
func monthDate(y, m int) Date { return Date{Y: y, M: m, Prec: Month} }

// isoWday maps time.Weekday to ISO numbering (Monday 1 .. Sunday 7).
func isoWday(w time.Weekday) int {
	if w == time.Sunday {
		return 7
	}
	return int(w)
}

// weekStart returns the Monday of d's ISO week.
func weekStart(d Date) Date { return d.AddDays(1 - isoWday(d.Weekday())) }

// weekValue gives the ISO week of d as "2025-W03".
func weekValue(d Date) string {
	y, w := d.Time().ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// spanDate returns the coarsest Date containing the days from a to b.
func spanDate(a, b Date) Date {
	switch {
	case a.Y == b.Y && a.M == b.M:
		return monthDate(a.Y, a.M)
	case a.Y == b.Y:
		return yearDate(a.Y)
	}
	return Date{}
}

// weekDate is the coarsest Date containing d's ISO week.
func weekDate(d Date) Date {
	s := weekStart(d)
	return spanDate(s, s.AddDays(6))
}

// dayValue formats a day-precision date, or "" when it is not valid.
// iso formats a date like Date.String without fmt (it is on the hot path).
func iso(d Date) string {
	if d.Prec == None || d.Y < 0 || d.Y > 9999 {
		return d.String()
	}
	var b [10]byte
	b[0], b[1], b[2], b[3] = byte('0'+d.Y/1000), byte('0'+d.Y/100%10), byte('0'+d.Y/10%10), byte('0'+d.Y%10)
	n := 4
	if d.Prec >= Month {
		b[4], b[5], b[6] = '-', byte('0'+d.M/10%10), byte('0'+d.M%10)
		n = 7
	}
	if d.Prec == Day {
		b[7], b[8], b[9] = '-', byte('0'+d.D/10%10), byte('0'+d.D%10)
		n = 10
	}
	return string(b[:n])
}

func pad2(n int) string {
	if n < 0 || n > 99 {
		return strconv.Itoa(n)
	}
	return string([]byte{byte('0' + n/10), byte('0' + n%10)})
}

func yearValue(y int) string {
	if y < 0 || y > 9999 {
		return ""
	}
	return iso(yearDate(y))
}

// seasonMonths gives the first month of a season (index into seasonCodes).
var seasonStart = [...]int{0, 3, 6, 9, 12}

// seasonOfMonth gives the season index containing month m and the year the
// season is labelled with (winter is labelled by its December).
func seasonOfMonth(y, m int) (int, int) {
	switch {
	case m >= 3 && m <= 5:
		return 1, y
	case m >= 6 && m <= 8:
		return 2, y
	case m >= 9 && m <= 11:
		return 3, y
	case m == 12:
		return 4, y
	}
	return 4, y - 1
}

// seasonDate is the Date containing a season: its year, or nothing for a
// winter, which straddles two years.
func seasonDate(y, s int) Date {
	if s == 4 {
		return Date{}
	}
	return yearDate(y)
}

func seasonValue(y, s int) string { return yearValue(y) + "-" + seasonCodes[s] }

// numText formats a duration quantity.
func numText(n int) string { return strconv.Itoa(n) }

// thanksgiving returns the fourth Thursday of November of year y.
func thanksgiving(y int) Date {
	d := Ymd(y, 11, 1)
	off := (int(time.Thursday) - int(d.Weekday()) + 7) % 7
	return d.AddDays(off + 21)
}

// easter returns Western Easter Sunday of year y (anonymous Gregorian
// algorithm).
func easter(y int) Date {
	if y < 1 {
		return Ymd(y, 4, 1)
	}
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return Ymd(y, month, day)
}
