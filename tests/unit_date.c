/* Unit tests: the date module (src/base/date.h). */
#include "check.h"
#include "base/date.h"

int main(void)
{
    int y, m, d;
    /* the shape YYYY-MM-DD, nothing else */
    CHECK(dy_date_split("2022-05-10", &y, &m, &d) && y == 2022 && m == 5 && d == 10);
    CHECK(!dy_date_split(NULL, &y, &m, &d));
    CHECK(!dy_date_split("2022-5-10", &y, &m, &d));
    CHECK(!dy_date_split("2022-05-10 ", &y, &m, &d));
    CHECK(!dy_date_split("2022/05/10", &y, &m, &d));
    CHECK(!dy_date_split("+022-05-10", &y, &m, &d));
    CHECK(!dy_date_split(" 2022-5-10", &y, &m, &d));
    CHECK(!dy_date_split("20220510", &y, &m, &d));

    /* real days: leap years by the Gregorian rule */
    CHECK(dy_date_parse("2022-05-10", 1800, 2200, DY_DATE_REAL) == 20220510);
    CHECK(dy_date_parse("2024-02-29", 1800, 2200, DY_DATE_REAL) == 20240229);
    CHECK(dy_date_parse("2000-02-29", 1800, 2200, DY_DATE_REAL) == 20000229);
    CHECK(dy_date_parse("1900-02-29", 1800, 2200, DY_DATE_REAL) < 0);
    CHECK(dy_date_parse("2023-02-29", 1800, 2200, DY_DATE_REAL) < 0);
    CHECK(dy_date_parse("2021-04-31", 1800, 2200, DY_DATE_REAL) < 0);
    CHECK(dy_date_parse("2021-12-31", 1800, 2200, DY_DATE_REAL) == 20211231);
    CHECK(dy_date_parse("2021-13-01", 1800, 2200, DY_DATE_REAL) < 0);
    CHECK(dy_date_parse("2021-00-01", 1800, 2200, DY_DATE_REAL) < 0);
    CHECK(dy_date_parse("2021-01-00", 1800, 2200, DY_DATE_REAL) < 0);
    /* the year range */
    CHECK(dy_date_parse("1799-12-31", 1800, 2200, DY_DATE_REAL) < 0);
    CHECK(dy_date_parse("2200-12-31", 1800, 2200, DY_DATE_REAL) == 22001231);
    CHECK(dy_date_parse("2201-01-01", 1800, 2200, DY_DATE_REAL) < 0);
    CHECK(dy_date_parse("0001-01-01", 1, 9999, DY_DATE_REAL) == 10101);
    CHECK(dy_date_parse("0000-01-01", 1, 9999, DY_DATE_REAL) < 0);
    /* lax days: any day up to 31 */
    CHECK(dy_date_parse("2021-02-30", 1, 9999, DY_DATE_LAX_DAY) == 20210230);
    CHECK(dy_date_parse("2021-02-32", 1, 9999, DY_DATE_LAX_DAY) < 0);
    CHECK(dy_date_parse("2021-13-30", 1, 9999, DY_DATE_LAX_DAY) < 0);

    /* compact forms */
    CHECK(dy_date_parse_compact("19950101", 8, false, 1800, 2199) == 19950101);
    CHECK(dy_date_parse_compact("950101", 6, true, 1800, 2199) == 19950101);
    CHECK(dy_date_parse_compact("070201", 6, true, 1800, 2199) == 20070201);
    CHECK(dy_date_parse_compact("290101", 6, true, 1800, 2199) == 20290101);
    CHECK(dy_date_parse_compact("300101", 6, true, 1800, 2199) == 19300101);
    CHECK(dy_date_parse_compact("950101", 6, false, 1800, 2199) < 0);
    CHECK(dy_date_parse_compact("19950230", 8, false, 1800, 2199) < 0);
    CHECK(dy_date_parse_compact("1995010a", 8, false, 1800, 2199) < 0);
    CHECK(dy_date_parse_compact("1995-1-1", 8, false, 1800, 2199) < 0);

    /* day numbers: 0001-01-01 is day 0, a Monday; round trips */
    CHECK(dy_day_number(1, 1, 1) == 0);
    CHECK(dy_day_number(2022, 5, 9) % 7 == 0);   /* a Monday */
    CHECK(dy_day_number(2022, 5, 10) % 7 == 1);
    CHECK(dy_day_number(2024, 3, 1) - dy_day_number(2024, 2, 28) == 2);
    CHECK(dy_day_number(2023, 3, 1) - dy_day_number(2023, 2, 28) == 1);
    CHECK(dy_day_number(1970, 1, 1) == 719162);
    bool round = true;
    for (long n = 0; n < 3700000; n += 97) {
        long yy;
        int mm, dd;
        dy_day_civil(n, &yy, &mm, &dd);
        if (dy_day_number(yy, mm, dd) != n || mm < 1 || mm > 12 || dd < 1 ||
            dd > dy_month_days(yy, mm))
            round = false;
    }
    CHECK(round);
    long yy;
    dy_day_civil(dy_day_number(2000, 2, 29), &yy, &m, &d);
    CHECK(yy == 2000 && m == 2 && d == 29);

    char buf[11];
    dy_date_format(20220510, buf);
    CHECK_STR(buf, "2022-05-10");
    dy_date_format(10101, buf);
    CHECK_STR(buf, "0001-01-01");
    return CHECK_DONE("unit_date");
}
