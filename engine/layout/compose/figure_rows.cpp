// A figure → one row: the image scaled to the column (or the type area)
// keeping its aspect ratio, and its numbered caption below, in whole grid
// lines. Outside boxes it may float to the next column.
#include <algorithm>
#include <optional>

#include "layout/compose/figure_image.h"
#include "layout/compose/galley_writer.h"

namespace paiban::layout {
namespace {

// Chinese captions put an ideographic space between the number and the
// text ("图1　标题"); an ASCII space would become the ¼-em CJK–Latin gap.
constexpr const char* kCaptionLabel = "图";
constexpr const char* kCaptionSeparator = "\u3000";

// A missing image keeps a 4:3 place, so the pages look as they will.
constexpr int kPlaceholderWidth = 4;
constexpr int kPlaceholderHeight = 3;
// The thinnest side a placed image may have: a hairline (0.25 pt) is the
// thinnest thing a press prints.
constexpr double kMinPlacedPt = 0.25;

}  // namespace

void GalleyWriter::figure(const FlowBlock& b, const Measure& m, int box_index) {
  const auto& fig = b.as<FlowBlock::Figure>();
  const Grid& grid = ctx_.grid;
  const std::string path = resolve_image_path(flow_.document_path, fig.image_path);
  std::optional<ImageHeader> info =
      load_figure_image(ctx_.env, flow_.document_path, fig.image_path, b.span, ctx_.diags);

  // Caption "图N　text" in the caption style, as wide as the figure's frame.
  std::vector<InlineRun> caption;
  if (fig.spec.numbered) {
    ++figures_;
    InlineRun label;
    label.text = std::string(kCaptionLabel) + std::to_string(figures_);
    if (!fig.caption.empty()) label.text += kCaptionSeparator;
    label.span = b.span;
    caption.push_back(label);
  }
  caption.insert(caption.end(), fig.caption.begin(), fig.caption.end());
  const style::TextStyle& st = text_style(fig.spec.caption_style, b.span);
  std::vector<SetLine> lines;
  const NotedRuns& caption_text = noted({&b, TextOf::Part::caption}, caption);
  if (!fig.caption.empty() || fig.spec.numbered)
    lines = ctx_.lines.set({&b, TextOf::Part::caption}, caption_text.runs, st, m.width, b.span,
                           ParagraphOptions{false});
  const Length caption_height = st.line_height * static_cast<int64_t>(lines.size());
  const Length gap = lines.empty() ? Length::zero() : st.size / 2;

  // Image size: the frame's width, aspect kept; a picture taller than a
  // column is scaled down until figure and caption fit one.
  // A photo stored on its side (EXIF orientation 5–8) is placed upright:
  // its box has the upright picture's aspect.
  const int pw = info ? info->upright_width() : kPlaceholderWidth;
  const int ph = info ? info->upright_height() : kPlaceholderHeight;
  Length width = m.width;
  Length height = width.scaled(static_cast<double>(ph) / pw);
  const Length room = ctx_.frame_height - caption_height - gap - grid.half_leading() * 2;
  if (height > room && room > Length::zero()) {
    height = room;
    width = height.scaled(static_cast<double>(pw) / ph);
  }

  // An extreme aspect ratio (1 × 2147483647 pixels) scales one side to
  // nothing: the figure would vanish without a word.
  if (info && (width.to_pt() < kMinPlacedPt || height.to_pt() < kMinPlacedPt)) {
    ctx_.diags.error(b.span,
                     "figure image '" + fig.image_path + "' (" + path + ", " + std::to_string(pw) +
                         " × " + std::to_string(ph) + " pixels) would be placed " +
                         std::to_string(width.to_pt()) + " × " + std::to_string(height.to_pt()) +
                         " pt: too thin to print",
                     {"crop the image to a printable shape"});
    info.reset();
  }

  // Image top half a leading under the row's grid line: level with the em
  // box top of a text line in the neighbouring column.
  Row r(Row::Figure{.floats = box_index < 0, .spans = false});
  r.lines = 2;  // a heading before a figure is satisfied by it
  r.height = grid.round_up(grid.half_leading() * 2 + height + gap + caption_height);
  const Rect place{m.x + (m.width - width) / 2, grid.half_leading(), width, height};
  if (info) {
    page::Image img;
    img.path = path;
    img.placed_at = b.span;
    img.rect = place;
    img.pixel_width = info->width;
    img.pixel_height = info->height;
    img.orientation = info->orientation;
    r.items.emplace_back(img);
  } else {
    page::Stroke frame;
    frame.shape = page::Stroke::Shape::rect;
    frame.from = {place.x, place.y};
    frame.to = {place.right(), place.bottom()};
    frame.color = Color::gray(0.5);
    r.items.emplace_back(frame);
  }
  place_noted_lines(r, lines, st, m.x, place.bottom() + gap, &caption_text);
  push(std::move(r), box_index);
}

}  // namespace paiban::layout
