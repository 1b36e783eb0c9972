/* coverage.c: how many lexicon triggers give each CAMEO code, per language
 * and kind (`dyad dict coverage`, include/dyad.h).  Counted from the
 * compiled phrases (a verb or noun entry is counted once, however many forms
 * it has) and the verb patterns; the ranks of the news codes and the stated
 * reasons come from small text files next to the lexicons. */
#include "dict/dict.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TOP_CODES 80   /* the news codes that need TOP_FLOOR triggers */
#define TOP_FLOOR 8

struct dy_coverage {
    dy_cover_row *rows;
    size_t n, below;
    dy_arena ar;        /* reasons */
};

static bool is_digits(const char *s, size_t n)
{
    if (n < 2 || n > 4)
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static dy_cover_row *find_row(dy_coverage *c, const char *code, size_t len)
{
    for (size_t i = 0; i < c->n; i++)
        if (strlen(c->rows[i].code) == len && !memcmp(c->rows[i].code, code, len))
            return &c->rows[i];
    return NULL;
}

static void count(dy_coverage *c, const dy_pred *p, int col)
{
    dy_cover_row *r = p->code[0] ? find_row(c, p->code, strlen(p->code)) : NULL;
    if (r)
        r->n[col]++;
    if (p->intent[0] && strcmp(p->intent, p->code)) {
        r = find_row(c, p->intent, strlen(p->intent));
        if (r)
            r->n[col]++;
    }
}

/* DIR/news-codes.txt: "CODE [count]" a line, most used first; '#'
 * comments.  A missing file gives no ranks. */
static bool read_ranks(dy_coverage *c, const char *dir, dy_error *err)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/news-codes.txt", dir);
    FILE *f = fopen(path, "r");
    if (!f)
        return true;
    char line[512];
    long lineno = 0;
    int rank = 0;
    bool ok = true;
    while (ok && fgets(line, sizeof line, f)) {
        lineno++;
        char *h = strchr(line, '#');
        if (h)
            *h = 0;
        char *s = line + strspn(line, " \t\r\n");
        size_t len = strcspn(s, " \t\r\n");
        if (!len)
            continue;
        dy_cover_row *r = is_digits(s, len) ? find_row(c, s, len) : NULL;
        if (!r) {
            dy_seterr(err, DY_ESYNTAX, path, lineno, "not a code of cameo.txt");
            ok = false;
        } else if (!r->rank) {
            r->rank = ++rank;
        }
    }
    fclose(f);
    return ok;
}

/* "# nocover CODE reason" lines of DIR/LANG/verbs.txt. */
static bool read_reasons(dy_coverage *c, const char *dir, const char *lang, int li)
{
    char path[1024];
    snprintf(path, sizeof path, "%s/%s/verbs.txt", dir, lang);
    FILE *f = fopen(path, "r");
    if (!f)
        return true;
    char line[1024];
    bool ok = true;
    while (ok && fgets(line, sizeof line, f)) {
        static const char key[] = "# nocover ";
        if (strncmp(line, key, sizeof key - 1))
            continue;
        char *s = line + sizeof key - 1;
        size_t len = strcspn(s, " \t\r\n");
        dy_cover_row *r = find_row(c, s, len);
        if (!r)
            continue;
        s += len;
        s += strspn(s, " \t");
        size_t rl = strcspn(s, "\r\n");
        r->reason[li] = dy_arena_strndup(&c->ar, rl ? s : "(no reason given)",
                                         rl ? rl : strlen("(no reason given)"));
        ok = r->reason[li] != NULL;
    }
    fclose(f);
    return ok;
}

dy_coverage *dy_coverage_new(const dy_dict *d, const char *dir, dy_error *err)
{
    dy_error dummy;
    if (!err)
        err = &dummy;
    memset(err, 0, sizeof *err);
    dy_coverage *c = dy_calloc(1, sizeof *c);
    if (c)
        c->rows = dy_calloc(d->codes.n ? d->codes.n : 1, sizeof *c->rows);
    if (!c || !c->rows)
        goto oom;
    for (size_t i = 0; i < d->codes.n; i++) {
        const dy_code_ent *e = &DY_AT(d->codes, dy_code_ent, i);
        if (strlen(e->code) < 3)
            continue; /* the roots group codes; no trigger gives a root */
        dy_cover_row *r = &c->rows[c->n++];
        r->code = e->code;
        r->label = e->label ? e->label : "";
    }
    /* verbs and nouns: each entry once, through its phrases */
    unsigned char *seen = dy_calloc(d->preds.n ? d->preds.n : 1, 1);
    if (!seen)
        goto oom;
    for (size_t i = 0; i < d->phrases.n; i++) {
        const dy_phrase *ph = &DY_AT(d->phrases, dy_phrase, i);
        if ((ph->kind != PK_VERB && ph->kind != PK_NOUN) || ph->lang < 1 || ph->lang > DY_COV_LANGS ||
            ph->ref >= d->preds.n || seen[ph->ref])
            continue;
        seen[ph->ref] = 1;
        int col = (ph->lang - 1) * 2 + (ph->kind == PK_NOUN);
        count(c, &DY_AT(d->preds, dy_pred, ph->ref), col);
    }
    /* patterns: counted as verbs of the language of the verb they refine */
    for (size_t i = 0; i < d->phrases.n; i++) {
        const dy_phrase *ph = &DY_AT(d->phrases, dy_phrase, i);
        if (ph->kind != PK_VERB || ph->lang < 1 || ph->lang > DY_COV_LANGS || ph->ref >= d->preds.n ||
            seen[ph->ref] == 2)
            continue;
        seen[ph->ref] = 2;
        size_t np;
        const dy_pat *pt = dy_dict_patterns(d, ph->ref, &np);
        for (size_t k = 0; k < np; k++)
            if (pt[k].pred < d->preds.n)
                count(c, &DY_AT(d->preds, dy_pred, pt[k].pred), (ph->lang - 1) * 2);
    }
    dy_free(seen);
    if (dir) {
        if (!read_ranks(c, dir, err)) {
            dy_coverage_free(c);
            return NULL;
        }
        if (!read_reasons(c, dir, "de", 0) || !read_reasons(c, dir, "en", 1) ||
            !read_reasons(c, dir, "ru", 2) || !read_reasons(c, dir, "fr", 3))
            goto oom;
    }
    /* a language with no trigger at all has no dictionary here */
    bool present[DY_COV_LANGS] = {false};
    for (size_t i = 0; i < c->n; i++)
        for (int li = 0; li < DY_COV_LANGS; li++)
            if (c->rows[i].n[li * 2] + c->rows[i].n[li * 2 + 1])
                present[li] = true;
    for (size_t i = 0; i < c->n; i++) {
        dy_cover_row *r = &c->rows[i];
        bool top = r->rank >= 1 && r->rank <= TOP_CODES;
        r->floor = top ? TOP_FLOOR : 1;
        bool low = false;
        for (int li = 0; li < DY_COV_LANGS; li++) {
            unsigned have = r->n[li * 2] + r->n[li * 2 + 1];
            r->below[li] = present[li] && have < r->floor && (top || !r->reason[li]);
            low = low || (r->below[li] && li < DY_COV_CHECKED);
        }
        if (low)
            c->below++;
    }
    return c;
oom:
    dy_seterr(err, DY_ENOMEM, dir ? dir : "", 0, "out of memory");
    dy_coverage_free(c);
    return NULL;
}

size_t dy_coverage_count(const dy_coverage *c) { return c->n; }

const dy_cover_row *dy_coverage_row(const dy_coverage *c, size_t i)
{
    return i < c->n ? &c->rows[i] : NULL;
}

size_t dy_coverage_below(const dy_coverage *c) { return c->below; }

void dy_coverage_free(dy_coverage *c)
{
    if (!c)
        return;
    dy_free(c->rows);
    dy_arena_free(&c->ar);
    dy_free(c);
}
