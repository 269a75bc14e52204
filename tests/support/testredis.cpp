#include "testredis.h"
