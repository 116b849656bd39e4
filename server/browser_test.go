package server_test

import (
	"context"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"annals/server"
)

const chromium = "/usr/bin/chromium"

// TestBrowser drives headless Chromium through the UI: the dyad chart is
// drawn by Chart.js, a bar leads to that period's events, and an event
// leads to its article with highlighted spans. Set ANNALS_SCREENSHOT to a
// .png path to keep screenshots of the dyad and article pages.
func TestBrowser(t *testing.T) {
	if _, err := os.Stat(chromium); err != nil {
		t.Skipf("browser test skipped: %s not found (apt-get install chromium)", chromium)
	}
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	srv, _ := newServer(t, server.Options{})
	ts := httptest.NewServer(srv)
	defer ts.Close()

	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(chromium),
		chromedp.Flag("headless", true),
		chromedp.Flag("no-sandbox", true),
		chromedp.Flag("disable-gpu", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("no-first-run", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("hide-scrollbars", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancelCtx := chromedp.NewContext(actx)
	defer cancelCtx()
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	run := func(step string, actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatalf("%s: %v", step, err)
		}
	}
	get := func(step string, a chromedp.Action[string]) string {
		t.Helper()
		v, err := chromedp.Run(ctx, a)
		if err != nil {
			t.Fatalf("%s: %v", step, err)
		}
		return v
	}
	screenshot := func(suffix string) {
		t.Helper()
		png, err := chromedp.Run(ctx, chromedp.CaptureScreenshot())
		if err != nil {
			t.Fatalf("screenshot: %v", err)
		}
		saveShot(t, suffix, png)
	}

	// 1. The dyad page draws its chart.
	run("dyad page",
		chromedp.Navigate(ts.URL+"/dyad/RUS/CHN?interval=month"),
		chromedp.WaitVisible(chromedp.ID("timeline")),
	)
	if _, err := chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById('timeline').dataset.state === 'drawn'`,
		chromedp.WithPollingTimeout(20*time.Second))); err != nil {
		t.Fatalf("chart never drawn: %v", err)
	}
	type chartState struct {
		Datasets int     `json:"datasets"`
		Labels   int     `json:"labels"`
		Painted  int     `json:"painted"`
		X        float64 `json:"x"`
		Y        float64 `json:"y"`
	}
	chart, err := chromedp.Run(ctx, chromedp.Evaluate[chartState](`(() => {
		const c = document.getElementById('timeline');
		const ch = Chart.getChart(c);
		const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
		let painted = 0;
		for (let i = 3; i < px.length; i += 4) { if (px[i] !== 0) painted++; }
		// The centre of the "material cooperation" bar of the second period.
		const bar = ch.getDatasetMeta(1).data[1];
		const r = c.getBoundingClientRect();
		return { datasets: ch.data.datasets.length, labels: ch.data.labels.length, painted: painted,
			x: r.left + bar.x, y: r.top + (bar.y + bar.base) / 2 };
	})()`))
	if err != nil {
		t.Fatalf("chart state: %v", err)
	}
	if chart.Datasets != 5 || chart.Labels != 2 || chart.Painted < 1000 {
		t.Fatalf("chart not drawn: %+v", chart)
	}
	screenshot("")

	// 2. Clicking a bar lists the events of that period and quad class.
	run("bar click",
		chromedp.MouseClickXY(chart.X, chart.Y),
		chromedp.WaitVisible(chromedp.CSS("table.events")),
	)
	loc := get("location", chromedp.Location())
	if !strings.Contains(loc, "dyad=RUS%2CCHN") || !strings.Contains(loc, "from=2025-02-01") ||
		!strings.Contains(loc, "to=2025-02-28") || !strings.Contains(loc, "quad=2") {
		t.Errorf("bar led to %s", loc)
	}
	rows := get("rows", chromedp.Text(chromedp.CSS("table.events tbody")))
	if !strings.Contains(rows, "061") || strings.Contains(rows, "040") {
		t.Errorf("period events: %q", rows)
	}

	// 3. An event links to its article, with highlighted spans.
	run("article link",
		chromedp.Click(chromedp.CSS("a.article-link")),
		chromedp.WaitVisible(chromedp.CSS("mark.ev")),
	)
	if loc := get("location", chromedp.Location()); !strings.HasSuffix(loc, "/articles/a3") {
		t.Errorf("event link led to %s", loc)
	}
	type markState struct {
		Src      int    `json:"src"`
		Tgt      int    `json:"tgt"`
		Ev       int    `json:"ev"`
		Evidence string `json:"evidence"`
	}
	marks, err := chromedp.Run(ctx, chromedp.Evaluate[markState](`({
		src: document.querySelectorAll('mark.src').length,
		tgt: document.querySelectorAll('mark.tgt').length,
		ev: document.querySelectorAll('mark.ev').length,
		evidence: Array.from(document.querySelectorAll('mark.ev')).map(m => m.textContent).join('|')
	})`))
	if err != nil {
		t.Fatalf("marks: %v", err)
	}
	if marks.Src < 2 || marks.Tgt < 2 || marks.Ev < 2 || !strings.Contains(marks.Evidence, "agreed to expand trade") {
		t.Errorf("highlights: %+v", marks)
	}
	screenshot("-article")
}

// saveShot writes a screenshot next to $ANNALS_SCREENSHOT, with suffix
// before the extension.
func saveShot(t *testing.T, suffix string, png []byte) {
	path := os.Getenv("ANNALS_SCREENSHOT")
	if path == "" {
		return
	}
	ext := filepath.Ext(path)
	path = strings.TrimSuffix(path, ext) + suffix + ext
	if err := os.WriteFile(path, png, 0o644); err != nil {
		t.Errorf("screenshot: %v", err)
		return
	}
	t.Logf("screenshot saved to %s", path)
}
