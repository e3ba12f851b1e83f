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
  const source = new SourceText(text);
  const title = parseTitle(source, TITLE_WITHIN);
  if (!title?.year) return undefined;
  const unit = unitName({ source, title } as ReportModel);
  return unit === undefined ? undefined : { unit, year: title.year.value };
}

/** A candidate's identity key: 嘉善县科学技术局@2021. */
export function identityKey(identity: ReportIdentity): string {
  return `${identity.unit}@${identity.year}`;
}

/** The key of last year's report for a report with this identity. */
export function previousKey(identity: ReportIdentity): string {
  return identityKey({ unit: identity.unit, year: identity.year - 1 });
}
