/* dyad serve's dashboard: a pair of actors over time (net cooperation, the
 * four quad classes, the Goldstein mean), an optional second pair, and from
 * every point the events behind it and their evidence sentences.  Talks to
 * the API of docs/api.md only; text from the store is set with textContent,
 * never as HTML. */
'use strict';

const $ = (id) => document.getElementById(id);
const QUADS = [
  ['verbal_coop', 'verbal cooperation', '#2b8cbe'],
  ['material_coop', 'material cooperation', '#31a354'],
  ['verbal_conflict', 'verbal conflict', '#fd8d3c'],
  ['material_conflict', 'material conflict', '#de2d26'],
];
const charts = [];
let codeLabels = {};

async function api(path, params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {}))
    if (v !== undefined && v !== null && v !== '' && v !== false) q.set(k, v === true ? '1' : v);
  const url = path + (q.toString() ? '?' + q : '');
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await r.json().catch(() => ({}));
  if (!r.ok) throw new Error(body.error || (r.status + ' ' + r.statusText));
  return body;
}

function say(msg) { $('message').textContent = msg || ''; }

/* ---- the store's figures, the code labels */
async function loadStats() {
  try {
    const s = await api('/api/stats');
    $('stats').textContent = `${s.events} events from ${s.articles} articles, ` +
      `${s.first_date || '–'} to ${s.last_date || '–'} (${s.backend})`;
    if (!$('from').value && s.first_date) $('from').value = s.first_date;
    if (!$('to').value && s.last_date) $('to').value = s.last_date;
  } catch (e) { $('stats').textContent = 'store unavailable: ' + e.message; }
  try {
    const c = await api('/api/codes');
    for (const x of c.codes) codeLabels[x.code] = x.label;
  } catch (e) { /* labels are a nicety */ }
}

/* ---- completion: codes and names of the store's actors, and countries */
let completeTimer = null;
function complete(ev) {
  const q = ev.target.value.trim();
  clearTimeout(completeTimer);
  if (q.length < 1) return;
  completeTimer = setTimeout(async () => {
    try {
      const r = await api('/api/actors', { q, limit: 30 });
      const list = $('actor-list');
      list.replaceChildren();
      const seen = new Set();
      const add = (value, label) => {
        if (seen.has(value)) return;
        seen.add(value);
        const o = document.createElement('option');
        o.value = value;
        o.label = label;
        list.appendChild(o);
      };
      for (const a of r.actors) add(a.code.slice(0, 3), 'country ' + a.code.slice(0, 3));
      for (const a of r.actors) add(a.code, a.name ? a.name : a.code);
    } catch (e) { /* completion is optional */ }
  }, 150);
}

/* ---- the end of a period that starts on START */
function periodEnd(start, by, nextStart) {
  const d = new Date(start + 'T00:00:00Z');
  if (nextStart) {
    const n = new Date(nextStart + 'T00:00:00Z');
    n.setUTCDate(n.getUTCDate() - 1);
    return n.toISOString().slice(0, 10);
  }
  if (by === 'week') d.setUTCDate(d.getUTCDate() + 6);
  else if (by === 'month') { d.setUTCMonth(d.getUTCMonth() + 1, 0); }
  else if (by === 'year') { d.setUTCFullYear(d.getUTCFullYear(), 11, 31); }
  return d.toISOString().slice(0, 10);
}

/* ---- one chart per pair */
function drawSeries(series, by, undirected) {
  for (const c of charts) c.destroy();
  charts.length = 0;
  const box = $('charts');
  box.replaceChildren();
  for (const s of series) {
    const div = document.createElement('div');
    div.className = 'chart-box';
    const h = document.createElement('h2');
    const total = s.points.reduce((t, p) => t + p.events, 0);
    h.textContent = `${s.pair}: ${total} events by ${by} (click a point for its events)`;
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', `relations ${s.pair} over time`);
    canvas.dataset.pair = s.pair;
    div.append(h, canvas);
    box.appendChild(div);
    const labels = s.points.map((p) => p.period);
    const datasets = [
      { label: 'net cooperation', data: s.points.map((p) => p.net_coop), borderColor: '#333',
        backgroundColor: '#333', borderWidth: 3, yAxisID: 'y', tension: 0.1 },
      ...QUADS.map(([k, name, color]) => ({ label: name, data: s.points.map((p) => p[k]),
        borderColor: color, backgroundColor: color, borderWidth: 1.5, yAxisID: 'y', tension: 0.1 })),
      { label: 'Goldstein mean', data: s.points.map((p) => (p.events ? p.goldstein_mean : null)),
        borderColor: '#7a0177', backgroundColor: '#7a0177', borderDash: [6, 4], yAxisID: 'y1',
        spanGaps: false, tension: 0.1 },
    ];
    const chart = new Chart(canvas, {
      type: 'line',
      data: { labels, datasets },
      options: {
        animation: false,
        maintainAspectRatio: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          y: { title: { display: true, text: 'events / net cooperation' } },
          y1: { position: 'right', min: -10, max: 10, grid: { drawOnChartArea: false },
                title: { display: true, text: 'Goldstein mean' } },
        },
        plugins: {
          tooltip: {
            callbacks: {
              footer: (items) => {
                const p = s.points[items[0].dataIndex];
                return `${p.events} events, Goldstein sum ${p.goldstein_sum.toFixed(1)}`;
              },
            },
          },
        },
        onClick: (ev, elements, ch) => {
          const hit = ch.getElementsAtEventForMode(ev, 'index', { intersect: false }, false);
          if (!hit.length) return;
          const i = hit[0].index;
          const p = s.points[i];
          const next = s.points[i + 1];
          showEvents(s.a, s.b, undirected, p.start, periodEnd(p.start, by, next && next.start), p.period);
        },
      },
    });
    charts.push(chart);
  }
}

async function showTrend(ev) {
  if (ev) ev.preventDefault();
  say('');
  const a = $('a').value.trim().toUpperCase(), b = $('b').value.trim().toUpperCase();
  const c = $('c').value.trim().toUpperCase(), d = $('d').value.trim().toUpperCase();
  if (!a || !b) { say('Choose two actors.'); return; }
  if ((c && !d) || (d && !c)) { say('"Compare with" needs two actors.'); return; }
  const by = $('by').value, undirected = $('undirected').checked;
  try {
    const t = await api('/api/trend', { a, b, by, undirected, from: $('from').value, to: $('to').value,
                                        vs: c ? `${c},${d}` : '' });
    drawSeries(t.series, by, undirected);
    const q = new URLSearchParams({ a, b, by });
    if (c) { q.set('c', c); q.set('d', d); }
    if (undirected) q.set('undirected', '1');
    history.replaceState(null, '', '?' + q);
  } catch (e) { say(e.message); }
}

/* ---- the events of one point, then one event's evidence */
async function showEvents(a, b, undirected, from, to, period) {
  say('');
  try {
    const r = await api('/api/events', { source: a, target: b, undirected, from, to, limit: 200 });
    $('events-title').textContent = `${a} ${undirected ? '–' : '→'} ${b}, ${period}: ${r.count} events` +
      (r.next_cursor ? ' (first 200)' : '');
    const tb = $('events-table').querySelector('tbody');
    tb.replaceChildren();
    for (const e of r.events) {
      const tr = document.createElement('tr');
      tr.tabIndex = 0;
      tr.dataset.id = e.id;
      for (const v of [e.date, e.source, e.target, e.code, codeLabels[e.code] || '', e.goldstein.toFixed(1),
                       e.num_mentions])
        tr.appendChild(Object.assign(document.createElement('td'), { textContent: String(v) }));
      tr.addEventListener('click', () => showEvidence(e.id));
      tr.addEventListener('keydown', (k) => { if (k.key === 'Enter') showEvidence(e.id); });
      tb.appendChild(tr);
    }
    $('events').hidden = false;
    $('evidence').hidden = true;
    $('events').scrollIntoView({ block: 'start' });
  } catch (e) { say(e.message); }
}

/* The sentence with its actor and predicate spans (byte offsets in UTF-8)
 * marked. */
function markedSentence(m) {
  const bytes = new TextEncoder().encode(m.evidence);
  const dec = new TextDecoder();
  const spans = [[m.source_span, 'span-source'], [m.target_span, 'span-target'], [m.predicate_span, 'span-pred']]
    .filter(([s]) => s && s[1] > s[0] && s[1] <= bytes.length)
    .sort((x, y) => x[0][0] - y[0][0]);
  const p = document.createElement('p');
  p.className = 'evidence-text';
  let at = 0;
  for (const [[s, e], cls] of spans) {
    if (s < at) continue; /* overlapping: the first wins */
    p.append(dec.decode(bytes.slice(at, s)));
    const mark = document.createElement('mark');
    mark.className = cls;
    mark.textContent = dec.decode(bytes.slice(s, e));
    p.append(mark);
    at = e;
  }
  p.append(dec.decode(bytes.slice(at)));
  return p;
}

async function showEvidence(id) {
  try {
    const e = await api('/api/events/' + encodeURIComponent(id));
    $('evidence-title').textContent = `Event ${e.id}: ${e.source} → ${e.target}, ${e.code} ` +
      `${codeLabels[e.code] || ''} (${e.date}), ${e.mentions.length} mention(s)`;
    const ol = $('evidence-list');
    ol.replaceChildren();
    for (const m of e.mentions) {
      const li = document.createElement('li');
      li.appendChild(markedSentence(m));
      const meta = document.createElement('p');
      meta.className = 'meta';
      meta.append(`${m.outlet || 'unknown outlet'}, ${m.article_date}, sentence ${m.sentence + 1}, ${m.mood}, rule ${m.rule || '–'} `);
      if (m.url && /^https?:\/\//.test(m.url)) {
        const a = document.createElement('a');
        a.href = m.url;
        a.rel = 'noopener noreferrer';
        a.textContent = 'article';
        meta.append(a);
      } else meta.append(`(article ${m.article})`);
      li.appendChild(meta);
      ol.appendChild(li);
    }
    $('evidence').hidden = false;
    $('evidence').scrollIntoView({ block: 'start' });
  } catch (err) { say(err.message); }
}

/* ---- start */
for (const id of ['a', 'b', 'c', 'd']) $(id).addEventListener('input', complete);
$('pair-form').addEventListener('submit', showTrend);
(async () => {
  await loadStats();
  const q = new URLSearchParams(location.search);
  for (const k of ['a', 'b', 'c', 'd', 'by']) if (q.get(k)) $(k).value = q.get(k);
  if (q.get('undirected')) $('undirected').checked = true;
  if (q.get('a') && q.get('b')) showTrend();
})();
