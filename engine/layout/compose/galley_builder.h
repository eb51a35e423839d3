// Flow → galley: every block set into rows at the measure of the column it
// will stand in, segments cut where column sets begin and end.
#pragma once

#include <string>
#include <vector>

#include "layout/compose/galley.h"
#include "layout/compose/layout_context.h"
#include "layout/flow/flow.h"

namespace paiban::layout {

// `heading_labels`: the page label of each outline heading from the previous
// pass (contents lines); empty strings before a pass has placed them.
// `note_numbers`: the number of each footnote (Galley::notes order), and
// whether its note prints there, when the previous pass decided them
// (numbering per page); empty: counted here, per article or through the
// issue as the style says.
Galley build_galley(const Flow& flow, const LayoutContext& ctx,
                    const std::vector<std::string>& heading_labels,
                    const std::vector<NoteNumber>& note_numbers = {});

}  // namespace paiban::layout
