#!/usr/bin/env python3
"""Checks dyad serve's answers against docs/openapi.yaml (t1320).

usage: openapi-check.py SPEC BASE_URL [ID]
       openapi-check.py SPEC --self-test

For every path of the spec, requests from REQUESTS below (every path must
have one) are sent; each answer's status must be documented for that path
and its JSON body must match the documented schema: types, nullable,
required, additionalProperties: false, enum, pattern, minimum/maximum,
minItems/maxItems, format: date.  Prints one line per request, "ok" or
"FAIL", and exits 1 on any failure.  --self-test checks that the validator
rejects wrong documents."""
import json
import re
import sys
import urllib.error
import urllib.request

import yaml

REQUESTS = [
    ("/api/health", ""),
    ("/api/stats", ""),
    ("/api/events", ""),
    ("/api/events", "source=CHN&target=USA&limit=5"),
    ("/api/events", "actor=RUS&quad=4&from=2022-01-01"),
    ("/api/events", "quad=7"),
    ("/api/events", "cursor=2021-02-01_3&limit=2"),
    ("/api/events/{id}", ""),
    ("/api/events/{missing}", ""),
    ("/api/trend", "a=CHN&b=USA&by=month"),
    ("/api/trend", "a=CHN&b=USA&by=year&vs=RUS,UKR&undirected=1"),
    ("/api/trend", "a=CHN"),
    ("/api/network", ""),
    ("/api/network", "actors=code&directed=1&from=2021-01-01&to=2021-12-31"),
    ("/api/network", "actors=planets"),
    ("/api/blocs", "min_events=2&seed=3&restarts=10"),
    ("/api/actors", "q=CHN"),
    ("/api/actors", ""),
    ("/api/codes", "q=04"),
    ("/api/codes", ""),
]


class Spec:
    def __init__(self, doc):
        self.doc = doc

    def resolve(self, s):
        while "$ref" in s:
            node = self.doc
            for part in s["$ref"].lstrip("#/").split("/"):
                node = node[part]
            s = node
        return s

    def check(self, v, s, where, errs):
        s = self.resolve(s)
        if v is None:
            if not s.get("nullable"):
                errs.append(f"{where}: null where {s.get('type')} is required")
            return
        t = s.get("type")
        ok = {
            "object": isinstance(v, dict), "array": isinstance(v, list),
            "string": isinstance(v, str), "boolean": isinstance(v, bool),
            "integer": isinstance(v, int) and not isinstance(v, bool),
            "number": isinstance(v, (int, float)) and not isinstance(v, bool),
            None: True,
        }[t]
        if not ok:
            errs.append(f"{where}: {type(v).__name__} where {t} is required")
            return
        if "enum" in s and v not in s["enum"]:
            errs.append(f"{where}: {v!r} not one of {s['enum']}")
        if t == "string":
            if "pattern" in s and not re.search(s["pattern"], v):
                errs.append(f"{where}: {v!r} does not match {s['pattern']}")
            if s.get("format") == "date" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                errs.append(f"{where}: {v!r} is not a date")
        if t in ("integer", "number"):
            if "minimum" in s and v < s["minimum"]:
                errs.append(f"{where}: {v} < {s['minimum']}")
            if "maximum" in s and v > s["maximum"]:
                errs.append(f"{where}: {v} > {s['maximum']}")
        if t == "array":
            if len(v) < s.get("minItems", 0) or len(v) > s.get("maxItems", 1 << 60):
                errs.append(f"{where}: {len(v)} items")
            for i, x in enumerate(v):
                self.check(x, s.get("items", {}), f"{where}[{i}]", errs)
        if t == "object":
            props = s.get("properties", {})
            for k in s.get("required", []):
                if k not in v:
                    errs.append(f"{where}: '{k}' is missing")
            for k, x in v.items():
                if k in props:
                    self.check(x, props[k], f"{where}.{k}", errs)
                elif s.get("additionalProperties") is False:
                    errs.append(f"{where}: '{k}' is not documented")

    def response_schema(self, path, status, ctype):
        op = self.doc["paths"][path]["get"]
        r = op["responses"].get(str(status))
        if r is None:
            return None, f"status {status} is not documented for {path}"
        r = self.resolve(r)
        content = r.get("content", {})
        base = ctype.split(";")[0].strip()
        if base not in content:
            return None, f"{base} is not documented for {path} {status}"
        return content[base]["schema"], None


def self_test(spec):
    bad = [
        ({"status": "ok", "version": "1", "backend": "sqlite"}, "Health"),          # missing field
        ({"status": "ok", "version": "1", "backend": "mysql", "schema": 2}, "Health"),  # enum
        ({"error": "x", "status": 400, "extra": 1}, "Error"),                      # undocumented
        ({"events": [{"id": "1"}], "count": 1, "next_cursor": None}, "EventPage"),  # type
        ({"scale": "gdelt", "codes": [{"code": "4", "root": "04", "label": "x", "goldstein": 1, "quad": 1}]}, "Codes"),
    ]
    fails = 0
    for doc, name in bad:
        errs = []
        spec.check(doc, {"$ref": "#/components/schemas/" + name}, name, errs)
        if errs:
            print(f"ok   the validator rejects a wrong {name}: {errs[0]}")
        else:
            print(f"FAIL the validator accepted a wrong {name}")
            fails += 1
    errs = []
    spec.check({"error": "x", "status": 400}, {"$ref": "#/components/schemas/Error"}, "Error", errs)
    print(("FAIL" if errs else "ok  ") + " the validator accepts a right Error")
    return 1 if fails or errs else 0


def main():
    spec = Spec(yaml.safe_load(open(sys.argv[1])))
    if sys.argv[2] == "--self-test":
        return self_test(spec)
    base, eid = sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "1"
    fails = 0
    covered = set()
    for path, qs in REQUESTS:
        real = path.replace("{id}", eid).replace("{missing}", "987654321")
        spec_path = "/api/events/{id}" if "{" in path else path
        covered.add(spec_path)
        url = base + real + ("?" + qs if qs else "")
        try:
            r = urllib.request.urlopen(url, timeout=20)
            status, ctype, body = r.status, r.headers.get("Content-Type", ""), r.read()
        except urllib.error.HTTPError as e:
            status, ctype, body = e.code, e.headers.get("Content-Type", ""), e.read()
        schema, why = spec.response_schema(spec_path, status, ctype)
        errs = [why] if why else []
        if schema is not None:
            try:
                spec.check(json.loads(body), schema, "body", errs)
            except ValueError as e:
                errs.append(f"not JSON: {e}")
        name = f"{real}{'?' + qs if qs else ''} ({status})"
        if errs:
            fails += 1
            print(f"FAIL {name}: " + "; ".join(errs[:5]))
        else:
            print(f"ok   {name}")
    for p in spec.doc["paths"]:
        if p not in covered:
            fails += 1
            print(f"FAIL {p}: documented but not requested")
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
