"""Tests of the Python binding (python/dyad): run by tests/cli/t1150-python.sh
with DYAD_LIB, DYAD_DICT and DYAD (the command-line program) set.

The binding must give the events that `dyad code` gives for the same
articles, field for field, and read a store that `dyad ingest` wrote."""
import json
import os
import subprocess
import tempfile
import unittest

import dyad

DYAD = os.environ.get("DYAD", "./dyad")
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# written for these tests
ARTICLES = [
    {"id": "p1", "date": "2022-02-04", "lang": "de",
     "text": "China und Russland vereinbarten eine engere Zusammenarbeit."},
    {"id": "p2", "date": "2022-05-10", "lang": "de",
     "text": "Außenministerin Annalena Baerbock kritisierte Russland scharf. "
             "Ob Polen und Deutschland ein Abkommen schließen werden, ist noch offen."},
    {"id": "p3", "date": "2021-03-18", "lang": "en",
     "text": "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in "
             "Anchorage. Japan condemned North Korea's missile launch on Thursday."},
    {"id": "p4", "date": "2021-03-18", "lang": "en", "text": "The weather was mild."},
]
FIELDS = ("doc", "sent", "date", "lang", "source", "target", "source_name", "target_name",
          "code", "root", "quad", "goldstein", "mood", "evidence", "rule", "location")


def cli_code(records):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
        path = f.name
    try:
        out = subprocess.run([DYAD, "code", "--input", "jsonl", path], check=True,
                             capture_output=True, text=True).stdout
    finally:
        os.unlink(path)
    return [json.loads(l) for l in out.splitlines() if l.strip()]


class CodeTest(unittest.TestCase):
    def test_issue_example(self):
        ev = dyad.code([ARTICLES[0]])
        self.assertEqual(len(ev), 2)
        self.assertEqual({(e["source"], e["code"], e["target"]) for e in ev},
                         {("CHNGOV", "057", "RUSGOV"), ("RUSGOV", "057", "CHNGOV")})

    def test_same_events_as_the_command(self):
        mine = dyad.code(ARTICLES)
        theirs = cli_code(ARTICLES)
        self.assertGreater(len(theirs), 3)
        self.assertEqual([{k: e[k] for k in FIELDS} for e in mine],
                         [{k: e[k] for k in FIELDS} for e in theirs])
        self.assertEqual([e["spans"]["source"] for e in mine],
                         [e["spans"]["source"] for e in theirs])

    def test_own_gold_files_same_as_command(self):
        for lang in ("de", "en"):
            path = os.path.join(ROOT, "tests", "gold", lang + ".jsonl")
            if not os.path.exists(path):
                self.skipTest("tests/gold missing")
            with open(path, encoding="utf-8") as f:
                recs = [json.loads(l) for l in f]
            recs = [{k: r[k] for k in ("id", "date", "lang", "text")} for r in recs]
            mine = [{k: e[k] for k in FIELDS} for e in dyad.code(recs)]
            theirs = [{k: e[k] for k in FIELDS} for e in cli_code(recs)]
            self.assertGreater(len(theirs), 20)
            self.assertEqual(mine, theirs)

    def test_plain_texts_with_defaults(self):
        ev = dyad.code("Frankreich kritisiert Russland.", date="2022-05-10", lang="de")
        self.assertEqual([(e["source"], e["target"], e["root"]) for e in ev],
                         [("FRAGOV", "RUSGOV", "11")])

    def test_errors(self):
        with self.assertRaises(dyad.DyadError) as cm:
            dyad.code([{"id": "x", "text": "Frankreich kritisiert Russland."}])
        self.assertIn("date", str(cm.exception))
        self.assertEqual(dyad.code([{"id": "x", "text": "Frankreich kritisiert Russland."},
                                    ARTICLES[0]], errors="skip")[0]["doc"], "p1")
        with self.assertRaises(dyad.DyadError):
            dyad.code(["Hallo"], date="2022-01-01", lang="xx")

    def test_hostile_text(self):
        junk = bytes(range(256)).decode("latin-1") * 50
        self.assertIsInstance(dyad.code([junk], date="2022-01-01"), list)

    def test_frame(self):
        try:
            import pandas  # noqa: F401
        except ImportError:
            self.skipTest("pandas not installed")
        df = dyad.code_frame(ARTICLES)
        self.assertEqual(len(df), len(dyad.code(ARTICLES)))
        self.assertIn("goldstein", df.columns)


class StoreTest(unittest.TestCase):
    def test_query_matches_the_command(self):
        with tempfile.TemporaryDirectory() as t:
            db = os.path.join(t, "s.db")
            arts = os.path.join(ROOT, "examples", "relations", "articles.jsonl")
            subprocess.run([DYAD, "ingest", "--quiet", "--db", db, arts], check=True,
                           capture_output=True)
            info = subprocess.run([DYAD, "store", "info", "--db", db], check=True,
                                  capture_output=True, text=True).stdout
            n = int([l.split("\t")[1] for l in info.splitlines() if l.startswith("events\t")][0])
            with dyad.Store(db) as s:
                rows = s.query()
                self.assertEqual(len(rows), n)
                cr = s.query(source="CHN", target="RUS", root="05")
                cli = subprocess.run([DYAD, "query", "--db", db, "--source", "CHN", "--target",
                                      "RUS", "--root", "05"], check=True, capture_output=True,
                                     text=True).stdout.splitlines()
                self.assertEqual([r["id"] for r in cr], [json.loads(l)["id"] for l in cli])
                self.assertGreater(len(cr), 0)
                # the stored locations (schema 3), as `dyad query` writes them
                allq = subprocess.run([DYAD, "query", "--db", db], check=True,
                                      capture_output=True, text=True).stdout.splitlines()
                want = [json.loads(l)["location"] for l in allq]
                self.assertEqual([r["location"] for r in rows], want)
                self.assertGreater(len([w for w in want if w]), 0)

    def test_missing_store_is_not_created(self):
        with tempfile.TemporaryDirectory() as t:
            db = os.path.join(t, "none.db")
            with self.assertRaises(dyad.DyadError):
                dyad.Store(db)
            self.assertFalse(os.path.exists(db))


if __name__ == "__main__":
    unittest.main()
