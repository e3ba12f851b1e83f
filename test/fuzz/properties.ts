// Properties of the engine checked with fast-check on generated documents. The same
// properties run at a small size in `npm test` (test/unit/properties.test.ts) and at a
// large one in `npm run test:fuzz`; FUZZ_RUNS sets the number of documents per property,
// FUZZ_SEED replays a failure (fast-check prints the seed and path of the shrunk case).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { foldingRanges, lint, looksLikeReport, outline, parse, type Finding, type Range } from '../../server/src/engine';
import { findingIds, readKnownGaps, renderings } from '../unit/invariance';
import { writtenExtentOf } from '../../server/src/engine/model';
import { TABLE2_GROUPS } from '../../server/src/engine/format/table2';

const FIXTURES = join(__dirname, '..', 'fixtures');
const read = (...parts: string[]) => readFileSync(join(FIXTURES, ...parts), 'utf8');

/** Balanced reports in every layout family the fixtures hold. */
export const CLEAN_LAYOUTS = [
  'tab-clean.txt',
  'crlf-tab-clean.txt',
  'pipe-clean.txt',
  'bom-pipe-clean.txt',
  'markdown-clean.txt',
  'html-table-clean.txt',
  'cell-per-line-clean.txt',
  'fullwidth-digits-clean.txt',
  'blank-lines-split-labels-clean.txt',
].map((name) => ({ name, text: read('layouts', name) }));

/** Pieces that steer mutations towards what the parser looks at. */
const TOKENS = [
  '\t',
  '\n',
  '\r\n',
  '\r',
  ' ',
  '　',
  '|',
  ' | ',
  '| --- |',
  '<tr>',
  '</tr>',
  '<td>',
  '</td>',
  '<th>',
  '<',
  '>',
  '&nbsp;',
  '0',
  '7',
  '12',
  '１２',
  '-3',
  '1.5',
  '1,234',
  '无',
  '一、',
  '二、',
  '三、',
  '（一）',
  '(二)',
  '5、',
  '总计',
  '合计',
  '自然人',
  '法人或其他组织',
  '商业企业',
  '2022年',
  '1月1日',
  '12月31日',
  '2月30日',
  '至',
  '统计期限',
  '政府信息公开',
  '年度报告',
  '第二十条第(一)项',
  '信息内容',
  '.',
  '。',
  ':',
  '\uFEFF',
  '\u0000',
  '\uD800',
  '𠀋',
];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...TOKENS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

interface Edit {
  at: number;
  remove: number;
  insert: string[];
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.oneof(fc.constant(0), fc.nat(8), fc.nat(400)),
  insert: fc.array(token, { maxLength: 6 }),
});

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    out = out.slice(0, at) + e.insert.join('') + out.slice(at + e.remove);
  }
  return out;
}

/** A real report with a few random edits: the documents the parser is likeliest to meet. */
export const mutatedReport: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...CLEAN_LAYOUTS), fc.array(edit, { minLength: 1, maxLength: 12 }))
  .map(([{ text }, edits]) => applyEdits(text, edits));

/** Anything: arbitrary strings, runs of report tokens, and mutated reports. */
export const anyDocument: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.array(token, { maxLength: 200 }).map((t) => t.join('')),
  mutatedReport,
  mutatedReport,
);

function inside(text: string, lines: string[], range: Range, what: string): void {
  const { start, end } = range;
  for (const p of [start, end]) {
    assert.ok(Number.isInteger(p.line) && p.line >= 0 && p.line < lines.length, `${what}: line ${p.line} of ${lines.length}`);
    assert.ok(p.character >= 0 && p.character <= lines[p.line].length, `${what}: ${p.line}:${p.character} past the line's end`);
  }
  assert.ok(start.line < end.line || (start.line === end.line && start.character <= end.character), `${what}: ends before it starts`);
  void text;
}

/** The document's lines as the engine counts them (LF, CRLF and lone CR end a line). */
function linesOf(text: string): string[] {
  return text.split(/\r\n|\n|\r/);
}

export function checkRanges(text: string, findings: readonly Finding[]): void {
  const lines = linesOf(text);
  for (const f of findings) {
    inside(text, lines, f.range, f.code);
    for (const r of f.related) inside(text, lines, r.range, `${f.code} related`);
    for (const e of f.fix?.edits ?? []) inside(text, lines, e.range, `${f.code} fix`);
  }
}

/** Lint, outline and folding never throw, and every range lies inside the document. */
export const neverThrowsRangesInside = fc.property(anyDocument, (text) => {
  const { report, findings } = lint(text);
  checkRanges(text, findings);
  const lines = linesOf(text);
  const visit = (nodes: ReturnType<typeof outline>) => {
    for (const n of nodes) {
      inside(text, lines, n.range, `outline ${n.name}`);
      visit(n.children);
    }
  };
  visit(outline(report));
  for (const f of foldingRanges(report)) assert.ok(f.startLine >= 0 && f.endLine < lines.length, 'folding range outside');
});

/**
 * Any number of table 2 or 3 changed to any other number, in a balanced report in any
 * layout, is found: a balance finding (GR201–GR204) on the changed cell or naming it
 * among its related cells.
 */
export const changedNumberFound = fc.property(
  fc.constantFrom(...CLEAN_LAYOUTS),
  fc.nat(),
  fc.integer({ min: 1, max: 999 }),
  ({ name, text }, pick, delta) => {
    const model = parse(text);
    const cells = model.tables
      .filter((t) => t.id !== 1)
      .flatMap((t) => t.rows.flatMap((r) => r.values))
      .filter((c) => c.status === 'ok');
    assert.ok(cells.length >= 100, `${name}: only ${cells.length} number cells read`);
    const cell = cells[pick % cells.length];
    const changed = text.slice(0, cell.start) + String(cell.value! + delta) + text.slice(cell.end);
    const at = model.source.positionAt(cell.start);
    const covers = (r: Range) => r.start.line === at.line && r.start.character === at.character;
    const found = lint(changed).findings.filter((f) => /^GR2/.test(f.code));
    assert.ok(
      found.some((f) => covers(f.range) || f.related.some((r) => covers(r.range))),
      `${name}: ${cell.rowKey}/${cell.columnKey} ${cell.value} → ${cell.value! + delta} not found (${found.map((f) => f.code).join(', ') || 'no balance finding'})`,
    );
  },
);

/**
 * A report's table 2 and 3 number cells by table, row and column key, each where it is
 * written (a web page's cell in its HTML, not in the text read from it).
 */
function numberCells(text: string): Map<string, { start: number; end: number; value: number }> {
  const model = parse(text);
  const cells = new Map<string, { start: number; end: number; value: number }>();
  for (const t of model.tables)
    if (t.id !== 1)
      for (const r of t.rows)
        for (const c of r.values)
          if (c.status === 'ok') cells.set(`${t.id}:${c.rowKey}/${c.columnKey}`, { ...writtenExtentOf(c, model.source), value: c.value! });
  return cells;
}

const LAYOUT_CELLS = CLEAN_LAYOUTS.map(({ name, text }) => {
  const cells = numberCells(text);
  return { name, text, cells, values: JSON.stringify([...cells].map(([k, c]) => `${k}=${c.value}`)) };
});
const CELL_KEYS = [...LAYOUT_CELLS[0].cells.keys()];

/**
 * Findings do not depend on layout: the same one or two table 2 or 3 cells changed by the
 * same amounts (the second up or down) in every layout of the clean report give the same
 * findings on the same cells, with the same messages, where the layouts hold the same
 * figures. A few fixtures are other reports: their messages quote their own figures, so with
 * them only the codes and cells are compared, and only when no change took a cell below 0
 * (set to 0 instead, it would be another change there).
 */
export const sameFindingsInEveryLayout = fc.property(
  fc.nat(),
  fc.integer({ min: 1, max: 999 }),
  fc.nat(),
  fc.integer({ min: -50, max: 50 }),
  (first, delta, second, delta2) => {
    const keys = [CELL_KEYS[first % CELL_KEYS.length], CELL_KEYS[second % CELL_KEYS.length]];
    const changes = new Map([
      [keys[0], delta],
      [keys[1], keys[1] === keys[0] ? delta : delta2],
    ]);
    let clamped = false;
    const seen = LAYOUT_CELLS.map(({ name, text, cells, values }) => {
      assert.deepEqual([...cells.keys()], CELL_KEYS, `${name}: other cells read than in ${LAYOUT_CELLS[0].name}`);
      let changed = text;
      for (const [key, by] of [...changes].sort(([a], [b]) => cells.get(b)!.start - cells.get(a)!.start)) {
        const c = cells.get(key)!;
        if (c.value + by < 0) clamped = true;
        changed = changed.slice(0, c.start) + String(Math.max(0, c.value + by)) + changed.slice(c.end);
      }
      return { name, values, findings: findingIds(changed) };
    });
    const [base] = seen;
    for (const other of seen.slice(1)) {
      const same = other.values === base.values;
      if (!same && clamped) continue;
      // Without the message: the code and, for a finding on a cell, the cell.
      const shown = (id: string) => (same ? id : /^\S+( \[[^\]]*\])?/.exec(id)![0]);
      assert.deepEqual(
        other.findings.map(shown).sort(),
        base.findings.map(shown).sort(),
        `${keys.join(' and ')} changed: ${other.name} against ${base.name}`,
      );
    }
  },
);

/**
 * A report's row (or column) labels as the format words them, by table, label and occurrence,
 * each where it is written and its written text. Labels in pieces among other text are left out.
 */
export function tableLabels(text: string, what: 'row' | 'column' = 'row'): Map<string, { start: number; end: number; text: string }> {
  const model = parse(text);
  const labels = new Map<string, { start: number; end: number; text: string }>();
  for (const t of model.tables) {
    const seen = new Map<string, number>();
    for (const l of t.labels) {
      if (l.what !== what || !l.exact || l.span.parts) continue;
      const n = seen.get(l.canonical) ?? 0;
      seen.set(l.canonical, n + 1);
      const at = writtenExtentOf(l.span, model.source);
      labels.set(`${t.id}:${l.canonical}#${n}`, { ...at, text: text.slice(at.start, at.end) });
    }
  }
  return labels;
}

/** A label's numbering (一、 （二） 3. 4．), which a letter changed in would make another row. */
const LABEL_NUMBERING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+\s*[.．、])/;

/** Offsets in a label's written text of its letters past its numbering. */
export function labelLetters(written: string): number[] {
  const from = LABEL_NUMBERING.exec(written)?.[0].length ?? 0;
  const out: number[] = [];
  for (let i = from; i < written.length; i++) if (/[\u4e00-\u9fff]/.test(written[i])) out.push(i);
  return out;
}

/**
 * The balanced seeds and their renderings by LibreOffice, pdftotext, pdf.js, turndown and as
 * crawler text (test/fixtures/rendered), those with no known gap: as text, with their cells.
 */
const KNOWN_GAPS = readKnownGaps();
const RENDERED_SEEDS = ['000_83736ae7aacb97e3', '001_0d4db35de2d4a64b', '002_12a69261f9476b84', '004_3a76839b33e1ea7f'].map((name) => {
  const source = `seeds/${name}.txt`;
  const text = readFileSync(join(FIXTURES, source), 'utf8');
  const renders = renderings()
    .filter((r) => r.source === source && !r.file.endsWith('.pdf') && !KNOWN_GAPS.has(r.id))
    .map((r) => {
      const rendered = readFileSync(r.path, 'utf8');
      return { id: r.id, family: r.family, text: rendered, cells: numberCells(rendered), labels: tableLabels(rendered) };
    });
  return { source, text, cells: numberCells(text), labels: tableLabels(text), renders };
});

/**
 * A number of a real report changed to another, in the report as written and in each of its
 * renderings: each rendering gets the original's findings, on the same cells, with the same
 * messages. In text whose figures run together (web-run) a figure of two digits or more
 * cannot be told from its neighbours, and the table is rightly left unchecked (GR108); there
 * the new figure has one digit.
 */
export const changedNumberSameInEveryRendering = fc.property(
  fc.nat(RENDERED_SEEDS.length - 1),
  fc.nat(),
  fc.integer({ min: 0, max: 999 }),
  (s, pick, wide) => {
    const seed = RENDERED_SEEDS[s];
    const keys = [...seed.cells.keys()];
    const key = keys[pick % keys.length];
    const cell = seed.cells.get(key)!;
    const written = (at: { start: number; end: number }, text: string, value: number) =>
      text.slice(0, at.start) + String(value) + text.slice(at.end);
    for (const value of new Set([wide, wide % 10])) {
      if (value === cell.value) continue;
      const expected = findingIds(written(cell, seed.text, value));
      for (const r of seed.renders) {
        if (r.family === 'web-run' && value > 9) continue;
        const at = r.cells.get(key);
        assert.ok(at, `${r.id}: ${key} not read`);
        assert.deepEqual(findingIds(written(at, r.text, value)), expected, `${r.id}: ${key} ${cell.value} → ${value}`);
      }
    }
  },
);

/**
 * Letters a clerk may type for another, none of them in a group label (三、本年度办理结果,
 * （六）其他处理…): PDF text sets a group label's letters one by one beside the rows, so a
 * row label's last letter alone on its line, mistyped to one of those, cannot be told from
 * them, and that reading rightly stays quiet.
 */
const TYPED = [...'的人了在和为地以成对与作到说'].filter((c) => !TABLE2_GROUPS.some((g) => g.includes(c)));

/**
 * One letter of a real report's row label changed to another, in the report as written and
 * in each of its renderings alike (where the rendering has the label whole): each rendering
 * gets the original's findings (GR105 on the label, mostly), on the same cells, with the same
 * messages. The label's numbering is left as written.
 */
export const rowLabelTypoSameInEveryRendering = fc.property(
  fc.nat(RENDERED_SEEDS.length - 1),
  fc.nat(),
  fc.nat(),
  fc.constantFrom(...TYPED),
  (s, pick, at, typed) => {
    const seed = RENDERED_SEEDS[s];
    const keys = [...seed.labels.keys()];
    const key = keys[pick % keys.length];
    const label = seed.labels.get(key)!;
    // The nth letter of the label's words, found again in each rendering's text of it.
    const own = labelLetters(label.text);
    fc.pre(own.length > 0);
    const nth = at % own.length;
    fc.pre(label.text[own[nth]] !== typed);
    const typo = (text: string, where: { start: number; text: string }) => {
      const i = where.start + labelLetters(where.text)[nth];
      return text.slice(0, i) + typed + text.slice(i + 1);
    };
    // (A short label with a letter wrong, 的章 for 规章, is too far from any to be one: no GR105.)
    const expected = findingIds(typo(seed.text, label));
    for (const r of seed.renders) {
      const there = r.labels.get(key);
      if (!there || there.text.replace(/\s/g, '') !== label.text.replace(/\s/g, '')) continue;
      assert.deepEqual(findingIds(typo(r.text, there)), expected, `${r.id}: ${key}, letter ${nth} → ${typed}`);
    }
  },
);

const PROSE = [
  '我们',
  '召开',
  '会议',
  '研究',
  '部署',
  '工作',
  '要求',
  '各单位',
  '认真',
  '落实',
  '年度',
  '报告',
  '法治政府',
  '建设',
  '情况',
  '政府信息公开',
  '年报',
  '总体情况',
  '存在问题',
  '下一步',
  '计划',
  '，',
  '。',
  '；',
  '\n',
  '\n\n',
  '2023年',
  '12月31日',
];

/**
 * Texts that are not annual reports: notes and other reports that mention 政府信息公开 and
 * 年报 and may carry up to two of the six section headings, CSV tables, random text.
 */
export const notAReport: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(fc.constantFrom(...PROSE), { maxLength: 300 }).map((w) => w.join('')),
  fc
    .tuple(
      fc.array(fc.constantFrom(...PROSE), { maxLength: 200 }),
      fc.subarray(['一、总体情况', '二、主动公开政府信息情况', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'], { maxLength: 2 }),
    )
    .map(([words, headings]) => ['关于2023年政府信息公开年报编制的会议纪要', ...headings, words.join('')].join('\n')),
  fc
    .array(fc.tuple(fc.nat(9999), fc.nat(9999), fc.date({ noInvalidDate: true })), { maxLength: 80 })
    .map((rows) =>
      ['编号,数量,日期', ...rows.map(([a, b, d]) => `${a},${b},${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`)].join('\n'),
    ),
);

/** Not a report: the detection the editor and the CLI use says so, so it gets no diagnostics. */
export const notAReportIsQuiet = fc.property(notAReport, (text) => {
  assert.equal(looksLikeReport(text), false, JSON.stringify(text.slice(0, 200)));
});

export function runs(defaultRuns: number): fc.Parameters<unknown> {
  const numRuns = Number(process.env.FUZZ_RUNS) || defaultRuns;
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
  return { numRuns, ...(seed !== undefined && { seed }) };
}
