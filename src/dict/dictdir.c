/* dictdir.c: where dyad's own dictionaries are found when no directory is
 * given (dy_dict_find, include/dyad.h).  DY_DICT_DIR, the installed place
 * (PREFIX/share/dyad/dict), comes from the Makefile. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "base/internal.h"
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#ifndef DY_DICT_DIR
#define DY_DICT_DIR "/usr/local/share/dyad/dict"
#endif

/* Whether DIR holds cameo.txt, the file every dictionary directory has. */
static bool has_dict(const char *dir)
{
    char path[4096];
    int n = snprintf(path, sizeof path, "%s/cameo.txt", dir);
    return n > 0 && (size_t)n < sizeof path && access(path, R_OK) == 0;
}

const char *dy_dict_find(char *buf, size_t cap)
{
    const char *env = getenv("DYAD_DICT");
    if (env)
        return env;
    if (has_dict("dict"))
        return "dict";
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
    char *slash = n > 0 ? (exe[n] = 0, strrchr(exe, '/')) : NULL;
    if (slash && cap > 0) {
        *slash = 0;
        /* an installed tree (wherever it was copied) */
        int k = snprintf(buf, cap, "%s/../share/dyad/dict", exe);
        if (k > 0 && (size_t)k < cap && has_dict(buf)) {
            /* named without the "bin/.." in messages and rule fields */
            char *real = realpath(buf, NULL);
            if (real && strlen(real) < cap)
                strcpy(buf, real);
            free(real);
            return buf;
        }
        /* a build tree; also what the error names if nothing is found */
        k = snprintf(buf, cap, "%s/dict", exe);
        if (k <= 0 || (size_t)k >= cap)
            slash = NULL;
        else if (has_dict(buf))
            return buf;
    }
    if (has_dict(DY_DICT_DIR))
        return DY_DICT_DIR;
    return slash && cap > 0 ? buf : "dict";
}
