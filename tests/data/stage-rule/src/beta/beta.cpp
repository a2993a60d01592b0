// Not allowed: another stage's private header.
#include <akhbar/record.h>
#include "beta/detail_b.h"
#include "alpha/detail_a.h"
