// A section heading of the report, as the engine reads one, told from the text of a line of
// a PDF: the page reader ends a paragraph before one, and the column reader ends a table at
// one (the six section headings are never a table's row).

import { HEADING_TITLE_MAX_LENGTH, namesSection } from '../../engine/heuristics';

/**
 * A section heading as the engine reads one (parse/sections.ts): a numeral (一、, 5、), then a
 * title of at most HEADING_TITLE_MAX_LENGTH characters up to a stop, a colon or the line's end.
 */
const HEADING = new RegExp(
  `^(?:[一二三四五六七八九十]\\s*(?:[、.．，,:：]|\\s)|[0-9０-９]\\s*[、.．，,:：])\\s*([^。：:]{1,${HEADING_TITLE_MAX_LENGTH}})(?:[。：:]|$)`,
);

/** Whether a line starts with a section heading: its title names one of the six sections (the engine's key words). */
export function startsSection(text: string): boolean {
  const m = HEADING.exec(text);
  if (!m) return false;
  const title = m[1].trim();
  for (let id = 1; id <= 6; id++) if (namesSection(id as 1 | 2 | 3 | 4 | 5 | 6, title)) return true;
  return false;
}
