/* import.c: the importer of TABARI and PETRARCH dictionaries (dy_import,
 * include/dyad.h; `dyad dict import --format tabari|petrarch FILE... -o DIR`).
 *
 * Converts the field's dictionaries into dyad's format (docs/dictionaries.md)
 * and says what it could not convert, by kind, with file:line
 * (docs/import.md).  The readers of each format (import_tabari.c,
 * import_petrarch.c; the actor files, alike in both, here) call the model
 * of import.h; this file decides what each entry becomes:
 *
 *   actors   undated, 3-letter code      -> en/countries.txt  CODE name   forms
 *            undated, IGO/NGO/IMG/...    -> orgs.txt          CODE        forms
 *            undated, longer code        -> en/countries.txt  CODE metonym forms
 *            date-restricted             -> people.txt  person DEFAULT forms
 *                                                          CODE FROM TO ...
 *   agents   [~GOV] PRESIDENT            -> en/roles.txt      GOV president | presidents
 *   verbs    ATTACK [190]                -> en/verbs.txt      attack 190 tgt=obj,with,...
 *            - * DOWN [111] (TURN)       ->                   turn|down 111 ...
 *            - * WITH + [040]            ->                   slot `with` (or meet|with 040
 *                                                             if the verb has another code)
 *
 * TABARI and PETRARCH code the first actor after the verb as the target;
 * dyad needs to know where to look, so every imported verb gets the six
 * slots dyad's own English lexicon uses most (DEFAULT_SLOTS), plus those
 * its patterns name.  What the patterns say before the verb, about skipped
 * phrases (^), compound actors (%) or several words after the verb has no
 * equivalent in a lemma lexicon, and is counted as lost. */
#include "import/import.h"
#include <dirent.h>
#include <ctype.h>
#include <errno.h>
#include <setjmp.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

const imp_kind_info imp_kind_infos[IK_COUNT] = {
    [IK_MALFORMED] = {"malformed", "a line the format does not allow (also on standard error)"},
    [IK_ACT_NOCODE] = {"actor-no-code", "actor entry without a code block"},
    [IK_ACT_NULL] = {"actor-null", "[---]: a phrase that is an actor but is not coded; dyad has no null actors"},
    [IK_ACT_DISCARD] = {"actor-discard", "[###]: an actor that discards the sentence; dyad has no discards"},
    [IK_ACT_COMPLEX] = {"actor-complex", "[+++]: an actor that marks the sentence complex; dyad has no such filter"},
    [IK_ACT_MULTI] = {"actor-multi", "[A/B] or two undated codes: one phrase, several actors; dyad gives a phrase one code"},
    [IK_ACT_BADCODE] = {"actor-bad-code", "an actor code dyad cannot take (3-15 capitals and digits)"},
    [IK_ACT_DUPFORM] = {"actor-dup-form", "the same form already has another code (the first is kept)"},
    [IK_ACT_NOUNADJ] = {"noun-adj-list", "TABARI <NOUN>/<ADJECTIVE> lists (part-of-speech hints; dyad has none)"},
    [IK_ACT_BADFORM] = {"bad-form", "a form dyad cannot write (empty, with '|', or over 60 tokens, where the loader's cap is 64; an irregular verb form that is not one word)"},
    [IK_AGT_BAD] = {"agent-bad-code", "an agent code dyad cannot take as a role"},
    [IK_AGT_DUPFORM] = {"agent-dup-form", "the same agent form already has another role (the first is kept)"},
    [IK_VERB_LONG] = {"verb-long", "a verb phrase of three words or more (dyad: a verb and one particle)"},
    [IK_VERB_BEFORE] = {"verb-words-before", "words before the verb in a verb phrase"},
    [IK_VERB_AUX] = {"verb-aux", "an auxiliary (be) as the verb"},
    [IK_VERB_DUPCODE] = {"verb-dup-code", "another code for the same verb lemma (the first is kept; dyad codes by lemma, not by form)"},
    [IK_PAT_BEFORE] = {"pattern-words-before", "pattern with words before the verb, not converted with --merge (dyad's grammar leads) or for a verb dyad keeps"},
    [IK_PAT_TGTBEFORE] = {"pattern-target-before", "pattern with the target before the verb"},
    [IK_PAT_SRCAFTER] = {"pattern-source-after", "pattern with the source after the verb"},
    [IK_PAT_COMPOUND] = {"pattern-compound", "pattern with % (a compound actor)"},
    [IK_PAT_SKIP] = {"pattern-skip", "pattern with ^ (a skipped noun phrase)"},
    [IK_PAT_LONG] = {"pattern-long", "pattern too long for en/patterns.txt (over 14 elements), or with a word it cannot hold"},
    [IK_PAT_PPWORDS] = {"pattern-pp-words", "pattern with a prepositional phrase that names words"},
    [IK_PAT_SLOTCODE] = {"pattern-slot-code", "pattern of no words with [---] on a verb that has a code"},
    [IK_PAT_PHRASAL] = {"pattern-phrasal", "pattern that adds a word after a phrasal verb"},
    [IK_PAT_EXPAND] = {"pattern-expand", "pattern whose synsets expand to over 256 phrases (or over 16384 with its block's verbs)"},
    [IK_PAT_SYNSET] = {"pattern-synset", "pattern that names an undefined synset"},
    [IK_CODE_NOTCAMEO] = {"code-not-cameo", "code not in cameo.txt (older WEIS or test codes; --codes keep keeps them)"},
    [IK_CODE_BAD] = {"code-bad", "code that is not 2-4 digits"},
    [IK_CODE_DISCARD] = {"code-discard", "[###] on a verb or pattern: dyad has no discards"},
    [IK_CODE_COMPLEX] = {"code-complex", "[+++] on a verb or pattern"},
    [IK_CODE_REVONLY] = {"code-reverse-only", "[:CODE]: only the reverse event; dyad codes source to target"},
    [IK_TIME] = {"time-shift", "TABARI <TIME> entries (date shifts); dyad dates events by its own rules"},
    [IK_DISCARD] = {"discard", "discards (PETRARCH's list, TABARI's [###] actors and verbs): written to en/discards.txt only with --discards"},
    [IK_TRANSFORM] = {"transformation", "PETRARCH transformations of nested events"},
    [IK_FILE] = {"file", "a file that is no dictionary of the format"},
    [IK_AGT_SHORT] = {"agent-code-cut", "agent code of several roles cut to its first (dyad roles are three letters)"},
    [IK_AGT_PREFIX] = {"agent-prefix", "prefix agent (NGO~) written as a role after the country"},
    [IK_CODE_PAIR] = {"code-pair", "paired code [A:B]: the reverse event B is dropped ([A:A] becomes sym)"},
    [IK_CODE_FLAG] = {"code-flag", "a code's ? or ! flag dropped"},
    [IK_ACT_DATEBLOCK] = {"actor-dated-null", "a dated [---] or [###] block dropped (the default code holds then)"},
    [IK_DATE_OPEN] = {"date-open", "a lone date [CODE YYMMDD] read as the first day"},
    [IK_PAT_PARTIAL] = {"pattern-partial", "pattern converted for some of its block's verbs or synset members only (the kind of the rest follows)"},
    [IK_STEM] = {"stem", "a TABARI stem (prefix match) written as the word and a few regular endings"},
};

/* Targets: TABARI and PETRARCH take the first actor after the verb; these
 * are the slots dyad's own English verbs use most (dict/en/verbs.txt). */
static const char *const DEFAULT_SLOTS[] = {"obj", "with", "to", "against", "on", "for"};
#define NDEFAULT_SLOTS 6
#define MAX_VSLOTS 7   /* dict.h MAX_SLOTS, less the final "next" */

/* Prepositions that can head a target slot (English function words of
 * src/lang/en/en_rules.c, without the temporal ones). */
static const char *const SLOT_PREPS[] = {
    "with", "against", "to", "on", "in", "at", "from", "for", "by", "over", "into",
    "between", "about", "toward", "towards", "near", "across", "through", "upon", "onto",
    "among", "behind", "around", "under", "within", "without", "via", "amid", NULL};

/* Auxiliaries: never an imported verb. */
static const char *const AUX[] = {"be", "is", "are", "was", "were", "been", "being", "am", NULL};

/* Short English words: an acronym that spells one of them (US, IS, WHO)
 * stays in capitals, which dyad matches on all-capital text only; any other
 * short form is written in title case and matches in any case (Ent, Uae). */
static const char *const SHORT_WORDS[] = {
    "a", "am", "an", "as", "at", "be", "by", "do", "go", "he", "hi", "if", "in", "is", "it",
    "me", "my", "no", "of", "oh", "ok", "on", "or", "ox", "so", "to", "up", "us", "we",
    "act", "add", "age", "ago", "aid", "aim", "air", "all", "and", "any", "are", "arm",
    "art", "ask", "bad", "bag", "ban", "bar", "bay", "bed", "bet", "bid", "big", "bit",
    "box", "boy", "bus", "but", "buy", "can", "car", "cat", "cut", "day", "did", "die",
    "dig", "dog", "dry", "due", "ear", "eat", "end", "era", "eve", "eye", "fan", "far",
    "fat", "fee", "few", "fit", "fix", "fly", "for", "fox", "fun", "gas", "get", "god",
    "gun", "guy", "had", "has", "hat", "her", "hid", "him", "his", "hit", "hot", "how",
    "ice", "ill", "its", "job", "joy", "key", "kid", "law", "lay", "led", "leg", "let",
    "lie", "lot", "low", "mad", "man", "map", "may", "men", "met", "mix", "mob", "net",
    "new", "nor", "not", "now", "odd", "off", "oil", "old", "one", "our", "out", "own",
    "pay", "per", "pop", "put", "ran", "raw", "red", "rid", "row", "run", "sad", "saw",
    "say", "sea", "see", "set", "she", "sir", "sit", "six", "sky", "son", "spy", "sun",
    "tax", "ten", "the", "tie", "too", "top", "try", "two", "use", "war", "was", "way",
    "web", "wet", "who", "why", "win", "won", "yes", "yet", "you", NULL};

static bool in_list(const char *const *list, const char *w)
{
    for (int i = 0; list[i]; i++)
        if (!strcmp(list[i], w))
            return true;
    return false;
}

/* ------------------------------------------------------------- the run */

typedef struct loss {
    imp_kind kind;
    const char *file;
    long line;
    const char *detail;
} loss;

/* A verb of a block as the source wrote it; its lemma is found when all
 * files are read (imp_resolve), so that every lemma of the import is known. */
typedef struct vdef {
    const char *file;
    long line;
    const char *words;   /* lower case, space separated */
    int verb_at;
    bool stem;
    const char *forms;   /* explicit forms or NULL */
    const char *code;
    size_t block;
} vdef;

typedef struct vpat {
    const char *file;
    long line;
    const char *text;
    const char *code;
    size_t block;
} vpat;

/* A verb entry of the output. */
typedef struct iverb {
    const char *lemma;   /* "meet", "turn|down" */
    char code[8];        /* "" : no event ('-') */
    bool has_code;       /* false: no code decided yet (a [---] verb) */
    const char *slots[MAX_VSLOTS];
    int nslots;
    bool sym, say, null_phrasal;
    const char *file;
    long line;
} iverb;

typedef struct strong_ent {
    const char *inf, *pres, *past, *part;
} strong_ent;

typedef struct synset {
    const char *name;    /* without '&' and trailing '_' */
    dy_vec members;      /* const char * */
} synset;

struct imp {
    imp_format fmt;
    FILE *err;                    /* messages */
    dy_arena ar;
    imp_counts n;
    dy_vec losses;                /* loss */
    long nkind[IK_COUNT];
    long malformed;
    bool keep_codes, merge;
    bool discards_on;             /* --discards: write en/discards.txt */
    /* from dyad's own dictionaries */
    dy_map cameo;                 /* codes of cameo.txt */
    dy_map extra_codes;           /* --codes keep: codes to add */
    dy_vec extra_list;            /* const char * */
    dy_map lemmas;                /* known English verb lemmas */
    dy_vec lemma_list;            /* const char *, for prefix search */
    dy_map strong_inf;            /* infinitive -> index in strong */
    dy_map strong_rev;            /* past, participle, 3sg -> index */
    dy_vec strong;                /* strong_ent: dyad's, then added ones */
    size_t nbase_strong;
    dy_vec country_words;         /* single words of dyad's country forms */
    dy_map base_forms;            /* --merge: actor forms dyad has */
    dy_map base_roles;            /* --merge: role forms dyad has */
    dy_map base_verbs;            /* --merge: verb lemmas dyad has */
    /* output being built */
    dy_map form_owner;            /* folded actor form -> index in owners */
    dy_vec owners;                /* const char *: code or "person ..." */
    dy_map role_owner;            /* folded role form -> index in owners */
    dy_buf countries, orgs, people, roles;
    dy_vec vdefs, vpats;          /* vdef, vpat */
    size_t nblocks;
    bool in_block;
    dy_vec verbs;                 /* iverb */
    dy_map verb_index;
    dy_vec synsets;               /* synset */
    dy_map synset_index;
    size_t cur_synset;            /* 1 + index of the synset being read */
    dy_vec say_words;             /* const char * */
    dy_buf patterns;              /* en/patterns.txt being written */
    dy_buf discards;              /* en/discards.txt being written */
};

/* Where imp_oom jumps: set by dy_import for its run (per thread). */
static _Thread_local jmp_buf *oom_jump;

_Noreturn void imp_oom(void)
{
    longjmp(*oom_jump, 1);
}


static void *vpush(dy_vec *v)
{
    void *p = dy_vec_push(v);
    if (!p)
        imp_oom();
    return p;
}

static void mput(dy_map *m, const char *k, uint32_t v)
{
    if (!dy_map_put(m, k, strlen(k), v))
        imp_oom();
}

static uint32_t mget(const dy_map *m, const char *k) { return dy_map_get(m, k, strlen(k)); }

char *imp_strdup(imp *im, const char *s, size_t n)
{
    char *p = dy_arena_strndup(&im->ar, s, n);
    if (!p)
        imp_oom();
    return p;
}

static char *sdup(imp *im, const char *s) { return imp_strdup(im, s, strlen(s)); }

static char *sfmt(imp *im, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static char *sfmt(imp *im, const char *fmt, ...)
{
    char buf[2048];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    return sdup(im, buf);
}

static void buf_check(const dy_buf *b)
{
    if (b->oom)
        imp_oom();
}

/* ------------------------------------------------------------ report */

static const char *base_name(const char *path)
{
    const char *s = strrchr(path, '/');
    return s ? s + 1 : path;
}

static void lost_v(imp *im, imp_kind k, const char *file, long line, const char *fmt, va_list ap)
{
    char buf[600];
    vsnprintf(buf, sizeof buf, fmt, ap);
    loss *l = vpush(&im->losses);
    l->kind = k;
    l->file = file;
    l->line = line;
    l->detail = sdup(im, buf);
    im->nkind[k]++;
}

void imp_lost(imp *im, imp_kind k, const char *file, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    lost_v(im, k, file, line, fmt, ap);
    va_end(ap);
}

void imp_malformed(imp *im, const char *file, long line, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char buf[600];
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    fprintf(im->err, "dyad: %s:%ld: %s; skipped\n", file, line, buf);
    imp_lost(im, IK_MALFORMED, file, line, "%s", buf);
    im->malformed++;
}

/* ----------------------------------------------------------- reading */

bool imp_is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

bool imp_phrase_code(char *s, char **phrase, char **code)
{
    char *b = strrchr(s, '[');
    if (!b)
        return false;
    char *e = strchr(b, ']');
    if (!e)
        return false;
    *b = 0;
    *e = 0;
    *phrase = imp_trim(s);
    *code = imp_trim(b + 1);
    return true;
}

char *imp_trim(char *s)
{
    while (imp_is_space(*s))
        s++;
    char *e = s + strlen(s);
    while (e > s && imp_is_space(e[-1]))
        *--e = 0;
    return s;
}

#define MAX_FILE_BYTES ((size_t)1 << 30)
#define MAX_LINE_BYTES ((size_t)1 << 20)

/* Reads a file whole (NUL-terminated; *LEN its length without the NUL), up
 * to MAX_FILE_BYTES.  NULL if it cannot be read, and *WHY says why. */
static char *slurp(const char *path, size_t *len, const char **why)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        static _Thread_local char msg[128];
        snprintf(msg, sizeof msg, "cannot open: %s", strerror(errno));
        *why = msg;
        return NULL;
    }
    dy_buf b = {0};
    char chunk[65536];
    size_t n;
    bool big = false;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0) {
        if (b.len + n > MAX_FILE_BYTES) {
            big = true;
            break;
        }
        dy_buf_add(&b, chunk, n);
        buf_check(&b);
    }
    bool err = ferror(fp);
    fclose(fp);
    if (err || big) {
        *why = err ? "read error" : "over 1 GiB; not read";
        dy_buf_free(&b);
        return NULL;
    }
    dy_buf_add(&b, "", 0);
    buf_check(&b);
    *len = b.len;
    return b.data;
}

bool imp_file_open(imp *im, imp_file *f, const char *path)
{
    memset(f, 0, sizeof *f);
    f->path = sdup(im, path);
    const char *why = NULL;
    f->text = slurp(path, &f->len, &why);
    if (!f->text) {
        fprintf(im->err, "dyad: %s: %s\n", path, why);
        imp_lost(im, IK_FILE, f->path, 0, "cannot be read");
        return false;
    }
    return true;
}

void imp_file_close(imp_file *f)
{
    dy_buf b = {f->text, f->len, 0, false};
    dy_buf_free(&b);
    f->text = NULL;
}

/* Removes <!-- ... --> (and PETRARCH's sloppier "<! --") from LINE in
 * place, carrying the open state from line to line. */
static void strip_html(imp_file *f, char *line)
{
    char *w = line, *r = line;
    while (*r) {
        if (f->html) {
            char *e = strstr(r, "-->");
            if (!e) {
                *r = 0;
                break;
            }
            r = e + 3;
            f->html = false;
        } else if (r[0] == '<' && r[1] == '!') {
            f->html = true;
            r += 2;
        } else {
            *w++ = *r++;
        }
    }
    *w = 0;
}

char *imp_file_next(imp *im, imp_file *f)
{
    while (f->text && f->pos < f->len) {
        char *p = f->text + f->pos;
        size_t rest = f->len - f->pos;
        char *nl = memchr(p, '\n', rest);
        size_t n = nl ? (size_t)(nl - p) : rest;
        f->pos += n + (nl ? 1 : 0);
        f->line++;
        if (memchr(p, 0, n)) {
            imp_malformed(im, f->path, f->line, "NUL byte in the line");
            continue;
        }
        p[n] = 0;
        if (n > MAX_LINE_BYTES) {
            imp_malformed(im, f->path, f->line, "line over 1 MiB");
            continue;
        }
        if (!dy_utf8_valid(p, n)) {
            imp_malformed(im, f->path, f->line, "invalid UTF-8");
            continue;
        }
        if (im->fmt == IMP_PETRARCH) {
            strip_html(f, p);
            /* '#' starts a comment, except inside [...] ([###]) */
            int depth = 0;
            for (char *h = p; *h; h++) {
                depth += *h == '[';
                depth -= *h == ']' && depth > 0;
                if (*h == '#' && !depth) {
                    *h = 0;
                    break;
                }
            }
        } else {
            char *s = p;
            while (imp_is_space(*s))
                s++;
            if (*s == '#')
                *s = 0;
            char *c = strchr(p, ';');
            if (c)
                *c = 0;
        }
        char *s = imp_trim(p);
        if (*s)
            return s;
    }
    return NULL;
}

/* ------------------------------------------------------------- words */

char *imp_words(imp *im, const char *phrase, size_t n, bool *stem)
{
    dy_buf b = {0};
    bool last_stem = false;
    size_t i = 0;
    while (i < n) {
        while (i < n && (phrase[i] == '_' || imp_is_space(phrase[i])))
            i++;
        if (i >= n)
            break;
        size_t s = i;
        while (i < n && phrase[i] != '_' && !imp_is_space(phrase[i]))
            i++;
        size_t e = i;
        /* '=' (TABARI "BAN=", "MOUSE=") and '~' mark exact words */
        bool exact = false;
        while (e > s && (phrase[e - 1] == '=' || phrase[e - 1] == '~')) {
            e--;
            exact = true;
        }
        while (s < e && phrase[s] == '~')
            s++;
        if (e == s)
            continue;
        if (b.len)
            dy_buf_putc(&b, ' ');
        for (size_t k = s; k < e; k++) {
            char c = phrase[k];
            dy_buf_putc(&b, c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c);
        }
        /* a word is a stem unless '_' or '=' follows it directly */
        last_stem = !exact && !(i < n && phrase[i] == '_');
    }
    buf_check(&b);
    if (stem)
        *stem = last_stem;
    if (!b.len) {
        dy_buf_free(&b);
        return NULL;
    }
    char *r = imp_strdup(im, b.data, b.len);
    dy_buf_free(&b);
    return r;
}

/* Display form of an actor phrase (lower case words): title case, after
 * '.', '-' and '/' too (U.S., Barad-Dur); a one-word form of two or three
 * letters that spells a common English word stays in capitals (US, IS). */
static char *actor_display(imp *im, const char *words)
{
    size_t n = strlen(words);
    char *d = imp_strdup(im, words, n);
    bool single = !strchr(words, ' ');
    if (single && n >= 2 && n <= 3 && in_list(SHORT_WORDS, words)) {
        for (size_t i = 0; i < n; i++)
            if (d[i] >= 'a' && d[i] <= 'z')
                d[i] = (char)(d[i] - 'a' + 'A');
        return d;
    }
    /* small words inside a name stay lower case (Council of Lakes); the
     * matcher ignores case, this is for the reader */
    static const char *const SMALL[] = {"of", "the", "and", "for", "in", "on", "at", "to", NULL};
    bool start = true;
    for (size_t i = 0; i < n; i++) {
        char c = d[i];
        if (start && c >= 'a' && c <= 'z') {
            size_t k = i;
            while (k < n && d[k] != ' ')
                k++;
            char w[8] = "";
            if (k - i < sizeof w)
                snprintf(w, sizeof w, "%.*s", (int)(k - i), d + i);
            if (i == 0 || d[i - 1] != ' ' || !in_list(SMALL, w))
                d[i] = (char)(c - 'a' + 'A');
        }
        start = c == ' ' || c == '.' || c == '-' || c == '/' || c == '(';
    }
    return d;
}

/* A folded key for a form: NFC + case fold (as the matcher does). */
static const char *form_key(imp *im, const char *form)
{
    uint32_t len = 0;
    char *k = dy_fold(&im->ar, form, strlen(form), &len);
    if (!k)
        imp_oom();
    return k;
}

void imp_plural(const char *phrase, char *out, size_t cap)
{
    size_t n = strlen(phrase);
    const char *last = strrchr(phrase, ' ');
    last = last ? last + 1 : phrase;
    size_t ln = strlen(last);
    char c = n ? phrase[n - 1] : 0, c2 = n > 1 ? phrase[n - 2] : 0;
    if (ln < 2)
        snprintf(out, cap, "%s", phrase);
    else if (c == 'y' && !strchr("aeiou", c2))
        snprintf(out, cap, "%.*sies", (int)(n - 1), phrase);
    else if (c == 's' || c == 'x' || c == 'z' || (c == 'h' && (c2 == 'c' || c2 == 's')))
        snprintf(out, cap, "%ses", phrase);
    else if (n > 3 && !strcmp(phrase + n - 3, "man"))
        snprintf(out, cap, "%.*smen", (int)(n - 3), phrase);
    else
        snprintf(out, cap, "%ss", phrase);
}

/* A form dyad can write into a " | " list, and load: at most 60 tokens as
 * the loader counts them ("x!!!" is four; the loader's cap is 64, and the
 * importer's endings add none). */
static bool writable_form(const char *f)
{
    if (!*f || strchr(f, '|') || strchr(f, '#') || strlen(f) >= 512)
        return false;
    dy_arena tmp = {0};
    dy_vec toks = DY_VEC(dy_tok);
    bool ok = dy_tokenize(f, strlen(f), &tmp, &toks, 61) && toks.n <= 60;
    if (tmp.oom || (!ok && toks.n < 61))
        imp_oom();
    dy_vec_free(&toks);
    dy_arena_free(&tmp);
    return ok;
}

/* ------------------------------------------------------------- codes */

static bool all_digits(const char *s, size_t n)
{
    if (!n)
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

enum { CODE_OK, CODE_NONE, CODE_LOST };

/* Reads an event code as the sources write it ("190", "032:033", "023?",
 * "---", "###", "+++", ":173") into OUT (dyad's code, "" for none).
 * Reports what is lost or approximate at FILE:LINE.  Returns CODE_OK (OUT
 * is a code), CODE_NONE ([---]: no event) or CODE_LOST.  *SYM is set for
 * [A:A]. */
static int read_code(imp *im, const char *raw, const char *file, long line, char out[8],
                     bool *sym)
{
    char buf[64];
    snprintf(buf, sizeof buf, "%s", raw);
    char *c = imp_trim(buf);
    *sym = false;
    out[0] = 0;
    if (!strcmp(c, "---") || !*c)
        return CODE_NONE;
    if (!strcmp(c, "###")) {
        imp_lost(im, IK_CODE_DISCARD, file, line, "[%s]", c);
        return CODE_LOST;
    }
    if (!strcmp(c, "+++")) {
        imp_lost(im, IK_CODE_COMPLEX, file, line, "[%s]", c);
        return CODE_LOST;
    }
    if (c[0] == ':') {
        imp_lost(im, IK_CODE_REVONLY, file, line, "[%s]", c);
        return CODE_LOST;
    }
    char *colon = strchr(c, ':');
    char second[32] = "";
    if (colon) {
        *colon = 0;
        snprintf(second, sizeof second, "%s", imp_trim(colon + 1));
        c = imp_trim(c);
    }
    size_t n = strlen(c);
    if (n && (c[n - 1] == '?' || c[n - 1] == '!')) {
        imp_lost(im, IK_CODE_FLAG, file, line, "[%s]", raw);
        c[--n] = 0;
    }
    if (n < 2 || n > 4 || !all_digits(c, n)) {
        imp_lost(im, IK_CODE_BAD, file, line, "[%s]", raw);
        return CODE_LOST;
    }
    if (mget(&im->cameo, c) == UINT32_MAX) {
        if (!im->keep_codes) {
            imp_lost(im, IK_CODE_NOTCAMEO, file, line, "[%s]", raw);
            return CODE_LOST;
        }
        if (mget(&im->extra_codes, c) == UINT32_MAX) {
            mput(&im->extra_codes, c, 1);
            *(const char **)vpush(&im->extra_list) = sdup(im, c);
        }
    }
    snprintf(out, 8, "%s", c);
    if (colon) {
        size_t m = strlen(second);
        if (m && (second[m - 1] == '?' || second[m - 1] == '!'))
            second[--m] = 0;
        if (!strcmp(second, c))
            *sym = true;
        else if (strcmp(second, "---"))
            imp_lost(im, IK_CODE_PAIR, file, line, "[%s]", raw);
    }
    return CODE_OK;
}

/* --------------------------------------------------------- actors */

static bool valid_actor_code(const char *s)
{
    size_t n = strlen(s);
    if (n < 3 || n > 15)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
            return false;
    return true;
}

static bool intl_code(const char *c)
{
    static const char *const P[] = {"IGO", "NGO", "NGM", "IMG", "MNC", "INT", "UIS", NULL};
    for (int i = 0; P[i]; i++)
        if (!strncmp(c, P[i], 3))
            return true;
    return false;
}

static bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int mdays(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : d[m - 1];
}

/* YYMMDD (years before 30 are 20xx, as the dictionaries' dates of living
 * officials need) or YYYYMMDD -> yyyymmdd, or -1. */
static int32_t read_date(const char *s, size_t n)
{
    if ((n != 6 && n != 8) || !all_digits(s, n))
        return -1;
    int v[8];
    for (size_t i = 0; i < n; i++)
        v[i] = s[i] - '0';
    int y, m, d;
    if (n == 6) {
        y = v[0] * 10 + v[1];
        y += y < 30 ? 2000 : 1900;
        m = v[2] * 10 + v[3];
        d = v[4] * 10 + v[5];
    } else {
        y = v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3];
        m = v[4] * 10 + v[5];
        d = v[6] * 10 + v[7];
    }
    if (y < 1800 || y > 2199 || m < 1 || m > 12 || d < 1 || d > mdays(y, m))
        return -1;
    return y * 10000 + m * 100 + d;
}

static int32_t day_before(int32_t x)
{
    int y = x / 10000, m = x / 100 % 100, d = x % 100;
    if (--d < 1) {
        if (--m < 1) {
            m = 12;
            y--;
        }
        d = mdays(y, m);
    }
    return y < 1800 ? 18000101 : y * 10000 + m * 100 + d;
}

enum { BLK_CODE, BLK_NULL, BLK_DISCARD, BLK_COMPLEX, BLK_BAD };

typedef struct ablock {
    char code[20];
    int type;
    bool dated;
    int32_t from, to;    /* yyyymmdd; 99999999: open */
    long line;
} ablock;

/* Reads "ISRGOV 950101-990101", "HOB < 950601", "IGOUNO >070201",
 * "USAGOV 19820101", "ELR/GAL", "---".  Returns false (reported) if the
 * block is malformed. */
static bool read_block(imp *im, const char *file, long line, const char *raw, ablock *b)
{
    memset(b, 0, sizeof *b);
    b->line = line;
    b->to = 99999999;
    b->from = 18000101;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", raw);
    char *s = imp_trim(buf);
    size_t cl = 0;
    while (s[cl] && !imp_is_space(s[cl]) && s[cl] != '<' && s[cl] != '>')
        cl++;
    if (!cl) {
        imp_malformed(im, file, line, "code block [%s] without a code", raw);
        return false;
    }
    char code[20];
    snprintf(code, sizeof code, "%.*s", (int)(cl < 19 ? cl : 19), s);
    for (char *p = code; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
    char *rest = imp_trim(s + cl);
    if (*rest) {
        /* the date: <D, >D, A-B, or D */
        char d[64];
        size_t k = 0;
        for (char *p = rest; *p && k + 1 < sizeof d; p++)
            if (!imp_is_space(*p))
                d[k++] = *p;
        d[k] = 0;
        b->dated = true;
        char *dash = strchr(d, '-');
        if (d[0] == '<') {
            int32_t x = read_date(d + 1, strlen(d + 1));
            if (x < 0)
                goto bad_date;
            b->to = day_before(x);
        } else if (d[0] == '>') {
            int32_t x = read_date(d + 1, strlen(d + 1));
            if (x < 0)
                goto bad_date;
            b->from = x;
        } else if (dash) {
            int32_t x = read_date(d, (size_t)(dash - d));
            int32_t y = read_date(dash + 1, strlen(dash + 1));
            if (x < 0 || y < 0)
                goto bad_date;
            if (y < x && x / 10000 >= 2000 && (dash - d) == 6) {
                x -= 1000000; /* a six-digit first date before 1930 */
            }
            if (y < x) {
                imp_malformed(im, file, line, "date range [%s] ends before it starts", raw);
                return false;
            }
            b->from = x;
            b->to = y;
        } else {
            int32_t x = read_date(d, strlen(d));
            if (x < 0)
                goto bad_date;
            b->from = x;
            imp_lost(im, IK_DATE_OPEN, file, line, "[%s]", raw);
        }
    }
    if (!strcmp(code, "---"))
        b->type = BLK_NULL;
    else if (!strcmp(code, "###"))
        b->type = BLK_DISCARD;
    else if (!strcmp(code, "+++"))
        b->type = BLK_COMPLEX;
    else if (valid_actor_code(code))
        b->type = BLK_CODE;
    else
        b->type = BLK_BAD;
    snprintf(b->code, sizeof b->code, "%s", code);
    return true;
bad_date:
    imp_malformed(im, file, line, "bad date in code block [%s]", raw);
    return false;
}

static void date_str(int32_t x, char out[16])
{
    if (x >= 99999999)
        snprintf(out, 16, "-");
    else
        snprintf(out, 16, "%04d-%02d-%02d", (int)(x / 10000), (int)(x / 100 % 100),
                 (int)(x % 100));
}

/* Adds FORM for OWNER ("ARN", "person HOB"): false if it is already there
 * (for another owner: reported). */
static bool claim(imp *im, const dy_map *base, dy_map *owners, int dup_kind,
                  const char *form, const char *owner, const char *file, long line)
{
    const char *k = form_key(im, form);
    if (im->merge && mget(base, k) != UINT32_MAX) {
        im->n.merge_kept++;
        return false;
    }
    uint32_t o = mget(owners, k);
    if (o != UINT32_MAX) {
        const char *prev = DY_AT(im->owners, const char *, o);
        if (strcmp(prev, owner))
            imp_lost(im, dup_kind, file, line, "%s (%s; already %s)", form, owner, prev);
        return false;
    }
    *(const char **)vpush(&im->owners) = owner;
    mput(owners, k, (uint32_t)(im->owners.n - 1));
    return true;
}

static bool claim_form(imp *im, const char *form, const char *owner, const char *file,
                       long line)
{
    return claim(im, &im->base_forms, &im->form_owner, IK_ACT_DUPFORM, form, owner, file, line);
}

/* The forms of one source phrase: the phrase, and for a TABARI stem a few
 * regular endings and the words of dyad's country names it begins
 * (ARGENTIN: Argentina, Argentine). */
static void phrase_forms(imp *im, const char *words, bool stem, const char *file, long line,
                         dy_vec *out)
{
    *(const char **)vpush(out) = actor_display(im, words);
    const char *last = strrchr(words, ' ');
    last = last ? last + 1 : words;
    size_t ln = strlen(last);
    if (im->fmt != IMP_TABARI || !stem || ln < 4)
        return;
    /* endings of names and their demonyms: Australia-n, Gondor-ian,
     * Dagolath-i, Ent-ian; a phrase of several words only its plural */
    static const char *const AFTER_VOWEL[] = {"s", "n", "ns", NULL};
    static const char *const AFTER_CONS[] = {"s", "an", "ans", "ian", "ians", "i", "is", "ese", NULL};
    static const char *const PLURAL[] = {"s", NULL};
    char c = last[ln - 1];
    const char *const *suf = strchr(words, ' ') ? PLURAL : strchr("aeiouy", c) ? AFTER_VOWEL
                                                                                : AFTER_CONS;
    for (int i = 0; c != 's' && suf[i]; i++) {
        char *f = sfmt(im, "%s%s", words, suf[i]);
        *(const char **)vpush(out) = actor_display(im, f);
    }
    size_t added = 0;
    for (size_t i = 0; i < im->country_words.n && added < 8; i++) {
        const char *w = DY_AT(im->country_words, const char *, i);
        size_t wl = strlen(w);
        if (wl > ln && wl <= ln + 6 && !strncmp(w, last, ln)) {
            char *f = sfmt(im, "%.*s%s", (int)(strlen(words) - ln), words, w);
            *(const char **)vpush(out) = actor_display(im, f);
            added++;
        }
    }
    imp_lost(im, IK_STEM, file, line, "%s", words);
}

static void emit_actor(imp *im, imp_entry *e)
{
    const char *file = e->file;
    im->n.actor_entries++;
    if (!e->blocks.n) {
        const imp_phrase *p0 = e->phrases.n ? &DY_AT(e->phrases, imp_phrase, 0) : NULL;
        imp_lost(im, IK_ACT_NOCODE, file, e->line, "%s", p0 ? p0->text : "");
        return;
    }
    /* the code blocks */
    dy_vec blocks = DY_VEC(ablock);
    for (size_t i = 0; i < e->blocks.n; i++) {
        const imp_phrase *bp = &DY_AT(e->blocks, imp_phrase, i);
        ablock b;
        if (read_block(im, file, bp->line, bp->text, &b))
            *(ablock *)vpush(&blocks) = b;
    }
    const char *dflt = NULL;
    bool any_dated = false;
    for (size_t i = 0; i < blocks.n; i++) {
        ablock *b = &DY_AT(blocks, ablock, i);
        imp_kind k = b->type == BLK_NULL      ? IK_ACT_NULL
                     : b->type == BLK_DISCARD ? IK_ACT_DISCARD
                     : b->type == BLK_COMPLEX ? IK_ACT_COMPLEX
                     : strchr(b->code, '/')   ? IK_ACT_MULTI
                                              : IK_ACT_BADCODE;
        /* an actor that discards the sentence: its phrases are discards
         * (only when that is all it is: "ONODOHER [ONO <911226] [###]" is
         * an actor until then, which a discard cannot say) */
        if (b->type == BLK_DISCARD && !b->dated && blocks.n == 1) {
            for (size_t q = 0; q < e->phrases.n; q++) {
                const imp_phrase *ph = &DY_AT(e->phrases, imp_phrase, q);
                imp_add_discard(im, file, ph->line, ph->text, false);
            }
            b->type = BLK_BAD;
            continue;
        }
        if (b->type != BLK_CODE) {
            if (b->dated && b->type != BLK_BAD)
                imp_lost(im, IK_ACT_DATEBLOCK, file, b->line, "[%s]", b->code);
            else
                imp_lost(im, k, file, b->line, "[%s]", b->code);
            b->type = BLK_BAD;
            continue;
        }
        if (b->dated) {
            any_dated = true;
        } else if (!dflt) {
            dflt = b->code;
        } else {
            imp_lost(im, IK_ACT_MULTI, file, b->line, "[%s] after [%s]", b->code, dflt);
        }
    }
    /* the phrases */
    dy_vec forms = DY_VEC(const char *);
    for (size_t i = 0; i < e->phrases.n; i++) {
        const imp_phrase *p = &DY_AT(e->phrases, imp_phrase, i);
        bool stem = false;
        char *w = imp_words(im, p->text, strlen(p->text), &stem);
        if (!w || !writable_form(w)) {
            imp_lost(im, IK_ACT_BADFORM, file, p->line, "%s", p->text);
            continue;
        }
        phrase_forms(im, w, stem, file, p->line, &forms);
    }
    if (!forms.n || (!dflt && !any_dated)) {
        /* nothing to write: the losses are reported */
        dy_vec_free(&forms);
        dy_vec_free(&blocks);
        return;
    }
    dy_buf *out;
    const char *owner;
    const char *kind = NULL;
    dflt = dflt ? sdup(im, dflt) : NULL; /* the blocks are freed below; owners live on */
    if (any_dated) {
        const ablock *first = NULL;
        for (size_t i = 0; i < blocks.n && !first; i++)
            if (DY_AT(blocks, ablock, i).type == BLK_CODE)
                first = &DY_AT(blocks, ablock, i);
        if (!dflt) {
            /* outside every dated office: the country of the first, else
             * the first code whole */
            char c3[4];
            snprintf(c3, sizeof c3, "%.3s", first->code);
            dflt = !intl_code(first->code) && valid_actor_code(c3) ? sdup(im, c3) : sdup(im, first->code);
        }
        owner = sfmt(im, "person %s:%ld", file, e->line);
        out = &im->people;
    } else if (strlen(dflt) == 3 && !intl_code(dflt)) {
        owner = dflt;
        out = &im->countries;
        kind = "name";
    } else if (intl_code(dflt)) {
        owner = dflt;
        out = &im->orgs;
    } else {
        owner = dflt;
        out = &im->countries;
        kind = "metonym";
    }
    dy_buf list = {0};
    size_t nf = 0;
    for (size_t i = 0; i < forms.n; i++) {
        const char *f = DY_AT(forms, const char *, i);
        /* merged: "President Xi Jinping" beside "Xi Jinping" is left to
         * dyad's roles, which compose title and name themselves; the long
         * form would hide the country before it ("Chinese President Xi
         * Jinping").  Alone, the source's roles do not compose as well
         * and the titled forms are kept (dev-en: 3 events more). */
        bool titled = false;
        for (size_t k = 0; im->merge && any_dated && k < forms.n && !titled; k++) {
            const char *g = DY_AT(forms, const char *, k);
            size_t fl = strlen(f), gl = strlen(g);
            titled = k != i && gl + 1 < fl && f[fl - gl - 1] == ' ' && !strcmp(f + fl - gl, g);
        }
        if (titled || !claim_form(im, f, owner, file, e->line))
            continue;
        if (nf++)
            dy_buf_puts(&list, " | ");
        dy_buf_puts(&list, f);
    }
    buf_check(&list);
    if (nf) {
        im->n.actor_forms += (long)nf;
        if (any_dated) {
            im->n.people++;
            dy_buf_printf(out, "person %-12s %s   # %s:%ld\n", dflt, list.data, base_name(file),
                          e->line);
            for (size_t i = 0; i < blocks.n; i++) {
                const ablock *b = &DY_AT(blocks, ablock, i);
                if (b->type != BLK_CODE || !b->dated)
                    continue;
                char f1[16], f2[16];
                date_str(b->from, f1);
                date_str(b->to, f2);
                dy_buf_printf(out, "  %-14s %s  %s\n", b->code, f1, f2);
                im->n.offices++;
            }
        } else if (kind) {
            if (!strcmp(kind, "name"))
                im->n.countries++;
            else
                im->n.metonyms++;
            dy_buf_printf(out, "%-12s %-8s %s   # %s:%ld\n", dflt, kind, list.data,
                          base_name(file), e->line);
        } else {
            im->n.orgs++;
            dy_buf_printf(out, "%-14s %s   # %s:%ld\n", dflt, list.data, base_name(file),
                          e->line);
        }
        buf_check(out);
    }
    dy_buf_free(&list);
    dy_vec_free(&forms);
    dy_vec_free(&blocks);
}

/* The tokens of W as the loader reads it, up to CAP (more: CAP + 1). */
static size_t n_tokens(const char *w, size_t cap)
{
    dy_arena tmp = {0};
    dy_vec toks = DY_VEC(dy_tok);
    bool ok = dy_tokenize(w, strlen(w), &tmp, &toks, cap);
    if (tmp.oom || (!ok && toks.n < cap))
        imp_oom();
    size_t n = ok ? toks.n : cap + 1;
    dy_vec_free(&toks);
    dy_arena_free(&tmp);
    return n;
}

void imp_add_discard(imp *im, const char *file, long line, const char *phrase, bool story)
{
    if (!im->discards_on) {
        imp_lost(im, IK_DISCARD, file, line, "%s%s (--discards converts it)",
                 story ? "story: " : "", phrase);
        return;
    }
    char *w = imp_words(im, phrase, strlen(phrase), NULL);
    if (!w || strchr(w, '|') || strchr(w, '#') || strlen(w) > 200 || n_tokens(w, 60) > 60) {
        imp_malformed(im, file, line, "discard phrase dyad cannot write: %s", phrase);
        return;
    }
    dy_buf_printf(&im->discards, "%-9s %-40s # %s:%ld\n", story ? "story" : "sentence", w,
                  base_name(file), line);
    buf_check(&im->discards);
    im->n.discards++;
}

static void entry_reset(imp_entry *e)
{
    e->phrases.n = 0;
    e->blocks.n = 0;
    e->line = 0;
}

/* Splits "NAME [CODE] [CODE 950101-990101]" into the phrase (returned, in
 * place) and the blocks (added to E).  False if a '[' is not closed. */
static bool split_blocks(imp *im, char *s, const char *file, long line, imp_entry *e,
                         char **phrase)
{
    char *b = strchr(s, '[');
    *phrase = s;
    if (!b)
        return true;
    *b = 0;
    char *p = b + 1;
    for (;;) {
        char *close = strchr(p, ']');
        if (!close) {
            imp_malformed(im, file, line, "unclosed '[' in: [%s", p);
            return false;
        }
        *close = 0;
        imp_phrase *bp = vpush(&e->blocks);
        bp->text = sdup(im, p);
        bp->line = line;
        p = close + 1;
        while (imp_is_space(*p))
            p++;
        if (!*p)
            break;
        if (*p != '[') {
            imp_malformed(im, file, line, "text after a code block: %s", p);
            return true;
        }
        p++;
    }
    return true;
}

void imp_read_actors(imp *im, const char *path)
{
    imp_file f;
    if (!imp_file_open(im, &f, path))
        return;
    imp_entry e = {f.path, 0, DY_VEC(imp_phrase), DY_VEC(imp_phrase)};
    char *s;
    const char *section = NULL;  /* TABARI <NOUN> or <ADJECTIVE> */
    while ((s = imp_file_next(im, &f))) {
        if (section) {
            if (s[0] == '<' && s[1] == '/')
                section = NULL;
            else
                imp_lost(im, IK_ACT_NOUNADJ, f.path, f.line, "%s", s);
            continue;
        }
        if (!strcmp(s, "<NOUN>") || !strcmp(s, "<ADJECTIVE>")) {
            section = s[1] == 'N' ? "noun" : "adjective";
            continue;
        }
        if (!strncmp(s, "~~FINISH", 8))
            break;
        if (s[0] == '+') {
            if (!e.line) {
                imp_malformed(im, f.path, f.line, "synonym before any entry: %s", s);
                continue;
            }
            char *phrase;
            if (!split_blocks(im, s + 1, f.path, f.line, &e, &phrase))
                continue;
            phrase = imp_trim(phrase);
            if (*phrase) {
                imp_phrase *p = vpush(&e.phrases);
                p->text = sdup(im, phrase);
                p->line = f.line;
            }
            continue;
        }
        if (s[0] == '[') {
            if (!e.line) {
                imp_malformed(im, f.path, f.line, "code block before any entry: %s", s);
                continue;
            }
            char *phrase;
            split_blocks(im, s, f.path, f.line, &e, &phrase);
            continue;
        }
        /* a new entry */
        if (e.line)
            emit_actor(im, &e);
        entry_reset(&e);
        char *phrase;
        if (!split_blocks(im, s, f.path, f.line, &e, &phrase)) {
            entry_reset(&e);
            continue;
        }
        phrase = imp_trim(phrase);
        if (!*phrase) {
            imp_malformed(im, f.path, f.line, "code block without a phrase");
            entry_reset(&e);
            continue;
        }
        e.line = f.line;
        imp_phrase *p = vpush(&e.phrases);
        p->text = sdup(im, phrase);
        p->line = f.line;
    }
    if (e.line)
        emit_actor(im, &e);
    dy_vec_free(&e.phrases);
    dy_vec_free(&e.blocks);
    imp_file_close(&f);
}

/* ---------------------------------------------------------- agents */

void imp_add_agent(imp *im, const char *file, long line, const char *code,
                   const char *const *forms, size_t nforms)
{
    im->n.agent_entries++;
    char buf[64];
    snprintf(buf, sizeof buf, "%s", code);
    char *c = imp_trim(buf);
    char role[16];
    size_t n = strlen(c);
    const char *letters;
    bool prefix = false;
    if (c[0] == '~') {
        letters = imp_trim(c + 1);
    } else if (n && c[n - 1] == '~') {
        c[n - 1] = 0;
        letters = imp_trim(c);
        prefix = true;
    } else {
        imp_lost(im, IK_AGT_BAD, file, line, "[%s] (no ~)", code);
        return;
    }
    size_t ln = strlen(letters);
    bool ok = ln >= 3;
    for (size_t i = 0; i < ln && ok; i++)
        ok = (letters[i] >= 'A' && letters[i] <= 'Z') || (letters[i] >= '0' && letters[i] <= '9');
    if (!ok) {
        imp_lost(im, IK_AGT_BAD, file, line, "[%s]", code);
        return;
    }
    snprintf(role, sizeof role, "%.3s", letters);
    if (prefix)
        imp_lost(im, IK_AGT_PREFIX, file, line, "[%s] -> %s", code, role);
    else if (ln > 3)
        imp_lost(im, IK_AGT_SHORT, file, line, "[%s] -> %s", code, role);
    const char *owner = sdup(im, role);
    dy_buf list = {0};
    size_t nf = 0;
    for (size_t i = 0; i < nforms; i++) {
        const char *f = forms[i];
        if (!writable_form(f)) {
            imp_lost(im, IK_ACT_BADFORM, file, line, "%s", f);
            continue;
        }
        if (!claim(im, &im->base_roles, &im->role_owner, IK_AGT_DUPFORM, f, owner, file, line))
            continue;
        if (nf++)
            dy_buf_puts(&list, " | ");
        dy_buf_puts(&list, f);
    }
    buf_check(&list);
    if (nf) {
        im->n.role_forms += (long)nf;
        dy_buf_printf(&im->roles, "%-5s %s   # %s:%ld\n", role, list.data, base_name(file), line);
        buf_check(&im->roles);
    }
    dy_buf_free(&list);
}

/* ----------------------------------------------------------- synsets */

static char *synset_name(imp *im, const char *name)
{
    while (*name == '&')
        name++;
    size_t n = strlen(name);
    while (n && (name[n - 1] == '_' || imp_is_space(name[n - 1])))
        n--;
    char *s = imp_strdup(im, name, n);
    for (char *p = s; *p; p++)
        if (*p >= 'a' && *p <= 'z')
            *p = (char)(*p - 'a' + 'A');
    return s;
}

void imp_add_synset(imp *im, const char *file, long line, const char *name)
{
    char *nm = synset_name(im, name);
    if (!*nm) {
        imp_malformed(im, file, line, "synset without a name");
        im->cur_synset = 0;
        return;
    }
    /* a second definition of a name adds its members to the first */
    uint32_t k = mget(&im->synset_index, nm);
    if (k == UINT32_MAX) {
        synset *s = vpush(&im->synsets);
        s->name = nm;
        s->members.size = sizeof(const char *);
        k = (uint32_t)(im->synsets.n - 1);
        mput(&im->synset_index, nm, k);
    }
    im->cur_synset = (size_t)k + 1;
}

void imp_add_synset_member(imp *im, const char *file, long line, const char *member)
{
    if (!im->cur_synset) {
        imp_malformed(im, file, line, "synset member before any synset: %s", member);
        return;
    }
    synset *s = &DY_AT(im->synsets, synset, im->cur_synset - 1);
    *(const char **)vpush(&s->members) = sdup(im, member);
}

void imp_add_say_verb(imp *im, const char *word)
{
    *(const char **)vpush(&im->say_words) = sdup(im, word);
}

/* ------------------------------------------------------------- verbs */

void imp_block_begin(imp *im, const char *file, long line)
{
    (void)file;
    (void)line;
    imp_block_end(im);
    im->in_block = true;
}

void imp_block_end(imp *im)
{
    if (im->in_block)
        im->nblocks++;
    im->in_block = false;
}

void imp_add_verb(imp *im, const char *file, long line, const char *words, int verb_at,
                  bool stem, const char *forms, const char *code)
{
    if (!im->in_block)
        imp_block_begin(im, file, line);
    vdef *v = vpush(&im->vdefs);
    v->file = file;
    v->line = line;
    v->words = sdup(im, words);
    v->verb_at = verb_at;
    v->stem = stem;
    v->forms = forms ? sdup(im, forms) : NULL;
    v->code = sdup(im, code);
    v->block = im->nblocks;
    im->n.verb_entries++;
}

void imp_add_pattern(imp *im, const char *file, long line, const char *pattern,
                     const char *code)
{
    if (!im->in_block) {
        imp_malformed(im, file, line, "pattern outside a verb entry: %s", pattern);
        return;
    }
    vpat *p = vpush(&im->vpats);
    p->file = file;
    p->line = line;
    p->text = sdup(im, pattern);
    p->code = sdup(im, code);
    p->block = im->nblocks;
    im->n.patterns++;
}

static bool known_lemma(imp *im, const char *w) { return mget(&im->lemmas, w) != UINT32_MAX; }

static void add_lemma(imp *im, const char *w)
{
    if (known_lemma(im, w) || !*w)
        return;
    const char *s = sdup(im, w);
    mput(&im->lemmas, s, 1);
    *(const char **)vpush(&im->lemma_list) = s;
}

/* The lemma of a verb word: itself if known; an irregular form's
 * infinitive (said -> say); a regular ending removed if that gives a known
 * lemma (attacked -> attack, stabbed -> stab, eased -> ease); for a TABARI
 * stem the shortest known lemma it begins (restor -> restore, critici ->
 * criticize).  *INFLECTED tells whether W was a form other than the lemma. */
static const char *lemmatize(imp *im, const char *w, bool stem, bool *inflected)
{
    *inflected = false;
    if (known_lemma(im, w))
        return w;
    uint32_t k = mget(&im->strong_rev, w);
    if (k != UINT32_MAX) {
        *inflected = true;
        return DY_AT(im->strong, strong_ent, k).inf;
    }
    size_t n = strlen(w);
    static const struct {
        const char *suf, *rep;
    } R[] = {{"ies", "y"}, {"es", ""}, {"s", ""}, {"ied", "y"}, {"ed", ""}, {"ed", "e"},
             {"d", ""}, {"ing", ""}, {"ing", "e"}};
    char buf[128];
    for (size_t i = 0; i < sizeof R / sizeof R[0]; i++) {
        size_t sl = strlen(R[i].suf);
        if (n <= sl + 1 || n >= sizeof buf - 4 || strcmp(w + n - sl, R[i].suf))
            continue;
        snprintf(buf, sizeof buf, "%.*s%s", (int)(n - sl), w, R[i].rep);
        if (known_lemma(im, buf)) {
            *inflected = true;
            return sdup(im, buf);
        }
        /* stabbed -> stab, banning -> ban */
        size_t bl = n - sl;
        if (!*R[i].rep && bl >= 3 && w[bl - 1] == w[bl - 2]) {
            snprintf(buf, sizeof buf, "%.*s", (int)(bl - 1), w);
            if (known_lemma(im, buf)) {
                *inflected = true;
                return sdup(im, buf);
            }
        }
    }
    if (stem && n >= 3) {
        const char *best = NULL;
        for (size_t i = 0; i < im->lemma_list.n; i++) {
            const char *l = DY_AT(im->lemma_list, const char *, i);
            size_t ll = strlen(l);
            if (ll > n && ll <= n + 4 && !strncmp(l, w, n) &&
                (!best || ll < strlen(best) || (ll == strlen(best) && strcmp(l, best) < 0)))
                best = l;
        }
        if (best)
            return best;
    }
    return w;
}

static iverb *verb_get(imp *im, const char *lemma)
{
    uint32_t k = mget(&im->verb_index, lemma);
    return k == UINT32_MAX ? NULL : &DY_AT(im->verbs, iverb, k);
}

static iverb *verb_new(imp *im, const char *lemma, const char *file, long line)
{
    iverb *v = vpush(&im->verbs);
    v->lemma = sdup(im, lemma);
    v->file = file;
    v->line = line;
    for (int i = 0; i < NDEFAULT_SLOTS; i++)
        v->slots[v->nslots++] = DEFAULT_SLOTS[i];
    mput(&im->verb_index, v->lemma, (uint32_t)(im->verbs.n - 1));
    return v;
}

static void verb_add_slot(imp *im, iverb *v, const char *slot)
{
    for (int i = 0; i < v->nslots; i++)
        if (!strcmp(v->slots[i], slot))
            return;
    if (v->nslots < MAX_VSLOTS) {
        v->slots[v->nslots++] = slot;
    } else {
        /* the patterns' slot goes before the least used default */
        v->slots[v->nslots - 1] = slot;
    }
    im->n.slots_added++;
}

/* The lemma of a source verb ("called on" -> "call|on"), or NULL (lost,
 * reported). */
/* Whether W is a word the English verb loader inflects: ASCII letters,
 * digits, hyphens and apostrophes (the peers' dictionaries are English;
 * a byte beyond ASCII is junk that would make the output fail to load). */
static bool english_word(const char *w)
{
    for (const unsigned char *p = (const unsigned char *)w; *p; p++)
        if (!isalnum(*p) && *p != '-' && *p != '\'')
            return false;
    return *w != 0;
}

static const char *vdef_lemma(imp *im, const vdef *d, bool *inflected)
{
    *inflected = false;
    char buf[256];
    snprintf(buf, sizeof buf, "%s", d->words);
    char *w[8];
    int nw = 0;
    char *save = NULL;
    for (char *p = strtok_r(buf, " ", &save); p && nw < 8; p = strtok_r(NULL, " ", &save))
        w[nw++] = p;
    if (!nw)
        return NULL;
    if (d->verb_at > 0) {
        imp_lost(im, IK_VERB_BEFORE, d->file, d->line, "%s", d->words);
        return NULL;
    }
    if (nw > 2) {
        imp_lost(im, IK_VERB_LONG, d->file, d->line, "%s", d->words);
        return NULL;
    }
    bool stem = nw == 1 && d->stem;
    const char *lem = lemmatize(im, w[0], stem, inflected);
    if (in_list(AUX, lem) || in_list(AUX, w[0])) {
        imp_lost(im, IK_VERB_AUX, d->file, d->line, "%s", d->words);
        return NULL;
    }
    if (strlen(lem) < 2 || strlen(lem) > 60 || strchr(lem, '|') || !english_word(lem)) {
        imp_malformed(im, d->file, d->line, "verb '%s' cannot be a lemma", d->words);
        return NULL;
    }
    if (nw == 2) {
        if (strchr(w[1], '|') || strlen(w[1]) > 60 || !english_word(w[1]))
            return NULL;
        return sfmt(im, "%s|%s", lem, w[1]);
    }
    return sdup(im, lem); /* lem may point into buf */
}

/* Whether F is one token as the loader reads it ("broke"; not "bro\x17ke",
 * which is three, nor "won't"): strong.txt's forms are single words. */
static bool one_token(const char *f)
{
    dy_arena tmp = {0};
    dy_vec toks = DY_VEC(dy_tok);
    bool ok = dy_tokenize(f, strlen(f), &tmp, &toks, 2);
    if (tmp.oom || (!ok && toks.n < 2))
        imp_oom();
    ok = ok && toks.n == 1;
    dy_vec_free(&toks);
    dy_arena_free(&tmp);
    return ok;
}

/* Irregular forms the source lists ({BROKE BROKEN}): dyad generates forms
 * from strong.txt, so a verb it does not know there is added to the
 * output's strong.txt. */
static void add_strong(imp *im, const char *lemma, const char *forms, const char *file,
                       long line)
{
    if (!forms || strchr(lemma, '|') || mget(&im->strong_inf, lemma) != UINT32_MAX)
        return;
    char buf[512];
    snprintf(buf, sizeof buf, "%s", forms);
    const char *past = NULL, *part = NULL, *pres = NULL;
    size_t ln = strlen(lemma);
    char *save = NULL;
    for (char *p = strtok_r(buf, " ,\t", &save); p; p = strtok_r(NULL, " ,\t", &save)) {
        char *f = p;
        while (*f == '+')
            f++;
        /* the verb word of a phrasal form ("BROKE_DOWN" -> "broke") */
        char *u = strchr(f, '_');
        if (u)
            *u = 0;
        for (char *q = f; *q; q++)
            if (*q >= 'A' && *q <= 'Z')
                *q = (char)(*q - 'A' + 'a');
        size_t fl = strlen(f);
        if (fl < 2 || !strcmp(f, lemma))
            continue;
        if (fl > 3 && !strcmp(f + fl - 3, "ing"))
            continue;
        if (fl == ln + 1 && f[fl - 1] == 's' && !strncmp(f, lemma, ln))
            pres = f;
        else if (fl == ln + 2 && !strcmp(f + fl - 2, "es") && !strncmp(f, lemma, ln))
            pres = f;
        else if (fl > 3 && !strcmp(f + fl - 3, "ies") && !strncmp(f, lemma, ln - 1))
            pres = f;
        else if (!past)
            past = f;
        else if (!part)
            part = f;
    }
    if (!past)
        return;
    /* "-ed" pasts are regular: dyad generates them */
    size_t pl = strlen(past);
    if (pl > 2 && !strcmp(past + pl - 2, "ed") && (!part || !strcmp(part, past)))
        return;
    if (!part)
        part = past;
    else if (strlen(part) > 1 && part[strlen(part) - 1] != 'n' && past[pl - 1] == 'n') {
        const char *t = part;
        part = past;
        past = t;
    }
    char pres_buf[140];
    if (!pres) {
        imp_plural(lemma, pres_buf, sizeof pres_buf);
        pres = pres_buf;
    }
    if (!one_token(pres) || !one_token(past) || !one_token(part)) {
        imp_lost(im, IK_ACT_BADFORM, file, line, "irregular forms of %s: %s", lemma, forms);
        return;
    }
    strong_ent *s = vpush(&im->strong);
    s->inf = sdup(im, lemma);
    s->pres = sdup(im, pres);
    s->past = sdup(im, past);
    s->part = sdup(im, part);
    mput(&im->strong_inf, s->inf, (uint32_t)(im->strong.n - 1));
    im->n.strong_added++;
}

/* ----------------------------------------------------------- patterns */

#define MAX_EXPANSIONS 256
#define MAX_PATTERN_PRODUCT 16384  /* verbs of a block x expansions of a pattern */
#define MAX_VERB_ENTRIES 1000000   /* Phoenix makes 66,000 */

/* Expands the synsets (&NAME, possibly inside a joined phrase: NEW_&TIES_X)
 * and TABARI's alternatives ({ A | B }) of TEXT into OUT (plain strings).
 * PETRARCH's { A B } noun-phrase braces are dropped.  Returns 0, or the
 * loss kind. */
static int expand(imp *im, const char *text, dy_vec *out, int depth, const char **bad)
{
    if (out->n >= MAX_EXPANSIONS || depth > 12)
        return IK_PAT_EXPAND;
    const char *amp = strchr(text, '&');
    const char *brace = NULL;
    if (im->fmt == IMP_TABARI) {
        for (const char *p = text; *p; p++)
            if (*p == '{') {
                const char *e = strchr(p, '}');
                if (e && memchr(p, '|', (size_t)(e - p)))
                    brace = p;
                break;
            }
    }
    if (amp && (!brace || amp < brace)) {
        /* the longest synset name at amp+1 that ends at a word boundary */
        size_t best = 0;
        uint32_t bk = UINT32_MAX;
        char name[128];
        size_t n = 0;
        const char *q = amp + 1;
        while (q[n] && n < sizeof name - 1 && !imp_is_space(q[n]) && !strchr("()[]{}|*&", q[n])) {
            name[n] = q[n] >= 'a' && q[n] <= 'z' ? (char)(q[n] - 'a' + 'A') : q[n];
            n++;
            if (!q[n] || q[n] == '_' || imp_is_space(q[n]) || strchr("()[]{}|*&", q[n])) {
                name[n] = 0;
                uint32_t k = mget(&im->synset_index, name);
                if (k != UINT32_MAX) {
                    best = n;
                    bk = k;
                }
            }
        }
        if (bk == UINT32_MAX) {
            name[n] = 0;
            *bad = sdup(im, name);
            return IK_PAT_SYNSET;
        }
        const synset *s = &DY_AT(im->synsets, synset, bk);
        im->n.synset_expansions++;
        for (size_t i = 0; i < s->members.n; i++) {
            const char *m = DY_AT(s->members, const char *, i);
            char *t = sfmt(im, "%.*s%s%s", (int)(amp - text), text, m, amp + 1 + best);
            int r = expand(im, t, out, depth + 1, bad);
            if (r)
                return r;
        }
        return 0;
    }
    if (brace) {
        const char *e = strchr(brace, '}');
        const char *a = brace + 1;
        while (a <= e) {
            const char *bar = memchr(a, '|', (size_t)(e - a));
            const char *ae = bar ? bar : e;
            /* "DEMAND_{ GENEVA_ | INTERNATIONAL }_CONVENTIONS": the member
             * stays joined to the words joined to the braces */
            const char *m0 = a, *m1 = ae;
            while (m0 < m1 && imp_is_space(*m0))
                m0++;
            while (m1 > m0 && imp_is_space(m1[-1]))
                m1--;
            bool jl = brace > text && brace[-1] == '_', jr = e[1] == '_';
            char *t = sfmt(im, "%.*s%s%.*s%s%s", (int)(brace - text), text, jl ? "" : " ",
                           (int)(m1 - m0), m0, jr ? "" : " ", e + 1);
            int r = expand(im, t, out, depth + 1, bad);
            if (r)
                return r;
            a = ae + 1;
        }
        return 0;
    }
    *(const char **)vpush(out) = sdup(im, text);
    return 0;
}

/* A pattern element. */
enum { EL_WORD, EL_VERB, EL_SRC, EL_TGT, EL_COMP, EL_SKIP, EL_PPO, EL_PPC };
typedef struct pel {
    int t;
    char w[64];
} pel;

/* Splits an expanded pattern into elements: words (lower case, '_' and
 * '~' gone), * $ + % ^ ( ).  PETRARCH's noun-phrase braces are dropped. */
static int pattern_elements(const char *s, pel *el, int max)
{
    int n = 0;
    const char *p = s;
    while (*p && n < max) {
        char c = *p;
        if (imp_is_space(c) || c == '_' || c == '{' || c == '}' || c == '~' || c == '|') {
            p++;
            continue;
        }
        pel *e = &el[n];
        e->w[0] = 0;
        int t = c == '*' ? EL_VERB : c == '$' ? EL_SRC : c == '+' ? EL_TGT : c == '%' ? EL_COMP
              : c == '^' ? EL_SKIP : c == '(' ? EL_PPO : c == ')' ? EL_PPC : EL_WORD;
        if (t != EL_WORD) {
            e->t = t;
            n++;
            p++;
            continue;
        }
        size_t k = 0;
        while (*p && !imp_is_space(*p) && !strchr("_{}~|*$+%^()", *p)) {
            if (k + 1 < sizeof e->w)
                e->w[k++] = *p >= 'A' && *p <= 'Z' ? (char)(*p - 'A' + 'a') : *p;
            p++;
        }
        e->w[k] = 0;
        e->t = EL_WORD;
        n++;
    }
    return n;
}

/* classify(): a pattern without exactly one '*' (IK_MALFORMED is 0). */
#define PAT_BAD (IK_COUNT + 1)

/* What a pattern (one expansion) says in dyad's terms. */
typedef struct pshape {
    int loss;            /* 0, or the imp_kind */
    char particle[64];   /* a word after the verb: verb|particle */
    const char *slot;    /* "obj", a preposition, or NULL */
} pshape;

static const char *slot_prep(const char *w)
{
    for (int i = 0; SLOT_PREPS[i]; i++)
        if (!strcmp(SLOT_PREPS[i], w))
            return SLOT_PREPS[i];
    return NULL;
}

static pshape classify(const char *text)
{
    pshape r = {0, "", NULL};
    pel el[48];
    int n = pattern_elements(text, el, 48);
    int v = -1;
    for (int i = 0; i < n; i++)
        if (el[i].t == EL_VERB) {
            if (v >= 0) {
                r.loss = PAT_BAD;
                return r;
            }
            v = i;
        }
    if (v < 0) {
        r.loss = PAT_BAD;
        return r;
    }
    if (n == 48) {
        r.loss = IK_PAT_LONG;
        return r;
    }
    /* before the verb: nothing, or the source */
    for (int i = 0; i < v; i++) {
        int t = el[i].t;
        if (t == EL_SRC)
            continue;
        r.loss = t == EL_TGT ? IK_PAT_TGTBEFORE : t == EL_COMP ? IK_PAT_COMPOUND
               : t == EL_SKIP ? IK_PAT_SKIP : IK_PAT_BEFORE;
        return r;
    }
    /* after it */
    pel post[48];
    int m = 0;
    for (int i = v + 1; i < n; i++) {
        int t = el[i].t;
        if (t == EL_SRC) {
            r.loss = IK_PAT_SRCAFTER;
            return r;
        }
        if (t == EL_COMP) {
            r.loss = IK_PAT_COMPOUND;
            return r;
        }
        if (t == EL_SKIP) {
            r.loss = IK_PAT_SKIP;
            return r;
        }
        post[m++] = el[i];
    }
    int k = 0;
    /* a word right after the verb is its particle ("TURN DOWN", "CALL FOR"),
     * unless it is a preposition that heads the target ("* WITH +") */
    if (m && post[0].t == EL_WORD &&
        !(slot_prep(post[0].w) && m == 2 && post[1].t == EL_TGT)) {
        snprintf(r.particle, sizeof r.particle, "%s", post[0].w);
        k = 1;
    }
    if (k == m)
        return r;
    if (post[k].t == EL_TGT && k + 1 == m) {
        r.slot = "obj";
        return r;
    }
    if (post[k].t == EL_WORD && slot_prep(post[k].w) && k + 2 == m && post[k + 1].t == EL_TGT) {
        r.slot = slot_prep(post[k].w);
        return r;
    }
    if (post[k].t == EL_PPO) {
        /* PETRARCH: "(TO)" or "(TO +)": the target is in that phrase */
        const char *prep = k + 1 < m && post[k + 1].t == EL_WORD ? slot_prep(post[k + 1].w) : NULL;
        int j = k + 2;
        if (prep && j < m && post[j].t == EL_TGT)
            j++;
        if (prep && j < m && post[j].t == EL_PPC && j + 1 == m) {
            r.slot = prep;
            return r;
        }
        r.loss = IK_PAT_PPWORDS;
        return r;
    }
    r.loss = IK_PAT_LONG;
    return r;
}

/* English particles and prepositions: the word of a phrasal verb ("turn
 * down", "call for"), which stands right after the verb. */
static bool is_particle(const char *w)
{
    static const char *const P[] = {
        "about", "across", "after", "against", "ahead", "along", "among", "apart", "around",
        "aside", "at", "away", "back", "before", "behind", "below", "between", "beyond", "by",
        "down", "for", "forth", "forward", "from", "in", "into", "of", "off", "on", "onto",
        "out", "over", "past", "round", "through", "to", "together", "toward", "towards",
        "under", "up", "upon", "with", "within", "without", NULL};
    return in_list(P, w);
}

/* An expanded source pattern in dyad's pattern syntax (en/patterns.txt):
 * words in lower case, '*' the verb, '+' the target, '_' joining words that
 * must be adjacent; a TABARI word not closed by '_' or '=' is a stem and
 * gets a final '*'.  '$' before the verb (the subject), '^' (any phrase)
 * and PETRARCH's braces and parentheses need nothing in dyad.  Returns
 * NULL with *WHY set when the pattern names what dyad cannot place. */
static char *dyad_pattern(imp *im, const char *text, int *why)
{
    dy_buf b = {0};
    int nverb = 0, nwords = 0, nitems = 0, ntok = 0;
    bool join = false, tgt = false, last_word = false, comp = false;
    *why = 0;
    for (const char *p = text; *p && !*why;) {
        char c = *p;
        if (c == '_') {
            /* "IN_*" joins; "IN_ *" only marks IN as a whole word */
            join = b.len > 0 && p[1] && !imp_is_space(p[1]);
            p++;
            continue;
        }
        if (imp_is_space(c) || c == '{' || c == '}' || c == '(' || c == ')' || c == '|' ||
            c == '=' || c == '~') {
            p++;
            continue;
        }
        if (c == '^') {
            /* after the verb, a phrase the target stands past ("* IFTAR IN ^ +") */
            join = false;
            p++;
            if (nverb && !tgt) {
                if (++nitems > 14) {
                    *why = IK_PAT_LONG;
                    break;
                }
                dy_buf_puts(&b, " ^");
                last_word = false;
            }
            continue;
        }
        if (c == '$') {
            if (nverb)
                *why = IK_PAT_SRCAFTER;
            p++;
            continue;
        }
        const char *item = NULL;
        char word[40];
        if (c == '%') {
            /* a compound subject; after the verb dyad has no place for it */
            if (nverb) {
                *why = IK_PAT_COMPOUND;
                break;
            }
            p++;
            if (comp)
                continue;
            comp = true;
            word[0] = '%';
            word[1] = 0;
            item = word;
            join = false;
        } else if (c == '*' || c == '+') {
            /* "SUGGESTED_+ *": a target before the verb after a word */
            if (c == '+' && !nverb && !nwords) {
                *why = IK_PAT_TGTBEFORE;
                break;
            }
            p++;
            if (c == '+' && tgt)
                continue;
            if (c == '*')
                nverb++;
            else
                tgt = true;
            word[0] = c;
            word[1] = 0;
            item = word;
        } else {
            size_t k = 0;
            bool bad = false;
            while (*p && !imp_is_space(*p) && !strchr("_{}~|*$+%^()=", *p)) {
                char ch = *p >= 'A' && *p <= 'Z' ? (char)(*p - 'A' + 'a') : *p;
                if (ch == '#' || ch == ':' || (unsigned char)ch < 0x20)
                    bad = true;
                if (k + 2 < sizeof word)
                    word[k++] = ch;
                else
                    bad = true;
                p++;
            }
            word[k] = 0;
            /* one token or more as the loader reads it ("won't" is one,
             * "u.s." several); the pattern holds MAX_PAT_EL */
            size_t nt = bad || !k ? 0 : n_tokens(word, 32);
            if (!nt || nt > 32) {
                *why = IK_PAT_LONG;
                break;
            }
            /* a TABARI stem: not closed by '_' or '=' ("~" marks one too) */
            if (im->fmt == IMP_TABARI && *p != '_' && *p != '=')
                word[k++] = '*';
            word[k] = 0;
            ntok += (int)nt - 1;
            nwords++;
            item = word;
        }
        /* PETRARCH's TreeBank contractions: "DID N'T" is "didn't", as the
         * text writes it (one word to dyad) */
        bool clitic = last_word && c != '*' && c != '+' && c != '%' &&
                      (word[0] == '\'' || !strncmp(word, "n't", 3));
        if (clitic) {
            if (b.len && b.data[b.len - 1] == '*')
                b.data[--b.len] = 0; /* the stem mark moves to the end */
            dy_buf_puts(&b, item);
            nwords--;
            join = false;
            continue;
        }
        last_word = c != '*' && c != '+' && c != '%';
        if (++nitems > 14 || ++ntok > 24) {
            *why = IK_PAT_LONG;
            break;
        }
        if (b.len)
            dy_buf_puts(&b, join ? "_" : " ");
        dy_buf_puts(&b, item);
        join = false;
    }
    if (!*why && (nverb != 1 || (!nwords && !comp)))
        *why = nverb != 1 ? (int)PAT_BAD : IK_PAT_LONG;
    buf_check(&b);
    char *r = *why ? NULL : sdup(im, b.data);
    dy_buf_free(&b);
    return r;
}

/* Writes pattern PAT of code CODE (HAS) for the verb LEMMA into
 * en/patterns.txt; false when the verb is not in the output (dyad's own
 * verb is kept as it is, or it was lost). */
static bool add_pattern_line(imp *im, const char *lemma, const char *pat, int has,
                             const char *code, bool sym, const vpat *p)
{
    const iverb *v = verb_get(im, lemma);
    /* merged, dyad's grammar and lexicon lead: the source's patterns added
     * false readings more often than right ones (dev-en F1 0.778 to 0.774) */
    if (!v || im->merge)
        return false;
    char opts[300] = "";
    if (sym && has == CODE_OK) {
        size_t l = (size_t)snprintf(opts, sizeof opts, "tgt=");
        for (int k = 0; k < v->nslots && l < sizeof opts; k++)
            l += (size_t)snprintf(opts + l, sizeof opts - l, "%s%s", k ? "," : "", v->slots[k]);
        if (l < sizeof opts)
            snprintf(opts + l, sizeof opts - l, "%snext", v->nslots ? "," : "");
        l = strlen(opts);
        snprintf(opts + l, sizeof opts - l, " sym");
    }
    dy_buf_printf(&im->patterns, "%-26s %-5s %s%s: %-40s # %s:%ld\n", lemma,
                  has == CODE_OK ? code : "-", opts, opts[0] ? " " : "", pat,
                  base_name(p->file), p->line);
    buf_check(&im->patterns);
    im->n.pattern_lines++;
    return true;
}

/* Applies one pattern shape with code CODE (HAS: CODE_OK or CODE_NONE) to
 * the verb LEMMA.  Returns 0, -1 (nothing to do: the verb was lost and
 * reported, or dyad's own entry is kept), or the loss kind. */
static int apply_shape(imp *im, const char *lemma, const pshape *s, int has, const char *code,
                       bool sym, const vpat *p)
{
    iverb *base = verb_get(im, lemma);
    /* a verb dyad has keeps dyad's readings (its slots, flags and intent
     * codes): the source's phrasal refinements of it are not added, as
     * "met with" would lose dyad's sym on "meet" */
    if (!base)
        return -1;
    if (!s->particle[0]) {
        if (has == CODE_NONE)
            return 0; /* "- * + [---]": nothing dyad would code */
        if (!base->has_code) {
            /* a [---] verb takes the code of its most general pattern */
            snprintf(base->code, sizeof base->code, "%s", code);
            base->has_code = true;
            base->sym = sym;
            if (s->slot)
                verb_add_slot(im, base, s->slot);
            return 0;
        }
        if (!strcmp(base->code, code)) {
            if (s->slot)
                verb_add_slot(im, base, s->slot);
            return 0;
        }
        /* "- $ * [095]", "- * + [095]" on a verb of another code: a pattern
         * of no words holds whenever the verb codes an event (its source
         * before it, its target after it): the pattern's code is the verb's */
        if (!s->slot || !strcmp(s->slot, "obj")) {
            if (has != CODE_OK)
                return IK_PAT_SLOTCODE;
            snprintf(base->code, sizeof base->code, "%s", code);
            base->sym = sym;
            return 0;
        }
        /* "- * WITH + [040]" on a verb of another code: meet|with 040 */
        pshape ph = {0, "", "obj"};
        snprintf(ph.particle, sizeof ph.particle, "%s", s->slot);
        return apply_shape(im, lemma, &ph, has, code, sym, p);
    }
    if (strchr(lemma, '|'))
        return IK_PAT_PHRASAL;
    char *l = sfmt(im, "%s|%s", lemma, s->particle);
    iverb *v = verb_get(im, l);
    const char *c = has == CODE_OK ? code : "";
    if (!v) {
        if (im->merge && mget(&im->base_verbs, l) != UINT32_MAX) {
            im->n.merge_kept++;
            return -1;
        }
        v = verb_new(im, l, p->file, p->line);
        v->has_code = true;
        snprintf(v->code, sizeof v->code, "%s", c);
        v->sym = sym;
        v->null_phrasal = has != CODE_OK;
        if (s->slot && strcmp(s->slot, "obj")) {
            v->nslots = 0;
            v->slots[v->nslots++] = s->slot;
        }
        if (has == CODE_OK)
            im->n.phrasal++;
        else
            im->n.null_phrasal++;
        return 0;
    }
    if (!strcmp(v->code, c)) {
        if (s->slot)
            verb_add_slot(im, v, s->slot);
        return 0;
    }
    return IK_VERB_DUPCODE;
}

/* The other spelling of an -ize/-ise verb (TABARI's stem CRITICI matches
 * both), or NULL. */
static const char *twin_spelling(imp *im, const char *lemma)
{
    size_t n = strlen(lemma);
    if (n < 5 || strchr(lemma, '|'))
        return NULL;
    const char *e = lemma + n - 3;
    const char *alt = !strcmp(e, "ize") ? "ise" : !strcmp(e, "ise") ? "ize"
                    : !strcmp(e, "yze") ? "yse" : !strcmp(e, "yse") ? "yze" : NULL;
    return alt ? sfmt(im, "%.*s%s", (int)(n - 3), lemma, alt) : NULL;
}

/* Enters the verb LEMMA of source verb D (code read already). */
static void enter_verb(imp *im, const vdef *d, const char *lemma, int has, const char *code,
                       bool sym)
{
    if (im->merge && mget(&im->base_verbs, lemma) != UINT32_MAX) {
        im->n.merge_kept++;
        return;
    }
    iverb *v = verb_get(im, lemma);
    if (!v) {
        v = verb_new(im, lemma, d->file, d->line);
        im->n.verb_lemmas++;
        if (has == CODE_OK) {
            snprintf(v->code, sizeof v->code, "%s", code);
            v->has_code = true;
            v->sym = sym;
        }
        char word[128];
        snprintf(word, sizeof word, "%s", lemma);
        char *bar = strchr(word, '|');
        if (bar)
            *bar = 0;
        add_strong(im, word, d->forms, d->file, d->line);
        return;
    }
    if (has != CODE_OK)
        return;
    if (!v->has_code) {
        snprintf(v->code, sizeof v->code, "%s", code);
        v->has_code = true;
        v->sym = sym;
    } else if (strcmp(v->code, code)) {
        imp_lost(im, IK_VERB_DUPCODE, d->file, d->line, "%s [%s] (%s has %s)", d->words, d->code,
                 v->lemma, v->code);
    }
}

/* Turns the collected verbs and patterns into the verb table: first every
 * verb named in its base form, then those named by an inflected form (so
 * that LEAVE [012] keeps "leave" and LEFT_ [032:033] is reported), then
 * the patterns of each block, for every verb of the block. */
static void resolve_verbs(imp *im)
{
    /* PETRARCH names lemmas: they are known lemmas for the others */
    if (im->fmt == IMP_PETRARCH)
        for (size_t i = 0; i < im->vdefs.n; i++) {
            const vdef *d = &DY_AT(im->vdefs, vdef, i);
            if (!strchr(d->words, ' ') && d->verb_at == 0)
                add_lemma(im, d->words);
        }
    size_t nd = im->vdefs.n;
    const char **lem = calloc(2 * nd + 2, sizeof *lem); /* lemma, twin spelling */
    bool *infl = calloc(nd + 1, sizeof *infl);
    if (!lem || !infl)
        imp_oom();
    for (size_t i = 0; i < nd; i++) {
        const vdef *d = &DY_AT(im->vdefs, vdef, i);
        lem[2 * i] = vdef_lemma(im, d, &infl[i]);
        if (lem[2 * i] && d->stem && im->fmt == IMP_TABARI) {
            lem[2 * i + 1] = twin_spelling(im, lem[2 * i]);
            /* an unknown stem may have lost a silent e: CONTRIBUT matches
             * contribute(s) as well as contributed, contributing */
            const char *l = lem[2 * i];
            size_t n = strlen(l);
            if (!lem[2 * i + 1] && !infl[i] && !known_lemma(im, l) && !strchr(l, '|') &&
                n >= 4 && !strchr("aeiouyw", l[n - 1]) && l[n - 1] != 's' &&
                strcmp(l + n - 2, "ed") && strcmp(l + n - 3, "ing"))
                lem[2 * i + 1] = sfmt(im, "%se", l);
        }
    }
    for (int pass = 0; pass < 2; pass++)
        for (size_t i = 0; i < nd; i++) {
            const vdef *d = &DY_AT(im->vdefs, vdef, i);
            if (!lem[2 * i] || infl[i] != (pass == 1))
                continue;
            char code[8];
            bool sym = false;
            /* FOOTBALL [###], PLANETARY CUP [+++]: words that discard or
             * flag a sentence, no verbs; the first are discards */
            const char *rc = d->code;
            while (imp_is_space(*rc))
                rc++;
            if (!strcmp(imp_trim(sfmt(im, "%s", rc)), "###")) {
                imp_add_discard(im, d->file, d->line, d->words, false);
                lem[2 * i] = lem[2 * i + 1] = NULL;
                continue;
            }
            int has = read_code(im, d->code, d->file, d->line, code, &sym);
            if (has == CODE_LOST && (!strncmp(rc, "###", 3) || !strncmp(rc, "+++", 3))) {
                lem[2 * i] = lem[2 * i + 1] = NULL;
                continue;
            }
            enter_verb(im, d, lem[2 * i], has, code, sym);
            if (lem[2 * i + 1])
                enter_verb(im, d, lem[2 * i + 1], has, code, sym);
        }
    /* patterns, block by block: every verb of the block */
    size_t vi = 0;
    for (size_t pi = 0; pi < im->vpats.n; pi++) {
        const vpat *p = &DY_AT(im->vpats, vpat, pi);
        while (vi < nd && DY_AT(im->vdefs, vdef, vi).block < p->block)
            vi++;
        size_t v0 = vi, v1 = vi;
        while (v1 < nd && DY_AT(im->vdefs, vdef, v1).block == p->block)
            v1++;
        char code[8];
        bool sym = false;
        int has = read_code(im, p->code, p->file, p->line, code, &sym);
        if (has == CODE_LOST)
            continue;
        dy_vec ex = DY_VEC(const char *);
        const char *bad = NULL;
        int r = expand(im, p->text, &ex, 0, &bad);
        if (r) {
            if (r == IK_PAT_SYNSET)
                imp_lost(im, IK_PAT_SYNSET, p->file, p->line, "&%s in: %s", bad, p->text);
            else
                imp_lost(im, (imp_kind)r, p->file, p->line, "%s", p->text);
            dy_vec_free(&ex);
            continue;
        }
        int first_loss = 0;
        bool used = false;
        /* a pattern applies to every verb of its block and every synset
         * member: bounded, so that a hostile file cannot ask for billions */
        if ((v1 - v0) * ex.n > MAX_PATTERN_PRODUCT || im->verbs.n > MAX_VERB_ENTRIES) {
            imp_lost(im, IK_PAT_EXPAND, p->file, p->line, "- %s [%s] (%zu verbs x %zu phrases)",
                     p->text, p->code, v1 - v0, ex.n);
            dy_vec_free(&ex);
            continue;
        }
        for (size_t e = 0; e < ex.n; e++) {
            pshape s = classify(DY_AT(ex, const char *, e));
            /* what a verb and one particle cannot say, a pattern can: words
             * before the verb, several words after it */
            /* a word after the verb that is no particle ("- * RESOLUTION")
             * may have words between: a pattern, not a phrasal verb */
            if (s.loss == IK_PAT_BEFORE || s.loss == IK_PAT_LONG || s.loss == IK_PAT_PPWORDS ||
                s.loss == IK_PAT_SKIP || s.loss == IK_PAT_COMPOUND || s.loss == IK_PAT_TGTBEFORE ||
                (!s.loss && s.particle[0] && !is_particle(s.particle))) {
                int pl = 0;
                char *pt = dyad_pattern(im, DY_AT(ex, const char *, e), &pl);
                if (pt) {
                    bool any = false;
                    for (size_t k = 2 * v0; k < 2 * v1; k++)
                        if (lem[k] && add_pattern_line(im, lem[k], pt, has, code, sym, p))
                            any = true;
                    if (any) {
                        used = true;
                        continue;
                    }
                } else if (pl && pl != (int)PAT_BAD) {
                    s.loss = pl;
                }
            }
            if (s.loss) {
                if (!first_loss)
                    first_loss = s.loss;
                continue;
            }
            for (size_t k = 2 * v0; k < 2 * v1; k++) {
                if (!lem[k])
                    continue;
                int l = apply_shape(im, lem[k], &s, has, code, sym, p);
                if (l > 0 && !first_loss)
                    first_loss = l;
                if (l == 0)
                    used = true;
            }
        }
        if (used)
            im->n.patterns_used++;
        if (first_loss == PAT_BAD)
            imp_malformed(im, p->file, p->line, "pattern without one '*': %s", p->text);
        else if (first_loss && used)
            imp_lost(im, IK_PAT_PARTIAL, p->file, p->line, "- %s [%s]: %s", p->text, p->code,
                     imp_kind_infos[first_loss].name);
        else if (first_loss)
            imp_lost(im, (imp_kind)first_loss, p->file, p->line, "- %s [%s]", p->text, p->code);
        dy_vec_free(&ex);
    }
    /* verbs that take their clause's content */
    for (size_t i = 0; i < im->say_words.n; i++) {
        bool inf;
        const char *w = DY_AT(im->say_words, const char *, i);
        const char *l = lemmatize(im, w, false, &inf);
        iverb *v = verb_get(im, l);
        if (v && !v->say) {
            v->say = true;
            im->n.say_flags++;
        }
    }
    free(lem);
    free(infl);
}

/* ------------------------------------------------- dyad's dictionaries */

/* DIR/NAME into OUT; false if it does not fit. */
static bool join_path(char *out, size_t cap, const char *dir, const char *name)
{
    int n = snprintf(out, cap, "%s/%s", dir, name);
    return n > 0 && (size_t)n < cap;
}

typedef void (*base_line_fn)(imp *im, char *line);

/* Calls FN with each line of DIR/NAME without comments and blanks. */
static void base_lines(imp *im, const char *dir, const char *name, base_line_fn fn)
{
    char path[4096];
    if (!join_path(path, sizeof path, dir, name))
        return;
    size_t n;
    const char *why;
    char *text = slurp(path, &n, &why);
    if (!text)
        return;
    char *save = NULL;
    for (char *l = strtok_r(text, "\n", &save); l; l = strtok_r(NULL, "\n", &save)) {
        for (char *c = l; *c; c++)
            if (*c == '#' && (c == l || imp_is_space(c[-1]))) {
                *c = 0;
                break;
            }
        char *s = imp_trim(l);
        if (*s)
            fn(im, s);
    }
    free(text);
}

static char *field(char **p)
{
    char *s = *p;
    while (imp_is_space(*s))
        s++;
    if (!*s)
        return NULL;
    char *e = s;
    while (*e && !imp_is_space(*e))
        e++;
    if (*e)
        *e++ = 0;
    *p = e;
    return s;
}

static void cameo_fn(imp *im, char *line)
{
    char *p = line;
    char *c = field(&p);
    if (c)
        mput(&im->cameo, c, 1);
}

static void verbs_fn(imp *im, char *line)
{
    char *p = line;
    char *l = field(&p);
    if (l && !strcmp(l, "sich"))
        l = field(&p);
    if (!l)
        return;
    if (im->merge)
        mput(&im->base_verbs, l, 1);
    char *bar = strchr(l, '|');
    if (bar)
        *bar = 0;
    add_lemma(im, l);
}

static void strong_fn(imp *im, char *line)
{
    char *p = line;
    char *f[4];
    for (int i = 0; i < 4; i++)
        if (!(f[i] = field(&p)))
            return;
    strong_ent *s = vpush(&im->strong);
    s->inf = sdup(im, f[0]);
    s->pres = sdup(im, f[1]);
    s->past = sdup(im, f[2]);
    s->part = sdup(im, f[3]);
    uint32_t k = (uint32_t)(im->strong.n - 1);
    if (mget(&im->strong_inf, s->inf) == UINT32_MAX)
        mput(&im->strong_inf, s->inf, k);
    for (int i = 1; i < 4; i++)
        if (mget(&im->strong_rev, f[i]) == UINT32_MAX && strcmp(f[i], f[0]))
            mput(&im->strong_rev, f[i], k);
    add_lemma(im, s->inf);
}

/* Adds the " | " forms of LIST to MAP (merge) and their single words to the
 * completion list of TABARI stems. */
static void forms_into(imp *im, char *list, dy_map *map, bool words)
{
    char *save = NULL;
    for (char *f = strtok_r(list, "|", &save); f; f = strtok_r(NULL, "|", &save)) {
        char *s = imp_trim(f);
        if (!*s)
            continue;
        bool word = words && !strchr(s, ' ');
        if (!map && !word)
            continue;
        const char *k = form_key(im, s);
        if (map)
            mput(map, k, 1);
        if (word)
            *(const char **)vpush(&im->country_words) = k;
    }
}

static void countries_fn(imp *im, char *line)
{
    char *p = line;
    if (!field(&p) || !field(&p))
        return;
    forms_into(im, p, im->merge ? &im->base_forms : NULL, true);
}

static void orgs_fn(imp *im, char *line)
{
    char *p = line;
    if (!field(&p))
        return;
    if (im->merge)
        forms_into(im, p, &im->base_forms, false);
}

static void people_fn(imp *im, char *line)
{
    char *p = line;
    char *k = field(&p);
    if (!k || strcmp(k, "person") || !field(&p))
        return;
    if (im->merge)
        forms_into(im, p, &im->base_forms, false);
}

static void roles_fn(imp *im, char *line)
{
    char *p = line;
    if (!field(&p))
        return;
    if (im->merge)
        forms_into(im, p, &im->base_roles, false);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The *.txt files of the folder DIR/SUB ("people", "orgs": the loader reads
 * them beside people.txt and orgs.txt) as "SUB/NAME", in byte order of
 * their names, into NAMES (const char *, in the arena).  A missing folder
 * has none. */
static void sub_files(imp *im, const char *dir, const char *sub, dy_vec *names)
{
    char path[4096];
    if (!join_path(path, sizeof path, dir, sub))
        return;
    DIR *dp = opendir(path);
    if (!dp)
        return;
    struct dirent *de;
    while ((de = readdir(dp))) {
        size_t len = strlen(de->d_name);
        if (len < 5 || de->d_name[0] == '.' || strcmp(de->d_name + len - 4, ".txt"))
            continue;
        const char *name = sfmt(im, "%s/%s", sub, de->d_name);
        *(const char **)vpush(names) = name;
    }
    closedir(dp);
    if (names->n)
        qsort(names->items, names->n, sizeof(const char *), cmp_str);
}

static bool load_base(imp *im, const char *dir)
{
    char path[4096];
    if (!join_path(path, sizeof path, dir, "cameo.txt") || access(path, R_OK) != 0) {
        fprintf(im->err, "dyad: %s: cannot read dyad's dictionaries (give --base DIR)\n", path);
        return false;
    }
    base_lines(im, dir, "cameo.txt", cameo_fn);
    base_lines(im, dir, "en/strong.txt", strong_fn);
    im->nbase_strong = im->strong.n;
    base_lines(im, dir, "en/verbs.txt", verbs_fn);
    base_lines(im, dir, "gen/countries.en.txt", countries_fn);
    base_lines(im, dir, "en/countries.txt", countries_fn);
    base_lines(im, dir, "orgs.txt", orgs_fn);
    base_lines(im, dir, "people.txt", people_fn);
    /* the per-region files of people/ and orgs/, as the loader reads them */
    dy_vec subs = DY_VEC(const char *);
    sub_files(im, dir, "orgs", &subs);
    for (size_t i = 0; i < subs.n; i++)
        base_lines(im, dir, DY_AT(subs, const char *, i), orgs_fn);
    dy_vec_free(&subs);
    sub_files(im, dir, "people", &subs);
    for (size_t i = 0; i < subs.n; i++)
        base_lines(im, dir, DY_AT(subs, const char *, i), people_fn);
    dy_vec_free(&subs);
    base_lines(im, dir, "en/roles.txt", roles_fn);
    return true;
}

/* ------------------------------------------------------------ output */

static bool mkdirs(const char *dir)
{
    char buf[4096];
    snprintf(buf, sizeof buf, "%s", dir);
    for (char *p = buf + 1; *p; p++) {
        if (*p != '/')
            continue;
        *p = 0;
        if (mkdir(buf, 0777) != 0 && errno != EEXIST)
            return false;
        *p = '/';
    }
    return mkdir(buf, 0777) == 0 || errno == EEXIST;
}

/* Writes DIR/NAME: the base file (when BASE is given and has it), then
 * HEADER and BODY.  Through a temporary file and rename(). */
static bool write_file(FILE *err, const char *dir, const char *name, const char *base,
                       const char *header, const dy_buf *body)
{
    char path[4096], tmp[4200];
    if (!join_path(path, sizeof path, dir, name)) {
        fprintf(err, "dyad: %s: path too long\n", dir);
        return false;
    }
    snprintf(tmp, sizeof tmp, "%s.tmp%ld", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    if (!f) {
        fprintf(err, "dyad: %s: cannot write: %s\n", tmp, strerror(errno));
        return false;
    }
    bool ok = true;
    if (base) {
        char bpath[4096];
        size_t n = 0;
        const char *why;
        char *text = join_path(bpath, sizeof bpath, base, name) ? slurp(bpath, &n, &why) : NULL;
        if (text) {
            ok = fwrite(text, 1, n, f) == n;
            if (ok && n && text[n - 1] != '\n')
                ok = fputc('\n', f) != EOF;
            free(text);
        }
    }
    if (ok && header)
        ok = fputs(header, f) >= 0;
    if (ok && body && body->len)
        ok = fwrite(body->data, 1, body->len, f) == body->len;
    if (fclose(f) != 0)
        ok = false;
    if (!ok || rename(tmp, path) != 0) {
        fprintf(err, "dyad: %s: cannot write: %s\n", path, strerror(errno));
        unlink(tmp);
        return false;
    }
    return true;
}

static void write_verbs(imp *im, dy_buf *b)
{
    for (size_t i = 0; i < im->verbs.n; i++) {
        const iverb *v = &DY_AT(im->verbs, iverb, i);
        /* the verb and its particle must load: "&metals|t>>>>…" is too long */
        char form[512];
        snprintf(form, sizeof form, "%s", v->lemma);
        for (char *p = form; *p; p++)
            if (*p == '|')
                *p = ' ';
        if (strlen(v->lemma) >= sizeof form || !writable_form(form)) {
            imp_lost(im, IK_ACT_BADFORM, v->file, v->line, "verb %s", v->lemma);
            continue;
        }
        char slots[256] = "tgt=";
        for (int k = 0; k < v->nslots; k++) {
            size_t l = strlen(slots);
            snprintf(slots + l, sizeof slots - l, "%s%s", k ? "," : "", v->slots[k]);
        }
        /* last, TABARI's and PETRARCH's target: the first actor after the
         * verb (not merged: dyad's slots lead there, dev-en F1 0.778 to
         * 0.776 with it) */
        size_t sl = strlen(slots);
        if (!im->merge)
            snprintf(slots + sl, sizeof slots - sl, "%snext", v->nslots ? "," : "");
        const char *code = v->has_code && v->code[0] ? v->code : "-";
        dy_buf_printf(b, "%-26s %-5s %-36s%s%s   # %s:%ld\n", v->lemma, code,
                      code[0] == '-' ? "-" : slots, v->sym ? " sym" : "", v->say ? " say" : "",
                      base_name(v->file), v->line);
    }
    buf_check(b);
}

static void write_strong(imp *im, dy_buf *b)
{
    for (size_t i = im->nbase_strong; i < im->strong.n; i++) {
        const strong_ent *s = &DY_AT(im->strong, strong_ent, i);
        dy_buf_printf(b, "%-14s %-14s %-14s %s\n", s->inf, s->pres, s->past, s->part);
    }
    buf_check(b);
}

/* ------------------------------------------------------------ report */

static void print_report(imp *im, FILE *out, long show, const char *dir, bool full)
{
    const imp_counts *n = &im->n;
    fprintf(out, "converted:\n");
    fprintf(out, "  actors    %ld entries -> %ld forms: %ld country names, %ld metonyms, "
                 "%ld organisations, %ld people with %ld dated offices\n",
            n->actor_entries, n->actor_forms, n->countries, n->metonyms, n->orgs, n->people,
            n->offices);
    fprintf(out, "  agents    %ld entries -> %ld role forms\n", n->agent_entries, n->role_forms);
    fprintf(out, "  verbs     %ld verbs and %ld patterns -> %ld verb lemmas, %ld phrasal "
                 "entries (%ld more without an event), %ld target slots from patterns; "
                 "%ld patterns used; %ld lines of en/patterns.txt\n",
            n->verb_entries, n->patterns, n->verb_lemmas, n->phrasal, n->null_phrasal,
            n->slots_added, n->patterns_used, n->pattern_lines);
    if (n->discards)
        fprintf(out, "  discards  %ld phrases -> en/discards.txt (a sentence or story with one is "
                     "not coded)\n", n->discards);
    if (n->strong_added || n->say_flags || n->synset_expansions)
        fprintf(out, "  also      %ld irregular verbs added to en/strong.txt, %ld speech verbs "
                     "(say) from transformations, %ld synset expansions\n",
                n->strong_added, n->say_flags, n->synset_expansions);
    if (im->merge)
        fprintf(out, "  merge     %ld entries dyad's dictionaries already have (dyad's kept)\n",
                n->merge_kept);
    if (im->keep_codes && im->extra_list.n)
        fprintf(out, "  codes     %zu codes not in CAMEO kept (--codes keep) and added to "
                     "cameo.txt without weights\n",
                im->extra_list.n);
    for (int group = 0; group < 2; group++) {
        long total = 0;
        for (int k = 0; k < IK_COUNT; k++)
            if ((k >= IK_APPROX_FIRST) == (group == 1))
                total += im->nkind[k];
        fprintf(out, "%s: %ld", group ? "converted approximately, by kind" : "lost, by kind",
                total);
        if (!full && show)
            fprintf(out, " (the first %ld of each kind with file:line; all in "
                         "%s/import-report.txt)", show, dir);
        else if (!full)
            fprintf(out, " (each with file:line in %s/import-report.txt)", dir);
        fputc('\n', out);
        for (int k = 0; k < IK_COUNT; k++) {
            if ((k >= IK_APPROX_FIRST) != (group == 1) || !im->nkind[k])
                continue;
            fprintf(out, "  %-22s %6ld  %s\n", imp_kind_infos[k].name, im->nkind[k],
                    imp_kind_infos[k].text);
            long shown = 0;
            for (size_t i = 0; i < im->losses.n && (full || shown < show); i++) {
                const loss *l = &DY_AT(im->losses, loss, i);
                if ((int)l->kind != k)
                    continue;
                fprintf(out, "      %s:%ld  %s\n", l->file, l->line, l->detail);
                shown++;
            }
        }
    }
}

/* ------------------------------------------------------------ command */

static const char *const LAYOUT[] = {
    "cameo.txt", "orgs.txt", "people.txt", "gen/countries.de.txt", "gen/countries.en.txt",
    "de/countries.txt", "de/roles.txt", "de/verbs.txt", "de/nouns.txt", "de/strong.txt",
    "en/countries.txt", "en/roles.txt", "en/verbs.txt", "en/nouns.txt", "en/strong.txt",
    "en/patterns.txt", "en/discards.txt", NULL};

/* dyad's own dictionaries: --base, else where dyad finds them
 * (dy_dict_find, as cli_load_dict does). */
static const char *base_dir(const char *given, char *buf, size_t cap)
{
    return given ? given : dy_dict_find(buf, cap);
}

static bool same_dir(const char *a, const char *b)
{
    struct stat sa, sb;
    return stat(a, &sa) == 0 && stat(b, &sb) == 0 && sa.st_dev == sb.st_dev &&
           sa.st_ino == sb.st_ino;
}

/* Which reader a file needs: by its name, else by a look at its lines. */
enum { FK_ACTORS, FK_AGENTS, FK_VERBS, FK_DISCARDS, FK_NONE };

static int file_kind(imp_format fmt, const char *path)
{
    const char *b = base_name(path);
    if (strstr(b, ".actors"))
        return FK_ACTORS;
    if (strstr(b, ".agents"))
        return FK_AGENTS;
    if (strstr(b, ".verbs"))
        return FK_VERBS;
    if (strstr(b, ".discards"))
        return fmt == IMP_PETRARCH ? FK_DISCARDS : FK_NONE;
    if (strstr(b, ".options") || strstr(b, ".project") || strstr(b, "IssueCoding") ||
        strstr(b, "LICENSE"))
        return FK_NONE;
    size_t n = 0;
    const char *why;
    char *text = slurp(path, &n, &why);
    if (!text)
        return FK_ACTORS; /* the reader reports it */
    int kind = FK_ACTORS;
    if (strstr(text, "\n--- ") || !strncmp(text, "--- ", 4))
        kind = FK_VERBS;
    else if (strstr(text, "[~") || strstr(text, "[ ~"))
        kind = FK_AGENTS;
    free(text);
    return kind;
}

static void imp_free(imp *im)
{
    dy_vec_free(&im->losses);
    dy_map_free(&im->cameo);
    dy_map_free(&im->extra_codes);
    dy_vec_free(&im->extra_list);
    dy_map_free(&im->lemmas);
    dy_vec_free(&im->lemma_list);
    dy_map_free(&im->strong_inf);
    dy_map_free(&im->strong_rev);
    dy_vec_free(&im->strong);
    dy_vec_free(&im->country_words);
    dy_map_free(&im->base_forms);
    dy_map_free(&im->base_roles);
    dy_map_free(&im->base_verbs);
    dy_map_free(&im->form_owner);
    dy_vec_free(&im->owners);
    dy_map_free(&im->role_owner);
    dy_buf_free(&im->countries);
    dy_buf_free(&im->orgs);
    dy_buf_free(&im->people);
    dy_buf_free(&im->roles);
    dy_buf_free(&im->patterns);
    dy_buf_free(&im->discards);
    dy_vec_free(&im->vdefs);
    dy_vec_free(&im->vpats);
    dy_vec_free(&im->verbs);
    dy_map_free(&im->verb_index);
    for (size_t i = 0; i < im->synsets.n; i++)
        dy_vec_free(&DY_AT(im->synsets, synset, i).members);
    dy_vec_free(&im->synsets);
    dy_map_free(&im->synset_index);
    dy_vec_free(&im->say_words);
    dy_arena_free(&im->ar);
}

/* dy_import's steps.  Out of memory in any of them jumps back to
 * dy_import (imp_oom). */

static void imp_init(imp *im, const dy_import_opts *o, FILE *se)
{
    im->fmt = o->format == DY_IMPORT_PETRARCH ? IMP_PETRARCH : IMP_TABARI;
    im->err = se;
    im->merge = o->merge;
    im->keep_codes = o->keep_codes;
    im->discards_on = o->discards;
    im->losses.size = sizeof(loss);
    im->extra_list.size = sizeof(const char *);
    im->lemma_list.size = sizeof(const char *);
    im->strong.size = sizeof(strong_ent);
    im->country_words.size = sizeof(const char *);
    im->owners.size = sizeof(const char *);
    im->vdefs.size = sizeof(vdef);
    im->vpats.size = sizeof(vpat);
    im->verbs.size = sizeof(iverb);
    im->synsets.size = sizeof(synset);
    im->say_words.size = sizeof(const char *);
}

/* Reads the files: actors and agents as they come, verbs collected per
 * block.  False when a file cannot be opened (said on se). */
static bool read_files(imp *im, const char *const *files, int nfiles, const char *fmt, FILE *se)
{
    bool ok = true;
    for (int i = 0; i < nfiles; i++) {
        int k = file_kind(im->fmt, files[i]);
        if (access(files[i], R_OK) != 0) {
            fprintf(se, "dyad: %s: cannot open: %s\n", files[i], strerror(errno));
            ok = false;
            continue;
        }
        switch (k) {
        case FK_ACTORS:
            imp_read_actors(im, files[i]);
            break;
        case FK_AGENTS:
            if (im->fmt == IMP_TABARI)
                imp_tabari_agents(im, files[i]);
            else
                imp_petrarch_agents(im, files[i]);
            break;
        case FK_VERBS:
            if (im->fmt == IMP_TABARI)
                imp_tabari_verbs(im, files[i]);
            else
                imp_petrarch_verbs(im, files[i]);
            imp_block_end(im);
            break;
        case FK_DISCARDS:
            imp_petrarch_discards(im, files[i]);
            break;
        default:
            imp_lost(im, IK_FILE, sdup(im, files[i]), 0,
                     "not a %s dictionary (actors, agents, verbs%s); skipped", fmt,
                     im->fmt == IMP_PETRARCH ? ", discards" : "");
            break;
        }
    }
    return ok;
}

/* Writes the dictionary directory out (LAYOUT; with --merge dyad's own
 * entries too).  False on a write error (said on se). */
static bool write_dicts(imp *im, const char *const *files, int nfiles, const char *fmt,
                        const char *out, const char *base, FILE *se)
{
    char header[1024];
    dy_buf names = {0};
    for (int i = 0; i < nfiles; i++)
        dy_buf_printf(&names, "%s%s", i ? " " : "", base_name(files[i]));
    buf_check(&names);
    snprintf(header, sizeof header,
             "\n# ---- imported by dyad dict import --format %s from %s%s\n", fmt,
             names.len > 700 ? "several files" : names.data,
             im->merge ? " (merged: dyad's entries above win)" : "");
    dy_buf_free(&names);
    dy_buf verbs = {0}, strong = {0}, cameo = {0}, empty = {0};
    write_verbs(im, &verbs);
    write_strong(im, &strong);
    for (size_t i = 0; i < im->extra_list.n; i++)
        dy_buf_printf(&cameo, "%-6s 0.0  0  0.0  0.0  0  imported code, not in CAMEO\n",
                      DY_AT(im->extra_list, const char *, i));
    buf_check(&cameo);
    bool ok = true;
    ok = ok && mkdirs(sfmt(im, "%s/en", out)) && mkdirs(sfmt(im, "%s/de", out)) &&
         mkdirs(sfmt(im, "%s/gen", out));
    for (int i = 0; ok && LAYOUT[i]; i++) {
        const char *name = LAYOUT[i];
        const dy_buf *body = &empty;
        /* cameo.txt and en/strong.txt are copied in both modes: the codes
         * and English morphology, not entries */
        const char *from = im->merge || !strcmp(name, "cameo.txt") ||
                                   !strcmp(name, "en/strong.txt")
                               ? base
                               : NULL;
        const char *h = header;
        if (!strcmp(name, "cameo.txt"))
            body = &cameo;
        else if (!strcmp(name, "orgs.txt"))
            body = &im->orgs;
        else if (!strcmp(name, "people.txt"))
            body = &im->people;
        else if (!strcmp(name, "en/countries.txt"))
            body = &im->countries;
        else if (!strcmp(name, "en/roles.txt"))
            body = &im->roles;
        else if (!strcmp(name, "en/verbs.txt"))
            body = &verbs;
        else if (!strcmp(name, "en/strong.txt"))
            body = &strong;
        else if (!strcmp(name, "en/patterns.txt"))
            body = &im->patterns;
        else if (!strcmp(name, "en/discards.txt"))
            body = &im->discards;
        else if (!from)
            h = "# (empty: written by dyad dict import; the loader needs the file)\n";
        else
            h = NULL;
        ok = write_file(se, out, name, from, h, body);
    }
    /* --merge: dyad's per-region people/ and orgs/ files too, as they are */
    for (int k = 0; ok && im->merge && k < 2; k++) {
        const char *sub = k ? "people" : "orgs";
        dy_vec subs = DY_VEC(const char *);
        sub_files(im, base, sub, &subs);
        if (subs.n)
            ok = mkdirs(sfmt(im, "%s/%s", out, sub));
        for (size_t i = 0; ok && i < subs.n; i++)
            ok = write_file(se, out, DY_AT(subs, const char *, i), base, NULL, NULL);
        dy_vec_free(&subs);
    }
    dy_buf_free(&verbs);
    dy_buf_free(&strong);
    dy_buf_free(&cameo);
    return ok;
}

/* The report: on so (the first few of each kind) and the whole of it in
 * OUT/import-report.txt. */
static void write_report(imp *im, const dy_import_opts *o, const char *fmt, const char *out,
                         FILE *so, FILE *se)
{
    const int nfiles = o->nfiles;
    fprintf(so, "dyad dict import --format %s: %d file%s -> %s (%s)\n", fmt, nfiles,
           nfiles == 1 ? "" : "s", out,
           im->merge ? "merged into dyad's dictionaries" : "imported entries alone");
    print_report(im, so, o->show, out, false);
    char rpath[4096];
    FILE *rf = join_path(rpath, sizeof rpath, out, "import-report.txt") ? fopen(rpath, "w") : NULL;
    if (rf) {
        fprintf(rf, "# dyad dict import --format %s (every loss with file:line)\n", fmt);
        print_report(im, rf, 0, out, true);
        if (fclose(rf) != 0)
            fprintf(se, "dyad: %s: cannot write\n", rpath);
    } else {
        fprintf(se, "dyad: %s: cannot write: %s\n", rpath, strerror(errno));
    }
}

int dy_import(const dy_import_opts *o, dy_dict **loaded)
{
    FILE *so = o->out ? o->out : stdout, *se = o->err ? o->err : stderr;
    if (loaded)
        *loaded = NULL;
    imp *const im = calloc(1, sizeof *im);
    if (!im) {
        fprintf(se, "dyad: out of memory\n");
        return 2;
    }
    imp_init(im, o, se);
    const char *fmt = im->fmt == IMP_PETRARCH ? "petrarch" : "tabari";
    const char *const *files = o->files;
    const int nfiles = o->nfiles;
    const char *out = o->out_dir;
    /* out of memory anywhere below comes back here (imp_oom): what the
     * run holds is freed (imp_free); a buffer being filled leaks */
    jmp_buf jump;
    volatile int rc = 0;
    if (setjmp(jump)) {
        fprintf(se, "dyad: out of memory\n");
        rc = 2;
        goto done;
    }
    oom_jump = &jump;
    char bbuf[4096];
    const char *base = base_dir(o->base_dir, bbuf, sizeof bbuf);
    if (!load_base(im, base)) {
        rc = 2;
        goto done;
    }
    if (!mkdirs(out)) {
        fprintf(se, "dyad: %s: cannot create: %s\n", out, strerror(errno));
        rc = 2;
        goto done;
    }
    if (same_dir(out, base)) {
        fprintf(se, "dyad: %s is dyad's own dictionary directory; import into another\n",
                out);
        rc = 2;
        goto done;
    }
    /* read: actors and agents as they come, verbs collected per block */
    if (!read_files(im, files, nfiles, fmt, se)) {
        rc = 2;
        goto done;
    }
    resolve_verbs(im);
    /* write, and report */
    if (!write_dicts(im, files, nfiles, fmt, out, base, se)) {
        rc = 2;
        goto done;
    }
    write_report(im, o, fmt, out, so, se);
    /* the output must load: a failure here is the importer's bug */
    dy_error err;
    dy_dict *d = dy_dict_load(out, &err);
    if (!d) {
        fprintf(se, "dyad: the imported dictionaries do not load: %s:%ld: %s\n", err.file,
                err.line, err.msg);
        rc = 2;
        goto done;
    }
    dy_dict_stats st;
    dy_dict_get_stats(d, &st);
    fprintf(so, "%s loads: %zu codes, %zu actor forms, %zu people, %zu offices, %zu roles, "
           "%zu verbs (%zu forms)\n",
           out, st.codes, st.actor_forms, st.people, st.offices, st.roles, st.verbs,
           st.verb_forms);
    if (loaded)
        *loaded = d;
    else
        dy_dict_free(d);
    rc = im->malformed ? 1 : 0;
done:
    oom_jump = NULL;
    imp_free(im);
    free(im);
    return rc;
}

