#include "services/redisconnection.h"
