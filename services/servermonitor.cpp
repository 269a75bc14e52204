#include "services/servermonitor.h"
