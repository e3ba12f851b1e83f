// Property tests of fixing (fast-check). In `npm test` at a small size; `npm run test:fuzz`
// runs them longer (FUZZ_RUNS).
//
//  1. Any single changed number in table 2 or 3 of a balanced seed: fix-all leaves every
//     figure as typed, and one of the offered quick fixes restores the original exactly.
//  2. Any report mutated (line endings LF / CRLF / CR / mixed, fragments inserted, lines
//     dropped): fix-all converges, is idempotent, keeps every figure, removes no line
//     ending, inserts only the document's own, never edits between CR and LF, and its
//     LSP edits — applied by the LSP library itself — give exactly the CLI's text. With
//     figures opted in it still converges and is idempotent.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, fixAll, fixAllEdits, lint, parse } from '../../server/src/engine';
import { figuresOf, readFixture } from './helpers';

const RUNS = Number(process.env.FUZZ_RUNS ?? 15);
const BALANCED = ['000_83736ae7aacb97e3.txt', '001_0d4db35de2d4a64b.txt', '002_12a69261f9476b84.txt', '004_3a76839b33e1ea7f.txt'].map((f) =>
  readFixture('seeds', f),
);
const ALL = [...BALANCED, readFixture('seeds', '003_e7290be93566281d.txt'), readFixture('rules', 'gr2xx-several-errors.txt')];

/** The number cells of tables 2 and 3, per balanced seed. */
const CELLS = BALANCED.map((text) =>
  parse(text)
    .tables.filter((t) => t.id !== 1)
    .flatMap((t) => t.rows.flatMap((r) => (r.kind === 'data' && !r.malformed ? r.values : []))),
);

test('a changed number: fix-all keeps every figure, a quick fix restores the original', () => {
  fc.assert(
    fc.property(fc.nat(BALANCED.length - 1), fc.nat(10_000), fc.integer({ min: 0, max: 999 }), (s, c, value) => {
      const text = BALANCED[s];
      const cell = CELLS[s][c % CELLS[s].length];
      fc.pre(value !== cell.value);
      const changed = text.slice(0, cell.start) + String(value) + text.slice(cell.end);
      const findings = lint(changed).findings.filter((f) => /^GR2/.test(f.code));
      assert.ok(findings.length > 0, 'the change is found');
      assert.deepEqual(figuresOf(fixAll(changed).text), figuresOf(changed));
      const fixes = findings.flatMap((f) => f.fixes ?? []);
      assert.ok(
        fixes.some((f) => applyEdits(changed, f.edits) === text),
        `no quick fix restores ${cell.rowKey}/${cell.columnKey}: ${fixes.map((f) => f.title).join(' | ')}`,
      );
    }),
    { numRuns: RUNS * 4 },
  );
});

const FRAGMENTS = [
  '无',
  '\t',
  ' ',
  '0',
  '7',
  '２',
  '-',
  '/',
  '2021',
  '年',
  '\n',
  '\r\n',
  '\r',
  '一、',
  '（三）',
  '总计',
  '社会组织',
  '本年度止件数',
  '5、',
  '|',
];

type Mutation = { kind: 'insert'; at: number; text: string } | { kind: 'dropLine'; at: number } | { kind: 'eol'; style: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.constantFrom(...FRAGMENTS) }),
  fc.record({ kind: fc.constant('dropLine' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('eol' as const), style: fc.constantFrom('\n', '\r\n', '\r', 'mixed') }),
);

function mutate(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    if (m.kind === 'insert') {
      const at = m.at % (out.length + 1);
      out = out.slice(0, at) + m.text + out.slice(at);
    } else if (m.kind === 'dropLine') {
      const lines = out.split('\n');
      lines.splice(m.at % lines.length, 1);
      out = lines.join('\n');
    } else {
      let i = 0;
      const endings = ['\n', '\r\n', '\r'];
      out = out.replace(/\r\n|\r|\n/g, () => (m.style === 'mixed' ? endings[i++ % 3] : m.style));
    }
  }
  return out;
}

/** Where the line endings are, as [offset, ending] pairs. */
function endings(text: string): string[] {
  return [...text.matchAll(/\r\n|\r|\n/g)].map((m) => m[0]);
}

test('fix-all on mutated reports: converges, idempotent, keeps figures and line endings, LSP = CLI', () => {
  fc.assert(
    fc.property(fc.nat(ALL.length - 1), fc.array(mutation, { maxLength: 6 }), (s, mutations) => {
      const text = mutate(ALL[s], mutations);
      const result = fixAll(text);
      assert.ok(result.converged, `no convergence in ${result.passes} passes`);
      assert.equal(fixAll(result.text).text, result.text, 'not idempotent');
      assert.deepEqual(figuresOf(result.text), { ...figuresOf(text), ...figuresOf(result.text) }, 'a figure changed');
      for (const [key, value] of Object.entries(figuresOf(text))) assert.equal(figuresOf(result.text)[key] ?? value, value);

      // Every edit: nothing removed across a line ending, no edge inside CR LF, new lines in the document's own ending.
      const own = /\r\n/.test(text) && endings(text).filter((e) => e === '\r\n').length * 2 > endings(text).length ? '\r\n' : null;
      for (const e of result.edits) {
        assert.doesNotMatch(text.slice(e.start, e.end), /[\r\n]/, 'an edit removed a line ending');
        for (const at of [e.start, e.end]) assert.ok(!(text[at - 1] === '\r' && text[at] === '\n'), 'an edit edge between CR and LF');
        if (!/\n/.test(text)) assert.doesNotMatch(e.newText, /\n/, 'LF added to a file without LF');
        if (own) assert.doesNotMatch(e.newText.replace(/\r\n/g, ''), /[\r\n]/, 'a CRLF file got another ending');
      }
      // The LSP edits, applied by the LSP library, give exactly what the CLI writes.
      const lsp = fixAllEdits(text);
      assert.equal(TextDocument.applyEdits(TextDocument.create('file:///r.txt', 'plaintext', 1, text), lsp), result.text);

      const withFigures = fixAll(text, { figures: true });
      assert.ok(withFigures.converged, `figures: no convergence in ${withFigures.passes} passes`);
      assert.equal(fixAll(withFigures.text, { figures: true }).text, withFigures.text, 'figures: not idempotent');
    }),
    { numRuns: RUNS },
  );
});
