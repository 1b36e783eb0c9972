/* options.c: the option parser (options.h). */
#include "cli.h"
#include "base/date.h"
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void cli_init(cli_parser *p, const cli_cmd *c, int argc, char **argv)
{
    memset(p, 0, sizeof *p);
    p->cmd = c;
    p->argc = argc;
    p->argv = argv;
    p->i = 1;
}

int cli_usage_error(const cli_cmd *c, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fprintf(stderr, "dyad %s: ", c->name);
    vfprintf(stderr, fmt, ap);
    fprintf(stderr, "\nsee 'dyad %s --help'\n", c->name);
    va_end(ap);
    return EXIT_USAGE;
}

/* "usage: dyad NAME [OPTIONS] OPERANDS" */
static void usage_line(const cli_cmd *c, FILE *out)
{
    fprintf(out, "usage: dyad %s", c->name);
    if (c->subs)
        fputs(" SUBCOMMAND", out);
    if (c->opts && c->opts[0].name)
        fputs(" [OPTIONS]", out);
    if (c->operands && *c->operands)
        fprintf(out, " %s", c->operands);
    fputc('\n', out);
}

int cli_usage_short(const cli_cmd *c)
{
    usage_line(c, stderr);
    fprintf(stderr, "see 'dyad %s --help'\n", c->name);
    return EXIT_USAGE;
}

const cli_cmd *cli_sub(const cli_cmd *c, const char *name)
{
    for (const cli_cmd *const *s = c->subs; s && *s; s++) {
        const char *sp = strrchr((*s)->name, ' ');
        if (!strcmp(sp ? sp + 1 : (*s)->name, name))
            return *s;
    }
    return NULL;
}

/* Writes TEXT indented by IND, wrapped at 79 columns, the first line
 * starting at column AT. */
static void wrap(FILE *out, const char *text, int ind, int at)
{
    while (*text) {
        size_t n = strcspn(text, " ");
        if (at > ind && at + 1 + (int)n > 79) {
            fprintf(out, "\n%*s", ind, "");
            at = ind;
        } else if (at > ind) {
            fputc(' ', out);
            at++;
        }
        fwrite(text, 1, n, out);
        at += (int)n;
        text += n;
        while (*text == ' ')
            text++;
    }
    fputc('\n', out);
}

void cli_help(const cli_cmd *c, FILE *out)
{
    usage_line(c, out);
    fputc('\n', out);
    wrap(out, c->summary, 0, 0);
    if (c->about) {
        fputc('\n', out);
        wrap(out, c->about, 0, 0);
    }
    if (c->subs) {
        fputs("\nsubcommands:\n", out);
        for (const cli_cmd *const *s = c->subs; *s; s++)
            fprintf(out, "  %-16s  %s\n", (*s)->name, (*s)->summary);
    }
    fputs("\noptions:\n", out);
    for (const cli_opt *o = c->opts; o && o->name; o++) {
        char head[64];
        int n = snprintf(head, sizeof head, "  %s%s%s%s%s", o->name, o->arg ? " " : "",
                         o->arg ? o->arg : "", o->kind == CLI_PAIR ? " " : "",
                         o->kind == CLI_PAIR ? o->arg : "");
        fputs(head, out);
        int at = n;
        if (at > 26) {
            fprintf(out, "\n%*s", 28, "");
            at = 28;
        } else {
            fprintf(out, "%*s", 28 - at, "");
            at = 28;
        }
        char help[512];
        if (o->dflt)
            snprintf(help, sizeof help, "%s (default: %s)", o->help, o->dflt);
        else
            snprintf(help, sizeof help, "%s", o->help);
        wrap(out, help, 28, at);
    }
    fprintf(out, "  %-26s%s\n", "-h, --help", "print this help");
    if (c->example) {
        fputs("\nexample:\n", out);
        for (const char *e = c->example; *e;) {
            size_t n = strcspn(e, "\n");
            fprintf(out, "  %.*s\n", (int)n, e);
            e += n;
            if (*e)
                e++;
        }
    }
}

/* "jsonl, tsv or gdelt" from "jsonl|tsv|gdelt" */
static void say_choices(char *out, size_t cap, const char *choices)
{
    size_t at = 0;
    out[0] = 0;
    while (*choices && at < cap) {
        size_t n = strcspn(choices, "|");
        const char *sep = !at ? "" : choices[n] ? ", " : " or ";
        at += (size_t)snprintf(out + at, cap - at, "%s%.*s", sep, (int)n, choices);
        choices += n;
        if (*choices)
            choices++;
    }
}

/* The index of V among CHOICES, or -1. */
static int choice_index(const char *choices, const char *v)
{
    for (int k = 0; *choices; k++) {
        size_t n = strcspn(choices, "|");
        if (strlen(v) == n && !strncmp(choices, v, n))
            return k;
        choices += n;
        if (*choices)
            choices++;
    }
    return -1;
}

/* Checks P->val against the option's kind; false after reporting. */
static bool check_value(cli_parser *p)
{
    const cli_opt *o = p->opt;
    const char *v = p->val;
    if (o->kind == CLI_CHOICE) {
        int k = choice_index(o->arg, v);
        if (k < 0) {
            char say[256];
            say_choices(say, sizeof say, o->arg);
            cli_usage_error(p->cmd, "%s takes %s, not '%.32s'", o->name, say, v);
            return false;
        }
        p->num = k;
    } else if (o->kind == CLI_NUM) {
        char *end;
        errno = 0;
        long long n = strtoll(v, &end, 10);
        if (errno || end == v || *end || n < o->lo || n > o->hi) {
            if (o->hi == 0x7fffffffffffffffLL)
                cli_usage_error(p->cmd, "%s takes a number of at least %lld%s%s%s", o->name, o->lo,
                                o->why ? " (" : "", o->why ? o->why : "", o->why ? ")" : "");
            else
                cli_usage_error(p->cmd, "%s takes a number from %lld to %lld%s%s%s", o->name, o->lo,
                                o->hi, o->why ? " (" : "", o->why ? o->why : "", o->why ? ")" : "");
            return false;
        }
        p->num = n;
    } else if (o->kind == CLI_DATE) {
        if (dy_date_parse(v, 1, 9999, DY_DATE_LAX_DAY) < 0) {
            cli_usage_error(p->cmd, "%s takes a date YYYY-MM-DD, not '%.32s'", o->name, v);
            return false;
        }
    }
    return true;
}

int cli_next(cli_parser *p)
{
    const cli_opt *opts = p->cmd->opts;
    /* the defaults first, through the same checks */
    while (opts && opts[p->next_default].name) {
        const cli_opt *o = &opts[p->next_default++];
        if (!o->dflt)
            continue;
        p->opt = o;
        p->val = o->dflt;
        p->val2 = NULL;
        if (!check_value(p))
            return CLI_ERROR;
        return o->id;
    }
    p->opt = NULL;
    p->val = p->val2 = NULL;
    if (p->i >= p->argc)
        return CLI_DONE;
    const char *a = p->argv[p->i++];
    if (p->operands_only || a[0] != '-' || !a[1]) {
        p->val = a;
        return CLI_ARG;
    }
    if (!strcmp(a, "--")) {
        p->operands_only = true;
        return cli_next(p);
    }
    if (!strcmp(a, "--help") || !strcmp(a, "-h")) {
        cli_help(p->cmd, stdout);
        return CLI_HELP;
    }
    for (const cli_opt *o = opts; o && o->name; o++) {
        if (strcmp(o->name, a))
            continue;
        p->opt = o;
        if (o->kind == CLI_FLAG)
            return o->id;
        int need = o->kind == CLI_PAIR ? 2 : 1;
        if (p->i + need > p->argc) {
            if (need == 2)
                cli_usage_error(p->cmd, "option '%s' needs two values", a);
            else
                cli_usage_error(p->cmd, "option '%s' needs a value", a);
            return CLI_ERROR;
        }
        p->val = p->argv[p->i++];
        if (need == 2)
            p->val2 = p->argv[p->i++];
        if (!check_value(p))
            return CLI_ERROR;
        return o->id;
    }
    cli_usage_error(p->cmd, "unknown option '%s'", a);
    return CLI_ERROR;
}
