/* date.h: the one date module (calendar dates, proleptic Gregorian).  Every
 * part of dyad that reads or counts dates goes through it: story dates
 * (dy_code), dictionary office dates, query and relations ranges, the
 * store's merge window, the output writers.  A date is either the text
 * "YYYY-MM-DD", the number yyyymmdd (int32_t, 20220510) or a day number
 * (days since 0001-01-01, a Monday, so that day 0 starts an ISO week).
 * Not installed. */
#ifndef DY_DATE_H
#define DY_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

bool dy_leap_year(long y);
/* Days in month M (1-12) of year Y. */
int dy_month_days(long y, int m);

/* Splits "YYYY-MM-DD" (exactly ten characters: four digits, '-', two
 * digits, '-', two digits) into its numbers, without checking them;
 * false when S (NULL allowed) has another shape. */
bool dy_date_split(const char *s, int *y, int *m, int *d);

enum {
    DY_DATE_REAL = 0,   /* the day must exist in its month (no 2021-02-30) */
    DY_DATE_LAX_DAY = 1 /* any day from 1 to 31 (query bounds, people.txt) */
};
/* Parses "YYYY-MM-DD" with its year from LO to HI and its month from 1 to
 * 12; FLAGS say how the day is checked.  Returns yyyymmdd, or -1. */
int32_t dy_date_parse(const char *s, int lo, int hi, int flags);

/* Parses the compact forms "YYYYMMDD" (N is 8) and, with YY_OK, "YYMMDD"
 * (N is 6; years before 30 are 20xx, the others 19xx), a real date with
 * its year from LO to HI.  Returns yyyymmdd, or -1. */
int32_t dy_date_parse_compact(const char *s, size_t n, bool yy_ok, int lo, int hi);

/* Day numbers: days since 0001-01-01 of Y-M-D, and back. */
long dy_day_number(long y, int m, int d);
void dy_day_civil(long n, long *y, int *m, int *d);

/* Writes yyyymmdd as "YYYY-MM-DD" (OUT holds 11 bytes). */
void dy_date_format(int32_t ymd, char out[11]);

#endif
