#include "services/translator.h"
