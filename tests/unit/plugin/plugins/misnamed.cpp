// A working plugin whose name() differs from its file name (libmisnamed.so).
#include "paiban/plugin_export.h"

namespace misnamed {

class MisnamedPlugin final : public paiban::SectionPlugin {
 public:
  std::string name() const override { return "something_else"; }
  std::string summary() const override { return "Says another name."; }
  std::vector<paiban::OptionDecl> options() const override { return {}; }
  void compose(const paiban::SectionContext&, paiban::Composer&) override {}
};

}  // namespace misnamed

PAIBAN_EXPORT_SECTION_PLUGIN(misnamed::MisnamedPlugin)
