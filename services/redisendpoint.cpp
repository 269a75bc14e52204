#include "services/redisendpoint.h"
