#!/bin/sh
# t0989-en-core: general English grammar of the coder on invented sentences.
. tests/cli/test-lib.sh

# 1. An agentless passive of an act of the state's forces (arrest) is done by
#    the forces of the country it happened in, when the clause names it
#    ("in Canada", "in Minsk"), not by those of the person's country; a
#    noun's attribute ("the invasion of Ukraine") names no such place.
cat > "$T/a.jsonl" <<'TXT'
{"id":"p1","date":"2021-05-10","lang":"en","text":"A Chinese businessman was arrested in Canada on Monday."}
{"id":"p2","date":"2021-05-10","lang":"en","text":"Two Russian reporters were detained yesterday in Minsk."}
{"id":"p3","date":"2021-05-10","lang":"en","text":"Dozens of Russian students were detained at protests against the war in Ukraine."}
TXT
run "$DYAD" code "$T/a.jsonl"
expect_status "passive place: the articles code" 0
check "arrested in Canada: the Canadian police" \
    grep -q '"doc":"p1".*"source":"CANCOP","target":"CHNBUS".*"code":"173"' "$T/out"
check "detained in Minsk: the Belarusian police" \
    grep -q '"doc":"p2".*"source":"BLRCOP","target":"RUSMED".*"code":"173"' "$T/out"
check "a noun's attribute names no place of the arrest" \
    sh -c "! grep -q '\"doc\":\"p3\".*\"source\":\"UKRCOP\"' '$T/out'"

# 2. A plural object pronoun after an event of the same sentence with several
#    targets takes up all of them, not only the last.
cat > "$T/b.jsonl" <<'TXT'
{"id":"q1","date":"2021-05-10","lang":"en","text":"The French president phoned his German and Italian counterparts on Friday and urged them to act."}
TXT
run "$DYAD" code "$T/b.jsonl"
expect_status "them: the article codes" 0
check "urged them: the first of the two" \
    grep -q '"doc":"q1".*"source":"FRAGOV","target":"DEUGOV".*"code":"020"' "$T/out"
check "urged them: the second of the two" \
    grep -q '"doc":"q1".*"source":"FRAGOV","target":"ITAGOV".*"code":"020"' "$T/out"

# 3. The headline's event told again in the body in other words is one
#    event: the same code between the same two countries, other roles.
cat > "$T/c.jsonl" <<'TXT'
{"id":"h1","date":"2021-05-10","lang":"en","text":"Canada expels two Chinese diplomats\n\nThe Canadian government has expelled two Chinese nationals over spying, officials said on Monday."}
TXT
run "$DYAD" code "$T/c.jsonl"
expect_status "restated headline: the article codes" 0
check "restated headline: the headline's expulsion" \
    grep -q '"doc":"h1".*"source":"CANGOV","target":"CHNGOV".*"code":"174"' "$T/out"
check "restated headline: not again with other roles" \
    sh -c "! grep -q '\"target\":\"CHNCVL\"' '$T/out'"

# 4. "the two countries" after a coordinated pair of countries in its own
#    sentence is that pair, not the pair of the last event.
cat > "$T/d.jsonl" <<'TXT'
{"id":"t1","date":"2020-08-20","lang":"en","text":"Russia met Cuba on Monday. Peru and Chile have quarrelled over fishing, but the two countries agreed on Thursday to hold talks."}
TXT
run "$DYAD" code "$T/d.jsonl"
expect_status "two countries: the article codes" 0
check "two countries: the pair of the sentence" \
    grep -q '"doc":"t1".*"source":"PERGOV","target":"CHLGOV".*"code":"036"' "$T/out"
check "two countries: not the pair of the last event" \
    sh -c "! grep -q '\"code\":\"036\".*\"target\":\"CUBGOV\"\|\"source\":\"RUSGOV\",\"target\":\"CUBGOV\".*\"code\":\"036\"' '$T/out'"

# 5. Criticism of an act of violence or coercion against someone is
#    criticism of whoever did it: the doer of the article's last such event
#    against them, or for an arrest the state of the place it happened in.
cat > "$T/e.jsonl" <<'TXT'
{"id":"v1","date":"2020-08-20","lang":"en","text":"Russian troops attacked Ukrainian soldiers near Kharkiv on Monday. France condemned the attack on the Ukrainian soldiers."}
{"id":"v2","date":"2020-08-20","lang":"en","text":"France condemned the arrest of two French journalists in Iran."}
TXT
run "$DYAD" code "$T/e.jsonl"
expect_status "criticised violence: the articles code" 0
check "condemned the attack on them: the attackers" \
    grep -q '"doc":"v1".*"source":"FRAGOV","target":"RUSMIL".*"code":"111"' "$T/out"
check "condemned the attack on them: not the victims" \
    sh -c "! grep -q '\"doc\":\"v1\".*\"source\":\"FRAGOV\",\"target\":\"UKRMIL\"' '$T/out'"
check "condemned the arrest in Iran: Iran" \
    grep -q '"doc":"v2".*"source":"FRAGOV","target":"IRNGOV".*"code":"111"' "$T/out"

# 6. "as" before a subject and its finite verb opens a clause of its own
#    (its subject acts there); "as well as" stays a coordination (a check
#    that the coordination is kept, not of the change).
cat > "$T/f.jsonl" <<'TXT'
{"id":"a1","date":"2022-03-01","lang":"en","text":"The Belarusian government closed its border as Russian troops attacked Ukrainian positions near Kyiv."}
{"id":"a2","date":"2022-03-01","lang":"en","text":"Russia as well as China criticized the United States."}
TXT
run "$DYAD" code "$T/f.jsonl"
expect_status "as-clause: the articles code" 0
check "as-clause: its own subject attacks" \
    grep -q '"doc":"a1".*"source":"RUSMIL","target":"UKRGOV".*"code":"190"' "$T/out"
check "as well as: no clause" \
    grep -q '"doc":"a2".*"source":"RUSGOV","target":"USAGOV".*"code":"111"' "$T/out"

# 7. A country's name or adjective in the name of a body of water ("the
#    South China Sea", "the Indian Ocean", "the Sea of Japan") is no actor.
cat > "$T/g.jsonl" <<'TXT'
{"id":"w1","date":"2021-03-01","lang":"en","text":"Vietnam attacked fishing boats in the South China Sea."}
{"id":"w2","date":"2021-03-01","lang":"en","text":"Russian warships attacked a tanker in the Indian Ocean."}
{"id":"w3","date":"2021-03-01","lang":"en","text":"China fired missiles into the Sea of Japan."}
TXT
run "$DYAD" code "$T/g.jsonl"
expect_status "seas: the articles code" 0
check "South China Sea: not China" \
    sh -c "! grep -q '\"doc\":\"w1\".*\"target\":\"CHN' '$T/out'"
check "Indian Ocean: not India" \
    sh -c "! grep -q '\"doc\":\"w2\".*\"target\":\"IND' '$T/out'"
check "Sea of Japan: not Japan" \
    sh -c "! grep -q '\"doc\":\"w3\".*\"target\":\"JPN' '$T/out'"

# 8. "and"/"but" after a clause with a verb, before a subject of its own and
#    its finite verb, starts a clause: "Russia attacked Ukraine and China
#    criticized ..." is no attack on China.  A coordinated subject stays one.
cat > "$T/h.jsonl" <<'TXT'
{"id":"k1","date":"2021-03-01","lang":"en","text":"Serbia attacked Kosovo and Hungary criticized Austria."}
{"id":"k2","date":"2021-03-01","lang":"en","text":"Talks were stalled and Canada cancelled a visit to India."}
{"id":"k3","date":"2021-03-01","lang":"en","text":"Serbia and Hungary criticized Austria."}
TXT
run "$DYAD" code "$T/h.jsonl"
expect_status "coordinated clauses: the articles code" 0
check "second clause: its own subject" \
    grep -q '"doc":"k1".*"source":"HUNGOV","target":"AUTGOV".*"code":"111"' "$T/out"
check "second clause: not the first clause's object" \
    sh -c "! grep -q '\"doc\":\"k1\".*\"source\":\"SRBGOV\",\"target\":\"HUNGOV\"' '$T/out'"
check "second clause after a clause without actor" \
    grep -q '"doc":"k2".*"source":"CANGOV","target":"INDGOV".*"code":"125"' "$T/out"
check "coordinated subject: both" \
    grep -q '"doc":"k3".*"source":"HUNGOV","target":"AUTGOV"' "$T/out"

# 9. Delegations sent abroad (trade missions, business delegations) are
#    visits: sent (042) or cancelled (125) toward the host.
cat > "$T/i.jsonl" <<'TXT'
{"id":"m1","date":"2021-03-01","lang":"en","text":"Japan cancelled a trade mission to Brazil."}
{"id":"m2","date":"2021-03-01","lang":"en","text":"Japan sent a trade delegation to Brazil."}
TXT
run "$DYAD" code "$T/i.jsonl"
expect_status "delegations: the articles code" 0
check "cancelled a trade mission to Brazil" \
    grep -q '"doc":"m1".*"source":"JPNGOV","target":"BRAGOV".*"code":"125"' "$T/out"
check "sent a trade delegation to Brazil" \
    grep -q '"doc":"m2".*"source":"JPNGOV","target":"BRAGOV".*"code":"042"' "$T/out"

# 10. A bare count as subject ("tens of thousands demonstrated") is the
#     crowd, people of the article's country; before "of" the counted are
#     the actor ("thousands of Ukrainian soldiers", "hundreds of riot police").
cat > "$T/j.jsonl" <<'TXT'
{"id":"n1","date":"2020-08-20","lang":"en","text":"Belarusian police detained 200 students in Minsk on Sunday. Tens of thousands demonstrated in the capital."}
{"id":"n2","date":"2020-08-20","lang":"en","text":"Russian troops killed thousands of Ukrainian soldiers."}
{"id":"n3","date":"2020-08-20","lang":"en","text":"Hundreds of Bahraini riot police used tear gas against protesters."}
TXT
run "$DYAD" code "$T/j.jsonl"
expect_status "counts: the articles code" 0
check "tens of thousands demonstrated: the Belarusian crowd" \
    grep -q '"doc":"n1".*"source":"BLRCVL","target":"BLRGOV".*"code":"141"' "$T/out"
check "thousands of soldiers: the soldiers" \
    grep -q '"doc":"n2".*"source":"RUSMIL","target":"UKRMIL"' "$T/out"
check "hundreds of riot police: the police" \
    grep -q '"doc":"n3".*"source":"BHRCOP","target":"BHRCVL".*"code":"175"' "$T/out"

# 11. A role of "the two countries" / "both countries" is the role of each
#     of the pair: "the foreign ministers of the two countries met".
cat > "$T/k.jsonl" <<'TXT'
{"id":"r1","date":"2020-08-20","lang":"en","text":"Peru and Chile closed their border. The foreign ministers of the two countries met on Wednesday."}
{"id":"r2","date":"2020-08-20","lang":"en","text":"Peru and Chile closed their border. The armies of both countries clashed on Wednesday."}
TXT
run "$DYAD" code "$T/k.jsonl"
expect_status "role of the pair: the articles code" 0
check "foreign ministers of the two countries met" \
    grep -q '"doc":"r1".*"source":"CHLGOV","target":"PERGOV".*"code":"040"' "$T/out"
check "armies of both countries clashed" \
    grep -q '"doc":"r2".*"source":"PERMIL","target":"CHLMIL".*"code":"190"' "$T/out"

# 12. An event noun after "ahead of" / "in advance of" is an event yet to
#     come (an intent, 03x), not a thing named by an "of" phrase.
cat > "$T/l.jsonl" <<'TXT'
{"id":"u1","date":"2020-08-20","lang":"en","text":"Police were deployed ahead of talks between Erdogan and Putin."}
{"id":"u2","date":"2020-08-20","lang":"en","text":"Police were deployed in advance of talks between Erdogan and Putin."}
TXT
run "$DYAD" code "$T/l.jsonl"
expect_status "ahead of: the articles code" 0
check "ahead of talks: intent to meet" \
    grep -q '"doc":"u1".*"source":"TURGOV","target":"RUSGOV".*"code":"036"' "$T/out"
check "in advance of talks: intent to meet" \
    grep -q '"doc":"u2".*"source":"RUSGOV","target":"TURGOV".*"code":"036"' "$T/out"

# 13. "Talks between A and B will …": the two sides of "between" are not
#     two clauses, and a sentence opening with a noun-verb word ("Talks")
#     opens with the noun.
printf '%s\n' 'Talks between Hungary and Serbia will take place on Monday.' 'Officials met on Friday before talks between Hungary and Serbia began.' > "$T/m.txt"
run "$DYAD" explain --lang en --date 2020-08-20 "$T/m.txt"
expect_status "between: the article codes" 0
check "between A and B: one clause" \
    sh -c "! grep -q 'clause 1' '$T/out'"
check "opening Talks: the noun" \
    grep -q "predicate 'talks'" "$T/out"

# 14. Joining an organisation told as becoming its member, or rejoining it
#     (057); "become" alone is no event.
cat > "$T/n.jsonl" <<'TXT'
{"id":"j1","date":"2020-08-20","lang":"en","text":"Sweden became the 32nd member of NATO on Thursday."}
{"id":"j2","date":"2021-02-20","lang":"en","text":"The United States rejoined the WHO."}
{"id":"j3","date":"2021-02-20","lang":"en","text":"Russia has become a partner of China."}
TXT
run "$DYAD" code "$T/n.jsonl"
expect_status "membership: the articles code" 0
check "became a member of NATO" \
    grep -q '"doc":"j1".*"source":"SWEGOV","target":"IGOWSTNAT".*"code":"057"' "$T/out"
check "rejoined the WHO" \
    grep -q '"doc":"j2".*"source":"USAGOV","target":"IGOUNOHLHWHO".*"code":"057"' "$T/out"
check "become alone: no event" \
    sh -c "! grep -q '\"doc\":\"j3\"' '$T/out'"

# 15. "tried to" / "attempted to" X is coded as the deed X, not as an intent
#     (the gold files' convention: "protesters attempted to storm ...").
cat > "$T/o.jsonl" <<'TXT'
{"id":"t1","date":"2020-08-20","lang":"en","text":"Armenian protesters tried to storm the parliament."}
{"id":"t2","date":"2020-08-20","lang":"en","text":"Chilean riot police attempted to disperse a crowd of students."}
TXT
run "$DYAD" code "$T/o.jsonl"
expect_status "attempts: the articles code" 0
check "tried to storm: storming" \
    grep -q '"doc":"t1".*"source":"ARMCVL","target":"ARMLEG".*"code":"145"' "$T/out"
check "attempted to disperse: repression" \
    grep -q '"doc":"t2".*"source":"CHLCOP".*"code":"175"' "$T/out"

# 16. "unable to" negates like "failed to": what they were unable to do did
#     not happen.
cat > "$T/p.jsonl" <<'TXT'
{"id":"z1","date":"2020-08-20","lang":"en","text":"Peru and Chile were unable to reach an agreement on Monday."}
TXT
run "$DYAD" code "$T/p.jsonl"
expect_status "unable: the article codes" 0
check "unable to reach an agreement: no agreement" \
    sh -c "! grep -q '\"doc\":\"z1\".*\"code\":\"057\"' '$T/out'"

# 17. A denial of "the charges" / "the allegations" answers the accuser: the
#     source of the last accusation against the denier, not the last actor.
cat > "$T/q.jsonl" <<'TXT'
{"id":"d1","date":"2020-08-20","lang":"en","text":"Congo accused Rwanda of backing the rebels. Uganda met Kenya on Monday. Rwanda denied the charges."}
TXT
run "$DYAD" code "$T/q.jsonl"
expect_status "denial: the article codes" 0
check "denied the charges: to the accuser" \
    grep -q '"doc":"d1".*"source":"RWAGOV","target":"CODGOV".*"code":"016"' "$T/out"
check "denied the charges: not to the last actor" \
    sh -c "! grep -q '\"doc\":\"d1\".*\"source\":\"RWAGOV\",\"target\":\"UGAGOV\"' '$T/out'"

# 18. More negative evaluations in the naming frames (call, describe ...):
#     "shocking", "a brazen hijacking" criticise (111).
cat > "$T/r.jsonl" <<'TXT'
{"id":"e1","date":"2021-05-24","lang":"en","text":"Blinken called Poland's decision shocking."}
{"id":"e2","date":"2021-05-24","lang":"en","text":"The EU described Poland's move as a brazen hijacking."}
TXT
run "$DYAD" code "$T/r.jsonl"
expect_status "evaluations: the articles code" 0
check "called it shocking: criticism" \
    grep -q '"doc":"e1".*"source":"USAGOV","target":"POLGOV".*"code":"111"' "$T/out"
check "described it as a brazen hijacking: criticism" \
    grep -q '"doc":"e2".*"source":"IGOEUREEC","target":"POLGOV".*"code":"111"' "$T/out"

# 19. "West African leaders / nations / states" act as ECOWAS (IGOWAFWAS),
#     as the gold files code them.
cat > "$T/s.jsonl" <<'TXT'
{"id":"o1","date":"2022-01-10","lang":"en","text":"West African leaders imposed sanctions on Guinea."}
TXT
run "$DYAD" code "$T/s.jsonl"
expect_status "ECOWAS: the article codes" 0
check "West African leaders: ECOWAS" \
    grep -q '"doc":"o1".*"source":"IGOWAFWAS","target":"GINGOV".*"code":"163"' "$T/out"

# 20. The last verb of a list of three ("A did X, did Y, and did Z") shares
#     the subject, though it opens with its conjunction.
cat > "$T/t.jsonl" <<'TXT'
{"id":"l1","date":"2020-08-20","lang":"en","text":"Nigeria imposed sanctions, closed its borders, and severed diplomatic ties with Niger."}
TXT
run "$DYAD" code "$T/t.jsonl"
expect_status "verb list: the article codes" 0
check "and severed ties: the list's subject" \
    grep -q '"doc":"l1".*"source":"NGAGOV","target":"NERGOV".*"code":"161"' "$T/out"

# 21. The "of" phrase of the object noun right after the verb names whose it
#     is, and so the target: "criticized the policies of Mali"; not a place
#     ("visited a camp east of the capital").
cat > "$T/u.jsonl" <<'TXT'
{"id":"g1","date":"2012-03-23","lang":"en","text":"The African Union criticized the policies of Mali."}
{"id":"g2","date":"2012-03-23","lang":"en","text":"The African Union condemned the actions of Malian soldiers."}
TXT
run "$DYAD" code "$T/u.jsonl"
expect_status "of-genitive: the articles code" 0
check "criticized the policies of Mali" \
    grep -q '"doc":"g1".*"source":"IGOAFRAFU","target":"MLIGOV".*"code":"111"' "$T/out"
check "condemned the actions of Malian soldiers" \
    grep -q '"doc":"g2".*"source":"IGOAFRAFU","target":"MLIMIL".*"code":"111"' "$T/out"

# 22. A participle right before the agent's "by" is a passive without its
#     auxiliary (headlines): "Russia Attacked by Ukrainian Drones".
cat > "$T/v.jsonl" <<'TXT'
{"id":"b1","date":"2022-08-20","lang":"en","text":"Russian Base Attacked by Ukrainian Drones"}
{"id":"b2","date":"2022-08-20","lang":"en","text":"Two French soldiers killed by rebels in Mali"}
TXT
run "$DYAD" code "$T/v.jsonl"
expect_status "reduced passive: the articles code" 0
check "Attacked by Ukrainian drones: Ukraine attacks" \
    grep -q '"doc":"b1".*"source":"UKRMIL","target":"RUS' "$T/out"
check "killed by rebels: the rebels kill" \
    grep -q '"doc":"b2".*"source":"MLIREB","target":"FRAMIL"' "$T/out"

# 23. A town or region the actor files do not know, as the object or slot
#     phrase of a visit or an act of force, is a target: its country, bare.
cat > "$T/w.jsonl" <<'TXT'
{"id":"c1","date":"2022-08-20","lang":"en","text":"Russian troops attacked Mariupol on Monday."}
{"id":"c2","date":"2018-10-20","lang":"en","text":"The Saudi prosecutor arrived in Istanbul on Monday."}
{"id":"c3","date":"2022-08-20","lang":"en","text":"Russian forces shelled targets in Kharkiv."}
TXT
run "$DYAD" code "$T/w.jsonl"
expect_status "places as targets: the articles code" 0
check "attacked Mariupol: Ukraine" \
    grep -q '"doc":"c1".*"source":"RUSMIL","target":"UKR".*"code":"190"' "$T/out"
check "arrived in Istanbul: a visit to Turkey" \
    grep -q '"doc":"c2".*"source":"SAUJUD","target":"TUR".*"code":"042"' "$T/out"
check "shelled targets in Kharkiv: Ukraine" \
    grep -q '"doc":"c3".*"source":"RUSMIL","target":"UKR"' "$T/out"

# 24. A gerund after a subordinator ("while visiting Beijing") has the
#     sentence's subject, and the phrase after it is its object.
cat > "$T/x.jsonl" <<'TXT'
{"id":"w1","date":"2019-05-20","lang":"en","text":"Vladimir Putin criticized the United States while visiting Beijing."}
TXT
run "$DYAD" code "$T/x.jsonl"
expect_status "while visiting: the article codes" 0
check "while visiting Beijing: a Russian visit to China" \
    grep -q '"doc":"w1".*"source":"RUSGOV","target":"CHNGOV".*"code":"042"' "$T/out"

# 25. A protest with no protester named ("protests broke out in Minsk") is
#     the people's of the place it happened in, or of the side it is against;
#     not a riot or storming (145).
cat > "$T/y.jsonl" <<'TXT'
{"id":"p1","date":"2020-08-20","lang":"en","text":"Protests broke out in Minsk on Sunday."}
{"id":"p2","date":"2020-08-20","lang":"en","text":"Protests erupted outside the Moscow court."}
{"id":"p3","date":"2020-08-20","lang":"en","text":"Supporters of the former president stormed Congress."}
TXT
run "$DYAD" code "$T/y.jsonl"
expect_status "protests: the articles code" 0
check "protests broke out in Minsk: Belarusians against their government" \
    grep -q '"doc":"p1".*"source":"BLRCVL","target":"BLRGOV".*"code":"141"' "$T/out"
check "protests outside the Moscow court: Russians" \
    grep -q '"doc":"p2".*"source":"RUSCVL".*"code":"141"' "$T/out"
check "stormed Congress: no protester's country guessed" \
    sh -c "! grep -q '\"doc\":\"p3\"' '$T/out'"

# 26. A war noun written with capitals inside a sentence ("the Cold War",
#     "World War II") names a war in history, not one now; headlines in title
#     case keep their nouns.
cat > "$T/z.jsonl" <<'TXT'
{"id":"h1","date":"2019-02-07","lang":"en","text":"Spain and Portugal signed a treaty. Historians recalled the Cold War between the two neighbors."}
TXT
run "$DYAD" code "$T/z.jsonl"
expect_status "named wars: the article codes" 0
check "the Cold War between them: no war now" \
    sh -c "! grep -q '\"doc\":\"h1\".*\"code\":\"19' '$T/out'"

# 27. A demand for the release of someone held is toward whoever holds them:
#     the source of the article's last arrest of them.
cat > "$T/aa.jsonl" <<'TXT'
{"id":"x1","date":"2018-12-06","lang":"en","text":"Canadian police arrested a Chinese businessman. The Chinese embassy demanded the release of the businessman."}
TXT
run "$DYAD" code "$T/aa.jsonl"
expect_status "release: the article codes" 0
check "demanded his release: from Canada" \
    grep -q '"doc":"x1".*"source":"CHNGOV","target":"CAN[A-Z]*".*"code":"1053"' "$T/out"

# 28. "official" before a noun is an adjective ("the official decree"), no
#     actor; "an official said" stays one.
cat > "$T/ab.jsonl" <<'TXT'
{"id":"f1","date":"2024-12-03","lang":"en","text":"Seoul issued a decree. The official decree, sent to reporters, also said that all media are subject to control."}
{"id":"f2","date":"2024-12-03","lang":"en","text":"A Japanese official criticized China."}
TXT
run "$DYAD" code "$T/ab.jsonl"
expect_status "official: the articles code" 0
check "the official decree sent to reporters: no aid" \
    sh -c "! grep -q '\"doc\":\"f1\".*\"code\":\"070\"' '$T/out'"
check "an official criticized: the official acts" \
    grep -q '"doc":"f2".*"source":"JPNGOV","target":"CHNGOV".*"code":"111"' "$T/out"

# 29. A blockade by the people (protesters surrounding a building) is a
#     protest blocking access (144); by forces it stays a blockade (191).
cat > "$T/ac.jsonl" <<'TXT'
{"id":"s1","date":"2019-06-12","lang":"en","text":"Thousands of Georgian protesters surrounded the parliament building."}
{"id":"s2","date":"2022-03-12","lang":"en","text":"Russian troops surrounded Mariupol."}
TXT
run "$DYAD" code "$T/ac.jsonl"
expect_status "blockades: the articles code" 0
check "protesters surrounded the parliament: 144" \
    grep -q '"doc":"s1".*"source":"GEOCVL".*"code":"144"' "$T/out"
check "troops surrounded a city: 191" \
    grep -q '"doc":"s2".*"source":"RUSMIL".*"code":"191"' "$T/out"
test_done
