#!/bin/sh
# t1539-fronted-place: a place that opens the clause before its comma is no
# list with the subject after the comma (src/coder/groups.c: "À Pékin, le
# président français a rencontré …", "In Beijing, the French president met
# …" had no subject); a list joined by a conjunction still is one.  On
# sentences written for this test.
. tests/cli/test-lib.sh

code() { code_events "$1" 2022-06-01 "$2"; }
has() {
    code "$1" "$2"
    check "fronted-place ($1): '$2' gives $3" sh -c "test $rc -eq 0 && grep -qx '$3 fact' '$T/ev'"
}

has fr "À Pékin, le président français a rencontré son homologue chinois." "FRAGOV CHNGOV 040"
has fr "En Algérie, le ministre tunisien a critiqué le Maroc." "TUNGOV MARGOV 111"
has en "In Beijing, the French president met his Chinese counterpart." "FRAGOV CHNGOV 040"
# a list after a preposition, with its conjunction, is still one phrase
has fr "Le Mali a critiqué la France, la Belgique et le Canada." "MLIGOV CANGOV 111"
# the place phrase after an event noun, then its genitive agent
has en "The visit to Moscow of the French foreign minister ended on Monday." "FRAGOV RUSGOV 042"
test_done
