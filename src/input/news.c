/* news.c: articles from the web as it arrives (issue 12; docs/input.md):
 * HTML pages, RSS 2.0 and Atom feeds, WARC files.  libxml2 parses the HTML
 * and the XML (no parser of our own); zlib reads WARC files, gzip per
 * record or not compressed.  Each page gives its title, date, URL,
 * language and main text:
 *
 *   title  og:title, else <title>, else the first <h1>
 *   date   article:published_time, datePublished (meta or JSON-LD),
 *          name="date", <time datetime>; a feed item's pubDate/published;
 *          a WARC record's WARC-Date; the date as written (first ten
 *          characters of an ISO 8601 date, RFC 822 dates converted)
 *   url    <link rel="canonical">, og:url, JSON-LD url; the item's link;
 *          WARC-Target-URI
 *   lang   <html lang="de-DE"> (its first subtag, lower case); a feed's
 *          <language> or xml:lang
 *   text   the main text: the paragraphs (p, h2-h6, li, blockquote, pre)
 *          of the <article>, else <main> or role="main", else of the
 *          element whose own <p> children hold the most text; never in
 *          script, style, nav, header, footer, aside, form, a hidden
 *          element, or one whose class or id names a cookie banner, a
 *          menu, sharing, comments or related links.  Paragraphs are
 *          joined by a blank line, spaces collapsed.
 *
 * Every problem names the file and the record (WARC) or item (feed) and
 * the batch goes on. */
#include "input/input.h"
#include <ctype.h>
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zlib.h>

typedef struct page {
    dy_buf title, date, url, lang, text;
} page;

static void page_free(page *p)
{
    dy_buf_free(&p->title);
    dy_buf_free(&p->date);
    dy_buf_free(&p->url);
    dy_buf_free(&p->lang);
    dy_buf_free(&p->text);
}

static bool page_oom(const page *p)
{
    return p->title.oom || p->date.oom || p->url.oom || p->lang.oom || p->text.oom;
}

/* Appends S with runs of white space collapsed to one space, none at the
 * start of B or after a space already there. */
static void add_collapsed(dy_buf *b, const char *s)
{
    for (; s && *s; s++) {
        if (isspace((unsigned char)*s) || (unsigned char)*s == 0xA0) {
            if (b->len && b->data[b->len - 1] != ' ' && b->data[b->len - 1] != '\n')
                dy_buf_putc(b, ' ');
            continue;
        }
        /* U+00A0 (no-break space) as UTF-8 */
        if ((unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0) {
            if (b->len && b->data[b->len - 1] != ' ' && b->data[b->len - 1] != '\n')
                dy_buf_putc(b, ' ');
            s++;
            continue;
        }
        dy_buf_putc(b, *s);
    }
}

static void trim_end(dy_buf *b)
{
    while (b->len && (b->data[b->len - 1] == ' ' || b->data[b->len - 1] == '\n'))
        b->len--;
    if (b->data)
        b->data[b->len] = 0;
}

/* Sets B to S, collapsed, if B is still empty. */
static void set_once(dy_buf *b, const char *s)
{
    if (b->len || !s)
        return;
    add_collapsed(b, s);
    trim_end(b);
}

static bool name_is(const xmlNode *n, const char *name)
{
    return n && n->type == XML_ELEMENT_NODE && n->name &&
           !strcasecmp((const char *)n->name, name);
}

static const char *attr(const xmlNode *n, const char *name)
{
    for (xmlAttr *a = n->properties; a; a = a->next)
        if (a->name && !strcasecmp((const char *)a->name, name) && a->children &&
            a->children->content)
            return (const char *)a->children->content;
    return NULL;
}

/* Does S contain one of the words of a page's furniture (case aside)? */
static bool furniture_word(const char *s)
{
    static const char *const words[] = {"cookie", "consent", "banner", "newsletter", "share",
                                        "social", "related", "comment", "advert", "promo",
                                        "subscribe", "breadcrumb", "menu", "navigation",
                                        "footer", "sidebar", "paywall"};
    if (!s)
        return false;
    char low[256];
    size_t n = strlen(s);
    if (n >= sizeof low)
        n = sizeof low - 1;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)s[i]);
    low[n] = 0;
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strstr(low, words[i]))
            return true;
    return false;
}

/* An element whose text is never the article's. */
static bool skipped(const xmlNode *n)
{
    static const char *const tags[] = {"script", "style", "noscript", "nav", "header", "footer",
                                       "aside", "form", "button", "select", "template",
                                       "iframe", "svg", "figure"};
    for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
        if (name_is(n, tags[i]))
            return true;
    if (attr(n, "hidden"))
        return true;
    const char *ah = attr(n, "aria-hidden");
    if (ah && !strcmp(ah, "true"))
        return true;
    return furniture_word(attr(n, "class")) || furniture_word(attr(n, "id")) ||
           furniture_word(attr(n, "role"));
}

/* The text of N and its children, but not of skipped elements. */
static void node_text(const xmlNode *n, dy_buf *b)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
            add_collapsed(b, (const char *)c->content);
        else if (c->type == XML_ELEMENT_NODE && !skipped(c)) {
            if (name_is(c, "br"))
                dy_buf_putc(b, ' ');
            node_text(c, b);
        }
    }
}

static bool is_block(const xmlNode *n)
{
    static const char *const tags[] = {"p", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
                                       "pre"};
    for (size_t i = 0; i < sizeof tags / sizeof *tags; i++)
        if (name_is(n, tags[i]))
            return true;
    return false;
}

/* The paragraphs under N, each once (a block's text includes its inner
 * blocks), joined by blank lines. */
static void paragraphs(const xmlNode *n, dy_buf *b)
{
    for (const xmlNode *c = n->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || skipped(c))
            continue;
        if (!is_block(c)) {
            paragraphs(c, b);
            continue;
        }
        size_t start = b->len;
        if (b->len)
            dy_buf_puts(b, "\n\n");
        size_t body = b->len;
        node_text(c, b);
        trim_end(b);
        if (b->len <= body) { /* an empty paragraph */
            b->len = start;
            if (b->data)
                b->data[start] = 0;
        } else if (b->data[body] == ' ') {
            memmove(b->data + body, b->data + body + 1, b->len - body);
            b->len--;
        }
    }
}

/* The element that holds the article: <article>, <main>, role="main". */
static const xmlNode *find_named(const xmlNode *n, const char *tag, const char *role)
{
    for (const xmlNode *c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (tag && name_is(c, tag) && !skipped(c))
            return c;
        const char *r = role ? attr(c, "role") : NULL;
        if (r && !strcasecmp(r, role))
            return c;
        if (skipped(c))
            continue;
        const xmlNode *x = find_named(c->children, tag, role);
        if (x)
            return x;
    }
    return NULL;
}

/* Else the element whose own <p> children hold the most text. */
static const xmlNode *densest(const xmlNode *n, size_t *best_score, const xmlNode *best)
{
    for (const xmlNode *c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE || skipped(c))
            continue;
        size_t score = 0;
        for (const xmlNode *p = c->children; p; p = p->next)
            if (name_is(p, "p")) {
                dy_buf t = {0};
                node_text(p, &t);
                score += t.len;
                dy_buf_free(&t);
            }
        if (score > *best_score) {
            *best_score = score;
            best = c;
        }
        best = densest(c->children, best_score, best);
    }
    return best;
}

/* A date as written: YYYY-MM-DD at the start of an ISO 8601 date, or an
 * RFC 822 date ("Tue, 05 Mar 2024 10:00:00 +0000").  False when S is
 * neither. */
static bool norm_date(const char *s, char out[11])
{
    if (!s)
        return false;
    while (isspace((unsigned char)*s))
        s++;
    if (strlen(s) >= 10 && isdigit((unsigned char)s[0]) && isdigit((unsigned char)s[3]) &&
        s[4] == '-' && isdigit((unsigned char)s[5]) && isdigit((unsigned char)s[6]) &&
        s[7] == '-' && isdigit((unsigned char)s[8]) && isdigit((unsigned char)s[9])) {
        memcpy(out, s, 10);
        out[10] = 0;
        return true;
    }
    static const char *const mon[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                      "jul", "aug", "sep", "oct", "nov", "dec"};
    const char *p = strchr(s, ',');
    p = p ? p + 1 : s;
    int d = 0, y = 0;
    char m[4] = "";
    if (sscanf(p, " %d %3s %d", &d, m, &y) != 3 || d < 1 || d > 31 || y < 1000 || y > 9999)
        return false;
    for (int i = 0; i < 12; i++)
        if (!strncasecmp(m, mon[i], 3)) {
            /* y, i and d are in range; the wider buffer keeps -O1's
             * range analysis from seeing a truncation */
            char tmp[40];
            snprintf(tmp, sizeof tmp, "%04d-%02d-%02d", y, i + 1, d);
            memcpy(out, tmp, 11);
            return true;
        }
    return false;
}

static void set_date(page *pg, const char *s)
{
    char d[11];
    if (!pg->date.len && norm_date(s, d))
        dy_buf_puts(&pg->date, d);
}

static void set_lang(page *pg, const char *s)
{
    if (pg->lang.len || !s)
        return;
    for (; *s && *s != '-' && *s != '_' && pg->lang.len < 8; s++)
        dy_buf_putc(&pg->lang, (char)tolower((unsigned char)*s));
}

/* JSON-LD (schema.org NewsArticle): datePublished, headline, url. */
static void json_ld(page *pg, json_t *j, int depth)
{
    if (depth > 8)
        return;
    if (json_is_array(j)) {
        for (size_t i = 0; i < json_array_size(j); i++)
            json_ld(pg, json_array_get(j, i), depth + 1);
        return;
    }
    if (!json_is_object(j))
        return;
    set_date(pg, dy_jstr(j, "datePublished"));
    set_once(&pg->title, dy_jstr(j, "headline"));
    set_once(&pg->url, dy_jstr(j, "url"));
    json_ld(pg, json_object_get(j, "@graph"), depth + 1);
}

static void meta_walk(page *pg, const xmlNode *n, dy_buf *h1, dy_buf *doc_title)
{
    for (const xmlNode *c = n; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        if (name_is(c, "html"))
            set_lang(pg, attr(c, "lang"));
        else if (name_is(c, "title") && !doc_title->len)
            node_text(c, doc_title);
        else if (name_is(c, "h1") && !h1->len)
            node_text(c, h1);
        else if (name_is(c, "meta")) {
            const char *k = attr(c, "property");
            if (!k)
                k = attr(c, "name");
            if (!k)
                k = attr(c, "itemprop");
            const char *v = attr(c, "content");
            if (k && v) {
                if (!strcasecmp(k, "og:title"))
                    set_once(&pg->title, v);
                else if (!strcasecmp(k, "og:url"))
                    set_once(&pg->url, v);
                else if (!strcasecmp(k, "article:published_time") ||
                         !strcasecmp(k, "datePublished") || !strcasecmp(k, "date") ||
                         !strcasecmp(k, "pubdate") || !strcasecmp(k, "dc.date.issued"))
                    set_date(pg, v);
                else if (!strcasecmp(k, "og:locale") || !strcasecmp(k, "language"))
                    set_lang(pg, v);
            }
        } else if (name_is(c, "link")) {
            const char *rel = attr(c, "rel");
            if (rel && !strcasecmp(rel, "canonical"))
                set_once(&pg->url, attr(c, "href"));
        } else if (name_is(c, "time")) {
            set_date(pg, attr(c, "datetime"));
        } else if (name_is(c, "script")) {
            const char *t = attr(c, "type");
            if (t && !strcasecmp(t, "application/ld+json")) {
                dy_buf js = {0};
                for (const xmlNode *x = c->children; x; x = x->next)
                    if (x->content)
                        dy_buf_puts(&js, (const char *)x->content);
                json_t *j = js.len ? json_loadb(js.data, js.len, 0, NULL) : NULL;
                json_ld(pg, j, 0);
                json_decref(j);
                dy_buf_free(&js);
            }
            continue;
        }
        meta_walk(pg, c->children, h1, doc_title);
    }
}

/* Does the start of BUF declare its character set? */
static bool declares_charset(const char *buf, size_t len)
{
    size_t n = len < 4096 ? len : 4096;
    for (size_t i = 0; i + 8 <= n; i++)
        if (!strncasecmp(buf + i, "charset=", 8) || !strncasecmp(buf + i, "encoding=", 9))
            return true;
    return false;
}

/* Parses the HTML of BUF into PG (its URL URL when the page gives none);
 * CHARSET from HTTP, else the page's own, else UTF-8. */
static bool parse_html(const char *buf, size_t len, const char *charset, page *pg)
{
    if (len > INT32_MAX)
        return false;
    const char *enc = charset ? charset : declares_charset(buf, len) ? NULL : "UTF-8";
    htmlDocPtr doc = htmlReadMemory(buf, (int)len, NULL, enc,
                                    HTML_PARSE_RECOVER | HTML_PARSE_NOERROR |
                                        HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
    if (!doc)
        return false;
    xmlNode *root = xmlDocGetRootElement(doc);
    if (!root) {
        xmlFreeDoc(doc);
        return false;
    }
    dy_buf h1 = {0}, doc_title = {0};
    meta_walk(pg, root, &h1, &doc_title);
    trim_end(&h1);
    trim_end(&doc_title);
    set_once(&pg->title, doc_title.len ? doc_title.data : h1.len ? h1.data : NULL);
    dy_buf_free(&h1);
    dy_buf_free(&doc_title);
    const xmlNode *main = find_named(root, "article", NULL);
    if (!main)
        main = find_named(root, "main", "main");
    if (!main) {
        size_t score = 0;
        main = densest(root, &score, NULL);
        if (!main)
            main = root;
    }
    paragraphs(main, &pg->text);
    trim_end(&pg->text);
    xmlFreeDoc(doc);
    return true;
}

/* The article of PG: its strings live in PG and ID.  REC is the item or
 * record number (0: a page), WHAT "item" or "record". */
static int emit(page *pg, const char *id, const char *name, long rec, const char *what,
                const dy_input_opts *o, FILE *err, dy_article_fn fn, void *ctx)
{
    char where[1200];
    if (rec)
        snprintf(where, sizeof where, "%s: %s %ld: %.1024s", name, what, rec, id);
    else
        snprintf(where, sizeof where, "%s", name);
    if (page_oom(pg)) {
        fprintf(err, "dyad: %s: out of memory; skipped\n", where);
        return 1;
    }
    if (!pg->text.len) {
        fprintf(err, "dyad: %s: no article text found; skipped\n", where);
        return 1;
    }
    if (pg->text.len > o->max_bytes) {
        fprintf(err, "dyad: %s: text over the document cap of %zu bytes; skipped "
                     "(raise it with --max-doc-bytes)\n", where, o->max_bytes);
        return 1;
    }
    const char *date = pg->date.len ? pg->date.data : o->date;
    if (!date) {
        fprintf(err, "dyad: %s: no date (give --date YYYY-MM-DD); skipped\n", where);
        return 1;
    }
    dy_article a = {id, date, pg->lang.len ? pg->lang.data : o->lang,
                    pg->title.len ? pg->title.data : NULL, pg->text.data, pg->text.len, NULL,
                    pg->url.len ? pg->url.data : NULL};
    return fn(ctx, &a, name, rec);
}

/* Reads all of F (up to CAP bytes) into B; false when over CAP (*OVER) or
 * on a read error. */
static bool slurp(FILE *f, size_t cap, dy_buf *b, bool *over)
{
    char chunk[65536];
    size_t n;
    *over = false;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        if (b->len + n > cap) {
            *over = true;
            return false;
        }
        dy_buf_add(b, chunk, n);
        if (b->oom)
            return false;
    }
    return !ferror(f);
}

static int worse(int a, int b) { return a > b ? a : b; }

/* strcasestr without _GNU_SOURCE */
static char *ci_find(char *h, const char *needle)
{
    size_t n = strlen(needle);
    for (; *h; h++)
        if (!strncasecmp(h, needle, n))
            return h;
    return NULL;
}

/* ------------------------------------------------------------------ HTML */

int dy_read_html(FILE *f, const char *name, const dy_input_opts *o, FILE *err,
                 dy_article_fn fn, void *ctx)
{
    dy_buf b = {0};
    bool over;
    if (!slurp(f, o->max_bytes * 4, &b, &over)) {
        if (over)
            fprintf(err, "dyad: %s: over the page cap of %zu bytes (4 x --max-doc-bytes); "
                         "skipped\n", name, o->max_bytes * 4);
        else
            fprintf(err, "dyad: %s: %s\n", name, b.oom ? "out of memory" : "read error");
        dy_buf_free(&b);
        return over ? 1 : 2;
    }
    page pg = {0};
    int rc;
    if (!b.len) {
        fprintf(err, "dyad: %s: empty input, nothing to code\n", name);
        rc = 1;
    } else if (!parse_html(b.data, b.len, NULL, &pg)) {
        fprintf(err, "dyad: %s: not an HTML page libxml2 can read; skipped\n", name);
        rc = 1;
    } else {
        const char *id = o->id ? o->id : pg.url.len ? pg.url.data : name;
        rc = emit(&pg, id, name, 0, "", o, err, fn, ctx);
    }
    page_free(&pg);
    dy_buf_free(&b);
    return rc;
}

/* ----------------------------------------------------------------- feeds */

static bool ns_local(const xmlNode *n, const char *local, const char *ns_part)
{
    if (n->type != XML_ELEMENT_NODE || strcmp((const char *)n->name, local))
        return false;
    if (!ns_part)
        return true;
    return n->ns && n->ns->href && strstr((const char *)n->ns->href, ns_part);
}

/* The text of a feed element: its HTML's paragraphs when it holds markup
 * (escaped or CDATA), else its text. */
static void feed_text(const xmlNode *n, page *pg)
{
    xmlChar *s = xmlNodeGetContent(n);
    if (!s)
        return;
    const char *t = (const char *)s;
    if (strchr(t, '<')) {
        page inner = {0};
        dy_buf wrap = {0};
        dy_buf_puts(&wrap, "<html><head><meta charset=\"utf-8\"></head><body>");
        dy_buf_puts(&wrap, t);
        dy_buf_puts(&wrap, "</body></html>");
        if (!wrap.oom && parse_html(wrap.data, wrap.len, "UTF-8", &inner) && inner.text.len)
            dy_buf_add(&pg->text, inner.text.data, inner.text.len);
        page_free(&inner);
        dy_buf_free(&wrap);
    } else {
        add_collapsed(&pg->text, t);
        trim_end(&pg->text);
    }
    xmlFree(s);
}

static void node_string(const xmlNode *n, dy_buf *b)
{
    xmlChar *s = xmlNodeGetContent(n);
    if (s) {
        set_once(b, (const char *)s);
        xmlFree(s);
    }
}

/* One RSS <item> or Atom <entry> into PG; its id into ID. */
static void feed_item(const xmlNode *item, bool atom, page *pg, dy_buf *id)
{
    const xmlNode *content = NULL, *summary = NULL;
    for (const xmlNode *c = item->children; c; c = c->next) {
        if (c->type != XML_ELEMENT_NODE)
            continue;
        const char *nm = (const char *)c->name;
        if (!strcmp(nm, "title"))
            node_string(c, &pg->title);
        else if (!strcmp(nm, "link")) {
            const char *href = attr(c, "href"), *rel = attr(c, "rel");
            if (href && (!rel || !strcmp(rel, "alternate")))
                set_once(&pg->url, href);
            else if (!href)
                node_string(c, &pg->url);
        } else if (!strcmp(nm, "guid") || (atom && !strcmp(nm, "id")))
            node_string(c, id);
        else if (!strcmp(nm, "pubDate") || !strcmp(nm, "published") || !strcmp(nm, "date")) {
            xmlChar *s = xmlNodeGetContent(c);
            set_date(pg, (const char *)s);
            xmlFree(s);
        } else if (ns_local(c, "encoded", "content") || (atom && !strcmp(nm, "content")))
            content = c;
        else if (!strcmp(nm, "description") || (atom && !strcmp(nm, "summary")))
            summary = c;
    }
    /* an Atom entry's updated, when it has no published */
    for (const xmlNode *c = item->children; c && atom; c = c->next)
        if (name_is(c, "updated")) {
            xmlChar *s = xmlNodeGetContent(c);
            set_date(pg, (const char *)s);
            xmlFree(s);
        }
    if (content)
        feed_text(content, pg);
    if (!pg->text.len && summary)
        feed_text(summary, pg);
}

int dy_read_feed(FILE *f, const char *name, const dy_input_opts *o, FILE *err,
                 dy_article_fn fn, void *ctx)
{
    dy_buf b = {0};
    bool over;
    size_t cap = o->max_bytes * 16;
    if (!slurp(f, cap, &b, &over)) {
        if (over)
            fprintf(err, "dyad: %s: feed over the cap of %zu bytes (16 x --max-doc-bytes); "
                         "skipped\n", name, cap);
        else
            fprintf(err, "dyad: %s: %s\n", name, b.oom ? "out of memory" : "read error");
        dy_buf_free(&b);
        return over ? 1 : 2;
    }
    if (!b.len || b.len > INT32_MAX) {
        fprintf(err, "dyad: %s: empty input, nothing to code\n", name);
        dy_buf_free(&b);
        return 1;
    }
    xmlResetLastError();
    xmlDocPtr doc = xmlReadMemory(b.data, (int)b.len, NULL, NULL,
                                  XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
    xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
    if (!root) {
        const xmlError *e = xmlGetLastError();
        const char *m = e && e->message ? e->message : "no root element";
        int ml = (int)strcspn(m, "\r\n"); /* libxml2's message ends in a newline */
        fprintf(err, "dyad: %s:%d: not a well-formed feed: %.*s; skipped\n", name,
                e ? e->line : 0, ml, m);
        xmlFreeDoc(doc);
        dy_buf_free(&b);
        return 1;
    }
    bool atom = !strcmp((const char *)root->name, "feed");
    const xmlNode *chan = root;
    dy_buf feed_lang = {0};
    if (!strcmp((const char *)root->name, "rss")) {
        chan = NULL;
        for (const xmlNode *c = root->children; c && !chan; c = c->next)
            if (name_is(c, "channel"))
                chan = c;
    } else if (!atom && strcmp((const char *)root->name, "RDF")) {
        fprintf(err, "dyad: %s: not an RSS or Atom feed (root element <%s>); skipped\n", name,
                (const char *)root->name);
        xmlFreeDoc(doc);
        dy_buf_free(&b);
        return 1;
    }
    int status = 0;
    long item_no = 0;
    if (chan) {
        xmlChar *xl = xmlNodeGetLang(root);
        if (xl) {
            dy_buf_puts(&feed_lang, (const char *)xl);
            xmlFree(xl);
        }
    }
    for (const xmlNode *c = chan ? chan->children : NULL; c; c = c->next)
        if (name_is(c, "language"))
            node_string(c, &feed_lang);
    /* RSS 1.0 puts its items beside the channel */
    const xmlNode *items = chan && strcmp((const char *)root->name, "RDF") ? chan : root;
    for (const xmlNode *c = items ? items->children : NULL; c; c = c->next) {
        if (!name_is(c, atom ? "entry" : "item"))
            continue;
        item_no++;
        page pg = {0};
        dy_buf id = {0};
        feed_item(c, atom, &pg, &id);
        xmlChar *il = xmlNodeGetLang(c);
        set_lang(&pg, il ? (const char *)il : feed_lang.len ? feed_lang.data : NULL);
        xmlFree(il);
        char fallback[64];
        snprintf(fallback, sizeof fallback, "%s:item %ld", name, item_no);
        const char *aid = id.len ? id.data : pg.url.len ? pg.url.data : fallback;
        int rc = emit(&pg, aid, name, item_no, "item", o, err, fn, ctx);
        status = worse(status, rc);
        page_free(&pg);
        dy_buf_free(&id);
        if (rc >= 3)
            break;
    }
    if (!item_no) {
        fprintf(err, "dyad: %s: the feed has no items\n", name);
        status = worse(status, 1);
    }
    dy_buf_free(&feed_lang);
    xmlFreeDoc(doc);
    dy_buf_free(&b);
    return status;
}

/* ------------------------------------------------------------------ WARC */

/* A header's value in a block of "Name: value" lines, or NULL; into OUT. */
static const char *header(const char *h, size_t hlen, const char *key, char *out, size_t cap)
{
    size_t kl = strlen(key);
    const char *p = h, *end = h + hlen;
    while (p < end) {
        const char *eol = memchr(p, '\n', (size_t)(end - p));
        if (!eol)
            eol = end;
        if ((size_t)(eol - p) > kl && !strncasecmp(p, key, kl) && p[kl] == ':') {
            const char *v = p + kl + 1;
            while (v < eol && (*v == ' ' || *v == '\t'))
                v++;
            const char *ve = eol;
            while (ve > v && (ve[-1] == '\r' || ve[-1] == ' '))
                ve--;
            size_t n = (size_t)(ve - v);
            if (n >= cap)
                n = cap - 1;
            memcpy(out, v, n);
            out[n] = 0;
            return out;
        }
        p = eol + 1;
    }
    return NULL;
}

/* Decodes a chunked HTTP body in place; false when malformed. */
static bool unchunk(char *body, size_t *len)
{
    size_t r = 0, w = 0, n = *len;
    for (;;) {
        char *e;
        if (r >= n)
            return false;
        unsigned long sz = strtoul(body + r, &e, 16);
        if (e == body + r)
            return false;
        const char *nl = memchr(body + r, '\n', n - r);
        if (!nl)
            return false;
        r = (size_t)(nl - body) + 1;
        if (!sz)
            break;
        if (sz > n - r)
            return false;
        memmove(body + w, body + r, sz);
        w += sz;
        r += sz;
        while (r < n && (body[r] == '\r' || body[r] == '\n'))
            r++;
    }
    *len = w;
    return true;
}

/* One response record's HTTP message: an article when it is an HTML page
 * with status 200.  0 when it is none (said nothing), else emit's status. */
static int warc_response(char *blk, size_t n, const char *uri, const char *wdate,
                         const char *name, long rec, const dy_input_opts *o, FILE *err,
                         dy_article_fn fn, void *ctx)
{
    char *sep = NULL;
    for (size_t i = 0; i + 3 < n && !sep; i++)
        if (!memcmp(blk + i, "\r\n\r\n", 4))
            sep = blk + i;
    if (n < 12 || strncmp(blk, "HTTP/", 5) || !sep)
        return 0;
    const char *sp = memchr(blk, ' ', (size_t)(sep - blk));
    if (!sp || atoi(sp + 1) != 200)
        return 0;
    size_t hlen = (size_t)(sep - blk);
    char ct[256], te[64], ce[64];
    if (!header(blk, hlen, "Content-Type", ct, sizeof ct) ||
        (!ci_find(ct, "text/html") && !ci_find(ct, "application/xhtml")))
        return 0;
    char *body = sep + 4;
    size_t blen = n - (size_t)(body - blk);
    if (header(blk, hlen, "Transfer-Encoding", te, sizeof te) && ci_find(te, "chunked") &&
        !unchunk(body, &blen)) {
        fprintf(err, "dyad: %s: record %ld: %s: malformed chunked HTTP body; skipped\n", name,
                rec, uri);
        return 1;
    }
    if (header(blk, hlen, "Content-Encoding", ce, sizeof ce) && strcasecmp(ce, "identity")) {
        fprintf(err, "dyad: %s: record %ld: %s: HTTP Content-Encoding '%s' is not read; "
                     "skipped\n", name, rec, uri, ce);
        return 1;
    }
    char *cs = ci_find(ct, "charset=");
    char charset[64] = "";
    if (cs) {
        snprintf(charset, sizeof charset, "%s", cs + 8);
        charset[strcspn(charset, " ;\"")] = 0;
    }
    page pg = {0};
    int rc;
    if (!parse_html(body, blen, charset[0] ? charset : NULL, &pg)) {
        fprintf(err, "dyad: %s: record %ld: %s: not an HTML page libxml2 can read; skipped\n",
                name, rec, uri);
        rc = 1;
    } else {
        set_date(&pg, wdate);
        if (!pg.url.len)
            dy_buf_puts(&pg.url, uri);
        rc = emit(&pg, uri, name, rec, "record", o, err, fn, ctx);
    }
    page_free(&pg);
    return rc;
}

/* zlib's message without the file name it starts with */
static const char *zmessage(gzFile g, int *zerr)
{
    const char *m = gzerror(g, zerr);
    const char *c = m ? strstr(m, ": ") : NULL;
    return c ? c + 2 : m ? m : "";
}

int dy_read_warc(const char *path, const char *name, const dy_input_opts *o, FILE *err,
                 dy_article_fn fn, void *ctx)
{
    gzFile g = path ? gzopen(path, "rb") : gzdopen(dup(0), "rb");
    if (!g) {
        fprintf(err, "dyad: %s: cannot open: %s\n", name, strerror(errno ? errno : ENOMEM));
        return 2;
    }
    gzbuffer(g, 1 << 16);
    int status = 0;
    long rec = 0;
    size_t cap = o->max_bytes * 4 + 65536;
    dy_buf h = {0}, blk = {0};
    char line[8192];
    for (;;) {
        /* the record's header: "WARC/1.x", then fields up to a blank line */
        h.len = 0;
        bool started = false, done = false;
        while (gzgets(g, line, sizeof line)) {
            if (!started && (line[0] == '\r' || line[0] == '\n'))
                continue; /* the blank lines after a record */
            if (!started) {
                if (strncmp(line, "WARC/", 5)) {
                    size_t k = 0;
                    while (k < 40 && line[k] && line[k] != '\r' && line[k] != '\n')
                        k++;
                    fprintf(err, "dyad: %s: record %ld: not a WARC record header (\"%.*s\"); "
                                 "the rest of the file is not read\n",
                            name, rec + 1, (int)k, line);
                    status = worse(status, 1);
                    done = true;
                    break;
                }
                started = true;
                rec++;
                continue;
            }
            if (line[0] == '\r' || line[0] == '\n')
                break;
            dy_buf_puts(&h, line);
        }
        if (done || !started)
            break;
        char len_s[32], type[64], uri[2048], wdate[64];
        if (!header(h.data ? h.data : "", h.len, "Content-Length", len_s, sizeof len_s)) {
            fprintf(err, "dyad: %s: record %ld: no Content-Length; the rest of the file is not "
                         "read\n", name, rec);
            status = worse(status, 1);
            break;
        }
        char *e;
        unsigned long long clen = strtoull(len_s, &e, 10);
        if (e == len_s || *e) {
            fprintf(err, "dyad: %s: record %ld: bad Content-Length '%s'; the rest of the file "
                         "is not read\n", name, rec, len_s);
            status = worse(status, 1);
            break;
        }
        if (!header(h.data, h.len, "WARC-Type", type, sizeof type))
            type[0] = 0;
        if (!header(h.data, h.len, "WARC-Target-URI", uri, sizeof uri))
            snprintf(uri, sizeof uri, "%s:record %ld", name, rec);
        if (!header(h.data, h.len, "WARC-Date", wdate, sizeof wdate))
            wdate[0] = 0;
        bool want = !strcmp(type, "response") && clen <= cap;
        /* read (or pass over) the block */
        blk.len = 0;
        unsigned long long got = 0;
        while (got < clen) {
            char chunk[65536];
            unsigned want_n = (unsigned)(clen - got < sizeof chunk ? clen - got : sizeof chunk);
            int k = gzread(g, chunk, want_n);
            if (k <= 0)
                break;
            if (want)
                dy_buf_add(&blk, chunk, (size_t)k);
            got += (unsigned long long)k;
        }
        if (got < clen) {
            int zerr;
            const char *zmsg = zmessage(g, &zerr);
            fprintf(err, "dyad: %s: record %ld: %s: truncated: Content-Length %llu, %llu bytes "
                         "there%s%s; the rest of the file is not read\n",
                    name, rec, uri, clen, got, zerr ? ": " : "", zerr ? zmsg : "");
            status = worse(status, 1);
            break;
        }
        if (blk.oom) {
            fprintf(err, "dyad: %s: record %ld: out of memory\n", name, rec);
            status = 2;
            break;
        }
        if (!strcmp(type, "response") && clen > cap) {
            fprintf(err, "dyad: %s: record %ld: %s: %llu bytes, over the cap of %zu "
                         "(4 x --max-doc-bytes + 64 KiB); skipped\n",
                    name, rec, uri, clen, cap);
            status = worse(status, 1);
            continue;
        }
        if (!want)
            continue; /* warcinfo, request, metadata: no article */
        int rc = warc_response(blk.data, blk.len, uri, wdate, name, rec, o, err, fn, ctx);
        status = worse(status, rc);
        if (rc >= 3)
            break;
    }
    int zerr;
    const char *zmsg = zmessage(g, &zerr);
    if (zerr && !(status && zerr == Z_BUF_ERROR)) {
        /* Z_BUF_ERROR: the gzip data ends early (a truncated file) */
        fprintf(err, "dyad: %s: after record %ld: %s%s; the rest of the file is not read\n",
                name, rec, zmsg, zerr == Z_BUF_ERROR ? " (truncated gzip)" : "");
        status = worse(status, 1);
    }
    if (!rec && !status) {
        fprintf(err, "dyad: %s: no WARC records\n", name);
        status = 1;
    }
    dy_buf_free(&h);
    dy_buf_free(&blk);
    gzclose(g);
    return status;
}
