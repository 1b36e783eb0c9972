/* fuzz_code.c: the whole coder (dy_code) on fuzz text, in one language.
 * Built twice: -DFUZZ_LANG='"de"' (fuzz_code_de) and '"en"' (fuzz_code_en).
 * The dictionaries are loaded once from dict/ ($DYAD_DICT).
 *
 * Input: one option byte, then the article text.  The option byte picks
 *   bit 0     explain on (the trace is built and written)
 *   bits 1-2  the scale (gdelt, icews, phoenix; 3 = gdelt)
 *   bit 3     tight caps: a sentence cap of 1 + (bits 4-7) tokens and a
 *             token cap of 64, so that splitting and refusing run too
 *   bit 4     (without bit 3) a story date near the turn of the year
 *   bit 5     code the article twice: the results must be identical (the
 *             coder keeps no state between articles; --threads relies on it)
 * Promises checked: see fuzz_common.h; dy_code fails only with DY_EINPUT
 * (the token cap), never DY_ENOMEM. */
#include "fuzz_common.h"

#ifndef FUZZ_LANG
#define FUZZ_LANG "de"
#endif

static dy_dict *dict;

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    dict = fuzz_load_dict();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    uint8_t opt = data[0];
    const char *text = (const char *)data + 1;
    size_t len = size - 1;
    dy_limits lim;
    dy_limits_default(&lim);
    bool tight = opt & 8;
    if (tight) {
        lim.max_sentence_tokens = 1 + (opt >> 4);
        lim.max_doc_tokens = 64;
    }
    int sc = (opt >> 1) & 3;
    dy_scale scale = sc == 1 ? DY_SCALE_ICEWS : sc == 2 ? DY_SCALE_PHOENIX : DY_SCALE_GDELT;
    dy_options o = {scale, &lim, opt & 1};
    const char *date = !tight && (opt & 16) ? "2021-12-31" : "2022-05-10";
    dy_article a = {.id = "fuzz", .date = date, .lang = FUZZ_LANG, .text = text, .text_len = len};
    dy_error err;
    memset(&err, 0, sizeof err);
    dy_result *r = dy_code(dict, &a, &o, &err);
    if (!r) {
        FUZZ_ASSERT(err.status == DY_EINPUT && tight, "dy_code failed: status %d: %s",
                    (int)err.status, err.msg);
        return 0;
    }
    fuzz_check_result(r, &a, scale);
    if (opt & 32) {
        dy_result *r2 = dy_code(dict, &a, &o, &err);
        FUZZ_ASSERT(r2 != NULL, "second run failed: %s", err.msg);
        size_t n = dy_result_count(r);
        FUZZ_ASSERT(dy_result_count(r2) == n, "%zu events, then %zu", n, dy_result_count(r2));
        for (size_t i = 0; i < n; i++) {
            const dy_event *x = dy_result_event(r, i), *y = dy_result_event(r2, i);
            FUZZ_ASSERT(x->sent == y->sent && !strcmp(x->date, y->date) &&
                            !strcmp(x->source, y->source) && !strcmp(x->target, y->target) &&
                            !strcmp(x->code, y->code) && x->mood == y->mood &&
                            x->goldstein == y->goldstein && x->quad == y->quad &&
                            !memcmp(&x->evidence, &y->evidence, sizeof x->evidence) &&
                            !memcmp(&x->src_span, &y->src_span, sizeof x->src_span) &&
                            !memcmp(&x->tgt_span, &y->tgt_span, sizeof x->tgt_span) &&
                            !memcmp(&x->pred_span, &y->pred_span, sizeof x->pred_span) &&
                            !strcmp(x->source_name, y->source_name) &&
                            !strcmp(x->target_name, y->target_name) &&
                            (x->rule == y->rule || (x->rule && y->rule && !strcmp(x->rule, y->rule))),
                        "event %zu differs between two runs", i);
        }
        dy_result_free(r2);
    }
    dy_result_free(r);
    return 0;
}
