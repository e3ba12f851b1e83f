// npm run render: renders reports (the five seeds and a selection of rule fixtures,
// balance errors included) into every layout family a reviewer meets, with real tools,
// and writes them to test/fixtures/rendered/<family>/. The layout-invariance test
// (test/unit/layout-invariance.test.ts) checks that each rendering gets the findings of
// its original; it reads only the committed files, so tests never need LibreOffice.
//
//   .docx (npm docx, real merged cells) → text by LibreOffice's save as text (family docx-text)
//   .docx → PDF (LibreOffice headless, Noto CJK fonts)
//     → pdftotext -layout   (family pdftotext)
//     → pdf.js text content (family pdfjs)
//   HTML as a portal publishes it            (family html)
//     → turndown + turndown-plugin-gfm      (family markdown)
//       → as PDF/OCR converters write tables (families markdown-ocr, markdown-rows; see
//         render/converter-markdown.ts)
//   crawler page text, body on one line: cells space-separated (web-spaced) or run together (web-run)
//
// Needs soffice (libreoffice-writer), pdftotext (poppler-utils) and fonts-noto-cjk.
// Options: --only NAME (render one source), --keep (keep the .docx and .pdf beside the text).

import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readReport } from './render/report';
import { renderHtml } from './render/html';
import { renderMarkdown } from './render/markdown';
import { converterMarkdown } from './render/converter-markdown';
import { renderWeb } from './render/web';
import { renderDocx } from './render/docx';
import { convertDocx, pdfjsText, pdftotextLayout } from './render/pdf';
import { renderTab } from './render/tab';
import { findingIds } from '../test/unit/invariance';

const ROOT = join(__dirname, '..');
const FIXTURES = join(ROOT, 'test', 'fixtures');
const OUT = join(FIXTURES, 'rendered');

/** Rule fixtures rendered besides the seeds: balance errors, blanks, labels, periods, sections, the trial format. */
const RULE_FIXTURES = [
  'gr002-missing-section-five',
  'gr102-missing-row-table2',
  'gr103-blank-cell',
  'gr104-text-negative-fraction',
  'gr105-typo-row-label',
  'gr201-carry-over-wrong',
  'gr202-results-total-not-updated',
  'gr203-row-totals',
  'gr204-appeal-total',
  'gr2xx-several-errors',
  'gr301-wrong-end-year',
  'trial-format-2020-balance',
  // The rules of issue 10 (prose, dates, narrative, placeholders, the trial format), with near-misses.
  'gr005-overview-two-aspects-tab',
  'gr005-gr006-ok-every-aspect-short-six-tab',
  'gr006-section-five-just-none-tab',
  'gr007-no-fee-statement-tab',
  'gr103-placeholders-tab',
  'gr106-trial-format-in-2022-tab',
  'gr205-split-twelve-tab',
  'gr304-published-late-tab',
  'gr304-signature-date-late-tab',
  'gr305-last-year-opening-tab',
  'gr305-ok-plan-and-comparison-tab',
  'gr401-count-differs-tab',
  'gr401-ok-counted-with-carried-tab',
  'gr402-counts-differ-tab',
  'gr502-government-twice-tab',
];

export const FAMILIES = [
  'docx-text',
  'pdftotext',
  'pdfjs',
  'html',
  'markdown',
  'markdown-ocr',
  'markdown-rows',
  'web-spaced',
  'web-run',
] as const;

function sources(): { name: string; path: string }[] {
  const seeds = readdirSync(join(FIXTURES, 'seeds'))
    .filter((f) => f.endsWith('.txt') && !f.endsWith('.fixed.txt'))
    .map((f) => ({ name: basename(f, '.txt'), path: `seeds/${f}` }));
  return [...seeds, ...RULE_FIXTURES.map((name) => ({ name, path: `rules/${name}.txt` }))];
}

function write(family: string, file: string, text: string): void {
  mkdirSync(join(OUT, family), { recursive: true });
  writeFileSync(join(OUT, family, file), text);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
  const keep = args.includes('--keep');
  const list = sources().filter((s) => !only || s.name === only);
  if (list.length === 0)
    throw new Error(
      `no report named ${only}; names: ${sources()
        .map((s) => s.name)
        .join(', ')}`,
    );
  const work = mkdtempSync(join(tmpdir(), 'render-layouts-'));
  try {
    const docxFiles: string[] = [];
    for (const s of list) {
      const original = readFileSync(join(FIXTURES, s.path), 'utf8');
      const doc = readReport(s.name, original);
      // The document must hold everything the original's findings depend on.
      const want = findingIds(original).join('\n');
      const got = findingIds(renderTab(doc)).join('\n');
      if (want !== got) throw new Error(`${s.name}: the rendered document lost something:\n--- original\n${want}\n--- rendered\n${got}`);
      const html = renderHtml(doc);
      write('html', `${s.name}.html`, html);
      const markdown = renderMarkdown(renderHtml(doc, false));
      write('markdown', `${s.name}.md`, markdown);
      write('markdown-ocr', `${s.name}.md`, converterMarkdown(markdown, 'ocr'));
      write('markdown-rows', `${s.name}.md`, converterMarkdown(markdown, 'rows'));
      write('web-spaced', `${s.name}.txt`, renderWeb(doc, 'spaced', s.name));
      write('web-run', `${s.name}.txt`, renderWeb(doc, 'run', s.name));
      const docx = join(work, `${s.name}.docx`);
      writeFileSync(
        docx,
        await renderDocx(
          doc,
          sources().findIndex((x) => x.name === s.name),
        ),
      );
      docxFiles.push(docx);
    }
    convertDocx(docxFiles, 'pdf', work, join(work, 'lo-profile'));
    convertDocx(docxFiles, 'txt', work, join(work, 'lo-profile'));
    for (const s of list) {
      write('docx-text', `${s.name}.txt`, readFileSync(join(work, `${s.name}.txt`), 'utf8'));
      const pdf = join(work, `${s.name}.pdf`);
      write('pdftotext', `${s.name}.txt`, pdftotextLayout(pdf));
      write('pdfjs', `${s.name}.txt`, await pdfjsText(pdf));
      if (keep) {
        mkdirSync(join(OUT, 'pdf'), { recursive: true });
        copyFileSync(pdf, join(OUT, 'pdf', `${s.name}.pdf`));
        copyFileSync(join(work, `${s.name}.docx`), join(OUT, 'pdf', `${s.name}.docx`));
      }
    }
    if (!only) {
      const manifest = Object.fromEntries(sources().map((s) => [s.name, s.path]));
      writeFileSync(join(OUT, 'sources.json'), JSON.stringify(manifest, null, 2) + '\n');
    }
    console.log(`rendered ${list.length} reports into ${FAMILIES.length} families in ${OUT}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
