#!/usr/bin/env python3
"""Code a JSON Lines corpus on a Dask cluster with the dyad binding.

    python3 examples/dask/code_dask.py CORPUS.jsonl OUT.jsonl [--workers 2] [--partitions 8]
    python3 examples/dask/code_dask.py CORPUS.jsonl --ingest postgres://… [--workers 2]

The corpus is cut into partitions of whole lines; each partition is coded by
`dyad.code` in a worker process of a `LocalCluster` (2 processes, 1 thread
each, by default); the events come back in the corpus's order and are written
as JSON Lines with the fields of `dyad code`.  With --scheduler ADDRESS the
same runs on an existing multi-machine cluster (each worker needs libdyad and
the dictionaries: `make install`, or DYAD_LIB and DYAD_DICT).

With --ingest STORE each worker runs `dyad ingest --db STORE` on its
partition instead (several writers into one PostgreSQL store; the store
serialises their batches), and the script prints the store's counts.

Unusable lines (malformed JSON, no text) are skipped with their line number
on standard error, as `dyad code` does; the exit status is then 1.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile


def code_partition(lines, first):
    """Codes the JSON Lines LINES (line FIRST + i is LINES[i]); returns
    (events, problems).  Runs in a worker: imports dyad there."""
    import dyad
    events, problems = [], []
    for i, line in enumerate(lines):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise ValueError("not a JSON object")
        except ValueError as e:
            problems.append("%d: %s" % (first + i, e))
            continue
        try:
            events.extend(dyad.code([rec]))
        except dyad.DyadError as e:
            problems.append("%d: %s" % (first + i, e))
    return events, problems


def ingest_partition(lines, first, store, dyad_cmd):
    """Writes LINES to a temporary file and runs `dyad ingest` on it."""
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                     encoding="utf-8") as f:
        f.writelines(lines)
        path = f.name
    try:
        r = subprocess.run([dyad_cmd, "ingest", "--quiet", "--db", store, path],
                           capture_output=True, text=True)
        return r.returncode, r.stderr.strip().splitlines()[-1:] if r.stderr else []
    finally:
        os.unlink(path)


def partitions(path, n):
    with open(path, encoding="utf-8") as f:
        lines = f.readlines()
    size = max(1, -(-len(lines) // n))
    return [(lines[i:i + size], i + 1) for i in range(0, len(lines), size)]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("out", nargs="?")
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--partitions", type=int, default=8)
    ap.add_argument("--scheduler", help="address of an existing Dask scheduler")
    ap.add_argument("--ingest", metavar="STORE", help="ingest into STORE instead of coding")
    ap.add_argument("--dyad", default=os.environ.get("DYAD", "dyad"),
                    help="the dyad program, for --ingest")
    a = ap.parse_args(argv)
    if not a.ingest and not a.out:
        ap.error("give OUT.jsonl, or --ingest STORE")

    from dask.distributed import Client, LocalCluster
    cluster = None
    if a.scheduler:
        client = Client(a.scheduler)
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    try:
        parts = partitions(a.corpus, a.partitions)
        if a.ingest:
            futs = [client.submit(ingest_partition, l, f, a.ingest, a.dyad, pure=False)
                    for l, f in parts]
            bad = 0
            for rc, msg in client.gather(futs):
                bad += rc > 1
                for m in msg:
                    print(m, file=sys.stderr)
            return 2 if bad else 0
        futs = [client.submit(code_partition, l, f, pure=False) for l, f in parts]
        n_bad = 0
        with open(a.out, "w", encoding="utf-8") as out:
            for events, problems in client.gather(futs):   # in the corpus's order
                for e in events:
                    out.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + "\n")
                for p in problems:
                    print("%s:%s" % (a.corpus, p), file=sys.stderr)
                n_bad += len(problems)
        return 1 if n_bad else 0
    finally:
        client.close()
        if cluster:
            cluster.close()


if __name__ == "__main__":
    sys.exit(main())
