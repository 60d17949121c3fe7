#pragma once

namespace AriSim {

class Router;
class SimAsterisk;

// Registers all 109 ARI operations of the spec (hardcoded: the simulator needs no spec files at run
// time) and the handlers modelled so far. Operations without a handler answer 501.
void registerAriRoutes(Router &router, SimAsterisk &asterisk);

} // namespace AriSim
