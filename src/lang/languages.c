/* languages.c: the registry of the languages dyad codes (lang.h).  A new
 * language adds its rules table here; the coder, the dictionary loader and
 * language identification read this list. */
#include "lang/lang.h"
#include <stddef.h>
#include <string.h>

const dy_lang_rules *const dy_languages[] = {&dy_rules_de, &dy_rules_en, &dy_rules_ru, &dy_rules_fr, NULL};

int dy_lang_count(void)
{
    int n = 0;
    while (dy_languages[n])
        n++;
    return n;
}

int dy_lang_index(const char *code)
{
    if (!code)
        return -1;
    for (int i = 0; dy_languages[i]; i++)
        if (!strcmp(dy_languages[i]->code, code))
            return i;
    return -1;
}
