// Label typos across renderings: one letter of every row (or column) label of the balanced
// seeds changed to another, in the report as written and in each of its text renderings
// (test/fixtures/rendered) alike; prints how many renderings get other findings than the
// report, by family and by what differs (codes missing / extra), and examples.
// Run: npm run render:typos [-- --what column] [--letter 的] [--family pdfjs] [--examples 10]
// The property test rowLabelTypoSameInEveryRendering (test/fuzz/properties.ts) draws from the
// row cases at random; this goes through all of them.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from '../server/src/engine';
import { writtenExtentOf } from '../server/src/engine/model';
import { FIXTURES } from '../test/unit/helpers';
import { findingIds, readKnownGaps, renderings } from '../test/unit/invariance';

const { values } = parseArgs({
  options: {
    what: { type: 'string', default: 'row' },
    letter: { type: 'string', default: '的' },
    family: { type: 'string' },
    examples: { type: 'string', default: '0' },
  },
});
const SEEDS = ['000_83736ae7aacb97e3', '001_0d4db35de2d4a64b', '002_12a69261f9476b84', '004_3a76839b33e1ea7f'];
/** A label's numbering (一、 （二） 3.): a letter changed there would make another row. */
const NUMBERING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+\s*[.．、])/;

/** The labels of `what` as the format words them, by table, label and occurrence, where written. */
function labelsOf(text: string): Map<string, { start: number; text: string }> {
  const model = parse(text);
  const out = new Map<string, { start: number; text: string }>();
  for (const t of model.tables) {
    const seen = new Map<string, number>();
    for (const l of t.labels) {
      if (l.what !== values.what || !l.exact || l.span.parts) continue;
      const n = seen.get(l.canonical) ?? 0;
      seen.set(l.canonical, n + 1);
      const at = writtenExtentOf(l.span, model.source);
      out.set(`${t.id}:${l.canonical}#${n}`, { start: at.start, text: text.slice(at.start, at.end) });
    }
  }
  return out;
}

/** Offsets in `written` of the label's letters past its numbering. */
function letters(written: string): number[] {
  const from = NUMBERING.exec(written)?.[0].length ?? 0;
  const out: number[] = [];
  for (let i = from; i < written.length; i++) if (/[\u4e00-\u9fff]/.test(written[i])) out.push(i);
  return out;
}

const gaps = readKnownGaps();
const typed = values.letter!;
const byFamily = new Map<string, number>();
const byKind = new Map<string, number>();
const examples: string[] = [];
let cases = 0;
for (const name of SEEDS) {
  const source = `seeds/${name}.txt`;
  const text = readFileSync(join(FIXTURES, source), 'utf8');
  const labels = labelsOf(text);
  const renders = renderings()
    .filter((r) => r.source === source && !r.file.endsWith('.pdf') && !gaps.has(r.id) && (!values.family || r.family === values.family))
    .map((r) => {
      const rendered = readFileSync(r.path, 'utf8');
      return { ...r, text: rendered, labels: labelsOf(rendered) };
    });
  for (const [key, label] of labels) {
    const own = letters(label.text);
    for (let nth = 0; nth < own.length; nth++) {
      if (label.text[own[nth]] === typed) continue;
      const typo = (t: string, where: { start: number; text: string }) => {
        const i = where.start + letters(where.text)[nth];
        return t.slice(0, i) + typed + t.slice(i + 1);
      };
      const expected = findingIds(typo(text, label));
      for (const r of renders) {
        const there = r.labels.get(key);
        if (!there || there.text.replace(/\s/g, '') !== label.text.replace(/\s/g, '')) continue;
        cases++;
        const got = findingIds(typo(r.text, there));
        if (JSON.stringify(got) === JSON.stringify(expected)) continue;
        const missing = expected.filter((id) => !got.includes(id));
        const extra = got.filter((id) => !expected.includes(id));
        byFamily.set(r.family, (byFamily.get(r.family) ?? 0) + 1);
        const kind = `${r.family}: missing ${missing.map((id) => id.slice(0, 5)).join(',') || '-'}; extra ${extra.map((id) => id.slice(0, 5)).join(',') || '-'}`;
        byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
        if (examples.length < Number(values.examples))
          examples.push(
            `${r.id} ${key} letter ${nth} → ${typed}\n  missing ${missing.join('\n          ')}\n  extra   ${extra.join('\n          ')}`,
          );
      }
    }
  }
}
const differ = [...byFamily.values()].reduce((a, b) => a + b, 0);
console.log(`${values.what} labels, one letter → ${typed}: ${differ} of ${cases} renderings differ from the report as written`);
for (const [family, n] of [...byFamily].sort((a, b) => b[1] - a[1])) console.log(`  ${family}: ${n}`);
for (const [kind, n] of [...byKind].sort((a, b) => b[1] - a[1])) console.log(`${String(n).padStart(5)}  ${kind}`);
if (examples.length > 0) console.log(`\n${examples.join('\n')}`);
