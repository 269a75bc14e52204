#include "tlsmaterial.h"
