// Draws the dyad timeline on /dyad/{a}/{b} with Chart.js (loaded before
// this file from /static/chart.umd.min.js). Data comes from the JSON API of
// the same server; nothing is fetched from elsewhere.
(function () {
  'use strict';
  var canvas = document.getElementById('timeline');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var d = canvas.dataset;
  var params = new URLSearchParams({ interval: d.interval || 'month' });
  if (d.from) { params.set('from', d.from); }
  if (d.to) { params.set('to', d.to); }
  var api = '/api/dyads/' + encodeURIComponent(d.a) + '/' + encodeURIComponent(d.b) +
    '/timeline?' + params.toString();

  var quads = [
    { label: 'Verbal cooperation', color: '#4e9f6b' },
    { label: 'Material cooperation', color: '#1e6b45' },
    { label: 'Verbal conflict', color: '#e0913a' },
    { label: 'Material conflict', color: '#b8322e' }
  ];

  function fail(msg) {
    var el = document.getElementById('chart-error');
    if (el) {
      el.textContent = msg;
      el.hidden = false;
    }
    canvas.dataset.state = 'error';
  }

  // eventsURL lists the events of one bucket (and quad class, if given).
  function eventsURL(bucket, quad) {
    var q = new URLSearchParams({ dyad: d.a + ',' + d.b, from: bucket.start, to: bucket.end });
    if (quad) { q.set('quad', String(quad)); }
    return '/?' + q.toString();
  }

  function draw(body) {
    var buckets = body.buckets || [];
    if (buckets.length === 0) {
      fail('No dated events for this pair' + (d.from || d.to ? ' in this range.' : '.'));
      return;
    }
    var datasets = quads.map(function (q, i) {
      return {
        type: 'bar',
        label: q.label,
        data: buckets.map(function (b) { return b.quad[i]; }),
        backgroundColor: q.color,
        stack: 'events',
        yAxisID: 'y',
        maxBarThickness: 80,
        order: 2
      };
    });
    datasets.push({
      type: 'line',
      label: 'Goldstein sum',
      data: buckets.map(function (b) { return Math.round(b.goldstein * 10) / 10; }),
      borderColor: '#1d2430',
      backgroundColor: '#1d2430',
      borderWidth: 2,
      pointRadius: 3,
      tension: 0.2,
      yAxisID: 'g',
      order: 1
    });
    var chart = new Chart(canvas, {
      data: { labels: buckets.map(function (b) { return b.period; }), datasets: datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: { stacked: true },
          y: { stacked: true, beginAtZero: true, title: { display: true, text: 'events' }, ticks: { precision: 0 } },
          g: { position: 'right', title: { display: true, text: 'Goldstein sum' }, grid: { drawOnChartArea: false } }
        },
        plugins: { legend: { position: 'bottom' } },
        onClick: function (evt, elements) {
          var hit = chart.getElementsAtEventForMode(evt, 'nearest', { intersect: true }, false);
          var el = hit.length ? hit[0] : elements[0];
          if (!el) { return; }
          var quad = datasets[el.datasetIndex].type === 'bar' ? el.datasetIndex + 1 : 0;
          window.location.href = eventsURL(buckets[el.index], quad);
        },
        onHover: function (evt, elements) {
          evt.native.target.style.cursor = elements.length ? 'pointer' : 'default';
        }
      }
    });
    canvas.dataset.state = 'drawn';
  }

  fetch(api, { headers: { Accept: 'application/json' } })
    .then(function (r) {
      if (!r.ok) { throw new Error('timeline request failed: ' + r.status); }
      return r.json();
    })
    .then(draw)
    .catch(function (err) { fail(String(err.message || err)); });
})();
