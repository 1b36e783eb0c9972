/* dyad serve's dashboard: a pair of actors over time (net cooperation, the
 * four quad classes, the Goldstein mean), an optional second pair, and from
 * every point the events behind it and their evidence sentences; and the
 * network of a period (edges coloured by net cooperation, sized by events,
 * nodes coloured by bloc), from which a click leads to a pair.  The page's
 * address holds its state (view, pair, compare-with, period), so a view
 * can be shared and reloaded.  Talks to the API of docs/api.md only; text
 * from the store is set with textContent, never as HTML. */
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

async function showTrend() {
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
    saveState();
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

/* ---- the page's state in its address: view, a, b, c, d, undirected, by,
 * from, to (only what is set) */
const STATE_KEYS = ['view', 'a', 'b', 'c', 'd', 'undirected', 'by', 'from', 'to'];
let view = 'pair';

function currentState() {
  const st = { view };
  for (const k of ['a', 'b', 'c', 'd']) st[k] = $(k).value.trim().toUpperCase();
  st.undirected = $('undirected').checked ? '1' : '';
  st.by = $('by').value;
  st.from = $('from').value;
  st.to = $('to').value;
  return st;
}

function stateQuery(st) {
  const q = new URLSearchParams();
  for (const k of STATE_KEYS) {
    if (!st[k]) continue;
    if (st.view === 'network' && !['view', 'from', 'to'].includes(k)) continue;
    q.set(k, st[k]);
  }
  return '?' + q;
}

/* a new history entry when the state changed (Back returns to the view before) */
function saveState() {
  const q = stateQuery(currentState());
  if (q !== location.search) history.pushState(null, '', q);
}

function applyQuery(search) {
  const q = new URLSearchParams(search);
  for (const k of ['a', 'b', 'c', 'd']) $(k).value = (q.get(k) || '').toUpperCase();
  $('undirected').checked = ['1', 'true', 'yes'].includes(q.get('undirected'));
  const by = q.get('by');
  $('by').value = ['day', 'week', 'month', 'year'].includes(by) ? by : 'month';
  for (const k of ['from', 'to']) {
    const v = q.get(k);
    if (v && /^\d{4}-\d{2}-\d{2}$/.test(v)) $(k).value = v;
  }
  setView(q.get('view') === 'network' ? 'network' : 'pair');
}

function setView(v) {
  view = v;
  document.body.dataset.view = v;
  for (const t of document.querySelectorAll('#views [role=tab]'))
    t.setAttribute('aria-selected', String(t.dataset.view === v));
  $('pair-view').hidden = v !== 'pair';
  $('network-view').hidden = v !== 'network';
}

function show() {
  if (view === 'network') return showNetwork();
  if ($('a').value.trim() && $('b').value.trim()) return showTrend();
  saveState();
}

/* ---- the network of a period */
const SVG = 'http://www.w3.org/2000/svg';
const BLOC_COLORS = ['#1f78b4', '#ff7f00', '#6a3d9a', '#17becf', '#b15928', '#e377c2', '#bcbd22', '#7f7f7f'];
const MAX_NODES = 40;

function svgEl(name, attrs) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
  return e;
}

/* a colour from red (net conflict) through grey to green (net cooperation) */
function netColor(net, maxAbs) {
  const t = maxAbs > 0 ? Math.min(1, Math.abs(net) / maxAbs) : 0;
  const grey = [160, 160, 160], end = net > 0 ? [26, 152, 80] : [215, 48, 39];
  const k = net === 0 ? 0 : 0.35 + 0.65 * t;
  const c = grey.map((g, i) => Math.round(g + (end[i] - g) * k));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

async function showNetwork() {
  say('');
  const from = $('from').value, to = $('to').value;
  try {
    const [net, blocs] = await Promise.all([
      api('/api/network', { from, to }),
      api('/api/blocs', { from, to, seed: 1 }),
    ]);
    drawNetwork(net, blocs, from, to);
    saveState();
  } catch (e) { say(e.message); }
}

function drawNetwork(net, blocs, from, to) {
  const blocOf = {};
  blocs.groups.forEach((g, i) => g.members.forEach((m) => { blocOf[m] = i + 1; }));
  /* the busiest actors, grouped by bloc */
  const nodes = [...net.nodes].sort((x, y) => y.events - x.events || (x.id < y.id ? -1 : 1)).slice(0, MAX_NODES);
  const shown = new Set(nodes.map((n) => n.id));
  nodes.sort((x, y) => (blocOf[x.id] || 999) - (blocOf[y.id] || 999) || y.events - x.events ||
                       (x.id < y.id ? -1 : 1));
  const edges = net.edges.filter((e) => shown.has(e.source) && shown.has(e.target));
  $('network-title').textContent = `Network ${from || '…'} to ${to || '…'}: ` +
    `${nodes.length} of ${net.nodes.length} actors, ${edges.length} pairs, ${blocs.groups.length} blocs`;
  /* nodes on a circle, each bloc an arc, a gap between blocs */
  const W = 640, C = W / 2, R = 230;
  let slots = nodes.length, prev = null;
  for (const n of nodes) { if (prev !== null && blocOf[n.id] !== prev) slots++; prev = blocOf[n.id]; }
  const pos = {};
  let k = 0;
  prev = null;
  for (const n of nodes) {
    if (prev !== null && blocOf[n.id] !== prev) k++;
    prev = blocOf[n.id];
    const ang = -Math.PI / 2 + (2 * Math.PI * k++) / Math.max(slots, 1);
    pos[n.id] = { x: C + R * Math.cos(ang), y: C + R * Math.sin(ang), ang };
  }
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${W}`, role: 'img', id: 'network-svg',
                             'aria-label': `relations between ${nodes.length} actors` });
  const maxEv = Math.max(1, ...edges.map((e) => e.events));
  const maxNet = Math.max(0, ...edges.map((e) => Math.abs(e.cooperation - e.conflict)));
  const gEdges = svgEl('g', { class: 'edges' });
  /* thin lines on top of thick ones, so each stays clickable */
  for (const e of [...edges].sort((x, y) => y.events - x.events)) {
    const p = pos[e.source], q = pos[e.target];
    const netc = Math.round((e.cooperation - e.conflict) * 10) / 10;
    const line = svgEl('line', { x1: p.x.toFixed(1), y1: p.y.toFixed(1), x2: q.x.toFixed(1), y2: q.y.toFixed(1),
      stroke: netColor(netc, maxNet), 'stroke-width': (1 + 9 * Math.sqrt(e.events / maxEv)).toFixed(2),
      'stroke-linecap': 'round', class: 'edge', 'data-a': e.source, 'data-b': e.target,
      'data-events': e.events, 'data-net': netc, tabindex: 0 });
    const title = svgEl('title');
    title.textContent = `${e.source} – ${e.target}: ${e.events} events, net cooperation ${netc}`;
    line.appendChild(title);
    line.addEventListener('click', () => goPair(e.source, e.target));
    line.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') goPair(e.source, e.target); });
    gEdges.appendChild(line);
  }
  svg.appendChild(gEdges);
  const maxNode = Math.max(1, ...nodes.map((n) => n.events));
  const gNodes = svgEl('g', { class: 'nodes' });
  for (const n of nodes) {
    const p = pos[n.id], bloc = blocOf[n.id] || 0;
    const g = svgEl('g', { class: 'node', 'data-id': n.id, 'data-bloc': bloc, tabindex: 0 });
    g.appendChild(svgEl('circle', { cx: p.x.toFixed(1), cy: p.y.toFixed(1),
      r: (5 + 9 * Math.sqrt(n.events / maxNode)).toFixed(1),
      fill: bloc ? BLOC_COLORS[(bloc - 1) % BLOC_COLORS.length] : '#999', stroke: '#fff', 'stroke-width': 1.5 }));
    const lx = C + (R + 24) * Math.cos(p.ang), ly = C + (R + 24) * Math.sin(p.ang);
    const label = svgEl('text', { x: lx.toFixed(1), y: (ly + 4).toFixed(1),
      'text-anchor': Math.abs(Math.cos(p.ang)) < 0.3 ? 'middle' : Math.cos(p.ang) > 0 ? 'start' : 'end' });
    label.textContent = n.id;
    g.appendChild(label);
    const title = svgEl('title');
    title.textContent = `${n.id}: ${n.events} events, bloc ${bloc || '–'}`;
    g.appendChild(title);
    /* a node leads to its pair with its busiest partner */
    const partner = () => {
      let best = null;
      for (const e of edges) {
        if (e.source !== n.id && e.target !== n.id) continue;
        if (!best || e.events > best.events) best = e;
      }
      return best ? (best.source === n.id ? best.target : best.source) : '';
    };
    g.addEventListener('click', () => goPair(n.id, partner()));
    g.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') goPair(n.id, partner()); });
    gNodes.appendChild(g);
  }
  svg.appendChild(gNodes);
  $('network-box').replaceChildren(svg);
  /* the blocs, as dyad blocs gives them */
  const ol = $('bloc-list');
  ol.replaceChildren();
  blocs.groups.forEach((g, i) => {
    const li = document.createElement('li');
    li.dataset.bloc = i + 1;
    li.className = 'bloc';
    const sw = document.createElement('span');
    sw.className = `swatch swatch-${(i % BLOC_COLORS.length) + 1}`;
    li.append(sw, `Bloc ${i + 1} (${g.members.length}): `);
    const members = document.createElement('span');
    members.className = 'members';
    members.textContent = g.members.join(' ');
    li.append(members, ` — within ${g.within}, across ${g.across}`);
    ol.appendChild(li);
  });
}

function goPair(a, b) {
  $('a').value = a;
  $('b').value = b;
  $('c').value = '';
  $('d').value = '';
  $('undirected').checked = true;
  setView('pair');
  if (a && b) showTrend(); else saveState();
}

/* ---- start */
for (const id of ['a', 'b', 'c', 'd']) $(id).addEventListener('input', complete);
$('pair-form').addEventListener('submit', (ev) => { ev.preventDefault(); show(); });
for (const t of document.querySelectorAll('#views [role=tab]'))
  t.addEventListener('click', () => { setView(t.dataset.view); show(); });
window.addEventListener('popstate', () => { applyQuery(location.search); restore(); });

/* draws what the address asks for, without a new history entry */
async function restore() {
  if (view === 'network') return showNetwork();
  if ($('a').value && $('b').value) return showTrend();
  for (const c of charts) c.destroy();
  charts.length = 0;
  $('charts').replaceChildren();
}

(async () => {
  applyQuery(location.search);
  await loadStats();
  /* the store's span fills an empty period: the address is completed */
  if (location.search) history.replaceState(null, '', stateQuery(currentState()));
  await restore();
  document.body.dataset.ready = '1';
})();
