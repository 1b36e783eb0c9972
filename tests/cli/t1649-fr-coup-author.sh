#!/bin/sh
# t1649-fr-coup-author: on sentences written for this test.  Criticism of
# a coup (172) that names no actor is aimed at the subject's own army when
# the sentence names it, else at its government when the subject is not
# the government (roles.c target_coup_author, language-neutral); the
# heads of assemblies the French LEG list lacked (président de
# l'Assemblée, présidente du Sénat …: dict/fr/roles.txt).
. tests/cli/test-lib.sh

ev() { code_events_scm fr 2023-03-01 "$2"; }
has() { grep -qx "$1" "$T/ev"; }

ev gov "Le président gabonais a dissous le Parlement. Le président de l'Assemblée gabonaise a dénoncé un coup d'État contre la Constitution."
check "fr: a coup with no actor: the subject's government (GABLEG 111 GABGOV)" has "GABLEG 111 GABGOV fact"
ev mil "L'opposition guinéenne a dénoncé un coup d'État après que l'armée guinéenne a encerclé le palais."
check "fr: the army the sentence names (GINOPP 111 GINMIL)" has "GINOPP 111 GINMIL fact"
ev named "L'opposition guinéenne a dénoncé un coup d'État de l'armée malienne."
check_not "fr: a coup with its own actor is left to the other rules" has "GINOPP 111 GINGOV fact"
ev self "Le gouvernement guinéen a dénoncé un coup d'État."
check_not "fr: the government is no target of its own criticism" grep -q "GINGOV 111 GINGOV" "$T/ev"
test_done
