#!/bin/sh
# t1648-fr-elision-mark: on sentences written for this test.  An elision
# mark in brackets, « (...) », "[...]", « (…) », ends no sentence
# (text.c ends_sentence, language-neutral): the quote and its speech frame
# stay one sentence, so the frame's speaker and its nominal events are
# read.
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2012-06-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev paren "«Nous avons pris (...) des mesures fermes», a déclaré le président sénégalais à l'issue d'un entretien avec le président gambien."
check "fr: (...) inside a quote ends no sentence: the frame's meeting (SEN 040 GMB)" has "SENGOV 040 GMBGOV fact"
ev bracket "«Nous avons pris [...] des mesures fermes», a déclaré le président sénégalais à l'issue d'un entretien avec le président gambien."
check "fr: [...] likewise (SEN 040 GMB)" has "SENGOV 040 GMBGOV fact"
ev ellipsis "«Nous avons pris (…) des mesures fermes», a déclaré le président sénégalais à l'issue d'un entretien avec le président gambien."
check "fr: (…) likewise (SEN 040 GMB)" has "SENGOV 040 GMBGOV fact"
ev end "Le Sénégal a critiqué la Gambie. Le Mali a salué le Niger."
check "fr: a plain period still ends the sentence (MLI 051 NER)" has "MLIGOV 051 NERGOV fact"
test_done
