#!/bin/sh
# t0701-date.sh: the date module (src/base/date.h), through its unit test
# and through the commands that read dates.
. tests/cli/test-lib.sh

if need_file "unit_date" "$BUILD/tests/unit_date"; then
    check "unit_date: the date module's checks" "$BUILD/tests/unit_date"
fi

# a story date must be a real day (dy_code)
printf 'Die Bundesregierung kritisierte am Montag Russland scharf.\n' > "$T/a.txt"
run "$DYAD" code --lang de --date 2023-02-29 "$T/a.txt"
expect_status "code: 2023-02-29 is no day, the article is skipped" 1
check "code: the bad date is named" grep -q "invalid date '2023-02-29'" "$T/err"
run "$DYAD" code --lang de --date 2024-02-29 "$T/a.txt"
expect_status "code: 2024-02-29 is a day" 0
# query bounds: the shape is checked, any day up to 31 is taken
run "$DYAD" query --db "$T/none.db" --from 2021-1-01
expect_status "query --from 2021-1-01 exits 64" 64
run "$DYAD" query --db "$T/none.db" --to 2021-02-31
expect_status "query --to 2021-02-31 passes the check (then: no such store)" 2
test_done
