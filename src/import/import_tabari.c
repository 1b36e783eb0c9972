/* import_tabari.c: TABARI's .verbs and .agents files (the .actors files,
 * alike in both formats, are read in cmd_import.c).
 *
 * .verbs:
 *     <SYNSETS> &NAME  +MEMBER ... </SYNSETS>
 *     <TIME> LAST_WEEK [-7] ... </TIME>          date shifts: not converted
 *     ATTACK  [223] ;comment                     a verb (a stem: attack, attacks, ...)
 *     { BROKE_ BROKEN_ }                         its irregular forms (optional)
 *     - * FROM_ $  [066]                         its patterns
 *     ~~FINISH                                   the end
 * .agents:
 *     PRESIDENT_  [ ~GOVPRS]                     a role; NGO~ puts the role first
 *
 * A word followed by '_' (or '=') is matched exactly, any other is a stem
 * (TABARI matches it as a prefix); the importer passes that on. */
#include "import.h"
#include <string.h>

/* A verb entry waits for its optional { forms } line. */
typedef struct pending {
    bool have;
    const char *file;
    long line;
    char *words;
    bool stem;
    char *code;
} pending;

static void flush(imp *im, pending *p, const char *forms)
{
    if (!p->have)
        return;
    imp_block_begin(im, p->file, p->line);
    imp_add_verb(im, p->file, p->line, p->words, 0, p->stem, forms, p->code);
    p->have = false;
}

void imp_tabari_verbs(imp *im, const char *path)
{
    imp_file f;
    if (!imp_file_open(im, &f, path))
        return;
    enum { TOP, SYNSETS, TIME } sec = TOP;
    pending pv = {0};
    char *s;
    while ((s = imp_file_next(im, &f))) {
        if (!strncmp(s, "~~FINISH", 8))
            break;
        if (s[0] == '<') {
            char *close = strchr(s, '>');
            if (!close) {
                imp_malformed(im, f.path, f.line, "unclosed section tag: %s", s);
                continue;
            }
            *close = 0;
            if (!strcmp(s, "<SYNSETS"))
                sec = SYNSETS;
            else if (!strcmp(s, "<TIME"))
                sec = TIME;
            else if (s[1] == '/')
                sec = TOP;
            else
                imp_malformed(im, f.path, f.line, "unknown section %s>", s);
            continue;
        }
        if (sec == SYNSETS) {
            if (s[0] == '&')
                imp_add_synset(im, f.path, f.line, s + 1);
            else if (s[0] == '+')
                imp_add_synset_member(im, f.path, f.line, imp_trim(s + 1));
            else
                imp_malformed(im, f.path, f.line, "in <SYNSETS>: %s", s);
            continue;
        }
        if (sec == TIME) {
            imp_lost(im, IK_TIME, f.path, f.line, "%s", s);
            continue;
        }
        if (s[0] == '{') {
            /* the irregular forms of the verb just read */
            char *e = strchr(s, '}');
            if (!e || !pv.have) {
                imp_malformed(im, f.path, f.line, "%s", !pv.have ? "forms without a verb"
                                                              : "unclosed '{'");
                flush(im, &pv, NULL);
                continue;
            }
            *e = 0;
            flush(im, &pv, s + 1);
            continue;
        }
        flush(im, &pv, NULL);
        char *phrase, *code;
        if (s[0] == '-') {
            if (!imp_phrase_code(s + 1, &phrase, &code)) {
                imp_malformed(im, f.path, f.line, "pattern without a [code]: %s", s);
                continue;
            }
            imp_add_pattern(im, f.path, f.line, phrase, code);
            continue;
        }
        if (!imp_phrase_code(s, &phrase, &code)) {
            imp_malformed(im, f.path, f.line, "verb without a [code]: %s", s);
            imp_block_end(im);
            continue;
        }
        bool stem = false;
        char *w = imp_words(im, phrase, strlen(phrase), &stem);
        if (!w) {
            imp_malformed(im, f.path, f.line, "code without a verb");
            imp_block_end(im);
            continue;
        }
        pv.have = true;
        pv.file = f.path;
        pv.line = f.line;
        pv.words = w;
        pv.stem = stem;
        pv.code = imp_strdup(im, code, strlen(code));
    }
    flush(im, &pv, NULL);
    imp_block_end(im);
    imp_file_close(&f);
}

void imp_tabari_agents(imp *im, const char *path)
{
    imp_file f;
    if (!imp_file_open(im, &f, path))
        return;
    char *s;
    while ((s = imp_file_next(im, &f))) {
        if (!strncmp(s, "~~FINISH", 8))
            break;
        char *phrase, *code;
        if (!imp_phrase_code(s, &phrase, &code)) {
            imp_malformed(im, f.path, f.line, "agent without a [code]: %s", s);
            continue;
        }
        bool stem = false;
        char *w = imp_words(im, phrase, strlen(phrase), &stem);
        if (!w) {
            imp_malformed(im, f.path, f.line, "code without a phrase");
            continue;
        }
        /* a stem matches the plural too (SOLDIER: soldiers) */
        char pl[600];
        const char *forms[2] = {w, NULL};
        size_t n = 1;
        if (stem) {
            imp_plural(w, pl, sizeof pl);
            forms[n++] = pl;
        }
        imp_add_agent(im, f.path, f.line, code, forms, n);
    }
    imp_file_close(&f);
}
