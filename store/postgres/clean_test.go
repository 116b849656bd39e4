package postgres

import "testing"

func TestClean(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"caf\u00e9 \u2014 ok", "caf\u00e9 \u2014 ok"},
		{"a\x00b", "a b"},
		{"caf\xe9", "caf?"},
		{"\xff\xfe", "??"},
		{"\xe2\x82", "??"}, // truncated sequence: one mark per byte
	}
	for _, tt := range tests {
		got := clean(tt.in)
		if got != tt.want || len(got) != len(tt.in) {
			t.Errorf("clean(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFirst3(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"", "", false},
		{"US", "US", false},
		{"USA", "USA", true},
		{"USAGOV", "USA", true},
		{"\u00e9t\u00e9X", "\u00e9t\u00e9", true},
	}
	for _, tt := range tests {
		got, ok := first3(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("first3(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
