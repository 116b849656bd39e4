package server

import (
	"context"
	"math"
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"annals/store"
)

// metrics are the server's Prometheus metrics, kept in a private registry
// so that several Servers (tests) never collide.
type metrics struct {
	reg       *prometheus.Registry
	requests  *prometheus.CounterVec
	latency   *prometheus.HistogramVec
	articles  prometheus.Counter
	skipped   prometheus.Counter
	newEvents prometheus.Counter
}

func newMetrics(st store.Store) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		requests: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "annals_http_requests_total",
			Help: "HTTP requests by route pattern and status code.",
		}, []string{"route", "code"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "annals_http_request_seconds",
			Help:    "HTTP request latency by route pattern.",
			Buckets: prometheus.ExponentialBuckets(0.0005, 2.5, 12),
		}, []string{"route"}),
		articles: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "annals_articles_ingested_total",
			Help: "Articles stored through POST /api/articles.",
		}),
		skipped: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "annals_articles_skipped_total",
			Help: "Articles posted that were already stored.",
		}),
		newEvents: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "annals_events_ingested_total",
			Help: "New distinct events stored through POST /api/articles.",
		}),
	}
	stored := prometheus.NewGaugeFunc(prometheus.GaugeOpts{
		Name: "annals_events_stored",
		Help: "Distinct events in the store.",
	}, func() float64 {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		n, err := st.Count(ctx, store.Filter{})
		if err != nil {
			return math.NaN()
		}
		return float64(n)
	})
	m.reg.MustRegister(m.requests, m.latency, m.articles, m.skipped, m.newEvents, stored,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

func (m *metrics) handler() http.Handler {
	return promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{})
}

func (m *metrics) observe(route string, code int, d time.Duration) {
	m.requests.WithLabelValues(route, strconv.Itoa(code)).Inc()
	m.latency.WithLabelValues(route).Observe(d.Seconds())
}

func (m *metrics) ingested(st store.Stats) {
	m.articles.Add(float64(st.Articles))
	m.skipped.Add(float64(st.Skipped))
	m.newEvents.Add(float64(st.Events))
}
