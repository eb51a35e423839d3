#include "layout/compose/box_paint.h"

namespace paiban::layout {
namespace {

// The part of one box in one column.
struct Piece {
  int box = -1;
  bool opens = false;   // its open row is here: the top edge is drawn
  bool closes = false;  // its close row is here: the bottom edge is drawn
  Length first_y;       // top of its first row in the column
  Length last_y;        // top of its last row
  Length bottom;        // bottom of its last row that is not space
};

std::vector<Piece> pieces_in(const Segment& seg, const ColumnFill& column) {
  std::vector<Piece> pieces;
  for (const PlacedRow& p : column.rows) {
    const Row& r = seg.rows[p.row];
    if (r.box < 0) continue;
    if (pieces.empty() || pieces.back().box != r.box) {
      Piece piece;
      piece.box = r.box;
      piece.first_y = p.y;
      piece.opens = r.is<Row::BoxOpen>();
      pieces.push_back(piece);
    }
    Piece& piece = pieces.back();
    if (r.is<Row::Space>()) continue;
    piece.last_y = p.y;
    piece.bottom = p.y + p.height;
    piece.closes = r.is<Row::BoxClose>();
  }
  return pieces;
}

}  // namespace

void paint_boxes(std::vector<page::Item>& out, const Galley& galley, const Segment& seg,
                 const ColumnFill& column, Length x, Length top, Length width) {
  for (const Piece& piece : pieces_in(seg, column)) {
    const BoxPaint& paint = galley.boxes[piece.box];
    const Length y0 = top + (piece.opens ? piece.first_y + paint.top_in_open : piece.first_y);
    const Length y1 = top + (piece.closes ? piece.last_y + paint.bottom_in_close : piece.bottom);
    if (y1 <= y0) continue;
    const bool whole = piece.opens && piece.closes;
    const Length radius = whole ? paint.corner_radius : Length::zero();
    if (paint.has_fill) {
      page::Fill f;
      f.rect = {x, y0, width, y1 - y0};
      f.color = paint.fill;
      f.corner_radius = radius;
      out.emplace_back(f);
    }
    if (paint.has_title_bar && piece.opens) {
      page::Fill bar;
      bar.rect = {x, y0, width, paint.title_bar_height};
      bar.color = paint.title_fill;
      out.emplace_back(bar);
    }
    if (paint.has_border) {
      // The frame's stroke lies inside the box, centred half its width in.
      const Length half = paint.border_width / 2;
      page::Stroke s;
      s.shape = page::Stroke::Shape::rect;
      s.from = {x + half, y0 + half};
      s.to = {x + width - half, y1 - half};
      s.width = paint.border_width;
      s.color = paint.border;
      s.corner_radius = radius;
      s.sides[0] = piece.opens;   // top
      s.sides[2] = piece.closes;  // bottom
      out.emplace_back(s);
    }
  }
}

}  // namespace paiban::layout
