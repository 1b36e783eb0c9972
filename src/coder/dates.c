/* dates.c: Dates: the day a clause speaks of ("am Freitag", "yesterday"). */
#include "coder/stages.h"
#include <string.h>
#include <stdlib.h>

static int days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
        return 29;
    return d[m - 1];
}

static int32_t add_days(int32_t date, int n)
{
    int y = date / 10000, m = date / 100 % 100, d = date % 100;
    while (n > 0) {
        if (++d > days_in_month(y, m)) {
            d = 1;
            if (++m > 12) {
                m = 1;
                y++;
            }
        }
        n--;
    }
    while (n < 0) {
        if (--d < 1) {
            if (--m < 1) {
                m = 12;
                y--;
            }
            d = days_in_month(y, m);
        }
        n++;
    }
    return y * 10000 + m * 100 + d;
}

static int weekday(int32_t date) /* 0 = Monday */
{
    int y = date / 10000, m = date / 100 % 100, d = date % 100;
    static const int t[] = {0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4};
    if (m < 3)
        y -= 1;
    int w = (y + y / 4 - y / 100 + y / 400 + t[m - 1] + d) % 7; /* 0 = Sunday */
    return (w + 6) % 7;
}

/* The date a clause speaks of: "am Freitag" (forward for intents, back for
 * deeds), "gestern", "nächste Woche". */
int32_t clause_date(cctx *c, const clause *k)
{
    bool future = k->mood == DY_MOOD_INTENT;
    for (uint32_t i = k->a; i < k->b; i++) {
        uint32_t fw = fwc(c, i);
        if (fw & FW_WEEKDAY) {
            int w = c->fwval[i], today = weekday(c->date);
            int delta = future ? (w - today + 7) % 7 : -((today - w + 7) % 7);
            if (future && delta == 0)
                delta = 0;
            return add_days(c->date, delta);
        }
        if (fw & FW_DATEREL)
            return add_days(c->date, c->fwval[i]);
        if ((fw & (FW_NEXT | FW_LAST)) && i + 1 < k->b && (fwc(c, i + 1) & FW_WEEK))
            return add_days(c->date, (fw & FW_NEXT) ? 7 : -7);
    }
    return c->date;
}
