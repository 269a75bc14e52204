#include "services/redisserverprocess.h"
