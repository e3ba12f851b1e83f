// The TextMate grammar (syntaxes/govreport.tmLanguage.json), run through the same
// tokenizer VS Code uses (vscode-textmate + the Oniguruma wasm), on real lines of the
// seed reports. Each check names the scope a piece of text must have and, where it
// matters, the scopes it must not have (table rows that begin with 一、 are not
// section headings; the line after a split title is not part of it).

import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { before, describe, it } from 'node:test';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const ROOT = path.resolve(__dirname, '../..');
const GRAMMAR = path.join(ROOT, 'syntaxes/govreport.tmLanguage.json');
const SEEDS = path.join(ROOT, 'test/fixtures/seeds');

interface Token {
  text: string;
  start: number;
  scopes: string[];
}

let grammar: vsctm.IGrammar;

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = fs.readFileSync(path.join(ROOT, 'node_modules/vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM({ data: wasm });
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName) =>
      scopeName === 'text.govreport' ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null,
  });
  const loaded = await registry.loadGrammar('text.govreport');
  assert.ok(loaded, 'grammar text.govreport did not load');
  return loaded;
}

/** Tokenizes a whole document, carrying the rule stack from line to line as VS Code does. */
function tokenize(text: string): Token[][] {
  let state = vsctm.INITIAL;
  return text.split(/\r?\n/).map((line) => {
    const result = grammar.tokenizeLine(line, state);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, scopes: t.scopes }));
  });
}

function seed(prefix: string): string {
  const file = fs.readdirSync(SEEDS).find((name) => name.startsWith(prefix) && name.endsWith('.txt'));
  assert.ok(file, `no seed ${prefix}`);
  return fs.readFileSync(path.join(SEEDS, file), 'utf8');
}

class Doc {
  readonly lines: string[];
  readonly tokens: Token[][];
  constructor(readonly text: string) {
    this.lines = text.split(/\r?\n/);
    this.tokens = tokenize(text);
  }

  /** Index of the first line for which `match` holds. */
  line(match: string | RegExp, from = 0): number {
    const index = this.lines.findIndex((l, i) => i >= from && (typeof match === 'string' ? l.includes(match) : match.test(l)));
    assert.notEqual(index, -1, `no line matching ${String(match)}`);
    return index;
  }

  /**
   * The scopes of `needle` on line `line` (its `nth` occurrence). Every character of the
   * needle must sit in tokens that carry the same scopes, so a scope covering only part
   * of the needle fails.
   */
  scopes(line: number, needle: string, nth = 0): string[] {
    const text = this.lines[line]!;
    let at = -1;
    for (let i = 0; i <= nth; i++) {
      at = text.indexOf(needle, at + 1);
      assert.notEqual(at, -1, `"${needle}" (#${nth}) not on line ${line}: ${JSON.stringify(text)}`);
    }
    const end = at + needle.length;
    const covering = this.tokens[line]!.filter((t) => t.start < end && t.start + t.text.length > at);
    const first = covering[0]!.scopes.join(' ');
    for (const t of covering) {
      assert.equal(
        t.scopes.join(' '),
        first,
        `"${needle}" is split over tokens with different scopes on line ${line}: ${JSON.stringify(covering)}`,
      );
    }
    return covering[0]!.scopes;
  }
}

function has(scopes: string[], prefix: string): boolean {
  return scopes.some((s) => s === prefix || s.startsWith(`${prefix}.`));
}

function assertScope(doc: Doc, line: number, needle: string, want: string, nth = 0): void {
  const scopes = doc.scopes(line, needle, nth);
  assert.ok(has(scopes, want), `"${needle}" on line ${line} should be ${want}, has ${scopes.join(' ')}`);
}

function assertNoScope(doc: Doc, line: number, needle: string, unwanted: string, nth = 0): void {
  const scopes = doc.scopes(line, needle, nth);
  assert.ok(!has(scopes, unwanted), `"${needle}" on line ${line} should not be ${unwanted}, has ${scopes.join(' ')}`);
}

describe('grammar text.govreport', () => {
  before(async () => {
    grammar = await loadGrammar();
  });

  it('declares the scope name the manifest points at', () => {
    const raw = JSON.parse(fs.readFileSync(GRAMMAR, 'utf8'));
    assert.equal(raw.scopeName, 'text.govreport');
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    const contributed = pkg.contributes.grammars.find((g: { language?: string }) => g.language === 'govreport');
    assert.equal(contributed.scopeName, 'text.govreport');
    assert.equal(path.resolve(ROOT, contributed.path), GRAMMAR);
  });

  describe('title', () => {
    it('a one-line title with stray spaces (seed 000, 003)', () => {
      const doc = new Doc(seed('000'));
      const t = doc.line('年政府信息公开工作年度报告');
      assertScope(doc, t, '嘉善县科学技术局', 'markup.heading.title');
      assertScope(doc, t, '嘉善县科学技术局', 'entity.name.section');
      assertScope(doc, t, '年度报告', 'markup.heading.title');
      assertScope(doc, t, '2022', 'constant.numeric.year');

      const doc3 = new Doc(seed('003'));
      const t3 = doc3.line('工作年度报告');
      assertScope(doc3, t3, '工作年度报告', 'markup.heading.title');
      assertScope(doc3, t3, '2023', 'constant.numeric.year');
    });

    it('a title wrapped onto two lines (seed 001), and the region closes after it', () => {
      const doc = new Doc(seed('001'));
      assertScope(doc, 0, '富阳区科学技术局', 'markup.heading.title');
      assertScope(doc, 1, '工作年度报告', 'markup.heading.title');
      assertScope(doc, 1, '工作年度报告', 'entity.name.section.title');
      const overview = doc.line(/^一、总体情况/);
      assertNoScope(doc, overview, '总体情况', 'markup.heading.title');
      assertScope(doc, overview, '总体情况', 'markup.heading.1');
    });

    it('a line with a year that is not a title is not one', () => {
      const doc = new Doc(seed('001'));
      const wrapped = new Doc(`${doc.lines[0]}\n\n一、总体情况`);
      assertScope(wrapped, 0, '富阳区', 'markup.heading.title');
      assertNoScope(wrapped, 2, '总体情况', 'markup.heading.title');
      const doc0 = new Doc(seed('000'));
      const narrative = doc0.line(/^2022 年，嘉善县科技局/);
      assertNoScope(doc0, narrative, '嘉善县科技局', 'markup.heading');
      const signature = new Doc('嘉善县科学技术局\n2023年1月20日');
      assertNoScope(signature, 1, '2023年1月20日', 'markup.heading');
      assertScope(signature, 1, '2023年1月20日', 'constant.other.date');
    });
  });

  describe('section headings', () => {
    it('一、 … 六、 at line start', () => {
      const doc = new Doc(seed('000'));
      const h = doc.line(/^二、主动公开政府信息情况/);
      assertScope(doc, h, '二、', 'punctuation.definition.heading');
      assertScope(doc, h, '二、', 'markup.heading.1');
      assertScope(doc, h, '主动公开政府信息情况', 'entity.name.section');
      assertScope(doc, h, '主动公开政府信息情况', 'markup.heading.1');
      const six = doc.line(/^六、其他需要报告的事项/);
      assertScope(doc, six, '其他需要报告的事项', 'markup.heading.1');
    });

    it('the 5、 / 6、 variants of a Word export (seed 001)', () => {
      const doc = new Doc(seed('001'));
      const five = doc.line(/^5、 存在的主要问题/);
      assertScope(doc, five, '5、', 'punctuation.definition.heading');
      assertScope(doc, five, '存在的主要问题及改进情况', 'markup.heading.1');
      const six = doc.line(/^6、 其他需要报告/);
      assertScope(doc, six, '其他需要报告的事项', 'entity.name.section');
    });

    it('table rows numbered 一、 … 四、 are rows, not headings', () => {
      const doc = new Doc(seed('000'));
      const row = doc.line(/^一、本年新收政府信息公开申请数量\t/);
      assertNoScope(doc, row, '本年新收政府信息公开申请数量', 'markup.heading');
      assertScope(doc, row, '本年新收政府信息公开申请数量', 'meta.table.row');
      const doc1 = new Doc(seed('001'));
      const cell = doc1.line(/^\t四、结转下年度继续办理/);
      assertNoScope(doc1, cell, '结转下年度继续办理', 'markup.heading');
    });
  });

  describe('sub-headings', () => {
    it('（一） full-width (seed 000)', () => {
      const doc = new Doc(seed('000'));
      const h = doc.line(/^（一）主动公开情况/);
      assertScope(doc, h, '（一）', 'punctuation.definition.heading');
      assertScope(doc, h, '主动公开情况', 'markup.heading.2');
      assertScope(doc, h, '主动公开情况', 'entity.name.section');
    });

    it('(一) half-width and 1. (seed 002)', () => {
      const doc = new Doc(seed('002'));
      const h = doc.line(/^\(二\)依申请公开情况/);
      assertScope(doc, h, '依申请公开情况', 'markup.heading.2');
      const item = doc.line(/^1\.从组织上重视/);
      assertScope(doc, item, '1.', 'punctuation.definition.heading');
      assertScope(doc, item, '从组织上重视', 'markup.heading.2');
      assertNoScope(doc, item, '根据人事变动', 'markup.heading');
    });

    it('（1） with the paragraph run on: only the heading is a heading (seed 001)', () => {
      const doc = new Doc(seed('001'));
      const h = doc.line(/^（1） 主动公开。/);
      assertScope(doc, h, '（1）', 'punctuation.definition.heading');
      assertScope(doc, h, '主动公开', 'markup.heading.2');
      assertNoScope(doc, h, '区科学技术局', 'markup.heading');
      assertScope(doc, h, '2021', 'constant.numeric.year');
    });
  });

  describe('dates', () => {
    it('the statistical period with spaces (seed 003)', () => {
      const doc = new Doc(seed('003'));
      const p = doc.line('统计期限');
      assertScope(doc, p, '2023 年 1 月 1 日', 'constant.other.date');
      assertScope(doc, p, '2023 年 12 月 31 日', 'constant.other.date');
      assertNoScope(doc, p, '统计期限', 'constant');
    });

    it('an ISO publication date with time (seed 002) and a period end without year', () => {
      const doc = new Doc(seed('002'));
      const p = doc.line(/^发布日期/);
      assertScope(doc, p, '2023-01-28 15:26', 'constant.other.date');
      assertNoScope(doc, p, '信息来源', 'constant');
      const period = new Doc('本报告所列数据统计期限为2022年1月1日至12月31日。');
      assertScope(period, 0, '2022年1月1日', 'constant.other.date');
      assertScope(period, 0, '12月31日', 'constant.other.date');
    });
  });

  describe('table numbers', () => {
    it('TAB-separated rows (seed 004)', () => {
      const doc = new Doc(seed('004'));
      const row = doc.line(/^规章\t0\t0\t0/);
      assertScope(doc, row, '0', 'constant.numeric', 0);
      assertScope(doc, row, '0', 'constant.numeric', 2);
      assertNoScope(doc, row, '规章', 'constant.numeric');
      const t2 = doc.line(/^一、本年新收政府信息公开申请数量\t/);
      assertScope(doc, t2, '0', 'constant.numeric', 6);
      const label = doc.line(/\t1\.属于国家秘密\t/);
      assertNoScope(doc, label, '1.', 'constant.numeric');
      assertScope(doc, label, '0', 'constant.numeric');
    });

    it('a table 2 row with a non-zero count (seed 000)', () => {
      const doc = new Doc(seed('000'));
      const row = doc.line(/^一、本年新收政府信息公开申请数量\t/);
      assertScope(doc, row, '3', 'constant.numeric', 0);
      assertScope(doc, row, '3', 'constant.numeric', 1);
    });

    it('one cell per line, each starting with a TAB (seed 001)', () => {
      const doc = new Doc(seed('001'));
      const label = doc.line(/^\t规章$/);
      assertNoScope(doc, label, '规章', 'constant.numeric');
      assertScope(doc, label + 1, '0', 'constant.numeric');
      const header = doc.line(/^\t第二十条第（一）项$/);
      assertNoScope(doc, header, '第二十条第（一）项', 'constant.numeric');
    });

    it('` | ` rows of a web copy (seed 002) and Markdown pipe tables', () => {
      const doc = new Doc(seed('002'));
      const row = doc.line(/^规章 \| 0 \| 0 \| 0 \|/);
      assertScope(doc, row, '0', 'constant.numeric', 1);
      assertScope(doc, row, '|', 'punctuation.separator.table', 0);
      assertNoScope(doc, row, '规章', 'constant.numeric');
      const md = new Doc('| 信息内容 | 本年处理决定数量 |\n| --- | :---: |\n| 行政许可 | 12 |');
      assertScope(md, 2, '12', 'constant.numeric');
      assertScope(md, 1, '---', 'punctuation.separator.table');
      assertNoScope(md, 0, '信息内容', 'constant.numeric');
    });

    it('numbers inside labels are not cells', () => {
      const doc = new Doc(seed('004'));
      const header = doc.line('保留4位小数');
      assertNoScope(doc, header, '4', 'constant.numeric');
    });
  });

  it('export debris is marked (seed 001)', () => {
    const doc = new Doc(seed('001'));
    const line = doc.line('[bookmark: _GoBack]');
    assertScope(doc, line, '[bookmark: _GoBack]', 'comment.other.debris');
  });
});
