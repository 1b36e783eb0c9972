#!/bin/sh
# t0970-en-concern: concern, dismay, disappointment and regret voiced over
# another actor's deed criticise that actor (111, root 11), not a bare
# pessimistic comment (012): "expressed concern over X's actions".
. tests/cli/test-lib.sh

cat > "$T/a.txt" <<'TXT'
Japan expressed deep concern over China's naval drills near the islands.
TXT
run "$DYAD" code --lang en --date 2023-03-02 "$T/a.txt"
expect_status "concern: the article codes" 0
check "concern: concern over China's drills is criticism of China" \
    grep -q '"source":"JPNGOV","target":"CHNGOV".*"code":"111"' "$T/out"
check_not "concern: not a pessimistic comment" grep -q '"code":"012"' "$T/out"

cat > "$T/b.txt" <<'TXT'
Poland voiced dismay at Hungary's veto of the aid package.
TXT
run "$DYAD" code --lang en --date 2023-03-02 "$T/b.txt"
expect_status "dismay: the article codes" 0
check "dismay: dismay at Hungary's veto is criticism of Hungary" \
    grep -q '"source":"POLGOV","target":"HUNGOV".*"code":"111"' "$T/out"

cat > "$T/c.txt" <<'TXT'
Canada regretted India's decision to expel the diplomats.
TXT
run "$DYAD" code --lang en --date 2023-03-02 "$T/c.txt"
expect_status "regret: the article codes" 0
check "regret: regretting India's decision criticises India" \
    grep -q '"source":"CANGOV","target":"INDGOV".*"code":"111"' "$T/out"
test_done
