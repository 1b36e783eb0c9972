#!/bin/sh
# t1853-en-consult-family: on sentences written for this test.  English
# cooperation verbs beyond the common ones: appeals (nudge, prod), consult
# (huddle with), host (play host to), mediate (intercede with), negotiate
# (thrash out) and agreements (clinch, finalize: as verbs they also keep
# their agreement noun out of a hoped-for clause) (dict/en/verbs.txt); an
# infinitive after a noun of intent (readiness, willingness, intention to
# talk) is an intent, not the deed (mood.c).  Travel: jet (off) to, stop
# over in (042), the red carpet for (043), a courtesy call on (042);
# exchanged views (040, patterns); A and B declared a ceasefire (0871, %);
# turned to X for help / weapons (023, 0232).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2024-03-05 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev nudge "The American president nudged Israel to accept the ceasefire."
check "en: nudged (USAGOV 020 ISRGOV)" has "USAGOV 020 ISRGOV fact"
ev huddle "The Saudi foreign minister huddled with his Iranian counterpart in Beijing."
check "en: huddled with (SAUGOV 040 IRNGOV)" has "SAUGOV 040 IRNGOV fact"
ev host "Qatar played host to the Afghan foreign minister."
check "en: played host to (QATGOV 043 AFGGOV)" has "QATGOV 043 AFGGOV fact"
ev inter "Turkey interceded with Moscow on behalf of the detained sailors."
check "en: interceded with (TURGOV 045 RUSGOV)" has "TURGOV 045 RUSGOV fact"
ev clinch "Japan clinched a defence agreement with the Philippines."
check "en: clinched (JPNGOV 057 PHLGOV)" has "JPNGOV 057 PHLGOV fact"
ev final "Japan hopes to finalize a defence pact with the Philippines."
check_not "en: hopes to finalize: the pact is no fact (no 057)" grep -q " 057 .* fact" "$T/ev"
ev thrash "Greek and Turkish negotiators thrashed out a compromise in Athens."
check "en: thrashed out (GRCGOV 046 TURGOV)" has "GRCGOV 046 TURGOV fact"
ev ready "Seoul expressed readiness to talk with Pyongyang."
check "en: readiness to talk: an intent (KORGOV 036 PRKGOV)" has "KORGOV 036 PRKGOV intent"
check_not "en: readiness to talk: no talks as fact" grep -q " 040 .* fact" "$T/ev"
ev will "Pyongyang signalled its willingness to negotiate with Washington."
check "en: willingness to negotiate: an intent (PRKGOV 036 USAGOV)" has "PRKGOV 036 USAGOV intent"
ev intn "Japan expressed its intention to visit China."
check "en: intention to visit: an intent (JPNGOV 036 CHNGOV)" has "JPNGOV 036 CHNGOV intent"
ev jet "The Indian prime minister jetted off to Moscow."
check "en: jetted off to (INDGOV 042 RUSGOV)" has "INDGOV 042 RUSGOV fact"
ev stop "The American secretary of state stopped over in Tokyo."
check "en: stopped over in (USAGOV 042 JPNGOV)" has "USAGOV 042 JPNGOV fact"
ev carpet "The Saudi crown prince rolled out the red carpet for the Chinese president."
check "en: the red carpet for (SAUGOV 043 CHNGOV)" has "SAUGOV 043 CHNGOV fact"
ev views "The Russian and Iranian foreign ministers exchanged views on the crisis in Sudan."
check "en: A and B exchanged views (RUSGOV 040 IRNGOV)" has "RUSGOV 040 IRNGOV fact"
check_not "en: exchanged views: no prisoner exchange (0841)" grep -q " 0841 " "$T/ev"
ev views2 "Russia exchanged views with Iran on Sudan."
check "en: A exchanged views with B (RUSGOV 040 IRNGOV)" has "RUSGOV 040 IRNGOV fact"
ev courtesy "The Japanese premier paid a courtesy call on the Indian president."
check "en: a courtesy call on (JPNGOV 042 INDGOV)" has "JPNGOV 042 INDGOV fact"
ev truce "India and Pakistan declared a ceasefire along the Line of Control."
check "en: A and B declared a ceasefire (INDGOV 0871 PAKGOV)" has "INDGOV 0871 PAKGOV fact"
check "en: … both ways (PAKGOV 0871 INDGOV)" has "PAKGOV 0871 INDGOV fact"
ev turnw "Armenia turned to France for weapons."
check "en: turned to … for weapons (ARMGOV 0232 FRAGOV)" has "ARMGOV 0232 FRAGOV fact"
ev turnh "Sri Lanka turned to China for help."
check "en: turned to … for help (LKAGOV 023 CHNGOV)" has "LKAGOV 023 CHNGOV fact"
ev turnc "The conversation turned to Russia."
check_not "en: a conversation turning to Russia is no appeal" grep -q " 02[0-9]* " "$T/ev"
ev neg "Japan has not yet finalized a defence agreement with the Philippines."
check_not "en: negated: no 057" grep -q " 057 .* fact" "$T/ev"
test_done
