// Compiled as part of the loader stage: its own private header is found.
#include "loader/detail_text.h"

int stage_rule_own() { return akhbar::is_arabic_letter(0x0627) ? 0 : 1; }
