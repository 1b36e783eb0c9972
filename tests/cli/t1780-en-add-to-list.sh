#!/bin/sh
# t1780-en-add-to-list: on sentences written for this test.  "added X to a
# list" is no speech verb with X as the subject of its content
# (clauses.c speech_content_starts: an actor followed by a preposition is
# the verb's object unless an auxiliary follows); adding an actor to a
# sanctions or terror list is a sanction (dict/en/patterns.txt, 163).
. tests/cli/test-lib.sh

ev() { code_events_scm en 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev black "The Canadian government has added a Belgian arms maker to its sanctions blacklist, barring the firm from selling parts to Canadian companies."
check "en: added to a blacklist: a sanction (CANGOV 163 BEL…)" grep -q "^CANGOV 163 BEL" "$T/ev"
check_not "en: the added actor is no speaker's content subject" grep -q "^BEL" "$T/ev"
ev terror "The Australian government added the Chilean gang to its list of terrorist organizations."
check "en: added to a terror list (AUSGOV 163 CHL…)" grep -q "^AUSGOV 163 CHL" "$T/ev"
ev aux "The Australian minister said Chile in a statement would expel Peru's ambassador."
check "en: an auxiliary after the phrase: still content (CHL… 174 PER…)" grep -q "^CHL.* 174 PER" "$T/ev"
ev that "The Australian minister added that Chile had expelled Peru's ambassador."
check "en: added that: speech (CHL… PER…)" grep -q "^CHL.* PER" "$T/ev"
test_done
