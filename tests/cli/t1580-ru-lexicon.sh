#!/bin/sh
# t1580-ru-lexicon: the Russian lexicon for every CAMEO root (issue 15),
# family by family: verbs of both aspects, event nouns, support-verb
# phrases and patterns (dict/ru/verbs.txt, nouns.txt, patterns.txt,
# strong.txt), on sentences written for this test; and `dyad dict
# coverage` shows no Russian row below its floor.
. tests/cli/test-lib.sh

# code SENTENCE: the events of SENTENCE as "SOURCE TARGET CODE MOOD" lines in $T/ev
code() { code_events ru 2023-06-01 "$1"; }
# has SENTENCE "SOURCE TARGET CODE" [MOOD]: coded with that event
has() {
    code "$1"
    check "ru-lexicon: '$1' gives $2 ${3:-fact}" sh -c "test $rc -eq 0 && grep -qx '$2 ${3:-fact}' '$T/ev'"
}
# hasnt SENTENCE "SOURCE TARGET CODE": coded, but not with that event
hasnt() {
    code "$1"
    check "ru-lexicon: '$1' does not give $2" sh -c "test $rc -eq 0 && ! grep -q '^$2 ' '$T/ev'"
}

# 01 statements: pessimism and sympathy by the noun of выразить, agreement
has "Япония выразила разочарование решением Китая." "JPNGOV CHNGOV 012"
has "Финляндия выразила соболезнования Турции." "FINGOV TURGOV 018"
has "Словения разделяет позицию Хорватии." "SVNGOV HRVGOV 019"
hasnt "Россия выразила уверенность в том, что Китай поддержит ее." "RUSGOV CHNGOV 013"
# 02 appeals by their subject matter (both aspects)
has "Румыния призвала Молдавию к переговорам." "ROUGOV MDAGOV 026"
has "Болгария призывает Грецию к мирному урегулированию." "BGRGOV GRCGOV 027"
has "Польша призвала Германию к экономическому сотрудничеству." "POLGOV DEUGOV 0211"
has "Бельгия попросила Нидерланды о гуманитарной помощи." "BELGOV NLDGOV 0233"
# 03 promises
has "Китай пообещал Камбодже военную помощь." "CHNGOV KHMGOV 0332" intent
has "Китай пообещал Камбодже экономическое сотрудничество." "CHNGOV KHMGOV 0311" intent
has "Швейцария предложила Армении и Азербайджану свое посредничество." "CHEGOV ARMGOV 039" intent
# 04 consultation, travel, hosting, neutral venues, mediation, negotiation
has "Монголия проконсультировалась с Казахстаном." "MNGGOV KAZGOV 040"
has "Президент Чили вылетел в Аргентину." "CHLGOV ARGGOV 042"
has "Президент Бразилии прилетел в Уругвай." "BRAGOV URYGOV 042"
has "Президент Бразилии прилетит в Уругвай." "BRAGOV URYGOV 036" intent
has "Президент Египта принял в резиденции делегацию Иордании." "EGYGOV JORGOV 043"
has "Аргентина и Чили встретились на нейтральной территории." "ARGGOV CHLGOV 044"
has "Оман выступил посредником между Йеменом и Саудовской Аравией." "OMNGOV YEMGOV 045"
has "Марокко и Алжир сели за стол переговоров." "MARGOV DZAGOV 046"
has "Китай провел телефонную беседу с Бразилией." "CHNGOV BRAGOV 041"
hasnt "Президент Франции встретил сопротивление парламента Франции." "FRAGOV FRALEG 043"
# 05 diplomatic cooperation
has "Польша заступилась за Литву." "POLGOV LTUGOV 052"
has "Бутан установил дипломатические отношения с Непалом." "BTNGOV NPLGOV 054"
has "Сербия попросила прощения у Хорватии." "SRBGOV HRVGOV 055"
has "Кения и Уганда заключили мирный договор." "KENGOV UGAGOV 057"
# 06 material cooperation
has "Таиланд экстрадировал гражданина Камбоджи в Камбоджу." "THAGOV KHMGOV 063"
has "Италия поделилась разведданными с Францией." "ITAGOV FRAGOV 064"
# 07 aid by what is given
has "Германия поставила Украине танки." "DEUGOV UKRGOV 072"
has "Чехия доставила гуманитарный груз в Сирию." "CZEGOV SYRGOV 073"
has "Мальта разместила миротворцев в Ливане." "MLTGOV LBNGOV 074"
# 08 yielding
has "Правительство Непала пошло на уступки оппозиции Непала." "NPLGOV NPLOPP 080"
has "Индия объявила о прекращении огня с Пакистаном." "INDGOV PAKGOV 0871"
# 09 investigation
has "Полиция Кении расследует коррупцию в правительстве Кении." "KENCOP KENGOV 091"
# 10 demands
has "Оппозиция Грузии потребовала отставки правительства Грузии." "GEOOPP GEOGOV 1041"
has "Жители Перу добиваются досрочных выборов в Перу." "PERCVL PERGOV 1044"
has "Сербия потребовала от Хорватии выдать бывшего генерала." "SRBGOV HRVGOV 1013"
# 11 disapproval: accusations by their charge, verdicts
has "Ирак упрекнул Кувейт в нарушении договоренностей." "IRQGOV KWTGOV 112"
has "Нигерия обвинила Камерун в обстрелах." "NGAGOV CMRGOV 1123"
has "Китай обвинил Японию в военных преступлениях." "CHNGOV JPNGOV 1124"
has "Канада обвинила Иран в шпионаже." "CANGOV IRNGOV 1125"
has "Суд Украины вынес приговор гражданину России." "UKRJUD RUSGOV 116"
# 12 rejection
has "Сирия отвергла мирный план Турции." "SYRGOV TURGOV 127"
has "Литва отклонила приглашение Белоруссии." "LTUGOV BLRGOV 125"
has "Грузия отвергла предложение России о военном сотрудничестве." "GEOGOV RUSGOV 1212"
# 13 threats by what is threatened
has "Турция пригрозила Швеции санкциями." "TURGOV SWEGOV 1312"
has "Пакистан пригрозил Индии ядерным ударом." "PAKGOV INDGOV 1385"
has "Казахстан предъявил ультиматум Киргизии." "KAZGOV KGZGOV 139"
# 14 protest
has "Жители Армении митинговали против правительства Армении." "ARMCVL ARMGOV 141"
has "Рабочие Чили бастуют против правительства Чили." "CHLLAB CHLGOV 143"
has "Жители Армении забросали полицию Армении камнями." "ARMCVL ARMCOP 145"
# 15 force posture
has "Северная Корея запустила баллистическую ракету в сторону Японии." "PRKGOV JPNGOV 150"
# 16 reducing relations
has "Молдавия свернула сотрудничество с Россией." "MDAGOV RUSGOV 160"
has "Норвегия разорвала дипломатические отношения с Ираном." "NORGOV IRNGOV 161"
has "Германия прекратила военную помощь Турции." "DEUGOV TURGOV 1622"
has "Норвегия прервала переговоры с Исландией." "NORGOV ISLGOV 164"
has "Литва бойкотировала саммит Белоруссии." "LTUGOV BLRGOV 163"
# 17 coercion
has "Россия оказала давление на Армению." "RUSGOV ARMGOV 170"
has "Власти Венесуэлы национализировали имущество компании США." "VENGOV USABUS 1711"
has "Власти Перу ввели чрезвычайное положение." "PERGOV PERCVL 1724"
has "Полиция Грузии поместила под стражу оппозиционера Грузии." "GEOCOP GEOOPP 173"
has "Власти Латвии изгнали дипломатов России." "LVAGOV RUSGOV 174"
has "Полиция Кении применила водометы против демонстрантов." "KENCOP KENCVL 175"
# 18 assault
has "Боевики Сомали угнали судно Кении." "SOMREB KENGOV 181"
has "Солдаты Мьянмы избили жителей Мьянмы." "MMRMIL MMRCVL 182"
has "Боевики Нигерии совершили покушение на губернатора Нигерии." "NGAREB NGAGOV 185"
hasnt "Решение Польши подорвало доверие Литвы." "POLGOV LTUGOV 1831"
# 19 fighting
has "Армия Эфиопии заняла город в Эритрее." "ETHMIL ERIGOV 192"
has "Армия Судана открыла огонь по солдатам Южного Судана." "SDNMIL SSDMIL 193"
has "ВВС Израиля нанесли авиаудар по Сирии." "ISRMIL SYRGOV 195"
has "Судан нарушил перемирие с Южным Суданом." "SDNGOV SSDGOV 196"
# 20 mass violence
has "Армия Мьянмы истребила жителей деревни Мьянмы." "MMRMIL MMRCVL 202"
has "Армия Сирии применила химическое оружие против повстанцев Сирии." "SYRMIL SYRREB 2041"

# more families: stays abroad, allocations announced (a pledge), notes
# handed over, sanctions extended, regret with its object, complaints,
# wanted lists, readiness to talk, liberating a town (fighting, no release)
has "Президент Аргентины находится с визитом в Чили." "ARGGOV CHLGOV 042"
has "США объявили о выделении Польше пакета военной помощи." "USAGOV POLGOV 0332"
has "МИД Литвы вручил послу Белоруссии ноту протеста." "LTUGOV BLRGOV 114"
has "Евросоюз продлил санкции против Ирана." "IGOEUREEC IRNGOV 163"
has "Иран глубоко сожалеет о решении Израиля." "IRNGOV ISRGOV 012"
has "Германия пожаловалась на Польшу." "DEUGOV POLGOV 111"
has "Полиция Грузии объявила в розыск бывшего министра Грузии." "GEOCOP GEOGOV 173"
has "Египет заявил о готовности к переговорам с Эфиопией." "EGYGOV ETHGOV 036"
has "Армия Азербайджана освободила город от армии Армении." "AZEMIL ARMMIL 190"
hasnt "Армия Азербайджана освободила город от армии Армении." "AZEMIL ARMMIL 0841"

# criticism and shelling as the object of подвергнуть, a counter-offensive,
# asking for military help
has "Премьер Польши подверг критике правительство Венгрии." "POLGOV HUNGOV 111"
has "Армия Армении подвергла обстрелу позиции армии Азербайджана." "ARMMIL AZEMIL 194"
has "Армия Израиля начала контрнаступление на позиции Хезболлы." "ISRMIL LBNREB 190"
has "Повстанцы Мали обратились к Алжиру за военной помощью." "MLIREB DZAGOV 0232"

# an interview is no consultation: "в беседе с журналистами" gives no 040
has "Министр иностранных дел Франции в беседе с журналистами Италии осудил решение Польши." "FRAGOV POLGOV 111"
hasnt "Министр иностранных дел Франции в беседе с журналистами Италии осудил решение Польши." "FRAGOV ITAMED 040"

# ordinary text: a business deal, snow on the roads, a dismissal
hasnt "Компания из Китая заключила сделку с фирмой из Германии." "CHNGOV DEUGOV 057"
hasnt "Снег перекрыл дороги в горах Грузии." "GEOCVL GEOGOV 144"
has "Президент Узбекистана освободил от должности министра Таджикистана." "UZBGOV TJKGOV 172"

# the past of -йти verbs drops its е (src/lang/ru/ru.c): вышли, ушла, вошли
has "Жители Армении вышли на улицы против правительства Армении." "ARMCVL ARMGOV 141"
has "Оппозиция Грузии вышла на митинг против правительства Грузии." "GEOOPP GEOGOV 141"

# present forms the suffix rules miss (strong.txt): подозревает, продлевает,
# кается, настоит
has "Канада подозревает Иран в шпионаже." "CANGOV IRNGOV 1125"
has "Евросоюз продлевает санкции против Ирана." "IGOEUREEC IRNGOV 163"
has "Правительство Сербии публично кается перед Хорватией." "SRBGOV HRVGOV 055"

# announcing a dissolution is a removal (172), whatever nouns follow
has "Президент Перу объявил о роспуске парламента Перу и отставке министров Перу." "PERGOV PERLEG 172"
hasnt "Президент Перу объявил о роспуске парламента Перу и отставке министров Перу." "PERGOV PERLEG 1041"

# holding someone guilty, an aggressor, or something unacceptable (считать)
has "Правительство Великобритании считает Россию виновным в отравлении." "GBRGOV RUSGOV 1121"
has "Литва считает Белоруссию агрессором." "LTUGOV BLRGOV 1123"
has "Китай считает действия Японии неприемлемыми." "CHNGOV JPNGOV 111"

# exchanges hold both ways: prisoners (0841), views (040); rockets fired in
# any case form (выпустили ракеты, not only 'ракет')
has "Россия и Украина обменялись пленными." "UKRGOV RUSGOV 0841"
has "Министры Китая и Индии обменялись мнениями." "INDGOV CHNGOV 040"
has "Боевики ХАМАС выпустили ракеты по Израилю." "PSEREB ISRGOV 195"

# suspensions aimed at a country (в), stripping citizenship (172)
has "Россия приостановила поставки газа в Польшу." "RUSGOV POLGOV 160"
has "Власти Никарагуа лишили гражданства оппозиционеров Никарагуа." "NICGOV NICOPP 172"

# the past of -жечь (ru.c): сожгла, подожгли
has "Армия Мьянмы сожгла дома жителей Мьянмы." "MMRMIL MMRCVL 1712"
has "Демонстранты Кении подожгли здание парламента Кении." "KENCVL KENLEG 1712"

# протестовать (140) and опротестовать (a formal protest, 114) are two verbs
has "Жители Армении протестовали против правительства Армении." "ARMCVL ARMGOV 140"
has "МИД Латвии опротестовал решение Белоруссии." "LVAGOV BLRGOV 114"

# hosting a visitor named right after принять (043), not accepting a
# proposal; an offer to mediate (039); air defence systems handed over (072)
has "Президент Египта принял министра иностранных дел Катара." "EGYGOV QATGOV 043"
hasnt "Президент Египта принял предложение министра иностранных дел Катара." "EGYGOV QATGOV 043"
has "Турция готова выступить посредником между Россией и Украиной." "TURGOV RUSGOV 039" intent
has "Германия передала Польше системы ПВО." "DEUGOV POLGOV 072"

# declaring an organisation extremist or undesirable bans it (1722); the
# stem in a content clause after признал does not reach it
has "Власти России признали нежелательной организацию из США." "RUSGOV USAGOV 1722"
hasnt "Президент России признал, что террористическая угроза со стороны Украины растет." "RUSGOV UKRGOV 1722"

# gratitude (051) and bewilderment (110) expressed; an attack repelled is
# fighting by the noun атака (190), and отражать alone codes nothing
has "Президент Сербии выразил благодарность Китаю." "SRBGOV CHNGOV 051"
has "МИД Польши выразил недоумение действиями Венгрии." "POLGOV HUNGOV 110"
has "Армия Армении отразила атаку армии Азербайджана." "ARMMIL AZEMIL 190"
hasnt "Заявление Франции отражает позицию Евросоюза." "FRAGOV IGOEUREEC 190"

# a demand rejected is no demand of the one who rejects it (требование is a
# state noun); a rejected offer of mediation is 126, not the bare 120
has "Сербия отклонила требование Хорватии о выдаче генерала." "SRBGOV HRVGOV 1213"
hasnt "Сербия отклонила требование Хорватии о выдаче генерала." "SRBGOV HRVGOV 100"
has "Венесуэла отвергла предложение Бразилии о посредничестве." "VENGOV BRAGOV 126"

# отмести (strong.txt: отмел): a rejection (120), accusations denied (016)
has "Турция отмела предложение Греции." "TURGOV GRCGOV 120"
has "Израиль отмел обвинения Ирана." "ISRGOV IRNGOV 016"

# an ultimatum or blackmail ignored or condemned is not the condemner's own
# (state nouns: they code only with a support verb)
hasnt "Сербия проигнорировала ультиматум Хорватии." "SRBGOV HRVGOV 139"
hasnt "Сербия осудила шантаж Хорватии." "SRBGOV HRVGOV 130"
has "Казахстан выдвинул Киргизии ультиматум." "KAZGOV KGZGOV 139"

# tariffs lifted or asked to be lifted (0254, 085); strikes asked to stop (0256)
has "Китай призвал США отменить пошлины." "CHNGOV USAGOV 0254"
has "США отменили пошлины на товары из Мексики." "USAGOV MEXGOV 085"
has "Турция призвала Израиль прекратить удары по Ливану." "TURGOV ISRGOV 0256"

# troops withdrawn (0874) or sent in (192), positions abandoned (0874)
has "Франция вывела войска из Мали." "FRAGOV MLIGOV 0874"
has "Россия ввела войска в Грузию." "RUSGOV GEOGOV 192"
has "Армия Азербайджана покинула позиции в Армении." "AZEMIL ARMGOV 0874"

# an entry ban on foreigners (163); recognising a government (054), but not
# an admission that a government does something
has "Латвия запретила въезд гражданам России." "LVAGOV RUSCVL 163"
has "Индия признала правительство Бангладеш." "INDGOV BGDGOV 054"
hasnt "Индия признала, что правительство Бангладеш ведет переговоры с Китаем." "INDGOV BGDGOV 054"

# cooperation widened or strengthened (050, as an intent 030); talks offered (036)
has "Китай намерен расширить сотрудничество с Бразилией." "CHNGOV BRAGOV 030" intent
has "Китай и Бразилия укрепили сотрудничество." "BRAGOV CHNGOV 050"
has "Россия и Индия развивают военное сотрудничество." "INDGOV RUSGOV 062"
has "Глава МИД Турции предложил России и Украине провести переговоры в Стамбуле." "TURGOV UKRGOV 036" intent

# an exchange of fire (190, both ways); a duty that enters into force is no
# verb of its own ("вступили в силу пошлины": the noun codes, 163)
has "Армия Индии и армия Пакистана обменялись огнем." "PAKMIL INDMIL 190"

# every code has its Russian triggers (or a stated reason): no LOW-ru row
run "$DYAD" dict coverage
expect_status "ru-lexicon: dict coverage runs" 0
check "ru-lexicon: coverage shows the Russian columns" grep -q 'ru_verbs' "$T/out"
check_not "ru-lexicon: no code below its Russian floor" grep -q 'LOW-ru' "$T/out"
test_done
