#!/bin/sh
# t1782-en-past-year: on sentences written for this test.  English: a
# clause of fact dated by "in" and a year before the story's is history,
# not coded (emit.c past_year with RF_YEAR_AFTER_IN); a bare year modifies
# a noun ("the 2015 deal"), "since 2008" is a span, and "signed in 2015"
# dates a phrase, not the deed.
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }

ev rel "Chile, which in 2009 fought a short war with Peru, protested on Monday."
check_not "en: which in 2009 fought: history" grep -q "^CHLGOV 19" "$T/ev"
ev front "In 2017, Chile seized a Peruvian fishing boat."
check_not "en: In 2017, … seized: history" grep -q "^CHL.* 17" "$T/ev"
ev after "Chile annexed the island of Tenerife in 2016."
check_not "en: annexed … in 2016: history" grep -q "^CHL.* 19" "$T/ev"
ev attr "Chile withdrew on Monday from the 2015 fishing accord with Peru."
check "en: the 2015 accord: the withdrawal stands (CHLGOV 16… PERGOV)" grep -q "^CHLGOV 16[0-9]* PERGOV" "$T/ev"
ev since "Chilean troops have occupied parts of Peru since 2016."
check "en: since 2016: a span, coded (CHLMIL 19… PER)" grep -q "^CHLMIL 19" "$T/ev"
ev signed "Chile withdrew on Monday from the fishing accord signed in 2015 with Peru."
check "en: signed in 2015: the withdrawal stands" grep -q "^CHLGOV 16[0-9]* PERGOV" "$T/ev"
test_done
