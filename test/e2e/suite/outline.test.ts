// The outline as VS Code's document-symbol command returns it.

import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, openReport, seedPath } from './helpers';

suite('outline', () => {
  teardown(closeAllEditors);

  test('title, six sections, sub-headings, tables and their blocks', async () => {
    const { uri } = await openReport(seedPath('000'));
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
    assert.ok(symbols && symbols.length > 0, 'no symbols');
    assert.match(symbols[0].name, /嘉善县科学技术局 2022 年政府信息公开工作年度报告/);
    const sections = symbols.filter((s) => /^[一二三四五六]、/.test(s.name));
    assert.deepEqual(
      sections.map((s) => s.name.slice(0, 1)),
      ['一', '二', '三', '四', '五', '六'],
    );
    assert.equal(sections[0].children.length, 5, 'the five aspects of 总体情况');
    const table1 = sections[1].children.find((c) => c.name.startsWith('表一'));
    assert.ok(table1, 'table 1 under section 二');
    assert.deepEqual(
      table1.children.map((b) => b.name),
      ['第二十条第（一）项', '第二十条第（五）项', '第二十条第（六）项', '第二十条第（八）项'],
    );
    assert.ok(sections[2].children.some((c) => c.name.startsWith('表二')));
    assert.ok(sections[3].children.some((c) => c.name.startsWith('表三')));
  });
});
