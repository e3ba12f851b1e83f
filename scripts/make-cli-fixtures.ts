// Builds the CLI's PDF fixture the way a clerk's office makes one: the report page
// (test/fixtures/cli/jjpq-2024-excerpt.html, a real report's web page) is written as a
// Word document with real merged cells (test/support/make-docx.ts, npm `docx`), and
// LibreOffice exports that to PDF. The PDF is committed, so tests and CI need no
// LibreOffice; run this again (needs `soffice` and fonts-noto-cjk) to rebuild it.
//
// Usage: node --import tsx scripts/make-cli-fixtures.ts

import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { htmlReportToDocx } from '../test/support/make-docx';

const FIXTURES = path.join(__dirname, '..', 'test', 'fixtures', 'cli');

async function main(): Promise<void> {
  const html = readFileSync(path.join(FIXTURES, 'jjpq-2024-excerpt.html'), 'utf8');
  const work = mkdtempSync(path.join(tmpdir(), 'gov-report-lint-fixtures-'));
  try {
    const docx = path.join(work, 'jjpq-2024.docx');
    writeFileSync(docx, await htmlReportToDocx(html));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${work}/profile`, '--convert-to', 'pdf', '--outdir', work, docx], {
      stdio: 'inherit',
      timeout: 180_000,
    });
    copyFileSync(path.join(work, 'jjpq-2024.pdf'), path.join(FIXTURES, 'jjpq-2024.pdf'));
    console.log('wrote test/fixtures/cli/jjpq-2024.pdf');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
