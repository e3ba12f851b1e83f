// The outline and folding ranges of a report (what the editor's Outline view and folding
// show), label normalisation and matching, rule settings, and edits applied by the engine.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  applyEdits,
  foldingRanges,
  lint,
  localeFrom,
  outline,
  parse,
  parseRuleSetting,
  resolveRuleSetting,
  ruleCodeFor,
  rules,
} from '../../server/src/engine';
import type { OutlineNode } from '../../server/src/engine';
import { normalizeLabel, numeralValue, similarity, stripNumbering } from '../../server/src/engine/text/normalize';
import { CLEAN, rangeOf, replaceOnce } from './engine-cases';

const tree = (nodes: OutlineNode[]): unknown[] =>
  nodes.map((n) => (n.children.length ? [`${n.kind} ${n.name}`, tree(n.children)] : `${n.kind} ${n.name}`));

test('outline: title, the six sections, their sub-headings, the three tables and their blocks', () => {
  assert.deepEqual(tree(outline(parse(CLEAN))), [
    'title 嘉善县科学技术局 2022 年政府信息公开工作年度报告',
    [
      'section 一、总体情况',
      [
        'subheading （一）主动公开情况',
        'subheading （二）依申请公开情况',
        'subheading （三）政府信息管理情况',
        'subheading （四）平台建设情况',
        'subheading （五）监督保障情况',
      ],
    ],
    [
      'section 二、主动公开政府信息情况',
      [
        [
          'table 表一 主动公开政府信息情况',
          ['block 第二十条第（一）项', 'block 第二十条第（五）项', 'block 第二十条第（六）项', 'block 第二十条第（八）项'],
        ],
      ],
    ],
    [
      'section 三、收到和处理政府信息公开申请情况',
      [
        [
          'table 表二 收到和处理政府信息公开申请情况',
          [
            'block 表头',
            'block 一、本年新收政府信息公开申请数量',
            'block 二、上年结转政府信息公开申请数量',
            'block 三、本年度办理结果',
            'block 四、结转下年度继续办理',
          ],
        ],
      ],
    ],
    [
      'section 四、政府信息公开行政复议、行政诉讼情况',
      [
        [
          'table 表三 政府信息公开行政复议、行政诉讼情况',
          ['block 行政复议', 'block 行政诉讼（未经复议直接起诉）', 'block 行政诉讼（复议后起诉）'],
        ],
      ],
    ],
    ['section 五、存在的主要问题及改进情况', ['subheading （一）存在的主要问题', 'subheading （二）改进措施']],
    'section 六、其他需要报告的事项',
  ]);
});

test('outline: ranges and selection ranges point at the text they name', () => {
  const nodes = outline(parse(CLEAN));
  const title = nodes[0];
  assert.deepEqual(title.range, rangeOf(CLEAN, '嘉善县科学技术局 2022 年政府信息公开工作年度报告'));
  const six = nodes[6];
  assert.deepEqual(six.selectionRange, rangeOf(CLEAN, '六、其他需要报告的事项'));
  const lines = CLEAN.split('\n');
  assert.equal(six.range.start.line, lines.indexOf('六、其他需要报告的事项'));
  // Section 五 ends before 六 begins.
  assert.ok(nodes[5].range.end.line < six.range.start.line);
  const table3 = nodes[4].children[0];
  const groups = table3.children;
  // Each table-3 group spans its five numbers on the data row.
  const row = lines.findIndex((l) => l.startsWith('1\t0\t0\t0\t1\t0'));
  assert.deepEqual(
    groups.map((g) => [g.range.start.line, g.range.start.character, g.range.end.character]),
    [
      [row, 0, 9],
      [row, 10, 19],
      [row, 20, 29],
    ],
  );
});

test('folding ranges: each section, table and sub-heading with more than one line', () => {
  const folds = foldingRanges(parse(CLEAN));
  const lines = CLEAN.split('\n');
  const at = (t: string) => lines.indexOf(t);
  const starts = folds.map((f) => f.startLine);
  for (const heading of [
    '一、总体情况',
    '二、主动公开政府信息情况',
    '三、收到和处理政府信息公开申请情况',
    '四、政府信息公开行政复议、行政诉讼情况',
    '五、存在的主要问题及改进情况',
    '（一）存在的主要问题',
  ]) {
    assert.ok(starts.includes(at(heading)), heading);
  }
  for (const f of folds) assert.ok(f.endLine > f.startLine, JSON.stringify(f));
  const five = folds.find((f) => f.startLine === at('五、存在的主要问题及改进情况'))!;
  // It ends on its last line of text, before the blank line above 六.
  assert.equal(five.endLine, at('六、其他需要报告的事项') - 2);
  assert.equal(lines[five.endLine + 1], '');
});

test('normalizeLabel: width, spaces, quotes, tags and numbering punctuation do not count', () => {
  assert.equal(normalizeLabel('（二）部分公开'), '(二)部分公开');
  assert.equal(normalizeLabel(' 结果 维持 '), '结果维持');
  assert.equal(normalizeLabel('3.危及“三安全一稳定”'), '3.危及三安全一稳定');
  assert.equal(normalizeLabel('3、危及"三安全一稳定"'), '3.危及三安全一稳定');
  assert.equal(normalizeLabel('<b>总计</b>&nbsp;'), '总计');
  assert.equal(normalizeLabel('信息内容：'), '信息内容');
  assert.equal(normalizeLabel('１．属于国家秘密'), '1.属于国家秘密');
  assert.equal(normalizeLabel('\ufeff总\u3000计\u00a0'), '总计');
});

test('stripNumbering removes one leading 一、 / (一) / 1. only', () => {
  assert.equal(stripNumbering('一、本年新收'), '本年新收');
  assert.equal(stripNumbering('(七)总计'), '总计');
  assert.equal(stripNumbering('(12)总计'), '总计');
  assert.equal(stripNumbering('12.其他'), '其他');
  assert.equal(stripNumbering('十一、其他'), '其他');
  assert.equal(stripNumbering('其他1.'), '其他1.');
  assert.equal(stripNumbering('1、其他'), '1、其他');
});

test('similarity: 1 − edit distance / the longer length', () => {
  assert.equal(similarity('', ''), 1);
  assert.equal(similarity('总计', '总计'), 1);
  assert.equal(similarity('abcd', 'abce'), 0.75);
  assert.equal(similarity('ab', 'abcd'), 0.5);
  assert.equal(similarity('', 'ab'), 0);
});

test('numeralValue: Chinese numerals 一–十 and digits of either width', () => {
  assert.deepEqual(['一', '五', '十', '3', '１２', '零', '十一', ''].map(numeralValue), [1, 5, 10, 3, 12, NaN, NaN, NaN]);
});

test('rule settings: severity words, ESLint aliases, codes in any case, names', () => {
  assert.equal(parseRuleSetting('warn'), 'warning');
  assert.equal(parseRuleSetting(' Information '), 'info');
  assert.equal(parseRuleSetting('ERROR'), 'error');
  assert.equal(parseRuleSetting('off'), 'off');
  assert.equal(parseRuleSetting('hint'), 'hint');
  assert.equal(parseRuleSetting('loud'), undefined);
  assert.equal(parseRuleSetting(2), undefined);
  assert.equal(ruleCodeFor('gr201'), 'GR201');
  assert.equal(ruleCodeFor(' applications-balance '), 'GR201');
  assert.equal(ruleCodeFor('GR999'), undefined);
  const gr303 = rules.find((r) => r.code === 'GR303')!;
  assert.equal(resolveRuleSetting(gr303, undefined), 'info');
  assert.equal(resolveRuleSetting(gr303, { gr303: 'error' }), 'error');
  assert.equal(resolveRuleSetting(gr303, { 'missing-period': 'off' }), 'off');
  assert.equal(resolveRuleSetting(gr303, { GR303: 'hint', 'missing-period': 'off' }), 'hint');
});

test('rule settings change what lint reports', () => {
  const text = replaceOnce(CLEAN, '五、存在的主要问题及改进情况', '5、存在的主要问题及改进情况');
  assert.deepEqual(
    lint(text, { rules: { GR004: 'error' } }).findings.map((f) => f.severity),
    ['error'],
  );
  assert.deepEqual(lint(text, { rules: { 'section-numbering': 'off' } }).findings, []);
  assert.deepEqual(
    lint(text, { rules: { gr004: 'hint' } }).findings.map((f) => f.severity),
    ['hint'],
  );
});

test('findings come in document order, then by code', () => {
  let text = replaceOnce(CLEAN, '2022 年 1 月 1 日至 2022 年 12 月 31 日', '2021 年 1 月 1 日至 2022 年 12 月 31 日');
  text = replaceOnce(text, '五、存在的主要问题及改进情况', '5、存在的主要问题及改进情况');
  text = replaceOnce(text, '本年废止件数', '本年度止件数');
  assert.deepEqual(
    lint(text).findings.map((f) => f.code),
    ['GR301', 'GR105', 'GR004'],
  );
});

test('localeFrom: zh-CN, zh_TW.UTF-8, zh → zh; anything else → en; nothing → the fallback', () => {
  assert.equal(localeFrom('zh-CN', 'en'), 'zh');
  assert.equal(localeFrom(' zh_TW.UTF-8', 'en'), 'zh');
  assert.equal(localeFrom('ZH', 'en'), 'zh');
  assert.equal(localeFrom('en-US', 'zh'), 'en');
  assert.equal(localeFrom('C', 'zh'), 'en');
  assert.equal(localeFrom('ezh', 'zh'), 'en');
  assert.equal(localeFrom(undefined, 'zh'), 'zh');
  assert.equal(localeFrom('  ', 'en'), 'en');
  assert.equal(localeFrom(42, 'en'), 'en');
});

test('applyEdits applies LSP edits against the original text, and refuses overlaps', () => {
  const text = 'ab\ncd\r\nef';
  const r = (l1: number, c1: number, l2: number, c2: number) => ({ start: { line: l1, character: c1 }, end: { line: l2, character: c2 } });
  assert.equal(
    applyEdits(text, [
      { range: r(0, 0, 0, 1), newText: 'A' },
      { range: r(2, 1, 2, 2), newText: 'F' },
      { range: r(1, 0, 1, 0), newText: '>' },
    ]),
    'Ab\n>cd\r\neF',
  );
  assert.equal(applyEdits(text, []), text);
  assert.throws(
    () =>
      applyEdits(text, [
        { range: r(0, 0, 0, 2), newText: 'x' },
        { range: r(0, 1, 1, 0), newText: 'y' },
      ]),
    /overlapping/,
  );
  // Positions past a line's end or past the last line clamp to the end.
  assert.equal(applyEdits(text, [{ range: r(0, 9, 0, 9), newText: '!' }]), 'ab!\ncd\r\nef');
  assert.equal(applyEdits(text, [{ range: r(1, 2, 1, 7), newText: '!' }]), 'ab\ncd!\r\nef');
  assert.equal(applyEdits(text, [{ range: r(7, 0, 9, 0), newText: '!' }]), 'ab\ncd\r\nef!');
  // Touching edits are not overlapping.
  assert.equal(
    applyEdits(text, [
      { range: r(0, 0, 0, 1), newText: '1' },
      { range: r(0, 1, 0, 2), newText: '2' },
    ]),
    '12\ncd\r\nef',
  );
});
