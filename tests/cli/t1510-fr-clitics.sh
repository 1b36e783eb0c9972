#!/bin/sh
# t1510-fr-clitics: French object clitics (le, la, l', les before a verb;
# lui, leur) are the verb's object and take the actor named before as their
# referent, never the clause's own subject; the article before a noun stays
# an article.  Sentences invented for this test.
. tests/cli/test-lib.sh

code() { code_events fr 2023-06-01 "$1"; }
has() {
    code "$1"
    check "fr-clitics: '$1' gives $2" sh -c "test $rc -eq 0 && grep -qx '$2 fact' '$T/ev'"
}
hasnt() {
    code "$1"
    check "fr-clitics: '$1' does not give $2" sh -c "test $rc -eq 0 && ! grep -q '$2' '$T/ev'"
}

# lui, leur: the indirect object before the auxiliary
has "Le Gabon a fermé sa frontière. Le Cameroun lui a demandé de la rouvrir." "CMRGOV GABGOV 020"
has "Le Ghana et le Togo ont fermé leurs ports. Le Bénin leur a imposé des sanctions." "BENGOV GHAGOV 163"
has "Le Ghana et le Togo ont fermé leurs ports. Le Bénin leur a imposé des sanctions." "BENGOV TGOGOV 163"
# les before a finite verb: a pair
has "Le Ghana et le Togo ont fermé leurs ports. Le Bénin les accuse de blocus." "BENGOV TGOGOV 112"
# la before a finite verb
has "Le Cameroun a fermé sa frontière. Le Tchad la condamne." "TCDGOV CMRGOV 111"
# never the clause's own subject
hasnt "Le Bénin a fermé sa frontière. Le Bénin lui a demandé de la rouvrir." "BENGOV BENGOV"
# a coordinated verb after its clitic shares the subject before
has "Le Gabon a fermé sa frontière. Le Cameroun a accusé le Gabon et lui a demandé de la rouvrir." "CMRGOV GABGOV 020"
# the referent is the actor an earlier verb of the sentence took
has "Le Gabon a fermé sa frontière. Le Tchad a convoqué l'ambassadeur du Cameroun et lui a demandé des explications." "TCDGOV CMRGOV 020"
# an article before a noun that a finite verb follows is no clitic
hasnt "Le Tchad a accusé le Niger et la menace a grandi." "130"
# the article before a noun is no clitic
has "Le Gabon a expulsé les diplomates du Cameroun." "GABGOV CMRGOV 174"
test_done
