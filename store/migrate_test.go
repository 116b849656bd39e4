package store

import (
	"testing"
	"testing/fstest"
)

func TestReadMigrations(t *testing.T) {
	ms, err := ReadMigrations(fstest.MapFS{
		"m/0002_more.sql": {Data: []byte("B")},
		"m/0001_init.sql": {Data: []byte("A")},
	}, "m/*.sql")
	if err != nil || len(ms) != 2 || ms[0].Version != 1 || ms[1].SQL != "B" || ms[0].Name != "0001_init.sql" {
		t.Fatalf("got %+v, %v", ms, err)
	}
	for name, fsys := range map[string]fstest.MapFS{
		"bad name":      {"m/init.sql": {}},
		"zero version":  {"m/0000_x.sql": {}},
		"shared number": {"m/1_a.sql": {}, "m/01_b.sql": {}},
	} {
		if _, err := ReadMigrations(fsys, "m/*.sql"); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}
