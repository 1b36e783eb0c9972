#!/bin/sh
# mkwarc.sh OUT.warc.gz PAGE.html [plain]: writes a small crawl as WARC/1.1,
# each record its own gzip member (as crawlers write them), or not
# compressed with "plain": a warcinfo record, the request and the response
# of PAGE (an HTML page, HTTP 200, chunked), a metadata record, and a
# response with a stylesheet (no article).  For tests/cli/t1240-news.sh.
set -eu
out=$1; page=$2; mode=${3:-gzip}
tmp=$(mktemp -d "${TMPDIR:-/tmp}/mkwarc.XXXXXX")
trap 'rm -rf "$tmp"' EXIT
: > "$out"
crlf() { printf '%s\r\n' "$@"; }
k=0
record() { # TYPE URI BLOCKFILE [CONTENT-TYPE]
    n=$(wc -c < "$3" | tr -d ' ')
    k=$((k + 1))
    {
        crlf "WARC/1.1" "WARC-Type: $1" "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000$k>" \
             "WARC-Date: 2024-03-05T10:00:00Z"
        if [ -n "$2" ]; then crlf "WARC-Target-URI: $2"; fi
        crlf "Content-Type: ${4:-application/http; msgtype=response}" "Content-Length: $n" ""
        cat "$3"
        printf '\r\n\r\n'
    } > "$tmp/rec"
    if [ "$mode" = plain ]; then cat "$tmp/rec" >> "$out"; else gzip -nc "$tmp/rec" >> "$out"; fi
}
printf 'software: mkwarc.sh (dyad tests)\r\nformat: WARC File Format 1.1\r\n' > "$tmp/info"
record warcinfo "" "$tmp/info" "application/warc-fields"
crlf "GET /politik/scholz-macron HTTP/1.1" "Host: rhein-bote.example" "" > "$tmp/req"
record request https://rhein-bote.example/politik/scholz-macron "$tmp/req" "application/http; msgtype=request"
# the page, chunked in two
size=$(wc -c < "$page" | tr -d ' ')
half=$((size / 2))
head -c "$half" "$page" > "$tmp/a"
tail -c +$((half + 1)) "$page" > "$tmp/b"
{
    crlf "HTTP/1.1 200 OK" "Content-Type: text/html; charset=utf-8" "Transfer-Encoding: chunked" ""
    printf '%x\r\n' "$half"; cat "$tmp/a"; printf '\r\n'
    printf '%x\r\n' "$((size - half))"; cat "$tmp/b"; printf '\r\n'
    printf '0\r\n\r\n'
} > "$tmp/resp"
record response https://rhein-bote.example/politik/scholz-macron "$tmp/resp"
printf 'outlinks: https://rhein-bote.example/\r\n' > "$tmp/meta"
record metadata https://rhein-bote.example/politik/scholz-macron "$tmp/meta" "application/warc-fields"
{
    crlf "HTTP/1.1 200 OK" "Content-Type: text/css" "Content-Length: 20" ""
    printf 'body { color: red; }'
} > "$tmp/css"
record response https://rhein-bote.example/site.css "$tmp/css"
