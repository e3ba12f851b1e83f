// node --import tsx scripts/render-borderless.ts: the seeds and a few rule fixtures (a blank cell, a balance
// error, a typo label) as a clerk's Word file whose tables have no borders, exported to
// PDF by LibreOffice headless, into test/fixtures/rendered/pdf-borderless/. Such a PDF has
// no lines to rebuild the tables from; the CLI's PDF reader must find their columns from
// the header's text (server/src/cli/readers/pdf-columns.ts). The PDFs are committed, so
// tests and CI need no LibreOffice; run this again (needs soffice and fonts-noto-cjk) to
// rebuild them.
//
// Usage: node --import tsx scripts/render-borderless.ts [--only NAME]

import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readReport } from './render/report';
import { renderDocx } from './render/docx';
import { convertDocx } from './render/pdf';

const FIXTURES = join(__dirname, '..', 'test', 'fixtures');
const OUT = join(FIXTURES, 'rendered', 'pdf-borderless');

/**
 * name → fixture; the style (footer, table 2's column widths) varies with the position. Cells
 * are centred (居中) unless the name says -top or -bottom: figures level with a label's first
 * line, or with its last — the one way the rows cannot be told apart from the top-aligned
 * reading by position alone, so that its table 2 gets one GR108 instead of a guess.
 */
export const BORDERLESS: [string, string][] = [
  ['000_83736ae7aacb97e3', 'seeds/000_83736ae7aacb97e3.txt'],
  ['001_0d4db35de2d4a64b', 'seeds/001_0d4db35de2d4a64b.txt'],
  ['002_12a69261f9476b84', 'seeds/002_12a69261f9476b84.txt'],
  ['003_e7290be93566281d', 'seeds/003_e7290be93566281d.txt'],
  ['004_3a76839b33e1ea7f', 'seeds/004_3a76839b33e1ea7f.txt'],
  ['gr103-blank-cell', 'rules/gr103-blank-cell.txt'],
  ['gr203-row-totals', 'rules/gr203-row-totals.txt'],
  ['gr105-typo-row-label', 'rules/gr105-typo-row-label.txt'],
  ['001_0d4db35de2d4a64b-top', 'seeds/001_0d4db35de2d4a64b.txt'],
  ['002_12a69261f9476b84-bottom', 'seeds/002_12a69261f9476b84.txt'],
];

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const work = mkdtempSync(join(tmpdir(), 'render-borderless-'));
  try {
    const list = BORDERLESS.map(([name, path], style) => ({ name, path, style })).filter((s) => !only || s.name === only);
    const files: string[] = [];
    for (const s of list) {
      const doc = readReport(s.name, readFileSync(join(FIXTURES, s.path), 'utf8'));
      const docx = join(work, `${s.name}.docx`);
      const align = s.name.endsWith('-top') ? 'top' : s.name.endsWith('-bottom') ? 'bottom' : 'center';
      writeFileSync(docx, await renderDocx(doc, s.style, false, align));
      files.push(docx);
    }
    convertDocx(files, 'pdf', work, join(work, 'lo-profile'));
    mkdirSync(OUT, { recursive: true });
    for (const s of list) copyFileSync(join(work, `${s.name}.pdf`), join(OUT, `${s.name}.pdf`));
    console.log(`wrote ${list.length} PDFs without table borders to ${OUT}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (require.main === module)
  main().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
