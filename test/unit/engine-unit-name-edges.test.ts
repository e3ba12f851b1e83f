// Whose report it is decides GR304's deadline: a department (局, 办公室 …) by 31 January, a
// whole government (本级政府, or a unit that is no department) by 31 March. The unit's
// name is the title before its year, up to a bracket, without a trailing 本级. Also GR502's
// English message and fix. Expectations written from the format.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CLEAN, findingsOf, replaceOnce } from './engine-cases';

const TITLE = '嘉善县科学技术局 2022 年政府信息公开工作年度报告';
const FEE = '本年度无收取信息处理费情况。';
/** The clean report titled `title`, signed and dated 1 March 2023: late for a department only. */
const titled = (title: string) => replaceOnce(replaceOnce(CLEAN, TITLE, title), FEE, `${FEE}\n嘉善县\n2023年3月1日`);
const late = (title: string) => findingsOf(titled(title), 'GR304').length === 1;

test('a department publishes by 31 January; a whole government by 31 March', () => {
  assert.equal(late(TITLE), true);
  assert.equal(late('嘉善县 2022 年政府信息公开工作年度报告'), false);
  // 本级政府 in the title: the government's summary report, whatever the unit's ending.
  assert.equal(late('嘉善县人民政府办公室 2022 年本级政府信息公开工作年度报告'), false);
  // The unit up to a bracket: 嘉善县科学技术局（嘉善县知识产权局） is a department.
  assert.equal(late('嘉善县科学技术局（嘉善县知识产权局）2022 年政府信息公开工作年度报告'), true);
  // A trailing 本级 is left off: 嘉善县科学技术局本级 is the department.
  assert.equal(late('嘉善县科学技术局本级 2022 年政府信息公开工作年度报告'), true);
});

test('GR502 in English: the repeated word named, and a text fix that deletes it', () => {
  const text = replaceOnce(CLEAN, '一、总体情况\n', '一、总体情况\n本年度政府政府信息公开工作有序推进。\n');
  const [f, ...rest] = findingsOf(text, 'GR502', { locale: 'en' });
  assert.deepEqual(rest, []);
  assert.equal(f.message, '"政府" is written twice in a row');
  assert.equal(f.fix?.title, 'Delete the repeated "政府"');
  assert.equal(f.fix?.kind, 'text');
  assert.deepEqual(
    f.fix?.edits.map((e) => e.newText),
    [''],
  );
});
