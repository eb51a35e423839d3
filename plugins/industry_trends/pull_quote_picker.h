// Picks pull quotes for a feature article: quoted speech “…” of moderate
// length, taken word for word from the article's paragraphs. A pull quote
// repeats manuscript text; it never replaces it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "paiban/document.h"

namespace paiban::industry_trends {

struct PickRules {
  int count = 1;       // at most this many per article
  int min_chars = 12;  // characters between the quotation marks, inclusive
  int max_chars = 60;
  // Paragraphs from one pick to the next: two pull quotes closer than this
  // would crowd one column.
  int min_paragraph_gap = 3;
  // Where the pull quote goes: after the paragraph this many paragraphs on
  // from the one it repeats (1 = right after it), so that the reader does
  // not meet the same words twice in a row; after the last block when the
  // article ends sooner.
  int distance = 2;
};

struct PickedQuote {
  std::size_t block = 0;        // index in Article::blocks of the paragraph holding it
  std::size_t place_after = 0;  // index of the block the pull quote follows
  std::string text;             // with its quotation marks, exactly as in the paragraph
  SourceSpan span;              // the paragraph's first run
};

// The paragraph's text as a reader sees it: runs joined, a soft break
// between two CJK characters dropped and any other one a space (document.h).
std::string paragraph_text(const std::vector<InlineRun>& runs);

// The outermost “…” quotations of `text`, marks included, in order; a
// quotation not closed in the text is left out.
std::vector<std::string> quotations(const std::string& text);

// Up to `rules.count` quotes from the top-level paragraphs of `blocks`
// starting at `first_block`: in each paragraph the first quotation whose
// length is within the bounds, paragraphs at least min_paragraph_gap apart,
// each placed `distance` paragraphs on. Placements never decrease.
std::vector<PickedQuote> pick_pull_quotes(const std::vector<Block>& blocks, std::size_t first_block,
                                          const PickRules& rules);

// Code points in UTF-8 `s` (well-formed input assumed; a stray byte counts once).
int count_chars(const std::string& s);

}  // namespace paiban::industry_trends
