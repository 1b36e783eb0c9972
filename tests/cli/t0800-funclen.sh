#!/bin/sh
# t0800-funclen: no function in src/ is over 200 lines (tools/funclen.sh),
# and none in src/coder/ over 150 without a reason written above it.
#
# The checker counts a function from its signature (an identifier at column
# 0 followed by "(") to the "}" at column 0 that closes it.  It is first run
# on made-up files, so that it is seen to find a long function and to pass
# a short one; then on the tree.
. tests/cli/test-lib.sh

# a made-up source with a function of 203 lines (2 + 200 + 1) and one of 5
{
    echo 'static int long_one(int x)'; echo '{'
    i=0; while [ $i -lt 200 ]; do echo '    x++;'; i=$((i + 1)); done
    echo '}'
    echo; echo 'int short_one(void)'; echo '{'; echo '    return 0;'; echo '}'
} > "$T/long.c"
run sh tools/funclen.sh 200 "$T/long.c"
expect_status "funclen: a function of 203 lines is over 200" 1
check "funclen: it is named with its length" grep -q "^203 .*long.c:1 long_one$" "$T/out"
check_not "funclen: the short one is not listed" grep -q short_one "$T/out"
run sh tools/funclen.sh 203 "$T/long.c"
expect_status "funclen: no function over 203 lines" 0

# the tree: every function in src/ at most 200 lines
run sh tools/funclen.sh 200 src
expect_status "funclen: no function in src/ over 200 lines" 0
[ "$rc" -eq 0 ] || sed 's/^/     /' "$T/out"

# src/coder/: over 150 lines only with a reason in the comment above it
# ("over 150 lines:" in the comment block that ends on the line before)
sh tools/funclen.sh 150 src/coder > "$T/coder" 2>&1
: > "$T/unexplained"
while read -r len where name; do
    f=${where%:*}; l=${where##*:}
    sed -n "1,$((l - 1))p" "$f" | tail -12 | grep -q 'over 150 lines:' || echo "$len $where $name" >> "$T/unexplained"
done < "$T/coder"
check "funclen: src/coder/ functions over 150 lines give a reason" test ! -s "$T/unexplained"
[ -s "$T/unexplained" ] && sed 's/^/     /' "$T/unexplained"
test_done
