// Allowed: a stage's tests see its private headers.
#include "alpha/detail_a.h"
