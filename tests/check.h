/* check.h: a tiny test harness.  Each failed CHECK prints file:line and the
 * expression; the summary line is "N passed, N failed". */
#ifndef CHECK_H
#define CHECK_H
#include <stdio.h>
#include <string.h>
static int t_pass, t_fail;
#define CHECK(cond) do { if (cond) t_pass++; else { t_fail++; \
    fprintf(stderr, "%s:%d: FAIL: %s\n", __FILE__, __LINE__, #cond); } } while (0)
#define CHECK_STR(a, b) do { const char *a_ = (a), *b_ = (b); \
    if (a_ && b_ && !strcmp(a_, b_)) t_pass++; else { t_fail++; \
    fprintf(stderr, "%s:%d: FAIL: '%s' != '%s'\n", __FILE__, __LINE__, a_ ? a_ : "(null)", b_ ? b_ : "(null)"); } } while (0)
#define CHECK_DONE(name) (printf("%s: %d passed, %d failed\n", name, t_pass, t_fail), t_fail ? 1 : 0)
#endif
