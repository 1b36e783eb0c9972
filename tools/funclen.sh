#!/bin/sh
# tools/funclen.sh: list the C functions longer than N lines.
#
#   sh tools/funclen.sh [N [FILE|DIR ...]]     (default: 150, src/)
#
# Prints "LINES FILE:LINE NAME" per function over N lines, longest first,
# and exits 1 when there is one.  A function is counted from its first
# signature line (an identifier at column 0 followed by "(") to the "}" at
# column 0 that closes it: the project's style (every definition has its
# "{" and "}" at column 0), which tests/cli/t0800-funclen.sh relies on.
set -u
n=${1:-150}; [ $# -gt 0 ] && shift
[ $# -eq 0 ] && set -- src
find "$@" -name '*.c' -o -name '*.h' | sort | xargs awk -v max="$n" '
FNR == 1 { start = 0; name = "" }
# a signature line: at column 0, not a comment, a preprocessor line or a
# declaration ending with ";"
/^[A-Za-z_][A-Za-z0-9_ \t\*]*[ \t\*]\**[A-Za-z_][A-Za-z0-9_]*\(/ && !/;[ \t]*$/ && !/^(typedef|struct|enum|union|return|else|if|for|while)[ \t(]/ {
    s = $0; sub(/\(.*/, "", s); k = split(s, w, /[ \t\*]+/)
    name = w[k]; start = FNR; next
}
start && /^\}/ {
    len = FNR - start + 1
    if (len > max) printf "%d %s:%d %s\n", len, FILENAME, start, name
    start = 0
}
' | sort -rn > "${TMPDIR:-/tmp}/funclen.$$"
cat "${TMPDIR:-/tmp}/funclen.$$"
if [ -s "${TMPDIR:-/tmp}/funclen.$$" ]; then rm -f "${TMPDIR:-/tmp}/funclen.$$"; exit 1; fi
rm -f "${TMPDIR:-/tmp}/funclen.$$"
