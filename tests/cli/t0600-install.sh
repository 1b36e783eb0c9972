#!/bin/sh
# t0600-install.sh: `make install` into a staging root (DESTDIR), then the
# installed tree is used as a user would: a small C program written here
# compiles with `pkg-config --cflags --libs dyad` against the installed
# header and libdyad.so and codes a German sentence through the library,
# and the installed binary, run where there is no ./dict, finds the
# installed dictionaries (PREFIX/share/dyad/dict).
#
# The install is built in build-install/ (its own build directory, with
# PREFIX=/usr compiled in), so that the suite's own build is not touched.
. tests/cli/test-lib.sh
unset DYAD_DICT
IB=build-install
R=$T/root
if ! command -v pkg-config > /dev/null || ! command -v "${CC:-cc}" > /dev/null; then
    skip "install: pkg-config or a C compiler missing"; test_done
fi
run make -s BUILD=$IB PREFIX=/usr DESTDIR="$R" install
expect_status "install: make install DESTDIR=… PREFIX=/usr succeeds" 0
check "install: the binary" test -x "$R/usr/bin/dyad"
check "install: the header" test -f "$R/usr/include/dyad.h"
check "install: libdyad.so with its soname link" sh -c "test -f $R/usr/lib/libdyad.so.*.*.* && test -L $R/usr/lib/libdyad.so.0 && test -L $R/usr/lib/libdyad.so"
check "install: libdyad.a" test -f "$R/usr/lib/libdyad.a"
check "install: dyad.pc" test -f "$R/usr/lib/pkgconfig/dyad.pc"
check "install: the dictionaries" test -f "$R/usr/share/dyad/dict/de/verbs.txt"
check "install: libdyad.so exports dy_ names only" sh -c "nm -D --defined-only $R/usr/lib/libdyad.so | grep -q ' T dy_code@' && ! nm -D --defined-only $R/usr/lib/libdyad.so | grep ' [TDBR] ' | grep -qv ' dy_'"
check "install: the soname is libdyad.so.0" sh -c "objdump -p $R/usr/lib/libdyad.so | grep -q 'SONAME *libdyad.so.0'"

# a program of the library's user
cat > "$T/prog.c" <<'PROG'
#include <dyad.h>
#include <stdio.h>
#include <string.h>
int main(int argc, char **argv)
{
    dy_error err;
    dy_dict *d = dy_dict_load(argv[1], &err);
    if (!d) {
        fprintf(stderr, "%s:%ld: %s\n", err.file, err.line, err.msg);
        return 2;
    }
    const char *text = "Die Regierung Frankreichs kritisierte Russland am Dienstag scharf.";
    dy_article a = {"t1", "2022-05-10", "de", NULL, text, strlen(text), NULL, NULL};
    dy_result *r = dy_code(d, &a, NULL, &err);
    if (!r)
        return 2;
    for (size_t i = 0; i < dy_result_count(r); i++) {
        const dy_event *e = dy_result_event(r, i);
        printf("%s %s %s\n", e->source, e->code, e->target);
    }
    dy_result_free(r);
    dy_dict_free(d);
    printf("dyad %s\n", DYAD_VERSION);
    return argc > 0 ? 0 : 1;
}
PROG
export PKG_CONFIG_SYSROOT_DIR="$R" PKG_CONFIG_PATH="$R/usr/lib/pkgconfig" PKG_CONFIG_LIBDIR="$R/usr/lib/pkgconfig"
flags=$(pkg-config --cflags --libs dyad 2>"$T/err")
check "install: pkg-config knows dyad" test -n "$flags"
check "install: pkg-config points into the installed tree" sh -c "echo '$flags' | grep -q -- '-I$R/usr/include' && echo '$flags' | grep -q -- '-L$R/usr/lib'"
run ${CC:-cc} -o "$T/prog" "$T/prog.c" $flags
expect_status "install: a program compiles against the installed header and libdyad.so" 0
check "install: the program is linked to libdyad.so.0" sh -c "objdump -p '$T/prog' | grep -q 'NEEDED *libdyad.so.0'"
run env LD_LIBRARY_PATH="$R/usr/lib" "$T/prog" "$R/usr/share/dyad/dict"
expect_status "install: the program runs" 0
check "install: the library codes a German sentence (FRAGOV 111 RUSGOV)" grep -q "^FRAGOV 111 RUS" "$T/out"

# the installed binary, with no ./dict where it runs
mkdir -p "$T/elsewhere"
printf 'Die Regierung Frankreichs kritisierte Russland am Dienstag scharf.\n' > "$T/elsewhere/a.txt"
( cd "$T/elsewhere" && "$R/usr/bin/dyad" code --lang de --date 2022-05-10 --format tsv a.txt > "$T/out" 2> "$T/err" ); rc=$?
expect_status "install: the installed binary runs without ./dict" 0
check "install: … with the installed dictionaries" grep -q "	FRAGOV	RUSGOV	111	.*/usr/share/dyad/dict/de/verbs.txt:" "$T/out"
( cd "$T/elsewhere" && "$R/usr/bin/dyad" dict check > "$T/out" 2> "$T/err" ); rc=$?
check "install: dyad dict check finds them" sh -c "test $rc -eq 0 && grep -q '^ok' '$T/out'"

run make -s BUILD=$IB PREFIX=/usr DESTDIR="$R" uninstall
expect_status "install: make uninstall succeeds" 0
check "install: make uninstall removes what install put" sh -c "test -z \"\$(find '$R' -type f)\""
test_done
