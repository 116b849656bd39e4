package cameo

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"testing"
)

func TestTable(t *testing.T) {
	tab := MustLoad()
	tests := []struct {
		code, name, plover, mode string
		goldstein                float64
		quad                     int
	}{
		{"041", "Discuss by telephone", "CONSULT", "phone", 1.0, 1},
		{"042", "Make a visit", "CONSULT", "visit", 1.9, 1},
		{"195", "Employ aerial weapons, not specified below", "ASSAULT", "aerial", -10, 4},
		{"1951", "Employ precision-guided aerial munitions", "ASSAULT", "aerial-precision", -10, 4},
		{"1214", "Reject intelligence cooperation", "REJECT", "", -4, 3},
		{"010", "Make statement, not specified below", "", "", 0, 1},
		{"163", "Impose embargo, boycott, or sanctions", "SANCTION", "embargo", -8, 4},
	}
	for _, tt := range tests {
		c, ok := tab.Get(tt.code)
		if !ok {
			t.Errorf("%s: missing", tt.code)
			continue
		}
		if c.Name != tt.name || c.Plover != tt.plover || c.Mode != tt.mode || c.Goldstein != tt.goldstein || c.QuadClass != tt.quad {
			t.Errorf("%s: got %+v", tt.code, c)
		}
	}
	if u := tab.Lookup("0999"); u.Name != "unknown" || u.QuadClass != 2 {
		t.Errorf("unknown code: %+v", u)
	}
	if u := tab.Lookup("zz"); u.Name != "unknown" {
		t.Errorf("non-code: %+v", u)
	}
}

func TestQuadConvention(t *testing.T) {
	for _, c := range MustLoad().Codes() {
		root := c.Root()
		var want int
		switch {
		case root <= "05":
			want = 1
		case root <= "09":
			want = 2
		case root <= "14":
			want = 3
		default:
			want = 4
		}
		if c.QuadClass != want {
			t.Errorf("%s: quad %d, want %d", c.Code, c.QuadClass, want)
		}
	}
}

// TestAgainstShared checks every code of the shared CAMEO table is present
// with its Goldstein value (or its parent's where it has none).
func TestAgainstShared(t *testing.T) {
	f, err := os.Open("../../shared/cameo/codes.tsv")
	if err != nil {
		t.Skip("../shared absent: ", err)
	}
	defer f.Close()
	tab := MustLoad()
	sc := bufio.NewScanner(f)
	sc.Scan()
	n := 0
	for sc.Scan() {
		col := strings.Split(sc.Text(), "\t")
		c, ok := tab.Get(col[0])
		if !ok {
			t.Errorf("%s missing", col[0])
			continue
		}
		n++
		if g, err := strconv.ParseFloat(col[2], 64); err == nil && g != c.Goldstein {
			t.Errorf("%s: goldstein %v, shared %s", col[0], c.Goldstein, col[2])
		}
	}
	if n != tab.Len() {
		t.Errorf("shared has %d codes, table %d", n, tab.Len())
	}
}
