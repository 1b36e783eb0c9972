#!/bin/sh
# t1532-ru-grammar: Russian morphology and grammar (src/lang/ru/), on
# sentences written for this test: names, roles and countries in every
# case (generated from the nominative), verbs of both aspects and -ся
# verbs, roles by case rather than by word order, negation with не,
# бы-conditionals and reported speech.
. tests/cli/test-lib.sh

# code SENTENCE: the events of SENTENCE as "SOURCE TARGET CODE MOOD" lines in $T/ev
code() { code_events ru 2023-06-01 "$1"; }
# has SENTENCE "SOURCE TARGET CODE": coded with that event (mood fact)
has() {
    code "$1"
    check "ru-grammar: '$1' gives $2" sh -c "test $rc -eq 0 && grep -qx '$2 fact' '$T/ev'"
}

# case forms of names, countries and roles, generated from the nominative
has "Лавров пригрозил Китаю." "RUSGOV CHNGOV 130"
has "Китай осудил Сергея Лаврова." "CHNGOV RUSGOV 111"
has "Си Цзиньпин встретился с Лавровым." "CHNGOV RUSGOV 040"
has "Министр иностранных дел Польши осудил Россию." "POLGOV RUSGOV 111"
# Украина, Аргентина: -ина is no feminine surname (Украины, not Украиной)
has "Министр Украины осудил Японию." "UKRGOV JPNGOV 111"
has "Министры Польши и Украины встретились с Лавровым." "UKRGOV RUSGOV 040"
# an adjective and its noun agree in every case; only a person's surname in
# -ская declines alone ("Российская Федерация" → "Российской Федерации")
has "Президент Российской Федерации осудил Японию." "RUSGOV JPNGOV 111"
has "Министр Саудовской Аравии осудил Японию." "SAUGOV JPNGOV 111"
has "Китай осудил Зеленского." "CHNGOV UKRGOV 111"
# a vowel that drops (Египет:Египт in dict/ru/countries.txt)
has "Министр Египта осудил Японию." "EGYGOV JPNGOV 111"
has "Германия раскритиковала российского министра." "DEUGOV RUSGOV 111"
has "Посол США встретился с министром обороны Японии." "USAGOV JPNGOV 040"
has "Генсек ООН осудил удары по Киеву." "IGOUNO UKRGOV 111"
has "Кремль обвинил Вашингтон." "RUSGOV USAGOV 112"
# both aspects, -ся verbs, present and past
has "Турция осуждает Израиль." "TURGOV ISRGOV 111"
has "Франция поддерживает Украину." "FRAGOV UKRGOV 051"
has "Путин встречается с Эрдоганом." "RUSGOV TURGOV 040"
has "Захарова встретилась с послом Японии." "RUSGOV JPNGOV 040"
has "Иран угрожает Израилю." "IRNGOV ISRGOV 130"
# a naming is criticism unless its words praise (dict/ru/patterns.txt)
has "Япония назвала решение Москвы провокацией." "JPNGOV RUSGOV 111"
has "Глава МИД Афганистана назвал решение Москвы смелым шагом." "AFGGOV RUSGOV 051"
# roles by case, not word order: the object first, the subject after the verb
has "Лаврову позвонил Си Цзиньпин." "CHNGOV RUSGOV 041"
has "Японию раскритиковала Россия." "RUSGOV JPNGOV 111"
has "Поддержку Мадуро выразила Турция." "TURGOV VENGOV 051"
code "Лаврову позвонил Си Цзиньпин."
check "ru-grammar: the dative before the verb is not the source" sh -c "! grep -q '^RUSGOV CHNGOV' '$T/ev'"
# negation, conditionals, reported speech
# explain SENTENCE: dyad explain's trace in $T/ex
explain() {
    printf '%s\n' "$1" > "$T/in.txt"
    "$DYAD" explain --lang ru --date 2023-06-01 "$T/in.txt" > "$T/ex" 2>&1
}
explain "Китай не осудил Россию."
check "ru-grammar: не: the condemnation is negated and not coded" sh -c \
    "grep -q \"predicate 'осуждать/осудить' 111 .* mood=negated subject=CHNGOV\" '$T/ex' && ! grep -q EVENT '$T/ex'"
explain "Россия осудила бы Японию."
check "ru-grammar: бы: a hypothesis, not coded as a fact" sh -c \
    "grep -q \"predicate 'осуждать/осудить' 111 .* mood=hypothetical\" '$T/ex' && ! grep -q 'EVENT.*mood=fact' '$T/ex'"
code "Россия намерена ввести санкции против Японии."
check "ru-grammar: намерена + infinitive: an intent to sanction (1312)" grep -qx 'RUSGOV JPNGOV 1312 intent' "$T/ev"
has "По словам Лаврова, Россия осудила Японию." "RUSGOV JPNGOV 111"
has "Как сообщил Песков, Россия осудила Японию." "RUSGOV JPNGOV 111"
test_done
