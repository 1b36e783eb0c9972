/* fuzz_store.c: the store's ingest, end to end: JSON Lines articles are
 * read as `dyad ingest` reads them (dy_read_jsonl_line of libdyad), coded, and put into a new in-memory SQLite store in
 * small batches; then the store's promises are checked:
 *
 *   - dy_store_check() finds no inconsistency;
 *   - ingesting the same articles again changes nothing (idempotent);
 *   - a query for everything returns as many events as the store counts;
 *   - rebuilding the events under other merge rules and back gives the
 *     same number of events.
 *
 * Input: one option byte, then the JSON Lines.
 *   byte 0  bits 0-1 the batch size (1, 2, 3, 7 articles); bit 2 merge
 *           by root; bits 3-4 the window (0-3 days); bit 5 --lang en as
 *           the default language; bit 6 roll back the first batch
 *           instead of committing it (the store must hold none of it)
 */
#include "fuzz_common.h"
#include "base/internal.h"

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static dy_dict *dict;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    dict = fuzz_load_dict();
    return 0;
}

static int count_event(void *ctx, const dy_stored_event *e)
{
    long *n = ctx;
    FUZZ_ASSERT(e->num_mentions >= 1 && e->num_articles >= 1 && e->num_sources >= 1 &&
                    e->num_articles <= e->num_mentions && e->num_sources <= e->num_articles,
                "event %lld: counts %d/%d/%d", e->id, e->num_mentions, e->num_sources,
                e->num_articles);
    FUZZ_ASSERT(strcmp(e->date, e->last_date) <= 0, "event %lld: %s after %s", e->id,
                e->date, e->last_date);
    (*n)++;
    return 0;
}

/* Whether an id came twice (with two versions of an article, the second
 * ingest stores each again: the last version wins both times). */
static bool dup_ids;

/* The state of one ingest, for the article callback. */
typedef struct ing {
    dy_store *s;
    dy_map ids;
    int batch;
    bool rollback_first, first;
    long in_batch, stored, pending;
} ing;

/* dy_article_fn: codes and stores one article. */
static int put_article(void *ctx, const dy_article *a, const char *file, long line)
{
    (void)file;
    (void)line;
    ing *g = ctx;
    size_t idn = strlen(a->id);
    if (dy_map_get(&g->ids, a->id, idn) != UINT32_MAX)
        dup_ids = true;
    else if (!dy_map_put(&g->ids, a->id, idn, 1))
        abort();
    dy_error err = {0};
    dy_result *r = dy_code(dict, a, NULL, &err);
    if (!r) {
        FUZZ_ASSERT(err.status != DY_ENOMEM, "out of memory without a failed allocation");
        return 1;
    }
    if (g->in_batch == 0) {
        FUZZ_ASSERT(dy_store_begin(g->s, &err) == 0, "begin: %s", err.msg);
    }
    int rc = dy_store_put(g->s, a, r, 0, &err);
    /* an empty id is refused before anything is written */
    FUZZ_ASSERT(rc == 0 || rc == 1 || (rc == -1 && err.status == DY_EINPUT && !*a->id),
                "put: %s", err.msg);
    g->in_batch++;
    g->pending += rc == 0;
    dy_result_free(r);
    if (g->in_batch >= g->batch) {
        if (g->first && g->rollback_first) {
            dy_store_rollback(g->s);
            g->pending = 0;
        } else {
            FUZZ_ASSERT(dy_store_commit(g->s, &err) == 0, "commit: %s", err.msg);
        }
        g->first = false;
        g->stored += g->pending;
        g->pending = 0;
        g->in_batch = 0;
    }
    return 0;
}

/* Ingests every line of TEXT; returns the number of articles stored. */
static long ingest(dy_store *s, const char *text, size_t len, int batch, const char *lang,
                   bool rollback_first)
{
    ing g = {s, {0}, batch, rollback_first, true, 0, 0, 0};
    dy_input_opts o = {0};
    o.lang = lang;
    o.date = NULL;
    o.max_bytes = 1 << 20;
    FILE *null = fuzz_null();
    long lineno = 0;
    const char *p = text, *end = text + len;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        size_t n = nl ? (size_t)(nl - p) : (size_t)(end - p);
        lineno++;
        char *line = malloc(n + 1);
        if (!line)
            abort();
        memcpy(line, p, n);
        line[n] = 0;
        p += n + (nl ? 1 : 0);
        dy_read_jsonl_line("fuzz.jsonl", lineno, line, n, &o, null, put_article, &g);
        free(line);
    }
    if (g.in_batch) {
        dy_error err = {0};
        FUZZ_ASSERT(dy_store_commit(s, &err) == 0, "commit: %s", err.msg);
        g.stored += g.pending;
    }
    dy_map_free(&g.ids);
    return g.stored;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const int batches[] = {1, 2, 3, 7};
    uint8_t opt = data[0];
    int batch = batches[opt & 3];
    dy_merge_rules rules = {(opt >> 3) & 3, (opt & 4) ? DY_MERGE_ROOT : DY_MERGE_CODE};
    const char *lang = (opt & 32) ? "en" : "de";
    bool rb = (opt & 64) != 0;
    const char *text = (const char *)data + 1;
    size_t len = size - 1;

    dy_error err = {0};
    dup_ids = false;
    dy_store *s = dy_store_open(":memory:", &err);
    FUZZ_ASSERT(s, "open: %s", err.msg);
    FUZZ_ASSERT(dy_store_remerge(s, &rules, &err) == 0, "rules: %s", err.msg);
    ingest(s, text, len, batch, lang, rb);
    FUZZ_ASSERT(dy_store_check(s, NULL, &err) == 0, "inconsistent after ingest: %s", err.msg);

    dy_store_stats a, b;
    FUZZ_ASSERT(dy_store_get_stats(s, &a, &err) == 0, "stats: %s", err.msg);
    if (!rb) {
        /* everything was committed: a second ingest stores nothing (unless
         * an id came with two versions) and changes nothing */
        long again = ingest(s, text, len, batch, lang, false);
        FUZZ_ASSERT(again == 0 || dup_ids, "the second ingest stored %ld articles", again);
        FUZZ_ASSERT(dy_store_get_stats(s, &b, &err) == 0, "stats: %s", err.msg);
        FUZZ_ASSERT(a.articles == b.articles && a.mentions == b.mentions &&
                        a.events == b.events,
                    "a second ingest changed the store: %ld/%ld/%ld -> %ld/%ld/%ld",
                    a.articles, a.mentions, a.events, b.articles, b.mentions, b.events);
    }
    long n = 0;
    FUZZ_ASSERT(dy_store_query(s, NULL, count_event, &n, &err) == 0, "query: %s", err.msg);
    FUZZ_ASSERT(n == a.events, "query returned %ld of %ld events", n, a.events);

    /* other rules and back: the same events */
    dy_merge_rules wide = {7, DY_MERGE_ROOT};
    FUZZ_ASSERT(dy_store_remerge(s, &wide, &err) == 0, "remerge: %s", err.msg);
    FUZZ_ASSERT(dy_store_check(s, NULL, &err) == 0, "inconsistent after remerge");
    FUZZ_ASSERT(dy_store_remerge(s, &rules, &err) == 0, "remerge back: %s", err.msg);
    FUZZ_ASSERT(dy_store_get_stats(s, &b, &err) == 0, "stats: %s", err.msg);
    FUZZ_ASSERT(b.events == a.events, "remerging back gave %ld events, not %ld", b.events,
                a.events);
    dy_store_close(s);
    return 0;
}
