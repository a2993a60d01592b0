// Allowed: the CLI's own header and a public one.
#include <akhbar/record.h>
#include "cli/common.h"
