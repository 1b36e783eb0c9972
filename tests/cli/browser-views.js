// The dashboard's network view, its address as its state, and a phone
// (t1311): Debian's Chromium, headless, driven by playwright-core.  Prints
// "ok NAME" or "FAIL NAME" per check.
//
// usage: node browser-views.js PLAYWRIGHT_CORE_DIR CHROMIUM BASE_URL OUTDIR FROM TO
// (FROM, TO: the period of the network view; screenshots go to OUTDIR)
'use strict';
const [pwDir, chromiumPath, base, outdir, from, to] = process.argv.slice(2);
const { chromium } = require(pwDir);

let failed = 0;
function check(name, cond, detail) {
  if (cond) console.log('ok   ' + name);
  else { failed++; console.log('FAIL ' + name + (detail !== undefined ? ': ' + detail : '')); }
}

async function newPage(browser, opts) {
  const ctx = await browser.newContext(opts);
  const page = await ctx.newPage();
  page.errors = [];
  page.foreign = [];
  page.on('pageerror', (e) => page.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') page.errors.push(m.text()); });
  await page.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.origin !== new URL(base).origin) { page.foreign.push(u.href); return route.abort(); }
    return route.continue();
  });
  return page;
}

const ready = (page) => page.waitForSelector('body[data-ready="1"]', { timeout: 15000 });

(async () => {
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true,
                                          args: ['--no-sandbox', '--disable-gpu'] });
  const page = await newPage(browser, { viewport: { width: 1200, height: 1400 } });
  const api = async (p) => (await page.request.get(base + p)).json();

  // ---- the network view of a period, from its address
  await page.goto(`${base}/?view=network&from=${from}&to=${to}`);
  await ready(page);
  await page.waitForSelector('#network-svg .node', { timeout: 15000 });
  check('network: the address opens the network view',
        await page.evaluate(() => !document.getElementById('network-view').hidden &&
                                  document.getElementById('pair-view').hidden));
  check('network: the period from the address', (await page.inputValue('#from')) === from &&
        (await page.inputValue('#to')) === to);
  const net = await api(`/api/network?from=${from}&to=${to}`);
  const blocs = await api(`/api/blocs?from=${from}&to=${to}&seed=1`);
  const nodes = await page.$$eval('#network-svg .node', (ns) => ns.map((n) => ({ id: n.dataset.id, bloc: +n.dataset.bloc })));
  check('network: a node per actor (at most 40)', nodes.length === Math.min(40, net.nodes.length),
        `${nodes.length} vs ${net.nodes.length}`);
  const blocOf = {};
  blocs.groups.forEach((g, i) => g.members.forEach((m) => { blocOf[m] = i + 1; }));
  const nodeBloc = Object.fromEntries(nodes.map((n) => [n.id, n.bloc]));
  check('network: every node in its bloc of /api/blocs', nodes.every((n) => n.bloc === blocOf[n.id]),
        JSON.stringify(nodes.filter((n) => n.bloc !== blocOf[n.id])));
  check('network: CHN and USA in different blocs', nodeBloc.CHN > 0 && nodeBloc.USA > 0 && nodeBloc.CHN !== nodeBloc.USA,
        `CHN ${nodeBloc.CHN}, USA ${nodeBloc.USA}`);
  check('network: RUS in the bloc of CHN', nodeBloc.RUS === nodeBloc.CHN, `RUS ${nodeBloc.RUS}`);
  const legend = await page.$$eval('#bloc-list li', (ls) => ls.map((l) => ({ bloc: +l.dataset.bloc,
                                                                           members: l.querySelector('.members').textContent.split(' ') })));
  const inLegend = (id) => (legend.find((l) => l.members.includes(id)) || {}).bloc;
  check('network: the bloc list names the blocs of CHN and USA',
        legend.length === blocs.groups.length && inLegend('CHN') === nodeBloc.CHN && inLegend('USA') === nodeBloc.USA,
        JSON.stringify(legend.slice(0, 2)));
  const fill = await page.$$eval('#network-svg .node', (ns) => {
    const f = (id) => ns.find((n) => n.dataset.id === id).querySelector('circle').getAttribute('fill');
    return { CHN: f('CHN'), RUS: f('RUS'), USA: f('USA') };
  });
  check('network: a bloc has one colour, CHN and USA two', fill.CHN === fill.RUS && fill.CHN !== fill.USA,
        JSON.stringify(fill));
  // edges: coloured by net cooperation, sized by events
  const edges = await page.$$eval('#network-svg .edge', (es) => es.map((e) => ({
    a: e.dataset.a, b: e.dataset.b, events: +e.dataset.events, net: +e.dataset.net,
    width: +e.getAttribute('stroke-width'), stroke: e.getAttribute('stroke') })));
  const pairOf = (x, y) => edges.find((e) => (e.a === x && e.b === y) || (e.a === y && e.b === x));
  const cu = pairOf('CHN', 'USA'), cr = pairOf('CHN', 'RUS');
  const apiCU = net.edges.find((e) => (e.source === 'CHN' && e.target === 'USA') || (e.source === 'USA' && e.target === 'CHN'));
  check('network: the CHN–USA edge has the API\'s events', cu && apiCU && cu.events === apiCU.events,
        JSON.stringify([cu, apiCU && apiCU.events]));
  const rgb = (s) => s.match(/\d+/g).map(Number);
  check('network: CHN–USA, net conflict, is red', cu && cu.net < 0 && rgb(cu.stroke)[0] > rgb(cu.stroke)[1],
        cu && `${cu.net} ${cu.stroke}`);
  check('network: CHN–RUS, net cooperation, is green', cr && cr.net > 0 && rgb(cr.stroke)[1] > rgb(cr.stroke)[0],
        cr && `${cr.net} ${cr.stroke}`);
  const sorted = [...edges].sort((x, y) => x.events - y.events);
  check('network: more events, a thicker line', sorted.length > 1 &&
        sorted.every((e, i) => i === 0 || e.width >= sorted[i - 1].width) &&
        sorted[sorted.length - 1].width > sorted[0].width);
  await page.screenshot({ path: `${outdir}/t1311-network.png`, fullPage: true });

  // click the CHN–USA edge: the pair over time
  await page.$eval('#network-svg .edge[data-a="' + cu.a + '"][data-b="' + cu.b + '"]', (e) =>
    e.dispatchEvent(new MouseEvent('click', { bubbles: true })));
  await page.waitForSelector('#pair-view:not([hidden]) canvas', { timeout: 15000 });
  let url = new URL(page.url());
  check('network: a click on an edge shows that pair', (await page.inputValue('#a')) === cu.a &&
        (await page.inputValue('#b')) === cu.b && url.searchParams.get('view') === 'pair' &&
        url.searchParams.get('a') === cu.a && url.searchParams.get('b') === cu.b, page.url());
  // Back: the network again
  await page.goBack();
  await page.waitForSelector('#network-view:not([hidden]) #network-svg .node', { timeout: 15000 });
  check('Back returns to the network view', new URL(page.url()).searchParams.get('view') === 'network');
  // a node: its pair with its busiest partner
  const partner = edges.filter((e) => e.a === 'RUS' || e.b === 'RUS').sort((x, y) => y.events - x.events)[0];
  const other = partner.a === 'RUS' ? partner.b : partner.a;
  await page.click('#network-svg .node[data-id="RUS"] circle');
  await page.waitForSelector('#pair-view:not([hidden]) canvas', { timeout: 15000 });
  check('network: a click on a node shows its pair with its busiest partner',
        (await page.inputValue('#a')) === 'RUS' && (await page.inputValue('#b')) === other,
        `${await page.inputValue('#a')} ${await page.inputValue('#b')} (expected RUS ${other})`);

  // ---- the address holds the state: load it, check the view, reload
  const q = `?view=pair&a=CHN&b=RUS&c=USA&d=CHN&undirected=1&by=year&from=${from}&to=${to}`;
  await page.goto(base + '/' + q);
  await ready(page);
  await page.waitForFunction(() => document.querySelectorAll('#charts canvas').length === 2, null, { timeout: 15000 });
  const form = async () => page.evaluate(() => ['a', 'b', 'c', 'd', 'by', 'from', 'to'].map((k) => document.getElementById(k).value)
    .concat([document.getElementById('undirected').checked]));
  const want = ['CHN', 'RUS', 'USA', 'CHN', 'year', from, to, true];
  check('address: the form holds the state', JSON.stringify(await form()) === JSON.stringify(want),
        JSON.stringify(await form()));
  const trend = await api(`/api/trend?a=CHN&b=RUS&by=year&undirected=1&from=${from}&to=${to}&vs=USA,CHN`);
  const charts = async () => page.evaluate(() => [...document.querySelectorAll('#charts canvas')].map((c) => {
    const ch = Chart.getChart(c);
    return { pair: c.dataset.pair, labels: ch.data.labels, net: ch.data.datasets[0].data };
  }));
  const drawn = await charts();
  check('address: both pairs drawn, by year, the API\'s numbers',
        drawn.length === 2 && drawn.every((d, i) => d.pair === trend.series[i].pair &&
          JSON.stringify(d.labels) === JSON.stringify(trend.series[i].points.map((p) => p.period)) &&
          JSON.stringify(d.net) === JSON.stringify(trend.series[i].points.map((p) => p.net_coop))),
        JSON.stringify(drawn.map((d) => [d.pair, d.labels])));
  check('address: unchanged by loading it', page.url() === base + '/' + q, page.url());
  await page.reload();
  await ready(page);
  await page.waitForFunction(() => document.querySelectorAll('#charts canvas').length === 2, null, { timeout: 15000 });
  check('address: a reload shows the same view', JSON.stringify(await form()) === JSON.stringify(want) &&
        JSON.stringify(await charts()) === JSON.stringify(drawn));
  // a change is written back into the address
  await page.selectOption('#by', 'month');
  await page.fill('#c', '');
  await page.fill('#d', '');
  await page.click('#show');
  await page.waitForFunction(() => document.querySelectorAll('#charts canvas').length === 1, null, { timeout: 15000 });
  url = new URL(page.url());
  check('address: a new choice is written into it', url.searchParams.get('by') === 'month' &&
        !url.searchParams.has('c') && url.searchParams.get('a') === 'CHN', page.url());
  check('no script error on the laptop page', page.errors.length === 0, page.errors.join(' | '));
  check('no request left the server', page.foreign.length === 0, page.foreign.join(' '));

  // ---- a phone: 390 px wide, no horizontal scroll
  const phone = await newPage(browser, { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2,
                                         isMobile: true, hasTouch: true });
  const wide = () => phone.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
  await phone.goto(`${base}/?view=pair&a=CHN&b=USA&by=year&from=${from}&to=${to}`);
  await ready(phone);
  await phone.waitForSelector('#charts canvas', { timeout: 15000 });
  check('phone: the page is 390 px wide', (await phone.evaluate(() => window.innerWidth)) === 390);
  let w = await wide();
  check('phone: the pair view needs no horizontal scroll', w <= 390, `${w} px`);
  const cw = await phone.evaluate(() => document.querySelector('#charts canvas').getBoundingClientRect().width);
  check('phone: the chart fits the screen', cw > 250 && cw <= 390, `${cw} px`);
  // the events of a year, and an event's evidence
  const pos = await phone.evaluate(() => {
    const canvas = document.querySelector('#charts canvas');
    const ch = Chart.getChart(canvas);
    const pts = ch.getDatasetMeta(0).data;
    const r = canvas.getBoundingClientRect();
    return { x: r.left + pts[0].x, y: r.top + pts[0].y };
  });
  await phone.mouse.click(pos.x, pos.y);
  await phone.waitForSelector('#events:not([hidden]) tbody tr', { timeout: 15000 });
  await phone.click('#events-table tbody tr');
  await phone.waitForSelector('#evidence:not([hidden]) li', { timeout: 15000 });
  w = await wide();
  check('phone: events and evidence need no horizontal scroll', w <= 390, `${w} px`);
  await phone.screenshot({ path: `${outdir}/t1311-phone.png`, fullPage: true });
  await phone.click('#tab-network');
  await phone.waitForSelector('#network-svg .node', { timeout: 15000 });
  w = await wide();
  check('phone: the network view needs no horizontal scroll', w <= 390, `${w} px`);
  const sw = await phone.evaluate(() => document.getElementById('network-svg').getBoundingClientRect().width);
  check('phone: the network fits the screen', sw > 300 && sw <= 390, `${sw} px`);
  await phone.screenshot({ path: `${outdir}/t1311-phone-network.png`, fullPage: true });
  check('no script error on the phone', phone.errors.length === 0, phone.errors.join(' | '));
  await browser.close();
  process.exit(failed ? 1 : 0);
})().catch((e) => { console.log('FAIL the browser test stopped: ' + e.message.split('\n')[0]); process.exit(1); });
