// Not allowed: the tests of beta include alpha's header.
#include "alpha/detail_a.h"
