// Finding last year's report of the same unit among candidate files: the unit's name from
// the title, the report year − 1. Used by the CLI (the files it is given and their
// folders) and the language server (the workspace, open or on disk).

import { parseTitle } from './parse/title';
import { SourceText } from './text/source';
import { unitName } from './rules/unit';
import type { ReportModel } from './model';

export interface ReportIdentity {
  /** The unit's name as the title writes it, spaces removed. */
  unit: string;
  year: number;
}

/** How many lines from the top the title may be on (web copies put navigation first). */
const TITLE_WITHIN = 15;

/** The unit and year a report is for, read from its title alone (cheap). */
export function reportIdentity(text: string): ReportIdentity | undefined {
  // Only the lines the title may be on: the server asks on edits, of megabyte documents too.
  const source = new SourceText(headLines(text, TITLE_WITHIN));
  const title = parseTitle(source, TITLE_WITHIN);
  if (!title?.year) return undefined;
  const unit = unitName({ source, title } as ReportModel);
  return unit === undefined ? undefined : { unit, year: title.year.value };
}

/**
 * The text up to and including its `count`-th line ending (LF, CRLF or a lone CR, as
 * SourceText counts them): its first `count` lines read exactly as in the whole text.
 */
export function headLines(text: string, count: number): string {
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) && ++seen === count) return text.slice(0, i + 1);
  }
  return text;
}

/** A candidate's identity key: 嘉善县科学技术局@2021. */
export function identityKey(identity: ReportIdentity): string {
  return `${identity.unit}@${identity.year}`;
}

/** The key of last year's report for a report with this identity. */
export function previousKey(identity: ReportIdentity): string {
  return identityKey({ unit: identity.unit, year: identity.year - 1 });
}
