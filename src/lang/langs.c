/* langs.c: the registry of languages (lang.h).  The order is the index the
 * dictionary and the coder use; German first (the default). */
#include "lang/lang.h"
#include <string.h>

const dy_lang_rules *const dy_languages[DY_NLANGS] = {&dy_rules_de, &dy_rules_en, &dy_rules_fr};

int dy_lang_index(const char *code)
{
    if (!code || !*code)
        return 0;
    for (int i = 0; i < DY_NLANGS; i++)
        if (!strcmp(code, dy_languages[i]->code))
            return i;
    return -1;
}
