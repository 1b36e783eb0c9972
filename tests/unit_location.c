/* unit_location: the location stage (src/coder/location.c) through the
 * public API: dy_event.location for a locative, a dateline, a statement
 * about a place, and no place.  The sentences are written for this test. */
#include "check.h"
#include "dyad.h"
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

static const dy_dict *D;

/* dy_store_query's callback: the first event's location country */
static int take_country(void *ctx, const dy_stored_event *e)
{
    snprintf(ctx, 4, "%s", e->location.country);
    return 1;
}

/* The location of the first event of TEXT with code CODE (NULL: none). */
static dy_location first_location(const char *lang, const char *text, const char *code,
                                  int *found)
{
    dy_location l;
    memset(&l, 0, sizeof l);
    *found = 0;
    dy_article a = {.id = "t", .date = "2024-03-05", .lang = lang, .text = text,
                    .text_len = strlen(text)};
    dy_error err;
    dy_result *r = dy_code(D, &a, NULL, &err);
    for (size_t i = 0; r && i < dy_result_count(r); i++) {
        const dy_event *e = dy_result_event(r, i);
        if (!strcmp(e->code, code)) {
            l = e->location;
            *found = 1;
            break;
        }
    }
    dy_result_free(r);
    return l;
}

int main(int argc, char **argv)
{
    dy_error err;
    dy_dict *d = dy_dict_load(argc > 1 ? argv[1] : "dict", &err);
    CHECK(d != NULL);
    if (!d)
        return CHECK_DONE("unit_location");
    D = d;
    int found;

    /* a locative of the clause: a German city with its declension */
    dy_location l = first_location("de", "Außenministerin Annalena Baerbock traf am Montag in Warschau "
                                         "den polnischen Außenminister.", "040", &found);
    CHECK(found);
    CHECK(l.level == DY_LOC_CITY);
    CHECK_STR(l.country, "POL");
    CHECK_STR(l.place, "Warsaw");
    CHECK_STR(l.rule, "locative");
    CHECK(l.geonames_id == 756135);
    CHECK(l.lat > 52 && l.lat < 53 && l.lon > 20 && l.lon < 22);

    /* a dateline: the statement is made where the reporter is */
    l = first_location("de", "WARSCHAU (dpa) - Die polnische Regierung kritisierte am Montag "
                             "Russland scharf.", "111", &found);
    CHECK(found);
    CHECK_STR(l.country, "POL");
    CHECK_STR(l.rule, "dateline");

    /* the place a statement is about is not its location: "the government
     * in Moscow" describes the target */
    l = first_location("de", "Die Bundesregierung kritisierte am Montag die Regierung in Moskau "
                             "scharf.", "111", &found);
    CHECK(found);
    CHECK(l.level == DY_LOC_NONE);
    CHECK(l.rule == NULL && l.place == NULL);

    /* no place word and no dateline: no location */
    l = first_location("en", "The German government sharply criticised Russia on Monday.", "111",
                       &found);
    CHECK(found);
    CHECK(l.level == DY_LOC_NONE);
    CHECK_STR(dy_loc_level_name(DY_LOC_REGION), "region");

    /* the store keeps the location; a query with no_location leaves it out */
    char db[] = "/tmp/unit_location.XXXXXX";
    int fd = mkstemp(db);
    CHECK(fd >= 0);
    if (fd >= 0) {
        close(fd);
        dy_store *st = dy_store_open(db, &err);
        CHECK(st != NULL);
        const char *text = "Außenministerin Annalena Baerbock traf am Montag in Warschau "
                           "den polnischen Außenminister.";
        dy_article a = {.id = "w", .date = "2024-03-05", .lang = "de", .text = text,
                        .text_len = strlen(text)};
        dy_result *r = st ? dy_code(d, &a, NULL, &err) : NULL;
        CHECK(r != NULL);
        if (r && dy_store_begin(st, &err) == 0) {
            CHECK(dy_store_put(st, &a, r, 0, &err) == 0);
            CHECK(dy_store_commit(st, &err) == 0);
            char got[4] = "?";
            dy_query q = {0};
            q.source = "DEU";
            q.target = "POL";
            CHECK(dy_store_query(st, &q, take_country, got, &err) == 0);
            CHECK_STR(got, "POL");
            q.no_location = 1;
            snprintf(got, sizeof got, "?");
            CHECK(dy_store_query(st, &q, take_country, got, &err) == 0);
            CHECK_STR(got, "");
        }
        dy_result_free(r);
        dy_store_close(st);
        unlink(db);
        char side[sizeof db + 8];
        snprintf(side, sizeof side, "%s-wal", db);
        unlink(side);
        snprintf(side, sizeof side, "%s-shm", db);
        unlink(side);
    }
    dy_dict_free(d);
    return CHECK_DONE("unit_location");
}
