// Not allowed: a relative path around the include path.
#include "../alpha/detail_a.h"
