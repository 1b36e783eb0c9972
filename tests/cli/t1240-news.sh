#!/bin/sh
# t1240-news.sh: news as it arrives (issue 12; src/input/news.c,
# docs/input.md): an HTML page, RSS and Atom feeds and a WARC crawl give the
# same events as the same articles as JSON Lines, for `code` and `ingest`;
# hostile input (a truncated WARC, broken HTML, a malformed or huge feed)
# is named with its file and record and the batch goes on.  The pages,
# feeds and crawl (tests/news/) are written for this test.
. tests/cli/test-lib.sh
N=tests/news

# --- an HTML page: navigation, scripts, a cookie banner, a sidebar --------
run "$DYAD" code "$N/articles.jsonl"
expect_status "jsonl: the page's article as JSON Lines exits 0" 0
cp "$T/out" "$T/page.want"
check "jsonl: it gives the meeting and the criticism" \
    sh -c "grep -q '\"code\":\"040\"' '$T/page.want' && grep -q '\"code\":\"111\"' '$T/page.want'"
run "$DYAD" code "$N/page.html"
expect_status "html: a page (*.html) exits 0" 0
check "html: the same events as the JSON Lines article, byte for byte" cmp -s "$T/out" "$T/page.want"
check "html: its id is the canonical URL, its date the published time" \
    grep -q '^{"doc":"https://rhein-bote.example/politik/scholz-macron","sent":0,"date":"2024-03-05","lang":"de"' "$T/out"
check_not "html: nothing from the scripts, banner, menu, share box, sidebar or footer" \
    grep -q '"source":"\(CHN\|POL\|USA\|ITA\|RUS\)\|"target":"\(JPN\|BLR\|CAN\|ITA\|DEU\)' "$T/out"
run sh -c "'$DYAD' code --input html - < '$N/page.html'"
expect_status "html: --input html on standard input exits 0" 0
check "html: the same events from standard input" cmp -s "$T/out" "$T/page.want"

# --- feeds: RSS 2.0 and Atom, item by item -----------------------------------
run "$DYAD" code "$N/feed.jsonl"
expect_status "jsonl: the feed's articles as JSON Lines exit 0" 0
cp "$T/out" "$T/feed.want"
check "jsonl: the attack and the criticism" \
    sh -c "grep -q '\"code\":\"19' '$T/feed.want' && grep -q '\"source\":\"KENGOV\"' '$T/feed.want'"
run "$DYAD" code "$N/feed.rss"
expect_status "rss: an item without text makes the exit status 1" 1
check "rss: the same events as the JSON Lines articles" cmp -s "$T/out" "$T/feed.want"
check "rss: the empty item is named with its number and link" \
    grep -q "^dyad: $N/feed.rss: item 3: https://world.example/weather: no article text found; skipped$" "$T/err"
run "$DYAD" code --input rss "$N/feed.atom"
expect_status "atom: a feed (--input rss) exits 0" 0
check "atom: the same events as the JSON Lines articles" cmp -s "$T/out" "$T/feed.want"
cp "$N/feed.atom" "$T/feed.xml"
run "$DYAD" code "$T/feed.xml"
expect_status "atom: *.xml is read as a feed" 0
check "atom: the same events from feed.xml" sh -c "sed 's|$T/feed.xml|$N/feed.atom|g' '$T/out' | cmp -s - '$T/feed.want'"

# --- WARC: gzip per record, a request, metadata, a stylesheet ------------------
sh "$N/mkwarc.sh" "$T/crawl.warc.gz" "$N/page.html"
sh "$N/mkwarc.sh" "$T/crawl.warc" "$N/page.html" plain
run "$DYAD" code "$T/crawl.warc.gz"
expect_status "warc: a crawl (*.warc.gz) exits 0" 0
check "warc: the same events as the JSON Lines article" cmp -s "$T/out" "$T/page.want"
check "warc: the other records say nothing" test ! -s "$T/err"
run "$DYAD" code --input warc "$T/crawl.warc"
expect_status "warc: not compressed, --input warc, exits 0" 0
check "warc: the same events uncompressed" cmp -s "$T/out" "$T/page.want"

# --- ingest: the same store as from JSON Lines -----------------------------
"$DYAD" ingest --quiet --db "$T/a.db" "$N/articles.jsonl" "$N/feed.jsonl" 2> /dev/null
run "$DYAD" ingest --db "$T/b.db" "$N/page.html" "$N/feed.rss" "$T/crawl.warc.gz"
expect_status "ingest: html, rss and warc (an empty item) exit 1" 1
check "ingest: three articles stored, the crawl's page unchanged" \
    grep -q '4 articles read, 3 stored, 1 unchanged, 0 skipped; 4 events coded' "$T/err"
"$DYAD" query --db "$T/a.db" --format csv > "$T/a.csv"
"$DYAD" query --db "$T/b.db" --format csv > "$T/b.csv"
check "ingest: the store's events are those of the JSON Lines store" cmp -s "$T/a.csv" "$T/b.csv"
check "ingest: and there are some" test "$(wc -l < "$T/b.csv")" -ge 4

# --- hostile input: each named, the rest of the batch goes on -------------
"$DYAD" code "$N/feed.atom" > "$T/atom.want" 2> /dev/null
head -c 700 "$T/crawl.warc.gz" > "$T/cut.warc.gz"
run "$DYAD" code "$T/cut.warc.gz" "$N/feed.atom"
expect_status "hostile: a truncated gzip WARC exits 1" 1
check "hostile: the truncation is named with the file and record" \
    grep -q "^dyad: $T/cut.warc.gz: \(after \)\?record [0-9]*: .*unexpected end of file" "$T/err"
check "hostile: the next file is coded" cmp -s "$T/out" "$T/atom.want"
head -c 1200 "$T/crawl.warc" > "$T/cut.warc"
run "$DYAD" code "$T/cut.warc" "$N/feed.atom"
expect_status "hostile: a truncated WARC exits 1" 1
check "hostile: its record, URI and the bytes missing are named" \
    grep -q "^dyad: $T/cut.warc: record 3: https://rhein-bote.example/politik/scholz-macron: truncated: Content-Length [0-9]*, [0-9]* bytes there" "$T/err"
check "hostile: the next file is coded after the truncated WARC" cmp -s "$T/out" "$T/atom.want"
run "$DYAD" code --input warc "$N/page.html" "$T/crawl.warc.gz"
expect_status "hostile: a page read as WARC exits 1" 1
check "hostile: not a WARC record, said with the file and the first line" \
    grep -q "^dyad: $N/page.html: record 1: not a WARC record header (\"<!DOCTYPE html>\")" "$T/err"
check "hostile: the crawl after it is coded" cmp -s "$T/out" "$T/page.want"
printf '<html><body><div><p>Kenyan President William Ruto criticised Uganda on Tuesday.<div><p>More <b>text</i> here<table><td>' > "$T/broken.html"
run "$DYAD" code --lang en --date 2024-03-05 "$T/broken.html"
expect_status "hostile: broken HTML exits 0" 0
check "hostile: libxml2 recovers the broken page's text" grep -q '"source":"KENGOV","target":"UGA' "$T/out"
printf '<?xml version="1.0"?>\n<rss version="2.0"><channel>\n<item><title>x</title><description>Kenyan President' > "$T/bad.rss"
run "$DYAD" code "$T/bad.rss" "$N/feed.atom"
expect_status "hostile: a malformed feed exits 1" 1
check "hostile: the malformed feed is named with file and line" \
    grep -q "^dyad: $T/bad.rss:3: not a well-formed feed: .*; skipped$" "$T/err"
check "hostile: the next file is coded after the malformed feed" cmp -s "$T/out" "$T/atom.want"
{
    printf '<?xml version="1.0"?><rss version="2.0"><channel><title>big</title>'
    i=0; while [ $i -lt 300 ]; do
        printf '<item><title>t%d</title><description>Kenyan President William Ruto criticised Uganda.</description><pubDate>Thu, 07 Mar 2024 11:00:00 +0300</pubDate></item>' $i
        i=$((i + 1))
    done
    printf '</channel></rss>'
} > "$T/big.rss"
run "$DYAD" code --max-doc-bytes 2000 "$T/big.rss" "$N/feed.atom"
expect_status "hostile: a feed over its cap exits 1" 1
check "hostile: the huge feed is named with its cap" \
    grep -q "^dyad: $T/big.rss: feed over the cap of 32000 bytes (16 x --max-doc-bytes); skipped$" "$T/err"
check "hostile: the next file is coded after the huge feed" cmp -s "$T/out" "$T/atom.want"
run "$DYAD" code "$T/big.rss"
expect_status "hostile: under the default cap the big feed is coded" 0
check "hostile: every one of its 300 items" test "$(grep -c '"source":"KENGOV"' "$T/out")" -eq 300
test_done
