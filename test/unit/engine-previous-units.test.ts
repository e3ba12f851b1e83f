// Which report is last year's (previous.ts): a report's unit and year from its title alone,
// read from its first lines exactly as the whole text reads them, whatever the line endings.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { headLines, identityKey, previousKey, reportIdentity } from '../../server/src/engine/previous';

test('headLines: up to and including the n-th line ending, LF, CRLF or a lone CR', () => {
  assert.equal(headLines('a\nb\nc\n', 2), 'a\nb\n');
  assert.equal(headLines('a\r\nb\r\nc', 1), 'a\r\n');
  assert.equal(headLines('a\rb\rc', 2), 'a\rb\r');
  assert.equal(headLines('a\r\nb\rc\nd', 3), 'a\r\nb\rc\n');
  assert.equal(headLines('a\nb', 5), 'a\nb', 'fewer lines: the whole text');
  assert.equal(headLines('', 1), '');
});

test('reportIdentity: the unit and year of the title; none without either', () => {
  const body = '\n一、总体情况\n正文';
  assert.deepEqual(reportIdentity(`某县科学技术局2022年政府信息公开工作年度报告${body}`), { unit: '某县科学技术局', year: 2022 });
  assert.deepEqual(reportIdentity(`某县科学技术局 2022 年政府信息公开工作年度报告\r\n${body.replace(/\n/g, '\r\n')}`), {
    unit: '某县科学技术局',
    year: 2022,
  });
  assert.equal(reportIdentity(`某县科学技术局政府信息公开工作年度报告${body}`), undefined, 'no year');
  assert.equal(reportIdentity(`2022年政府信息公开工作年度报告${body}`), undefined, 'no unit');
  assert.equal(identityKey({ unit: '某县科学技术局', year: 2022 }), '某县科学技术局@2022');
  assert.equal(previousKey({ unit: '某县科学技术局', year: 2022 }), '某县科学技术局@2021');
});
