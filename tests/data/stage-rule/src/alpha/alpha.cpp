// Allowed: its own stage.
#include "alpha/detail_a.h"
