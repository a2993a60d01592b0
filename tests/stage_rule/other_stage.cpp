// Compiled as part of the export stage: its own private header is found, the loader's is not
// (the build must fail on the second include).
#include "export/detail_csv.h"
#include "loader/detail_text.h"

int stage_rule_other() { return 0; }
