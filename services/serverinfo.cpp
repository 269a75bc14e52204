#include "services/serverinfo.h"
