"""dyad for Python: a binding of libdyad.so with cffi (ABI mode).

It is not a second coder: every event comes from the C library that the
``dyad`` command uses, so the two give the same events.

    >>> import dyad
    >>> events = dyad.code([{"id": "a", "date": "2022-02-04", "lang": "de",
    ...     "text": "China und Russland vereinbarten eine engere Zusammenarbeit."}])
    >>> [(e["source"], e["code"], e["target"]) for e in events]
    [('CHNGOV', '057', 'RUSGOV'), ('RUSGOV', '057', 'CHNGOV')]

``dyad.code`` takes texts (strings: ``date`` and ``lang`` then apply to all)
or records (dicts with ``id``, ``date``, ``lang``, ``text`` and optionally
``title``, ``source``, ``url``), and returns one dict per event with the
fields of ``dyad code``'s JSON Lines.  ``dyad.Store(path).query(...)``
reads a store that ``dyad ingest`` wrote.  With ``frame=True`` (or
``dyad.code_frame``) both return a pandas DataFrame when pandas is installed.

Where the library and the dictionaries are found: ``$DYAD_LIB`` (a path to
libdyad.so), else the libdyad.so.0 of ``make install`` (ldconfig's search
path), else ``build/libdyad.so`` of the source tree this package sits in;
``$DYAD_DICT``, else the library's own search (``dy_dict_find``: ./dict,
the installed share/dyad/dict, ...), else the source tree's ``dict/``.
"""

import os
import threading

from cffi import FFI

__all__ = ["code", "code_frame", "Store", "DyadError", "library_path", "dict_dir"]

_CDEF = """
typedef enum { DY_OK = 0, DY_ENOMEM, DY_EIO, DY_ESYNTAX, DY_EINPUT, DY_ELANG, DY_EDB } dy_status;
typedef struct dy_error { dy_status status; char file[256]; long line; char msg[512]; } dy_error;
typedef struct dy_dict dy_dict;
typedef enum { DY_SCALE_GDELT = 0, DY_SCALE_ICEWS, DY_SCALE_PHOENIX } dy_scale;
typedef struct dy_limits dy_limits;
typedef struct dy_article {
    const char *id; const char *date; const char *lang; const char *title;
    const char *text; size_t text_len; const char *source; const char *url;
} dy_article;
typedef int dy_mood;
typedef struct dy_span { uint32_t start, end; } dy_span;
typedef struct dy_location {
    int level; char country[4]; char admin1[12]; const char *place;
    double lat, lon; unsigned geonames_id; const char *rule; dy_span span;
} dy_location;
typedef struct dy_event {
    int sent; char date[11]; char source[24], target[24];
    const char *source_name, *target_name;
    char code[6], root[3]; int quad; double goldstein; dy_mood mood;
    dy_span evidence; dy_span src_span, tgt_span, pred_span; const char *rule;
    dy_location location;
} dy_event;
typedef struct dy_result dy_result;
typedef struct dy_options { dy_scale scale; const dy_limits *limits; int explain; } dy_options;
dy_dict *dy_dict_load(const char *dir, dy_error *err);
void dy_dict_free(dy_dict *d);
const char *dy_mood_name(dy_mood m);
const char *dy_scale_name(dy_scale s);
dy_result *dy_code(const dy_dict *d, const dy_article *a, const dy_options *opt, dy_error *err);
void dy_result_free(dy_result *r);
size_t dy_result_count(const dy_result *r);
const dy_event *dy_result_event(const dy_result *r, size_t i);
const char *dy_result_text(const dy_result *r, size_t *len);
typedef struct dy_store dy_store;
dy_store *dy_store_open_read(const char *target, dy_error *err);
void dy_store_close(dy_store *s);
typedef struct dy_stored_event {
    long long id; const char *date, *last_date; const char *source, *target;
    const char *code, *root; int quad; double goldstein;
    int num_mentions, num_sources, num_articles; const char *participants;
    dy_location location;
} dy_stored_event;
typedef struct dy_query {
    const char *source, *target, *role; const char *code; const char *root;
    int quad; const char *from, *to; int undirected; long limit;
    const char *lang, *outlet, *mood; int min_sources; int no_location;
} dy_query;
int dy_store_query(dy_store *s, const dy_query *q,
                   int (*cb)(void *ctx, const dy_stored_event *e), void *ctx, dy_error *err);
const char *dy_dict_find(char *buf, size_t cap);
"""

ffi = FFI()
ffi.cdef(_CDEF)
_HERE = os.path.dirname(os.path.abspath(__file__))
_TREE = os.path.dirname(os.path.dirname(_HERE))  # the source tree, when run from it


class DyadError(Exception):
    """An error of libdyad: the message names the file and line where it can."""


def _err_text(err):
    msg = ffi.string(err.msg).decode("utf-8", "replace")
    f = ffi.string(err.file).decode("utf-8", "replace")
    if f:
        return "%s:%d: %s" % (f, err.line, msg) if err.line else "%s: %s" % (f, msg)
    return msg


def library_path():
    """The libdyad.so this module loads (see the module's help)."""
    p = os.environ.get("DYAD_LIB")
    if p:
        return p
    for cand in (os.path.join(_TREE, "build", "libdyad.so"),):
        if os.path.exists(cand):
            return cand
    return "libdyad.so.0"


_lib = None
_has_find = False
_lock = threading.Lock()


def _load():
    global _lib, _has_find
    if _lib is None:
        path = library_path()
        try:
            lib = ffi.dlopen(path)
        except OSError as e:
            raise DyadError("cannot load %s (%s): build it with `make lib` or install "
                            "dyad with `make install`, or set DYAD_LIB" % (path, e))
        try:
            lib.dy_dict_find  # noqa: B018 (present in this build?)
            _has_find = True
        except AttributeError:
            _has_find = False
        _lib = lib
    return _lib


def dict_dir():
    """The dictionary folder the coder loads (see the module's help)."""
    p = os.environ.get("DYAD_DICT")
    if p:
        return p
    lib = _load()
    tree = os.path.join(_TREE, "dict")
    if _has_find:
        buf = ffi.new("char[4096]")
        found = ffi.string(lib.dy_dict_find(buf, 4096)).decode()
        if os.path.exists(os.path.join(found, "cameo.txt")):
            return found
    return tree


_dicts = {}


def _dict(path):
    with _lock:
        d = _dicts.get(path)
        if d is None:
            lib = _load()
            err = ffi.new("dy_error *")
            d = lib.dy_dict_load(path.encode(), err)
            if d == ffi.NULL:
                raise DyadError(_err_text(err))
            d = ffi.gc(d, lib.dy_dict_free)
            _dicts[path] = d
        return d


_SCALES = {"gdelt": 0, "icews": 1, "phoenix": 2}


def _span(text, s):
    return [s.start, s.end]


_LEVELS = {1: "city", 2: "region", 3: "country"}


def _location(loc, text=None):
    """An event's location as `dyad code` and `dyad query` write it (None:
    the text does not say); TEXT (bytes) gives the evidence words."""
    if loc.level not in _LEVELS:
        return None
    ok = loc.lat == loc.lat and loc.lon == loc.lon
    out = {"country": ffi.string(loc.country).decode(),
           "admin1": ffi.string(loc.admin1).decode(),
           "place": ffi.string(loc.place).decode("utf-8", "replace")
           if loc.place != ffi.NULL else None,
           "level": _LEVELS[loc.level],
           "lat": round(loc.lat, 4) if ok else None,
           "lon": round(loc.lon, 4) if ok else None,
           "geonames_id": loc.geonames_id or None}
    if text is not None:
        out["evidence"] = text[loc.span.start:loc.span.end].decode("utf-8", "replace")
    out["location_rule"] = ffi.string(loc.rule).decode() if loc.rule != ffi.NULL else None
    return out


def code(items, lang="de", date=None, scale="gdelt", dict_dir_=None, errors="raise",
         frame=False):
    """Codes texts or records; returns one dict per event.

    items   a list (or any iterable) of str, or of dicts with id, date, lang,
            text (and optional title, source, url); a single str or dict is
            taken as a list of one.
    lang    the language of items that do not name one: "de" or "en".
    date    the story date (YYYY-MM-DD) of items that do not carry one.
    scale   the Goldstein/quad table: "gdelt", "icews" or "phoenix".
    errors  "raise" (a DyadError for the first unusable item) or "skip".
    frame   return a pandas DataFrame instead of a list.
    """
    lib = _load()
    d = _dict(dict_dir_ or dict_dir())
    if isinstance(items, (str, dict)):
        items = [items]
    if scale not in _SCALES:
        raise ValueError("scale must be gdelt, icews or phoenix")
    opt = ffi.new("dy_options *")
    opt.scale = _SCALES[scale]
    out = []
    for n, item in enumerate(items):
        rec = {"text": item} if isinstance(item, str) else dict(item)
        text = rec.get("text")
        if not isinstance(text, str):
            if errors == "skip":
                continue
            raise DyadError("item %d has no text" % n)
        keep = []  # the C strings must live while the article is coded

        def c(v):
            if v is None:
                return ffi.NULL
            b = ffi.new("char[]", str(v).encode("utf-8"))
            keep.append(b)
            return b

        tb = text.encode("utf-8")
        a = ffi.new("dy_article *")
        aid = rec.get("id", str(n))
        a.id = c(aid)
        a.date = c(rec.get("date", date))
        a.lang = c(rec.get("lang") or lang)
        a.title = c(rec.get("title"))
        tbuf = ffi.new("char[]", tb)
        a.text = tbuf
        a.text_len = len(tb)
        a.source = c(rec.get("source"))
        a.url = c(rec.get("url"))
        err = ffi.new("dy_error *")
        r = lib.dy_code(d, a, opt, err)
        if r == ffi.NULL:
            if errors == "skip":
                continue
            raise DyadError("item %d (%s): %s" % (n, aid, _err_text(err)))
        try:
            ln = ffi.new("size_t *")
            ctext = ffi.buffer(lib.dy_result_text(r, ln), ln[0])[:]
            for i in range(lib.dy_result_count(r)):
                e = lib.dy_result_event(r, i)
                ev = e.evidence
                out.append({
                    "doc": aid,
                    "sent": e.sent,
                    "date": ffi.string(e.date).decode(),
                    "lang": ffi.string(a.lang).decode(),
                    "source": ffi.string(e.source).decode(),
                    "target": ffi.string(e.target).decode(),
                    "source_name": ffi.string(e.source_name).decode("utf-8", "replace")
                    if e.source_name != ffi.NULL else None,
                    "target_name": ffi.string(e.target_name).decode("utf-8", "replace")
                    if e.target_name != ffi.NULL else None,
                    "code": ffi.string(e.code).decode(),
                    "root": ffi.string(e.root).decode(),
                    "quad": e.quad,
                    "goldstein": round(e.goldstein, 1),
                    "scale": scale,
                    "mood": ffi.string(lib.dy_mood_name(e.mood)).decode(),
                    "evidence": ctext[ev.start:ev.end].decode("utf-8", "replace"),
                    "spans": {"sentence": _span(ctext, ev), "source": _span(ctext, e.src_span),
                              "target": _span(ctext, e.tgt_span),
                              "predicate": _span(ctext, e.pred_span)},
                    "rule": ffi.string(e.rule).decode() if e.rule != ffi.NULL else None,
                    "location": _location(e.location, ctext),
                })
        finally:
            lib.dy_result_free(r)
    return _frame(out) if frame else out


def code_frame(items, **kw):
    """code(...) as a pandas DataFrame."""
    return code(items, frame=True, **kw)


def _frame(rows):
    try:
        import pandas as pd
    except ImportError as e:
        raise DyadError("frame=True needs pandas (Debian: python3-pandas)") from e
    return pd.DataFrame(rows)


class Store:
    """A store written by `dyad ingest`, opened for reading only (a path, or
    a postgres:// URL); it never creates or changes a store."""

    def __init__(self, target="dyad.db"):
        lib = _load()
        err = ffi.new("dy_error *")
        s = lib.dy_store_open_read(str(target).encode(), err)
        if s == ffi.NULL:
            raise DyadError(_err_text(err))
        self._s = ffi.gc(s, lib.dy_store_close)

    def close(self):
        if self._s is not None:
            ffi.release(self._s)
            self._s = None

    def __enter__(self):
        return self

    def __exit__(self, *a):
        self.close()

    def query(self, source=None, target=None, role=None, code=None, root=None, quad=0,
              start=None, end=None, undirected=False, limit=0, frame=False):
        """The stored events (merged: one per happening) that match, in date
        order, as dicts, or a DataFrame with frame=True.  Actors of three
        letters are countries ("CHN" matches CHNGOV); start and end are
        inclusive YYYY-MM-DD dates of the event's first mention."""
        lib = _load()
        keep = []

        def c(v):
            if v is None:
                return ffi.NULL
            b = ffi.new("char[]", str(v).encode())
            keep.append(b)
            return b

        q = ffi.new("dy_query *")
        q.source, q.target, q.role = c(source), c(target), c(role)
        q.code, q.root = c(code), c(root)
        q.quad = int(quad or 0)
        q.__setattr__("from", c(start))
        q.to = c(end)
        q.undirected = 1 if undirected else 0
        q.limit = int(limit or 0)
        rows = []

        def s(p):
            return ffi.string(p).decode("utf-8", "replace") if p != ffi.NULL else None

        @ffi.callback("int(void *, const dy_stored_event *)")
        def take(ctx, e):
            rows.append({"id": e.id, "date": s(e.date), "last_date": s(e.last_date),
                         "source": s(e.source), "target": s(e.target), "code": s(e.code),
                         "root": s(e.root), "quad": e.quad, "goldstein": round(e.goldstein, 1),
                         "num_mentions": e.num_mentions, "num_sources": e.num_sources,
                         "num_articles": e.num_articles, "participants": s(e.participants),
                         "location": _location(e.location)})
            return 0

        err = ffi.new("dy_error *")
        if self._s is None:
            raise DyadError("the store is closed")
        if lib.dy_store_query(self._s, q, take, ffi.NULL, err) < 0:
            raise DyadError(_err_text(err))
        return _frame(rows) if frame else rows
