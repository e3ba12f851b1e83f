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
import { FIXTURES } from '../test/unit/helpers';
import { findingIds, readKnownGaps, renderings } from '../test/unit/invariance';
import { labelLetters, tableLabels } from '../test/fuzz/properties';

const { values } = parseArgs({
  options: {
    what: { type: 'string', default: 'row' },
    letter: { type: 'string', default: '的' },
    family: { type: 'string' },
    examples: { type: 'string', default: '0' },
  },
});
const what = values.what === 'column' ? 'column' : 'row';
const SEEDS = ['000_83736ae7aacb97e3', '001_0d4db35de2d4a64b', '002_12a69261f9476b84', '004_3a76839b33e1ea7f'];
const gaps = readKnownGaps();
const typed = values.letter!;
const byFamily = new Map<string, number>();
const byKind = new Map<string, number>();
const examples: string[] = [];
let cases = 0;
for (const name of SEEDS) {
  const source = `seeds/${name}.txt`;
  const text = readFileSync(join(FIXTURES, source), 'utf8');
  const labels = tableLabels(text, what);
  const renders = renderings()
    .filter((r) => r.source === source && !r.file.endsWith('.pdf') && !gaps.has(r.id) && (!values.family || r.family === values.family))
    .map((r) => {
      const rendered = readFileSync(r.path, 'utf8');
      return { ...r, text: rendered, labels: tableLabels(rendered, what) };
    });
  for (const [key, label] of labels) {
    const own = labelLetters(label.text);
    for (let nth = 0; nth < own.length; nth++) {
      if (label.text[own[nth]] === typed) continue;
      const typo = (t: string, where: { start: number; text: string }) => {
        const i = where.start + labelLetters(where.text)[nth];
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
