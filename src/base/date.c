/* date.c: the one date module (date.h). */
#include "base/date.h"
#include <stdio.h>
#include <string.h>

bool dy_leap_year(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int dy_month_days(long y, int m)
{
    static const int md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && dy_leap_year(y) ? 29 : md[m - 1];
}

static bool digits(const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9')
            return false;
    return true;
}

static int num(const char *s, size_t n)
{
    int v = 0;
    for (size_t i = 0; i < n; i++)
        v = v * 10 + (s[i] - '0');
    return v;
}

bool dy_date_split(const char *s, int *y, int *m, int *d)
{
    if (!s || strlen(s) != 10 || s[4] != '-' || s[7] != '-' || !digits(s, 4) ||
        !digits(s + 5, 2) || !digits(s + 8, 2))
        return false;
    *y = num(s, 4);
    *m = num(s + 5, 2);
    *d = num(s + 8, 2);
    return true;
}

static int32_t check(int y, int m, int d, int lo, int hi, int flags)
{
    if (y < lo || y > hi || m < 1 || m > 12 || d < 1)
        return -1;
    if (d > ((flags & DY_DATE_LAX_DAY) ? 31 : dy_month_days(y, m)))
        return -1;
    return (int32_t)y * 10000 + m * 100 + d;
}

int32_t dy_date_parse(const char *s, int lo, int hi, int flags)
{
    int y, m, d;
    if (!dy_date_split(s, &y, &m, &d))
        return -1;
    return check(y, m, d, lo, hi, flags);
}

int32_t dy_date_parse_compact(const char *s, size_t n, bool yy_ok, int lo, int hi)
{
    if (!s || !(n == 8 || (yy_ok && n == 6)) || !digits(s, n))
        return -1;
    int y;
    if (n == 6) {
        y = num(s, 2);
        y += y < 30 ? 2000 : 1900;
    } else {
        y = num(s, 4);
    }
    return check(y, num(s + n - 4, 2), num(s + n - 2, 2), lo, hi, DY_DATE_REAL);
}

long dy_day_number(long y, int m, int d)
{
    static const int before[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    long p = y - 1;
    long n = p * 365 + p / 4 - p / 100 + p / 400 + before[m - 1] + d - 1;
    if (m > 2 && dy_leap_year(y))
        n++;
    return n;
}

void dy_day_civil(long n, long *y, int *m, int *d)
{
    long yy = n / 366 + 1; /* never past the true year */
    while (dy_day_number(yy + 1, 1, 1) <= n)
        yy++;
    long r = n - dy_day_number(yy, 1, 1);
    int mm = 1;
    while (r >= dy_month_days(yy, mm)) {
        r -= dy_month_days(yy, mm);
        mm++;
    }
    *y = yy;
    *m = mm;
    *d = (int)r + 1;
}

void dy_date_format(int32_t ymd, char out[11])
{
    unsigned v = ymd < 0 ? 0u : (unsigned)ymd;
    static const int at[8] = {9, 8, 6, 5, 3, 2, 1, 0};
    for (int i = 0; i < 8; i++, v /= 10)
        out[at[i]] = (char)('0' + v % 10);
    out[4] = out[7] = '-';
    out[10] = 0;
}
