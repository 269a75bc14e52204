#include "services/respreader.h"
