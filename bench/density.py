#!/usr/bin/env python3
"""bench/density.py DYAD FILE.jsonl...: how dense a corpus is, as dyad reads it.

For each JSON Lines file (articles with "text"; "lang" when present) prints
one line of figures, measured the same way on any corpus, so that the bench
corpora can be compared with published news (../shared/gold/real-dev-*.jsonl):

  sentences   how many (dyad's own split, `dyad split`)
  tok/sent    mean sentence length in tokens (words and punctuation marks)
  quote%      sentences with a quotation mark („ “ ” " « » ‹ ›)
  event%      sentences in which `dyad code` codes at least one event
  ev/sent     events coded per sentence
  gold/sent   gold events per sentence (files with "events" only)

A corpus of more than 3000 articles is measured on its first 3000.
Only counts are printed, never text.  Usage from the repository root:

    python3 bench/density.py ./dyad ../shared/gold/real-dev-de.jsonl
"""
import json
import os
import re
import subprocess
import sys
import tempfile

TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]", re.UNICODE)
QUOTES = set('„“”"«»‹›')
MAX_ARTICLES = 3000  # a large corpus is measured on its first articles


def measure(dyad, path):
    texts, kept, golds = [], [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            a = json.loads(line)
            texts.append(a.get("text", ""))
            kept.append(line if line.endswith("\n") else line + "\n")
            golds += len(a.get("events", []))
            if len(texts) == MAX_ARTICLES:
                break
    # sentences: dyad split on each article's text (paragraphs kept)
    nsent = ntok = nquote = 0
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "t.txt")
        with open(src, "w", encoding="utf-8") as out:
            out.write("\n\n".join(t.replace("\r", "") for t in texts))
        r = subprocess.run([dyad, "split", src], capture_output=True, text=True, check=True)
        for s in r.stdout.split("\n"):
            if not s.strip():
                continue
            nsent += 1
            ntok += len(TOKEN.findall(s))
            nquote += any(c in QUOTES for c in s)
        # events: dyad code with the files' own languages
        sample = os.path.join(tmp, "a.jsonl")
        with open(sample, "w", encoding="utf-8") as out:
            out.writelines(kept)
        r = subprocess.run([dyad, "code", "--input", "jsonl", sample], capture_output=True,
                           text=True)
        evs = set()
        nev = 0
        for line in r.stdout.splitlines():
            e = json.loads(line)
            nev += 1
            evs.add((e["doc"], e["sent"]))
    return {
        "file": os.path.basename(path),
        "articles": len(texts),
        "sentences": nsent,
        "tok/sent": ntok / max(nsent, 1),
        "quote%": 100.0 * nquote / max(nsent, 1),
        "event%": 100.0 * len(evs) / max(nsent, 1),
        "ev/sent": nev / max(nsent, 1),
        "gold/sent": golds / max(nsent, 1) if golds else None,
    }


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    dyad = sys.argv[1]
    print("%-24s %8s %9s %8s %7s %7s %7s %9s" % ("file", "articles", "sentences", "tok/sent",
                                                 "quote%", "event%", "ev/sent", "gold/sent"))
    for p in sys.argv[2:]:
        m = measure(dyad, p)
        g = "%.3f" % m["gold/sent"] if m["gold/sent"] is not None else "-"
        print("%-24s %8d %9d %8.1f %7.1f %7.1f %7.3f %9s" % (
            m["file"], m["articles"], m["sentences"], m["tok/sent"], m["quote%"],
            m["event%"], m["ev/sent"], g))


if __name__ == "__main__":
    main()
