// SDK. The plugin ABI version. Bump it whenever any SDK type or virtual
// function changes layout; the engine refuses plugins built for another.
#pragma once

namespace paiban {

inline constexpr int kPluginAbiVersion = 2;

}  // namespace paiban
