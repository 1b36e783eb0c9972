/* input.c: small helpers of the CLI's commands (the article readers are
 * libdyad's, src/input/input.c). */
#include "cli.h"
#include <errno.h>
#include <stdlib.h>

const char *cli_store_name(const char *target)
{
    static char name[512];
    dy_store_target_name(name, sizeof name, target);
    return name;
}

bool cli_parse_long(const char *s, long lo, long hi, long *out)
{
    char *end;
    errno = 0;
    long v = strtol(s, &end, 10);
    if (errno || *end || end == s || v < lo || v > hi)
        return false;
    *out = v;
    return true;
}

