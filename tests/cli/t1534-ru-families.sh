#!/bin/sh
# t1534-ru-families: Russian event families by CAMEO code, on sentences
# written for this test: summoning an envoy (114), lifting restrictions
# (085), taking control (192), recognition (054) beside admission (015),
# moving troops (074), executions, storming, prisoners as civilians, and
# the self-proclaimed republics of the Donbas.
. tests/cli/test-lib.sh

# code SENTENCE: the events of SENTENCE as "SOURCE TARGET CODE MOOD" lines in $T/ev
code() { code_events ru 2023-06-01 "$1"; }
# has SENTENCE "SOURCE TARGET CODE": coded with that event (mood fact)
has() {
    code "$1"
    check "ru-families: '$1' gives $2" sh -c "test $rc -eq 0 && grep -qx '$2 fact' '$T/ev'"
}
hasnt() {
    code "$1"
    check "ru-families: '$1' does not give $2" sh -c "test $rc -eq 0 && ! grep -q '^$2' '$T/ev'"
}

# summoning an envoy is a protest (114); "вызвал критику" is none
has "МИД Литвы вызвал посла Белоруссии." "LTUGOV BLRGOV 114"
has "Министерство иностранных дел Чехии вызвало временного поверенного России." "CZEGOV RUSGOV 114"
hasnt "Решение Чехии вызвало критику Словакии." "CZEGOV SVKGOV 114"
# lifting restrictions and sanctions (085)
has "Казахстан отменил ограничения на ввоз товаров из Киргизии." "KAZGOV KGZGOV 085"
# taking control (192)
has "Повстанцы Мали взяли под контроль правительственные здания в Бамако." "MLIREB MLIGOV 192"
# recognition (054) beside admission (015)
has "Никарагуа признала независимость Абхазии и Косово." "NICGOV KSVGOV 054"
has "Венгрия признала суверенитет Косово." "HUNGOV KSVGOV 054"
has "Румыния официально признала правительство Молдавии." "ROUGOV MDAGOV 054"
# moving troops into a country (074)
has "Россия перебросила войска в Таджикистан." "RUSGOV TJKGOV 074"
# executions and storming
has "Сирийские боевики расстреляли мирных жителей Сирии." "SYRREB SYRCVL 1823"
has "Иракская армия штурмовала позиции боевиков Ирака." "IRQMIL IRQREB 190"
# prisoners are civilians
has "Египет освободил палестинских заключенных." "EGYGOV PSECVL 0841"
# the self-proclaimed republics are an armed group of Ukraine
has "Россия признала независимость Луганской народной республики." "RUSGOV UKRREB 054"
# a state of emergency with no one named is imposed at home
has "Грузия ввела военное положение." "GEOGOV GEOCVL 1724"
has "Власти Эквадора объявили чрезвычайное положение." "ECUGOV ECUCVL 1724"
# support verbs: оказать помощь, ответить санкциями
has "Китай оказал Камбодже военную помощь." "CHNGOV KHMGOV 072"
# nouns: dialogue, asylum, tear gas, suspension, combat readiness, a prisoner swap
has "Турция и Греция начали двусторонний диалог." "TURGOV GRCGOV 040"
has "Эквадор предоставил политическое убежище президенту Перу." "ECUGOV PERGOV 075"
has "Полиция Сербии применила слезоточивый газ против демонстрантов." "SRBCOP SRBCVL 175"
has "Финляндия и Швеция провели обмен заключенными." "FINGOV SWEGOV 0841"
# patterns: a protest lodged, an envoy told to leave, release and ceasefire appeals
has "Замминистра иностранных дел Латвии заявил послу Белоруссии протест." "LVAGOV BLRGOV 114"
has "Правительство Нигера потребовало от посла Франции покинуть страну." "NERGOV FRAGOV 174"
has "Германия потребовала освободить немецкого журналиста." "DEUGOV DEUMED 1053"
has "Китай призвал Индию и Пакистан прекратить огонь." "CHNGOV INDGOV 0256"
has "Министр иностранных дел Кубы потребовал от США снять блокаду." "CUBGOV USAGOV 1054"
has "Израиль выпустил палестинских заключенных." "ISRGOV PSECVL 0841"
has "Литва закрыла воздушное пространство для белорусских самолетов." "LTUGOV BLRGOV 163"
has "Иран назвал обвинения Израиля беспочвенными." "IRNGOV ISRGOV 016"
# a ban (1721): its object is the target, not an event noun of its own
has "Власти Белоруссии запретили митинги оппозиции." "BLRGOV BLROPP 1721"
code "Москва запретила американским дипломатам поездки по стране."
check "ru-families: a ban on trips is no visit (042)" sh -c "! grep -q ' 042 ' '$T/ev' && grep -q '^RUSGOV USAGOV 1721' '$T/ev'"
# "в Кремле заявили": an impersonal verb of saying after an opening "в"
# phrase that names an actor has that actor as its subject
has "В Кремле назвали решение Польши провокацией." "RUSGOV POLGOV 111"
has "В МИД Японии осудили Китай." "JPNGOV CHNGOV 111"
has "В Пекине отвергли обвинения Вашингтона." "CHNGOV USAGOV 016"
# … not a deed done there by someone unnamed
hasnt "В Грузии арестовали бывшего президента Армении." "GEOGOV ARM"
# removal from office (172)
has "Военные Нигера свергли президента Нигера." "NERMIL NERGOV 172"
has "МИД Литвы вызвал посла Белоруссии во вторник." "LTUGOV BLRGOV 114"
has "Парламент Перу отстранил президента Перу от власти." "PERLEG PERGOV 172"
# armed groups by their Russian names, in every case
has "Израиль нанес удары по позициям Хезболлы." "ISRGOV LBNREB 190"
has "Хуситы атаковали Саудовскую Аравию." "YEMREB SAUGOV 190"
has "Турция обвинила РПК в нападении." "TURGOV TURREB 1123"
# offers, joining, sieges, evacuations
has "Армия Судана окружила позиции повстанцев Судана." "SDNMIL SDNREB 191"
has "Турция присоединилась к Евросоюзу." "TURGOV IGOEUREEC 057"
code "Китай предложил Пакистану помощь."
check "ru-families: предложить: an offer (03x)" grep -q "^CHNGOV PAKGOV 03" "$T/ev"
has "Правительство Эфиопии обвинило НФОТ в нападении." "ETHGOV ETHREB 1123"
# утвердить соглашение: the agreement (057), not the meeting it was made at
code "На встрече в Минске представители Армении, России и ОБСЕ утвердили соглашение, обязывающее Ереван вывести войска."
check "ru-families: 'утвердили соглашение' gives the agreement among its signatories (057)" grep -q "^ARMGOV RUSGOV 057 fact" "$T/ev"
check "ru-families: … not with the troops of the next clause as its source" sh -c "! grep -q '^ARMMIL' '$T/ev'"
# утверждать is "to claim": a speech verb
has "Азербайджан утверждает, что Армения атаковала Азербайджан." "ARMGOV AZEGOV 190"
# joint drills and patrols with adjectives inside (062, both ways)
has "Индийские и японские военные провели совместные военно-морские учения." "INDMIL JPNMIL 062"
has "Индийские и японские военные провели совместные военно-морские учения." "JPNMIL INDMIL 062"
# people by their Russian names, in every case
code "Полиция Грузии задержала Михаила Саакашвили."
check "ru-families: Саакашвили (genitive) is known" grep -q "^GEOCOP GEO" "$T/ev"
code "Джавад Зариф осудил Израиль."
check "ru-families: Джавад Зариф is Iran's" grep -q "^IRN[A-Z]* ISRGOV 111" "$T/ev"
code "Коитиро Гэмба осудил Китай."
check "ru-families: Коитиро Гэмба is Japan's" grep -q "^JPN[A-Z]* CHNGOV 111" "$T/ev"
# the speaker of a parliament is the legislature's
has "Спикер парламента Грузии осудил правительство Грузии." "GEOLEG GEOGOV 111"
# writing off debts (071)
has "Россия списала Кубе долги." "RUSGOV CUBGOV 071"
# "осудила эскалацию": the escalation is the last event
has "Россия нанесла удар по Украине. Франция осудила эскалацию." "FRAGOV RUSGOV 111"
# a protest voiced to an envoy (114), not a street protest (14x)
has "МИД Японии выразил протест послу России." "JPNGOV RUSGOV 114"
# destroying property (1712): снести (h-frru2)
has "Израильская армия снесла дома палестинцев." "ISRMIL PSECVL 1712"
# cooperation, invitation, ending agreements (h-frru2)
has "Путин пригласил Зеленского в Москву." "RUSGOV UKRGOV 036"
has "Россия расторгла соглашение с Украиной." "RUSGOV UKRGOV 160"
code "Россия и Китай будут сотрудничать в космосе."
check "ru-families: сотрудничать (future): an intent to cooperate" sh -c "test $rc -eq 0 && grep -qx 'RUSGOV CHNGOV 030 intent' '$T/ev'"
test_done
