#!/usr/bin/env python3
"""tools/synonyms.py: a build-time checklist for the lexicons.

For every entry of dict/LANG/verbs.txt and dict/LANG/nouns.txt it lists the
synonyms that a thesaurus gives and the lexicon lacks, so that a reviewer can
decide on additions (a synonym is not added by this tool, and often has
another sense: decide per family).

  German:  Debian's openthesaurus-de-text (/usr/share/openthesaurus-de/openthesaurus.txt)
  English: Debian's wordnet (/usr/share/wordnet/index.* and data.*), the first
           SENSES senses of the lemma only (they are ordered by frequency)

Both are build-time aids: `apt-get install openthesaurus-de-text wordnet`;
dyad never reads them.

usage: tools/synonyms.py [--lang de|en] [--kind verbs|nouns] [--senses N] [--code PREFIX]
Output: file:line  lemma  code  ->  missing synonyms (comma-separated)
"""
import argparse, os, re, sys

OT = "/usr/share/openthesaurus-de/openthesaurus.txt"
WN = "/usr/share/wordnet"


def strip_comment(line):
    return re.split(r"(?:^|\s)#", line, maxsplit=1)[0].strip()


def read_verbs(path):
    """(line, lemma as written, plain lemma, code) of each verb entry."""
    out = []
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        s = strip_comment(line)
        if not s:
            continue
        f = s.split()
        k = 1 if f[0] == "sich" else 0
        if len(f) < k + 2:
            continue
        lemma = f[k]
        out.append((i, lemma, lemma.replace("|", ""), f[k + 1],
                    lemma.split("|")))
    return out


def read_nouns(path):
    out = []
    for i, line in enumerate(open(path, encoding="utf-8"), 1):
        s = strip_comment(line)
        if not s:
            continue
        f = s.split()
        ci = None
        for j in range(1, len(f)):
            if re.fullmatch(r"\d{2,4}|-", f[j]) and f[j - 1] != "|":
                ci = j
                break
        if ci is None:
            continue
        forms = [x.strip() for x in " ".join(f[:ci]).split("|")]
        out.append((i, forms[0], forms, f[ci]))
    return out


def clean_de(term):
    """'(sich) ablehnend äußern (ugs.)' -> 'ablehnend äußern'."""
    t = re.sub(r"\([^)]*\)", "", term)
    return " ".join(t.split())


def de_synsets():
    index = {}
    sets = []
    for line in open(OT, encoding="utf-8"):
        if line.startswith("#"):
            continue
        terms = [clean_de(t) for t in line.strip().split(";")]
        terms = [t for t in terms if t]
        k = len(sets)
        sets.append(terms)
        for t in terms:
            index.setdefault(t.lower(), []).append(k)
    return index, sets


def wn_synsets(pos):
    """lemma -> list of synsets (lists of words), most frequent first."""
    data = {}
    with open(os.path.join(WN, "data." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split()
            n = int(p[3], 16)
            data[p[0]] = [p[4 + 2 * j].replace("_", " ") for j in range(n)]
    index = {}
    with open(os.path.join(WN, "index." + pos), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            p = line.split()
            lemma, nsyn, nptr = p[0], int(p[2]), int(p[3])
            offs = p[6 + nptr:6 + nptr + nsyn]
            index[lemma.replace("_", " ")] = [data[o] for o in offs if o in data]
    return index


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--lang", default="de", choices=["de", "en"])
    ap.add_argument("--kind", default="verbs", choices=["verbs", "nouns"])
    ap.add_argument("--senses", type=int, default=2)
    ap.add_argument("--code", default="")
    ap.add_argument("--dict", default="dict")
    a = ap.parse_args()
    path = os.path.join(a.dict, a.lang, a.kind + ".txt")
    if a.kind == "verbs":
        entries = [(i, w, plain, c) for (i, w, plain, c, _) in read_verbs(path)]
        have = {e[2].lower() for e in entries}
        have |= {" ".join(reversed(parts)).lower()
                 for (_, _, _, _, parts) in read_verbs(path)}
    else:
        ents = read_nouns(path)
        entries = [(i, first, first, c) for (i, first, forms, c) in ents]
        have = {x.lower() for (_, _, forms, _) in ents for x in forms}
    if a.lang == "de":
        if not os.path.exists(OT):
            sys.exit("tools/synonyms.py: %s missing: apt-get install openthesaurus-de-text" % OT)
        index, sets = de_synsets()
        def syns(w):
            out = []
            for k in index.get(w.lower(), []):
                out += sets[k]
            return out
    else:
        if not os.path.isdir(WN):
            sys.exit("tools/synonyms.py: %s missing: apt-get install wordnet" % WN)
        index = wn_synsets("verb" if a.kind == "verbs" else "noun")
        def syns(w):
            out = []
            for s in index.get(w.lower().replace("|", " "), [])[:a.senses]:
                out += s
            return out
    for (line, written, plain, code) in entries:
        if not code.startswith(a.code) or code == "-":
            continue
        seen, miss = set(), []
        for s in syns(plain.replace("|", " ") if a.lang == "en" else plain):
            k = s.lower()
            if k in have or k in seen or k == plain.lower():
                continue
            seen.add(k)
            miss.append(s)
        if miss:
            print("%s:%d\t%s\t%s\t->\t%s" % (path, line, written, code, ", ".join(miss)))


if __name__ == "__main__":
    main()
