// PDF (and Word's save-as-text) from the .docx with LibreOffice headless, and the PDF's text two ways a reviewer
// gets it: poppler's `pdftotext -layout` (columns kept by runs of spaces) and pdf.js's
// text content joined as a viewer's copy gives it (each text item, a line break where
// pdf.js marks the end of a line).

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Converts every .docx in `files` in one LibreOffice run: to PDF, or to UTF-8 text ('txt'). */
export function convertDocx(files: string[], to: 'pdf' | 'txt', outDir: string, profile: string): void {
  const filter = to === 'pdf' ? 'pdf' : 'txt:Text (encoded):UTF8';
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', filter, '--outdir', outDir, ...files],
    { stdio: ['ignore', 'ignore', 'inherit'], timeout: 10 * 60_000 },
  );
}

export function pdftotextLayout(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
}

export async function pdfjsText(pdf: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = join(__dirname, '..', '..', 'node_modules', 'pdfjs-dist');
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(readFileSync(pdf)),
    cMapUrl: join(root, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    useSystemFonts: false,
    isEvalSupported: false,
  }).promise;
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    let text = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      text += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(text.endsWith('\n') ? text : text + '\n');
  }
  await doc.destroy();
  return pages.join('');
}
