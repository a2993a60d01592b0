// A private header of the alpha stage.
#pragma once
