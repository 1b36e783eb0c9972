#!/bin/sh
# tools/wordlits.sh: list the string and character literals of C files that
# hold a word of a natural language.
#
#   sh tools/wordlits.sh FILE...     prints FILE:LINE: LITERAL, exit 1 if any
#
# The rule (tests/cli/t0810-neutral.sh applies it to src/coder/): outside
# comments and #include lines, a literal, once its escape sequences (\n,
# \t, \x99, \\ …) and printf conversions (%s, %d, %zu, %.2s, %04d, %c …)
# are taken out, holds no lower-case ASCII letter and no byte outside
# ASCII.  What is left allowed: punctuation (",", ";", "?"), digits, and
# upper-case ASCII, which in the coder are the codes of the CAMEO scheme
# ("IGO", "GOV", "045"), not words of a language.  Words belong in the
# language tables (src/lang/XX/), messages of the explain trace in
# src/explain/trace_text.h.
set -u
[ $# -gt 0 ] || { echo "usage: wordlits.sh FILE..." >&2; exit 2; }
LC_ALL=C awk '
FNR == 1 { incomment = 0 }
{
    line = $0; out = ""
    if (!incomment && line ~ /^[ \t]*#[ \t]*include/) next
    i = 1; n = length(line)
    while (i <= n) {
        if (incomment) {
            j = index(substr(line, i), "*/")
            if (!j) { i = n + 1; break }
            i += j + 1; incomment = 0; continue
        }
        c = substr(line, i, 1); c2 = substr(line, i, 2)
        if (c2 == "/*") { incomment = 1; i += 2; continue }
        if (c2 == "//") break
        if (c == "\"" || c == "\047") {
            q = c; j = i + 1; lit = c
            while (j <= n && substr(line, j, 1) != q) {
                if (substr(line, j, 1) == "\\") { lit = lit substr(line, j, 2); j += 2 }
                else { lit = lit substr(line, j, 1); j++ }
            }
            lit = lit q; i = j + 1
            s = substr(lit, 2, length(lit) - 2)
            gsub(/\\x[0-9A-Fa-f][0-9A-Fa-f]/, "", s)
            gsub(/\\./, "", s)
            gsub(/%[-+ #0]*[0-9]*(\.[0-9]+)?(hh|h|ll|l|z|j|t)?[diouxXcsfgeEp%]/, "", s)
            if (s ~ /[a-z]/ || s ~ /[^\001-\177]/) { printf "%s:%d: %s\n", FILENAME, FNR, lit; bad = 1 }
            continue
        }
        i++
    }
}
END { exit bad ? 1 : 0 }
' "$@"
