/* actors.c: actor arguments of query and trend (cli.h, cli_actor).
 *
 * The known actors are read from the dictionaries' plain files, not from a
 * loaded dy_dict (loading every verb pattern to check two codes would cost
 * more than the query):
 *   DIR/gen/countries.{en,de}.txt, DIR/{en,de}/countries.txt
 *       "CODE  KIND  form | form ..."; every CODE is known, the forms of
 *       kind "name" are names ("India" -> IND)
 *   DIR/orgs.txt, DIR/orgs/NAME.txt
 *       "CODE  form | form ... # comment"; every form is a name
 *   DIR/{en,de}/roles.txt
 *       "ROLE  form | ..."; the role codes (GOV, MIL ...)
 * A code is known when it is in these files, or is a known code followed
 * by role codes (CHNGOVMIL), or is the first three letters of a known code
 * (IGO, NGO: every such actor). */
#include "cli.h"
#include <ctype.h>
#include <glob.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

typedef struct actor_name {
    char code[24];
    char *name; /* NULL: a code only */
} actor_name;

static struct {
    bool loaded;
    actor_name *v;
    size_t n, cap;
    char roles[64][4];
    size_t nroles;
} T;

static void add(const char *code, size_t cl, const char *name, size_t nl)
{
    if (cl == 0 || cl >= 24)
        return;
    if (T.n == T.cap) {
        size_t cap = T.cap ? T.cap * 2 : 1024;
        actor_name *v = realloc(T.v, cap * sizeof *v);
        if (!v)
            return;
        T.v = v;
        T.cap = cap;
    }
    actor_name *a = &T.v[T.n];
    memcpy(a->code, code, cl);
    a->code[cl] = 0;
    a->name = NULL;
    if (name) {
        a->name = malloc(nl + 1);
        if (!a->name)
            return;
        memcpy(a->name, name, nl);
        a->name[nl] = 0;
    }
    T.n++;
}

static bool is_code(const char *s, size_t n)
{
    if (n < 3)
        return false;
    for (size_t i = 0; i < n; i++)
        if (!isupper((unsigned char)s[i]) && !isdigit((unsigned char)s[i]))
            return false;
    return true;
}

/* Adds the '|'-separated forms of S (up to a '#') as names of CODE. */
static void add_forms(const char *code, size_t cl, const char *s)
{
    const char *end = strchr(s, '#');
    if (!end)
        end = s + strlen(s);
    while (s < end) {
        const char *bar = memchr(s, '|', (size_t)(end - s));
        const char *e = bar ? bar : end;
        const char *a = s, *b = e;
        while (a < b && isspace((unsigned char)*a))
            a++;
        while (b > a && isspace((unsigned char)b[-1]))
            b--;
        if (b > a)
            add(code, cl, a, (size_t)(b - a));
        s = bar ? bar + 1 : end;
    }
}

/* KIND: 0 countries (CODE KIND forms), 1 orgs (CODE forms), 2 roles. */
static void read_file(const char *path, int kind)
{
    FILE *f = fopen(path, "r");
    if (!f)
        return;
    char line[8192];
    while (fgets(line, sizeof line, f)) {
        line[strcspn(line, "\r\n")] = 0;
        if (line[0] == '#' || isspace((unsigned char)line[0]) || !line[0])
            continue;
        size_t cl = strcspn(line, " \t");
        if (!is_code(line, cl))
            continue;
        const char *rest = line + cl;
        while (isspace((unsigned char)*rest))
            rest++;
        if (kind == 2) {
            if (cl == 3 && T.nroles < 64) {
                bool seen = false;
                for (size_t i = 0; i < T.nroles && !seen; i++)
                    seen = !memcmp(T.roles[i], line, 3);
                if (!seen)
                    memcpy(T.roles[T.nroles++], line, 4), T.roles[T.nroles - 1][3] = 0;
            }
            continue;
        }
        if (kind == 0) {
            size_t kl = strcspn(rest, " \t");
            bool name = kl == 4 && !strncmp(rest, "name", 4);
            add(line, cl, NULL, 0);
            if (name) {
                rest += kl;
                add_forms(line, cl, rest);
            }
        } else {
            add(line, cl, NULL, 0);
            add_forms(line, cl, rest);
        }
    }
    fclose(f);
}

const char *cli_dict_dir(char *buf, size_t cap)
{
    const char *dir = getenv("DYAD_DICT");
    if (dir)
        return dir;
    if (access("dict/cameo.txt", R_OK) == 0)
        return "dict";
    ssize_t n = readlink("/proc/self/exe", buf, cap - 6);
    if (n > 0) {
        buf[n] = 0;
        char *slash = strrchr(buf, '/');
        if (slash) {
            snprintf(slash + 1, cap - (size_t)(slash + 1 - buf), "dict");
            return buf;
        }
    }
    return "dict";
}

static void load(void)
{
    if (T.loaded)
        return;
    T.loaded = true;
    char buf[4096], path[4200];
    const char *dir = cli_dict_dir(buf, sizeof buf);
    static const char *const country_files[] = {"gen/countries.en.txt", "gen/countries.de.txt",
                                                 "en/countries.txt", "de/countries.txt"};
    for (size_t i = 0; i < sizeof country_files / sizeof *country_files; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, country_files[i]);
        read_file(path, 0);
    }
    snprintf(path, sizeof path, "%s/orgs.txt", dir);
    read_file(path, 1);
    snprintf(path, sizeof path, "%s/orgs/*.txt", dir);
    glob_t g;
    if (glob(path, 0, NULL, &g) == 0) {
        for (size_t i = 0; i < g.gl_pathc; i++)
            read_file(g.gl_pathv[i], 1);
        globfree(&g);
    }
    snprintf(path, sizeof path, "%s/en/roles.txt", dir);
    read_file(path, 2);
    snprintf(path, sizeof path, "%s/de/roles.txt", dir);
    read_file(path, 2);
}

static bool is_role(const char *s)
{
    for (size_t i = 0; i < T.nroles; i++)
        if (!strncmp(T.roles[i], s, 3))
            return true;
    return false;
}

/* Is S (upper case) a known code? */
static bool known_code(const char *s)
{
    size_t n = strlen(s);
    if (!is_code(s, n))
        return false;
    for (size_t i = 0; i < T.n; i++) {
        const char *c = T.v[i].code;
        size_t cl = strlen(c);
        if (n == 3 && !strncmp(c, s, 3))
            return true; /* a country, or IGO/NGO: all of them */
        if (cl > n || strncmp(c, s, cl))
            continue;
        /* the rest: role codes */
        size_t k = cl;
        while (k + 3 <= n && is_role(s + k))
            k += 3;
        if (k == n)
            return true;
    }
    return false;
}

/* Edit distance (with transpositions), case-insensitive, capped at 3. */
static int distance(const char *a, const char *b)
{
    size_t n = strlen(a), m = strlen(b);
    if (n > 40 || m > 40 || (n > m ? n - m : m - n) > 2)
        return 3;
    int d[41][41];
    for (size_t i = 0; i <= n; i++)
        d[i][0] = (int)i;
    for (size_t j = 0; j <= m; j++)
        d[0][j] = (int)j;
    for (size_t i = 1; i <= n; i++)
        for (size_t j = 1; j <= m; j++) {
            int c = tolower((unsigned char)a[i - 1]) != tolower((unsigned char)b[j - 1]);
            int v = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < v)
                v = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + c < v)
                v = d[i - 1][j - 1] + c;
            if (i > 1 && j > 1 && tolower((unsigned char)a[i - 1]) == tolower((unsigned char)b[j - 2]) &&
                tolower((unsigned char)a[i - 2]) == tolower((unsigned char)b[j - 1]) &&
                d[i - 2][j - 2] + 1 < v)
                v = d[i - 2][j - 2] + 1;
            d[i][j] = v;
        }
    return d[n][m] > 3 ? 3 : d[n][m];
}

bool cli_actor(const cli_cmd *c, const char *what, const char *arg, char *out, size_t cap)
{
    load();
    if (known_code(arg)) {
        snprintf(out, cap, "%s", arg);
        return true;
    }
    /* a name, case-insensitive */
    for (size_t i = 0; i < T.n; i++)
        if (T.v[i].name && !strcasecmp(T.v[i].name, arg)) {
            snprintf(out, cap, "%s", T.v[i].code);
            return true;
        }
    /* close matches: the code in capitals, codes one edit away, names two
     * edits away */
    char sugg[3][24];
    size_t ns = 0;
    char up[24] = "";
    size_t al = strlen(arg);
    if (al < sizeof up) {
        for (size_t i = 0; i <= al; i++)
            up[i] = (char)toupper((unsigned char)arg[i]);
        if (known_code(up))
            snprintf(sugg[ns++], sizeof sugg[0], "%s", up);
    }
    /* "ind": IND is surely meant; no further guesses.  Else names that
     * begin with ARG ("Korea": KOR, PRK), then codes one edit away and
     * names two edits away */
    for (int tier = 0; tier < 3 && ns == 0; tier++)
        for (size_t i = 0; i < T.n && ns < 3; i++) {
            const actor_name *a = &T.v[i];
            bool hit;
            if (tier == 0)
                hit = a->name && al >= 3 && strlen(a->name) > al && !strncasecmp(a->name, arg, al) &&
                      !isalnum((unsigned char)a->name[al]);
            else if (tier == 1)
                hit = !a->name && distance(a->code, up[0] ? up : arg) == 1;
            else
                hit = a->name && al > 3 && distance(a->name, arg) <= 2;
            if (!hit)
                continue;
            bool seen = false;
            for (size_t k = 0; k < ns && !seen; k++)
                seen = !strcmp(sugg[k], a->code);
            if (!seen)
                snprintf(sugg[ns++], sizeof sugg[0], "%s", a->code);
        }
    if (ns == 0) {
        cli_usage_error(c, "unknown actor '%.40s' for %s: give a code (CHN, CHNGOV, IGOUNO) or a name (China)",
                        arg, what);
    } else {
        char list[96];
        snprintf(list, sizeof list, "%s%s%s%s%s", sugg[0], ns > 1 ? (ns > 2 ? ", " : " or ") : "",
                 ns > 1 ? sugg[1] : "", ns > 2 ? " or " : "", ns > 2 ? sugg[2] : "");
        cli_usage_error(c, "unknown actor '%.40s' for %s: did you mean %s?", arg, what, list);
    }
    return false;
}

bool cli_role(const cli_cmd *c, const char *arg)
{
    load();
    if (strlen(arg) == 3 && is_role(arg))
        return true;
    char up[4] = "";
    if (strlen(arg) == 3) {
        for (int i = 0; i < 4; i++)
            up[i] = (char)toupper((unsigned char)arg[i]);
        if (is_role(up)) {
            cli_usage_error(c, "unknown role '%s': did you mean %s?", arg, up);
            return false;
        }
    }
    cli_usage_error(c, "unknown role '%.40s': roles are codes such as GOV, MIL, OPP, REB", arg);
    return false;
}
