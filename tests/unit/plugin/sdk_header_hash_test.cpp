// The SDK headers cannot change without an ABI bump: the hash of the
// headers this build was configured with (paiban/sdk_hash.h) must be the
// one recorded for the current kPluginAbiVersion in sdk_abi_history.txt,
// and each version has one hash only.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "paiban/abi.h"
#include "paiban/sdk_hash.h"
#include "paiban/sdk_signature.h"

namespace paiban {
namespace {

std::multimap<int, std::string> read_history() {
  std::multimap<int, std::string> out;
  std::ifstream in(PAIBAN_SDK_ABI_HISTORY);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream fields(line);
    int version = 0;
    std::string hash;
    if (fields >> version >> hash) out.emplace(version, hash);
  }
  return out;
}

TEST(SdkHeaderHash, TheHeadersAreTheOnesRecordedForThisAbiVersion) {
  const auto history = read_history();
  ASSERT_FALSE(history.empty()) << "cannot read " << PAIBAN_SDK_ABI_HISTORY;
  const auto [first, last] = history.equal_range(kPluginAbiVersion);
  ASSERT_NE(first, last) << "kPluginAbiVersion " << kPluginAbiVersion << " is not in "
                         << PAIBAN_SDK_ABI_HISTORY << "; add the line\n"
                         << kPluginAbiVersion << " " << PAIBAN_SDK_HEADER_HASH;
  EXPECT_EQ(std::next(first), last) << "ABI version " << kPluginAbiVersion
                                    << " has more than one header hash: a version names one SDK";
  EXPECT_EQ(first->second, PAIBAN_SDK_HEADER_HASH)
      << "the SDK headers (engine/include/paiban) changed, but kPluginAbiVersion is still "
      << kPluginAbiVersion << ". Bump it in paiban/abi.h and add the line\n"
      << kPluginAbiVersion + 1 << " <hash>\nto " << PAIBAN_SDK_ABI_HISTORY
      << " (scripts/sdk-hash prints it)";
}

TEST(SdkHeaderHash, EveryVersionHasItsOwnHeaders) {
  std::map<std::string, int> seen;
  for (const auto& [version, hash] : read_history()) {
    auto [it, fresh] = seen.emplace(hash, version);
    EXPECT_TRUE(fresh || it->second == version)
        << "versions " << it->second << " and " << version << " record the same headers";
  }
}

TEST(SdkHeaderHash, TheSignatureCarriesVersionAndHash) {
  const std::string s = sdk_signature();
  EXPECT_EQ(s.rfind("abi=" + std::to_string(kPluginAbiVersion) +
                        ";headers=" + PAIBAN_SDK_HEADER_HASH + ";",
                    0),
            0u);
  EXPECT_EQ(first_signature_difference(s, s), "");
  std::string other = s;
  other.replace(other.find(";Block=") + 7, 1, "x");
  EXPECT_EQ(first_signature_difference(s, other), "Block");
  EXPECT_EQ(first_signature_difference(s, s + ";Extra=1"), "Extra");
}

}  // namespace
}  // namespace paiban
