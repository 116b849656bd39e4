package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"

	"annals/store"
	"annals/store/sqlite"
	"annals/store/storetest"
)

func open(t *testing.T) store.Store {
	t.Helper()
	db, err := sqlite.Open(filepath.Join(t.TempDir(), "annals.db"))
	if err != nil {
		t.Fatal(err)
	}
	return db
}

func TestConformance(t *testing.T) {
	storetest.Run(t, open)
}

func TestReopenKeepsDataAndSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "annals.db")
	for i := range 2 {
		db, err := sqlite.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		v, err := db.SchemaVersion(context.Background())
		if err != nil || v != 1 {
			t.Errorf("open %d: schema version %d, %v; want 1", i, v, err)
		}
		st, err := db.PutArticles(context.Background(), storetest.Fixture())
		if err != nil {
			t.Fatal(err)
		}
		if want := []int{4, 0}[i]; st.Articles != want {
			t.Errorf("open %d: stored %d articles, want %d", i, st.Articles, want)
		}
		var mode string
		if err := db.SQL().QueryRow(`PRAGMA journal_mode`).Scan(&mode); err != nil || mode != "wal" {
			t.Errorf("journal mode %q, %v", mode, err)
		}
		if err := db.Close(); err != nil {
			t.Fatal(err)
		}
	}
}

func TestOpenBadPath(t *testing.T) {
	if _, err := sqlite.Open(""); err == nil {
		t.Error("Open(\"\") succeeded")
	}
	if _, err := sqlite.Open(filepath.Join(t.TempDir(), "no", "such", "dir", "x.db")); err == nil {
		t.Error("Open in a missing directory succeeded")
	}
}

func TestMemory(t *testing.T) {
	db, err := sqlite.Open(":memory:")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.PutArticles(context.Background(), storetest.Fixture()); err != nil {
		t.Fatal(err)
	}
	if n, err := db.Count(context.Background(), store.Filter{}); err != nil || n != 6 {
		t.Errorf("Count = %d, %v", n, err)
	}
}
