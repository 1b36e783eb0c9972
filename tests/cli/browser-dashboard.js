// The dashboard in a real browser (t1310): Debian's Chromium, headless,
// driven by playwright-core.  Prints "ok NAME" or "FAIL NAME" per check.
//
// usage: node browser-dashboard.js PLAYWRIGHT_CORE_DIR CHROMIUM BASE_URL SCREENSHOT.png
'use strict';
const [pwDir, chromiumPath, base, shot] = process.argv.slice(2);
const { chromium } = require(pwDir);

let failed = 0;
function check(name, cond, detail) {
  if (cond) console.log('ok   ' + name);
  else { failed++; console.log('FAIL ' + name + (detail !== undefined ? ': ' + detail : '')); }
}

(async () => {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true,
                                          args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1200, height: 1400 } });
  const errors = [], foreign = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  // offline: every request must go to the server under test
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.origin !== new URL(base).origin) { foreign.push(u.href); return route.abort(); }
    return route.continue();
  });
  const api = async (p) => (await page.request.get(base + p)).json();

  await page.goto(base + '/');
  await page.waitForFunction(() => /events from/.test(document.getElementById('stats').textContent),
                             null, { timeout: 10000 });
  const stats = await api('/api/stats');
  check('the page shows the store\'s event count',
        (await page.textContent('#stats')).startsWith(`${stats.events} events`));
  check('Chart.js is loaded from the server', await page.evaluate(() => typeof Chart === 'function'));

  // completion
  await page.fill('#a', 'CH');
  await page.waitForFunction(() => [...document.querySelectorAll('#actor-list option')].some((o) => o.value === 'CHN'),
                             null, { timeout: 10000 }).catch(() => {});
  const options = await page.$$eval('#actor-list option', (os) => os.map((o) => o.value));
  check('completion offers CHN and CHN codes', options.includes('CHN') && options.some((o) => o.startsWith('CHNGOV')),
        options.join(' '));

  // a pair
  await page.fill('#a', 'CHN');
  await page.fill('#b', 'USA');
  await page.selectOption('#by', 'month');
  await page.click('#show');
  await page.waitForSelector('canvas[data-pair="CHN -> USA"]', { timeout: 10000 });
  const from = await page.inputValue('#from'), to = await page.inputValue('#to');
  const trend = await api(`/api/trend?a=CHN&b=USA&by=month&from=${from}&to=${to}`);
  const pts = trend.series[0].points;
  const total = pts.reduce((t, p) => t + p.events, 0);
  const heading = await page.textContent('.chart-box h2');
  check('the chart\'s heading counts the API\'s events', heading.startsWith(`CHN -> USA: ${total} events by month`),
        heading);
  const series = await page.evaluate(() => {
    const ch = Chart.getChart(document.querySelector('canvas'));
    return ch.data.datasets.map((d) => ({ label: d.label, data: d.data, axis: d.yAxisID }));
  });
  check('six lines: net cooperation, four quads, Goldstein mean', series.length === 6 &&
        series[0].label === 'net cooperation' && series[5].label === 'Goldstein mean' && series[5].axis === 'y1');
  check('net cooperation plotted is the API\'s', JSON.stringify(series[0].data) === JSON.stringify(pts.map((p) => p.net_coop)));
  check('material conflict plotted is the API\'s',
        JSON.stringify(series[4].data) === JSON.stringify(pts.map((p) => p.material_conflict)));

  // hover the busiest period: the tooltip shows its figures
  let best = 0;
  pts.forEach((p, i) => { if (p.events > pts[best].events) best = i; });
  const pos = await page.evaluate((i) => {
    const canvas = document.querySelector('canvas');
    const ch = Chart.getChart(canvas);
    const pt = ch.getDatasetMeta(0).data[i];
    const r = canvas.getBoundingClientRect();
    return { x: r.left + pt.x, y: r.top + pt.y };
  }, best);
  await page.mouse.move(pos.x, pos.y);
  await page.waitForTimeout(300);
  const tip = await page.evaluate(() => {
    const t = Chart.getChart(document.querySelector('canvas')).tooltip;
    return { active: t.getActiveElements().length, title: t.title, footer: t.footer,
             body: (t.body || []).map((b) => b.lines.join(' ')) };
  });
  check('hover: a tooltip for the period', tip.active > 0 && tip.title.join('') === pts[best].period,
        JSON.stringify(tip.title));
  check('hover: the tooltip gives its events and net cooperation',
        tip.footer.join(' ').startsWith(`${pts[best].events} events`) &&
        tip.body.some((l) => l === `net cooperation: ${pts[best].net_coop}`), JSON.stringify(tip));

  // click: the period's events
  await page.mouse.click(pos.x, pos.y);
  await page.waitForSelector('#events:not([hidden]) tbody tr', { timeout: 10000 });
  const rows = await page.$$eval('#events-table tbody tr', (rs) => rs.map((r) => r.dataset.id));
  check('click: the period\'s events listed', rows.length === pts[best].events, `${rows.length} vs ${pts[best].events}`);

  // an event: its evidence
  const ev = await api('/api/events/' + rows[0]);
  await page.click('#events-table tbody tr');
  await page.waitForSelector('#evidence:not([hidden]) li', { timeout: 10000 });
  const items = await page.$$eval('#evidence-list li', (ls) => ls.length);
  check('click on an event: each mention shown', items === ev.mentions.length, `${items} vs ${ev.mentions.length}`);
  const first = await page.textContent('#evidence-list li .evidence-text');
  check('the evidence sentence is the stored one', first === ev.mentions[0].evidence);
  const marks = await page.$$eval('#evidence-list li:first-child mark', (ms) => ms.map((m) => m.className));
  check('source and predicate marked in the sentence', marks.includes('span-source') && marks.includes('span-pred'),
        marks.join(' '));

  // compare with a second pair
  await page.fill('#c', 'RUS');
  await page.fill('#d', 'USA');
  await page.click('#show');
  await page.waitForSelector('canvas[data-pair="RUS -> USA"]', { timeout: 10000 });
  check('compare: two charts', (await page.$$('canvas')).length === 2);

  await page.screenshot({ path: shot, fullPage: true });
  check('no script error on the page', errors.length === 0, errors.join(' | '));
  check('no request left the server (works offline)', foreign.length === 0, foreign.join(' '));
  await browser.close();
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.log('FAIL the browser test stopped: ' + e.message.split('\n')[0]); process.exit(1); });
