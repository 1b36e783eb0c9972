/*
 * gencountries: write dyad's generated country-name dictionary.
 *
 * Usage: gencountries ISO_3166-1.json LANG [FILE.mo]
 *
 * Reads Debian iso-codes' iso_3166-1.json and, for LANG other than "en"
 * (or whenever FILE.mo is given), the gettext catalogue that translates it
 * (default /usr/share/locale/LANG/LC_MESSAGES/iso_3166-1.mo).  Writes to
 * stdout, in the actor-file format of docs/dictionaries.md, one line per
 * country:
 *
 *     ALPHA3  name  Name | Official name | Common name
 *
 * with the forms translated, normalised (whitespace runs collapsed),
 * deduplicated and in that order; lines are sorted by code.  The output
 * depends only on the inputs and the arguments, so it is reproducible.
 *
 * Codes are ISO alpha-3 except where CAMEO differs (Kosovo: KSV).
 *
 * All input is treated as untrusted: every offset and length in the .mo is
 * checked, strings must be valid UTF-8 without control characters or the
 * dictionary metacharacters '#' and '|', and any error ends the program with
 * a message naming the file and a non-zero exit status.
 *
 * Build: cc -std=c11 -Wall -Wextra -Werror -O2 tools/gencountries.c \
 *           -ljansson -o build/gencountries
 */

#include <errno.h>
#include <jansson.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MO_MAGIC 0x950412deu
#define MO_HEADER_SIZE 28u
#define MO_MAX_SIZE (64u * 1024u * 1024u) /* far above any real catalogue */
#define MAX_FORM_BYTES 1024u               /* one country name */
#define MAX_ARG_BYTES 4096u

/* ------------------------------------------------------------------ */
/* errors                                                              */

static const char *progname = "gencountries";

static void errorf(const char *file, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s: ", progname);
    if (file != NULL)
        fprintf(stderr, "%s: ", file);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

/* ------------------------------------------------------------------ */
/* CAMEO codes that differ from ISO 3166-1 alpha-3                     */

struct code_override {
    const char *alpha_2;
    const char *code;
};

static const struct code_override overrides[] = {
    {"XK", "KSV"}, /* Kosovo (user-assigned in ISO; iso-codes may lack it) */
};

static const char *cameo_code(const char *alpha_2, const char *alpha_3)
{
    if (alpha_2 != NULL) {
        for (size_t i = 0; i < sizeof overrides / sizeof overrides[0]; i++)
            if (strcmp(alpha_2, overrides[i].alpha_2) == 0)
                return overrides[i].code;
    }
    return alpha_3;
}

/* ------------------------------------------------------------------ */
/* string checks                                                       */

/* Length of the valid UTF-8 sequence at s (n bytes available), or 0. */
static size_t utf8_seq(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    size_t len;
    uint32_t cp;

    if (c < 0x80)
        return 1;
    if (c >= 0xc2 && c <= 0xdf) {
        len = 2;
        cp = c & 0x1f;
    } else if (c >= 0xe0 && c <= 0xef) {
        len = 3;
        cp = c & 0x0f;
    } else if (c >= 0xf0 && c <= 0xf4) {
        len = 4;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (len > n)
        return 0;
    for (size_t i = 1; i < len; i++) {
        if ((s[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (s[i] & 0x3f);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
        cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    /* C1 controls (U+0080..U+009F) are as unwelcome as C0 ones. */
    if (cp >= 0x80 && cp <= 0x9f)
        return 0;
    return len;
}

#define SHOWN_SIZE 200

/*
 * s[0..n) made safe to quote in a message: valid UTF-8 kept, anything else
 * (control characters, stray bytes, quotes, backslashes) as \xNN, cut off
 * after 60 characters.
 */
static const char *shown(char buf[SHOWN_SIZE], const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    size_t j = 0, chars = 0;

    for (size_t i = 0; i < n; chars++) {
        size_t k = 0;
        if (chars == 60 || j + 8 >= SHOWN_SIZE) {
            memcpy(buf + j, "...", 3);
            j += 3;
            break;
        }
        if (u[i] >= 0x20 && u[i] != 0x7f && u[i] != '"' && u[i] != '\\')
            k = utf8_seq(u + i, n - i);
        if (k == 0) {
            snprintf(buf + j, SHOWN_SIZE - j, "\\x%02x", u[i]);
            j += 4;
            i++;
        } else {
            memcpy(buf + j, s + i, k);
            j += k;
            i += k;
        }
    }
    buf[j] = '\0';
    return buf;
}

/*
 * Check that s[0..n) is usable as a dictionary form: valid UTF-8, no
 * control characters, no '#' or '|', and not blank.  Returns NULL if it is,
 * else a short reason.
 */
static const char *form_problem(const char *s, size_t n)
{
    const unsigned char *u = (const unsigned char *)s;
    int blank = 1;

    if (n > MAX_FORM_BYTES)
        return "string too long";
    for (size_t i = 0; i < n;) {
        size_t k;
        if (u[i] == '\t' || u[i] == ' ') {
            i++;
            continue;
        }
        if (u[i] < 0x20 || u[i] == 0x7f)
            return "control character";
        if (u[i] == '#' || u[i] == '|')
            return "contains '#' or '|', which the dictionary format reserves";
        k = utf8_seq(u + i, n - i);
        if (k == 0)
            return "invalid UTF-8";
        blank = 0;
        i += k;
    }
    return blank ? "empty string" : NULL;
}

/*
 * Copy s[0..n) (already checked by form_problem) with whitespace runs
 * collapsed to one space and trimmed.  Returns a malloc'ed string or NULL on
 * allocation failure.
 */
static char *normalise(const char *s, size_t n)
{
    char *out = malloc(n + 1);
    size_t j = 0;
    int space = 0;

    if (out == NULL)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == ' ' || s[i] == '\t') {
            space = 1;
            continue;
        }
        if (space && j > 0)
            out[j++] = ' ';
        space = 0;
        out[j++] = s[i];
    }
    out[j] = '\0';
    return out;
}

/* ------------------------------------------------------------------ */
/* gettext .mo catalogue                                               */

struct mo_entry {
    const char *id;
    size_t id_len;
    const char *str; /* first (singular) translation, NUL-terminated */
    size_t str_len;
};

struct catalogue {
    const char *file;
    unsigned char *data;
    size_t size;
    struct mo_entry *entries;
    size_t count;
};

static int read_file(const char *file, unsigned char **out, size_t *out_size)
{
    FILE *fp = fopen(file, "rb");
    unsigned char *buf = NULL;
    size_t size = 0, cap = 0;

    if (fp == NULL) {
        errorf(file, "cannot open: %s", strerror(errno));
        return -1;
    }
    for (;;) {
        size_t got;
        if (size == cap) {
            size_t ncap = cap == 0 ? 65536 : cap * 2;
            unsigned char *nbuf;
            if (cap >= MO_MAX_SIZE) {
                errorf(file, "file larger than %u bytes; refusing",
                       (unsigned)MO_MAX_SIZE);
                goto fail;
            }
            if (ncap > MO_MAX_SIZE)
                ncap = MO_MAX_SIZE;
            nbuf = realloc(buf, ncap);
            if (nbuf == NULL) {
                errorf(file, "out of memory");
                goto fail;
            }
            buf = nbuf;
            cap = ncap;
        }
        got = fread(buf + size, 1, cap - size, fp);
        size += got;
        if (got == 0) {
            if (ferror(fp)) {
                errorf(file, "read error: %s", strerror(errno));
                goto fail;
            }
            break;
        }
    }
    fclose(fp);
    *out = buf;
    *out_size = size;
    return 0;
fail:
    fclose(fp);
    free(buf);
    return -1;
}

static uint32_t get_u32(const unsigned char *p, int big_endian)
{
    if (big_endian)
        return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
               (uint32_t)p[2] << 8 | (uint32_t)p[3];
    return (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 |
           (uint32_t)p[1] << 8 | (uint32_t)p[0];
}

static int entry_cmp(const void *a, const void *b)
{
    const struct mo_entry *x = a, *y = b;
    size_t n = x->id_len < y->id_len ? x->id_len : y->id_len;
    int c = memcmp(x->id, y->id, n);
    if (c != 0)
        return c;
    return (x->id_len > y->id_len) - (x->id_len < y->id_len);
}

/*
 * Locate string number i of the table at table_off; check that it lies
 * inside the file and is NUL-terminated there.
 */
static int mo_string(const struct catalogue *cat, uint32_t table_off,
                     uint32_t i, int be, const char *what, const char **s,
                     size_t *len)
{
    const unsigned char *d = cat->data;
    size_t desc = (size_t)table_off + (size_t)i * 8u;
    uint32_t l = get_u32(d + desc, be);
    uint32_t o = get_u32(d + desc + 4, be);

    if (o > cat->size || l >= cat->size - o) {
        errorf(cat->file,
               "%s string %lu (offset %lu, length %lu) lies outside the "
               "file (%lu bytes)",
               what, (unsigned long)i, (unsigned long)o, (unsigned long)l,
               (unsigned long)cat->size);
        return -1;
    }
    if (d[(size_t)o + l] != '\0') {
        errorf(cat->file, "%s string %lu is not NUL-terminated", what,
               (unsigned long)i);
        return -1;
    }
    *s = (const char *)d + o;
    *len = l;
    return 0;
}

/* Check the catalogue header's declared charset, if any, is UTF-8. */
static int mo_check_charset(const struct catalogue *cat, const char *hdr)
{
    const char *p = strstr(hdr, "charset=");
    char buf[SHOWN_SIZE];
    size_t n;

    if (p == NULL)
        return 0;
    p += strlen("charset=");
    n = strcspn(p, " \t\n;");
    if ((n == 5 && strncmp(p, "UTF-8", 5) == 0) ||
        (n == 5 && strncmp(p, "utf-8", 5) == 0) ||
        (n == 4 && strncmp(p, "utf8", 4) == 0) ||
        (n == 4 && strncmp(p, "UTF8", 4) == 0) ||
        (n == 5 && strncmp(p, "ASCII", 5) == 0))
        return 0;
    errorf(cat->file, "catalogue charset is \"%s\"; only UTF-8 is supported",
           shown(buf, p, n));
    return -1;
}

static void catalogue_free(struct catalogue *cat)
{
    free(cat->entries);
    free(cat->data);
    cat->entries = NULL;
    cat->data = NULL;
    cat->count = 0;
}

static int catalogue_load(struct catalogue *cat, const char *file)
{
    const unsigned char *d;
    uint32_t magic, rev, n, orig, trans;
    int be;

    memset(cat, 0, sizeof *cat);
    cat->file = file;
    if (read_file(file, &cat->data, &cat->size) != 0)
        return -1;
    d = cat->data;
    if (cat->size < MO_HEADER_SIZE) {
        errorf(file, "too short for a gettext .mo file (%lu bytes)",
               (unsigned long)cat->size);
        goto fail;
    }
    magic = get_u32(d, 0);
    if (magic == MO_MAGIC)
        be = 0;
    else if (get_u32(d, 1) == MO_MAGIC)
        be = 1;
    else {
        errorf(file, "not a gettext .mo file (bad magic number 0x%08lx)",
               (unsigned long)magic);
        goto fail;
    }
    rev = get_u32(d + 4, be);
    if ((rev >> 16) > 1) {
        errorf(file, "unsupported .mo major revision %lu",
               (unsigned long)(rev >> 16));
        goto fail;
    }
    n = get_u32(d + 8, be);
    orig = get_u32(d + 12, be);
    trans = get_u32(d + 16, be);
    if (orig > cat->size || n > (cat->size - orig) / 8u) {
        errorf(file,
               "original-string table (%lu entries at offset %lu) lies "
               "outside the file",
               (unsigned long)n, (unsigned long)orig);
        goto fail;
    }
    if (trans > cat->size || n > (cat->size - trans) / 8u) {
        errorf(file,
               "translation table (%lu entries at offset %lu) lies outside "
               "the file",
               (unsigned long)n, (unsigned long)trans);
        goto fail;
    }
    if (n > 0) {
        cat->entries = calloc(n, sizeof *cat->entries);
        if (cat->entries == NULL) {
            errorf(file, "out of memory");
            goto fail;
        }
    }
    for (uint32_t i = 0; i < n; i++) {
        struct mo_entry *e = &cat->entries[cat->count];
        if (mo_string(cat, orig, i, be, "original", &e->id, &e->id_len) != 0 ||
            mo_string(cat, trans, i, be, "translated", &e->str, &e->str_len) !=
                0)
            goto fail;
        /* Plural translations are NUL-separated: keep the singular. */
        e->str_len = strlen(e->str);
        if (e->id_len == 0) {
            if (mo_check_charset(cat, e->str) != 0)
                goto fail;
            continue; /* the header entry translates nothing */
        }
        cat->count++;
    }
    if (cat->count > 1) {
        qsort(cat->entries, cat->count, sizeof *cat->entries, entry_cmp);
        for (size_t i = 1; i < cat->count; i++) {
            if (entry_cmp(&cat->entries[i - 1], &cat->entries[i]) == 0) {
                char buf[SHOWN_SIZE];
                errorf(file, "message \"%s\" is translated twice",
                       shown(buf, cat->entries[i].id, cat->entries[i].id_len));
                goto fail;
            }
        }
    }
    return 0;
fail:
    catalogue_free(cat);
    return -1;
}

/*
 * Translate msgid; gettext semantics: a missing or empty translation leaves
 * the msgid.  *len receives the length of the result.
 */
static const char *catalogue_get(const struct catalogue *cat,
                                 const char *msgid, size_t *len)
{
    struct mo_entry key, *e;

    *len = strlen(msgid);
    if (cat == NULL || cat->count == 0)
        return msgid;
    key.id = msgid;
    key.id_len = *len;
    e = bsearch(&key, cat->entries, cat->count, sizeof *cat->entries,
                entry_cmp);
    if (e == NULL || e->str_len == 0)
        return msgid;
    *len = e->str_len;
    return e->str;
}

/* ------------------------------------------------------------------ */
/* countries                                                           */

#define MAX_FORMS 3

struct country {
    char code[4];
    size_t index; /* position in the JSON, for a stable sort */
    char *forms[MAX_FORMS];
    size_t nforms;
};

static void country_free(struct country *c)
{
    for (size_t i = 0; i < c->nforms; i++)
        free(c->forms[i]);
    c->nforms = 0;
}

static int country_cmp(const void *a, const void *b)
{
    const struct country *x = a, *y = b;
    int c = strcmp(x->code, y->code);
    if (c != 0)
        return c;
    return (x->index > y->index) - (x->index < y->index);
}

static int valid_alpha(const char *s, size_t len)
{
    if (strlen(s) != len)
        return 0;
    for (size_t i = 0; i < len; i++)
        if (s[i] < 'A' || s[i] > 'Z')
            return 0;
    return 1;
}

/*
 * Fetch optional string member key of entry i.  Returns 0 and sets *out
 * (NULL when absent), or -1 after reporting a wrong type.
 */
static int get_member(const char *file, json_t *entry, size_t i,
                      const char *key, int required, const char **out)
{
    json_t *v = json_object_get(entry, key);

    *out = NULL;
    if (v == NULL) {
        if (required) {
            errorf(file, "entry %lu has no \"%s\"", (unsigned long)i, key);
            return -1;
        }
        return 0;
    }
    if (!json_is_string(v)) {
        errorf(file, "entry %lu: \"%s\" is not a string", (unsigned long)i,
               key);
        return -1;
    }
    if (strlen(json_string_value(v)) != json_string_length(v)) {
        errorf(file, "entry %lu: \"%s\" contains a NUL character",
               (unsigned long)i, key);
        return -1;
    }
    *out = json_string_value(v);
    return 0;
}

/* Translate, check, normalise and append one form unless already there. */
static int add_form(struct country *c, const char *json_file,
                    const struct catalogue *cat, const char *msgid)
{
    size_t len;
    const char *s;
    const char *why;
    char *form;
    char buf[SHOWN_SIZE];

    why = form_problem(msgid, strlen(msgid));
    if (why != NULL) {
        errorf(json_file, "%s: name \"%s\": %s", c->code,
               shown(buf, msgid, strlen(msgid)), why);
        return -1;
    }
    s = catalogue_get(cat, msgid, &len);
    if (s != msgid) {
        why = form_problem(s, len);
        if (why != NULL) {
            errorf(cat->file, "translation of \"%s\": %s",
                   shown(buf, msgid, strlen(msgid)), why);
            return -1;
        }
    }
    form = normalise(s, len);
    if (form == NULL) {
        errorf(NULL, "out of memory");
        return -1;
    }
    for (size_t i = 0; i < c->nforms; i++) {
        if (strcmp(c->forms[i], form) == 0) {
            free(form);
            return 0;
        }
    }
    c->forms[c->nforms++] = form;
    return 0;
}

static int load_countries(const char *file, const struct catalogue *cat,
                          struct country **out, size_t *out_n)
{
    static const char *const keys[MAX_FORMS] = {"name", "official_name",
                                                "common_name"};
    json_error_t jerr;
    json_t *root, *list;
    struct country *cs = NULL;
    size_t n = 0;

    root = json_load_file(file, JSON_REJECT_DUPLICATES, &jerr);
    if (root == NULL) {
        if (jerr.line > 0)
            errorf(file, "line %d, column %d: %s", jerr.line, jerr.column,
                   jerr.text);
        else
            errorf(file, "%s", jerr.text);
        return -1;
    }
    list = json_object_get(root, "3166-1");
    if (!json_is_array(list)) {
        errorf(file, "no \"3166-1\" array at the top level");
        goto fail;
    }
    if (json_array_size(list) == 0) {
        errorf(file, "the \"3166-1\" array is empty");
        goto fail;
    }
    cs = calloc(json_array_size(list), sizeof *cs);
    if (cs == NULL) {
        errorf(file, "out of memory");
        goto fail;
    }
    for (size_t i = 0; i < json_array_size(list); i++) {
        json_t *e = json_array_get(list, i);
        const char *a2, *a3, *code, *forms[MAX_FORMS];
        char buf[SHOWN_SIZE];
        struct country *c = &cs[n];

        if (!json_is_object(e)) {
            errorf(file, "entry %lu is not an object", (unsigned long)i);
            goto fail;
        }
        if (get_member(file, e, i, "alpha_2", 0, &a2) != 0 ||
            get_member(file, e, i, "alpha_3", 1, &a3) != 0)
            goto fail;
        for (size_t k = 0; k < MAX_FORMS; k++)
            if (get_member(file, e, i, keys[k], k == 0, &forms[k]) != 0)
                goto fail;
        if (a2 != NULL && !valid_alpha(a2, 2)) {
            errorf(file, "entry %lu: alpha_2 \"%s\" is not two capital "
                   "letters", (unsigned long)i, shown(buf, a2, strlen(a2)));
            goto fail;
        }
        if (!valid_alpha(a3, 3)) {
            errorf(file, "entry %lu: alpha_3 \"%s\" is not three capital "
                   "letters", (unsigned long)i, shown(buf, a3, strlen(a3)));
            goto fail;
        }
        code = cameo_code(a2, a3);
        memcpy(c->code, code, 4);
        c->index = i;
        n++;
        for (size_t k = 0; k < MAX_FORMS; k++)
            if (forms[k] != NULL && add_form(c, file, cat, forms[k]) != 0)
                goto fail;
    }
    qsort(cs, n, sizeof *cs, country_cmp);
    for (size_t i = 1; i < n; i++) {
        if (strcmp(cs[i - 1].code, cs[i].code) == 0) {
            errorf(file, "code %s occurs twice", cs[i].code);
            goto fail;
        }
    }
    json_decref(root);
    *out = cs;
    *out_n = n;
    return 0;
fail:
    if (cs != NULL) {
        for (size_t i = 0; i < n; i++)
            country_free(&cs[i]);
        free(cs);
    }
    json_decref(root);
    return -1;
}

/* ------------------------------------------------------------------ */
/* output                                                              */

/* Print an argument in the header comment; no newlines can sneak in. */
static void put_arg(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        putchar(*p < 0x20 || *p == 0x7f ? '?' : *p);
}

static void write_header(int argc, char **argv, const char *mo_file)
{
    printf("# GENERATED FILE -- DO NOT EDIT.\n");
    printf("# Country names from Debian iso-codes (ISO 3166-1), written by\n");
    printf("# tools/gencountries.c; `make gen` rewrites this file. Command:\n");
    printf("#   ");
    for (int i = 0; i < argc; i++) {
        if (i > 0)
            putchar(' ');
        put_arg(argv[i]);
    }
    printf(" > dict/gen/countries.");
    put_arg(argv[2]);
    printf(".txt\n");
    if (mo_file != NULL && argc < 4) {
        printf("# (translations read from ");
        put_arg(mo_file);
        printf(")\n");
    }
    printf("# Hand-written short names, adjectives, demonyms and metonyms\n");
    printf("# are in dict/<lang>/countries.txt. "
           "Codes: ISO alpha-3, Kosovo KSV.\n");
    printf("#\n");
    printf("# CODE  KIND  forms\n");
}

static int valid_lang(const char *s)
{
    size_t n = strlen(s);
    if (n == 0 || n > 32)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
              (ch >= '0' && ch <= '9') || ch == '_' || ch == '@' ||
              ch == '-'))
            return 0;
    }
    return 1;
}

int main(int argc, char **argv)
{
    struct catalogue cat;
    struct catalogue *catp = NULL;
    struct country *cs = NULL;
    size_t n = 0;
    char default_mo[128];
    const char *mo_file = NULL;
    int status = EXIT_FAILURE;

    if (argc > 0 && argv[0] != NULL && argv[0][0] != '\0') {
        const char *slash = strrchr(argv[0], '/');
        progname = slash != NULL ? slash + 1 : argv[0];
    }
    if (argc < 3 || argc > 4) {
        fprintf(stderr, "usage: %s ISO_3166-1.json LANG [FILE.mo]\n",
                progname);
        return 2;
    }
    for (int i = 1; i < argc; i++) {
        if (strlen(argv[i]) > MAX_ARG_BYTES || argv[i][0] == '\0') {
            errorf(NULL, "argument %d is empty or too long", i);
            return 2;
        }
    }
    if (!valid_lang(argv[2])) {
        char buf[SHOWN_SIZE];
        errorf(NULL, "invalid language \"%s\" (expected e.g. de, pt_BR)",
               shown(buf, argv[2], strlen(argv[2])));
        return 2;
    }
    if (argc == 4) {
        mo_file = argv[3];
    } else if (strcmp(argv[2], "en") != 0) {
        snprintf(default_mo, sizeof default_mo,
                 "/usr/share/locale/%s/LC_MESSAGES/iso_3166-1.mo", argv[2]);
        mo_file = default_mo;
    }
    if (mo_file != NULL) {
        if (catalogue_load(&cat, mo_file) != 0)
            return EXIT_FAILURE;
        catp = &cat;
    }
    if (load_countries(argv[1], catp, &cs, &n) != 0)
        goto out;

    write_header(argc, argv, mo_file);
    for (size_t i = 0; i < n; i++) {
        printf("%s  name  ", cs[i].code);
        for (size_t k = 0; k < cs[i].nforms; k++)
            printf("%s%s", k > 0 ? " | " : "", cs[i].forms[k]);
        putchar('\n');
    }
    if (fflush(stdout) != 0 || ferror(stdout)) {
        errorf(NULL, "error writing standard output: %s", strerror(errno));
        goto out;
    }
    status = EXIT_SUCCESS;
out:
    if (cs != NULL) {
        for (size_t i = 0; i < n; i++)
            country_free(&cs[i]);
        free(cs);
    }
    if (catp != NULL)
        catalogue_free(catp);
    return status;
}
