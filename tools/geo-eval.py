#!/usr/bin/env python3
"""geo-eval.py: how far the gazetteer (src/geo) gets on the gold locations.

Usage: tools/geo-eval.py GEOPROBE DICT_DIR GOLD.jsonl [GOLD.jsonl ...]

For every gold event with a `location` (coding guide section 5), runs the
lookup on the gold's evidence words (locative phrases first, then any place
name in them); when that finds nothing, on the article's dateline.  Counts
how often the country, and the place (the found name equals the gold place,
or one contains the other, case-insensitively), are right.  This is an upper
bound of what the coder integration can reach with these files: the coder
has to find the evidence words itself.

Tune on the ODD lines of real-dev only (HELPERS.md); the even half is a
final check: pass it and look at the totals only (--quiet).
"""
import json
import subprocess
import sys


def esc(s):
    return s.replace("\\", "/").replace("\t", " ").replace("\r", " ").replace("\n", "\\n")


def main():
    args = [a for a in sys.argv[1:] if a != "--quiet"]
    quiet = "--quiet" in sys.argv
    if len(args) < 3:
        sys.exit(__doc__)
    probe, dictdir, files = args[0], args[1], args[2:]
    items = []
    for fn in files:
        with open(fn, encoding="utf-8") as f:
            for line in f:
                d = json.loads(line)
                for e in d["events"]:
                    loc = e.get("location")
                    if loc:
                        items.append((d, loc))
    lines = []
    for d, loc in items:
        lines.append("%s\tloc\t%s" % (d["lang"], esc(loc.get("evidence") or "")))
        lines.append("%s\tdateline\t%s" % (d["lang"], esc(d["text"][:300])))
    out = subprocess.run([probe, dictdir], input="\n".join(lines) + "\n",
                         capture_output=True, text=True, check=True)
    sys.stderr.write(out.stderr)
    res = out.stdout.split("\n")
    n = len(items)
    cnt = {"loc": [0, 0, 0], "name": [0, 0, 0], "dateline": [0, 0, 0], "-": [0, 0, 0]}
    ok_c = ok_p = 0
    by_level = {}
    for k, (d, loc) in enumerate(items):
        r1, r2 = res[2 * k].split("\t"), res[2 * k + 1].split("\t")
        r = r1 if r1[0] != "-" else r2
        how = r[0]
        c = how != "-" and r[1] == loc["country"]
        gp, fp = loc["place"].lower(), (r[2].lower() if how != "-" else "")
        p = c and fp != "" and (fp == gp or fp in gp or gp in fp)
        cnt[how][0] += 1
        cnt[how][1] += c
        cnt[how][2] += p
        ok_c += c
        ok_p += p
        lv = by_level.setdefault(loc["level"], [0, 0])
        lv[0] += 1
        lv[1] += c
        if not quiet and not c:
            print("miss %s %-8s gold %s/%s  found %s" % (
                d["id"], how, loc["country"], loc["place"],
                "/".join(r[1:3]) if how != "-" else "-"))
    pct = lambda a, b: 100.0 * a / b if b else 0.0
    print("events with a location: %d" % n)
    for how in ("loc", "name", "dateline", "-"):
        a = cnt[how]
        print("  via %-8s %4d   country right %4d (%.1f%%)   place right %4d" % (
            how, a[0], a[1], pct(a[1], a[0]), a[2]))
    for lv in sorted(by_level):
        a = by_level[lv]
        print("  level %-8s %4d   country right %4d (%.1f%%)" % (lv, a[0], a[1], pct(a[1], a[0])))
    print("country right: %d/%d = %.1f%%   place right: %d/%d = %.1f%%" % (
        ok_c, n, pct(ok_c, n), ok_p, n, pct(ok_p, n)))


if __name__ == "__main__":
    main()
