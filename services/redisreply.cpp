#include "services/redisreply.h"
