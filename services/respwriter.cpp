#include "services/respwriter.h"
