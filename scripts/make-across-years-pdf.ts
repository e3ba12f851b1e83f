// Builds last year's report of the across-years fixtures as a PDF, the way a clerk's office
// makes one: test/fixtures/across-years/2021-qiantang-pipe.txt written as a Word document
// with the format's merged cells (scripts/render/docx.ts), which LibreOffice exports to PDF.
// The PDF is committed, so tests and CI need no LibreOffice; run this again (needs `soffice`
// and fonts-noto-cjk) to rebuild it. Used by test/protocol/across-years-pdf.test.ts.
//
// Usage: node --import tsx scripts/make-across-years-pdf.ts

import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { renderDocx } from './render/docx';
import { readReport } from './render/report';
import { convertDocx } from './render/pdf';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures', 'across-years');
const NAME = '2021-qiantang';

async function main(): Promise<void> {
  const text = readFileSync(path.join(FIXTURES, `${NAME}-pipe.txt`), 'utf8');
  const work = mkdtempSync(path.join(tmpdir(), 'gov-report-lint-across-years-'));
  try {
    const docx = path.join(work, `${NAME}.docx`);
    writeFileSync(docx, await renderDocx(readReport(NAME, text)));
    convertDocx([docx], 'pdf', work, path.join(work, 'profile'));
    copyFileSync(path.join(work, `${NAME}.pdf`), path.join(FIXTURES, `${NAME}.pdf`));
    console.log(`wrote test/fixtures/across-years/${NAME}.pdf`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
