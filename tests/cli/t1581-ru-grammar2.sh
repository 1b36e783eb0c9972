#!/bin/sh
# t1581-ru-grammar2: Russian grammar of roles (issue 15), rule by rule, on
# sentences written for this test: switches of src/lang/ru/ru_rules.c and
# the morphology of src/lang/ru/ru.c that decide who acts on whom.
. tests/cli/test-lib.sh

# code SENTENCE: the events of SENTENCE as "SOURCE TARGET CODE MOOD" lines in $T/ev
code() { code_events ru 2023-06-01 "$1"; }
# has SENTENCE "SOURCE TARGET CODE" [MOOD]: coded with that event
has() {
    code "$1"
    check "ru-grammar2: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
# hasnt SENTENCE "SOURCE TARGET CODE": coded, but not with that event
hasnt() {
    code "$1"
    check "ru-grammar2: '$1' does not give $2" sh -c "test $rc -eq 0 && ! grep -q '^$2 ' '$T/ev'"
}

# RF_REACTION_CHAIN: violence that names no target goes on against the
# target of the same side's last violence (one campaign)
has "Армия Турции атаковала курдских повстанцев в Ираке. Позже армия Турции обстреляла десятки целей." "TURMIL IRQREB 194"

# отказаться is a verb of refusal, not a negation: what is refused is coded
# by the patterns of rejection (125 a meeting, 1243 a release); declining
# to comment is no event
has "Президент Литвы отказался встретиться с премьер-министром Венгрии." "LTUGOV HUNGOV 125"
has "Власти Ирана отказываются освободить граждан Франции." "IRNGOV FRACVL 1243"
hasnt "Власти Ирана отказываются освободить граждан Франции." "IRNGOV FRACVL 064"
hasnt "Канцлер Австрии отказался комментировать заявление Чехии." "AUTGOV CZEGOV 120"

# an event noun in the object of a verb of reaction (осудить, приветствовать,
# отвергнуть) is what is reacted to: the clause subject is not its doer
# (src/coder/nouns.c); a noun with its own doer keeps it
has "Болгария осудила блокаду Молдавии." "BGRGOV MDAGOV 111"
hasnt "Болгария осудила блокаду Молдавии." "BGRGOV MDAGOV 191"
hasnt "Эстония приветствовала бойкот Латвии." "ESTGOV LVAGOV 163"
has "Чехия осудила нападение Азербайджана на Армению." "AZEGOV ARMGOV 190"

# a role noun written in -а, -ы, -и (войска, силы, власти) may be a plural
# object or a genitive: it is no nominative-only form, so an indeclinable
# subject before the verb keeps its role (src/lang/ru/ru.c)
has "США атаковали войска Сирии." "USAGOV SYRMIL 190"
has "ОАЭ вывели войска из Йемена." "AREGOV YEMGOV 0874"
has "Власти ЮАР атаковали войска Лесото." "ZAFGOV LSOMIL 190"

# a passive with no agent: Russian has no agent preposition, so no bare
# phrase is the agent (src/coder/roles.c), and an arrest with no agent is
# the police's of the country (as "were detained")
has "Полиция Грузии разогнала митинг. Сорок человек были задержаны." "GEOCOP GEOCVL 173"
# the short participle is a passive by itself (ru_rules.c short_passive)
has "Полиция Армении разогнала митинг. Задержаны двадцать человек." "ARMCOP ARMCVL 173"

# an impersonal plural with no subject is a passive in meaning: its object
# suffered the arrest, by the police of the country ("в X задержали")
has "Полиция Армении разогнала митинг. В Ереване задержали пятнадцать человек." "ARMCOP ARMCVL 173"

# criticism of a deed of violence named with the bare genitive of whom it
# was done to ("осудил убийство X") is aimed at the deed's doer
has "Армия Эфиопии убила генерала Эритреи. МИД Кении осудил убийство генерала Эритреи." "KENGOV ETHMIL 111"
hasnt "Армия Эфиопии убила генерала Эритреи. МИД Кении осудил убийство генерала Эритреи." "KENGOV ERIMIL 111"

# guard: an indeclinable name after an impersonal plural is its object, the
# subject is the seat before it ("в X осудили США"); a rule that took a
# name in capitals after the verb as the subject broke this (dropped)
has "В Каире осудили ОАЭ." "EGYGOV AREGOV 111"

test_done
