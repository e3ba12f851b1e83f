// What the parser reads, on its own (server/src/engine/parse/view.ts): an HTML page's
// text (a line per block, a TAB between cells), Word style junk and PDF page footers left
// out, a PDF's hard-wrapped lines joined, headings run together with a flattened web line
// put on lines of their own. Each case is a small text written the way such sources write
// it, with the view's text and where its characters lead back written by hand. The
// fixture tests reach these only through whole reports.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isHtmlPage, readView } from '../../server/src/engine/parse/view';
import { ViewText } from '../../server/src/engine/text/view';
import type { SourceText } from '../../server/src/engine/text/source';

/** Where each view character leads in the text as written. */
const mapOf = (v: SourceText): number[] => Array.from({ length: v.text.length }, (_, i) => v.toOriginal(i));
/** '+' for a character the view added, '.' for one written. */
const addedOf = (v: SourceText): string =>
  Array.from({ length: v.text.length }, (_, i) => (v.toOriginalEnd(i, i + 1) === v.toOriginal(i) + 1 ? '.' : '+')).join('');
const viewText = (text: string): string => readView(text).text;

// ---------------------------------------------------------------------------------------
// HTML pages

test('isHtmlPage: five block tags (p, div, span, br, h1–h6, any case) make a page, four do not', () => {
  assert.equal(isHtmlPage('<p>一</p><div>二</div><span>三</span><br>四<h2>五</h2>'), true);
  assert.equal(isHtmlPage('<p>一</p><div>二</div><span>三</span><br>四'), false);
  assert.equal(isHtmlPage('<h1>一</h1><h2>二</h2><h3>三</h3><h4>四</h4><h6>五</h6>'), true);
  assert.equal(isHtmlPage('<P>一</P><P>二</P><DIV>三</DIV><BR>四<SPAN>五</SPAN>'), true);
  assert.equal(isHtmlPage('<pre>一</pre><pre>二</pre><pre>三</pre><pre>四</pre><pre>五</pre>'), false);
  assert.equal(isHtmlPage('<table><tr><td>1</td></tr></table>'), false, 'a text with a table in it');
});

test('readView: a text that needs no view is read as written', () => {
  const text = '一、总体情况\n本年度，本机关认真贯彻落实条例。\n';
  const v = readView(text);
  assert.equal(v instanceof ViewText, false);
  assert.equal(v.text, text);
});

test('HTML: a line per block, no empty line for blocks in blocks, none before the first', () => {
  const html = '<div><p>一</p></div><div><p>二</p></div><h2>三</h2><ul><li>四</li></ul><p>五</p>';
  const v = readView(html);
  assert.ok(v instanceof ViewText);
  assert.equal(v.text, '一\n二\n三\n四\n五\n');
  // 一 at 8, its line break at the </p> after it (9).
  assert.deepEqual(mapOf(v).slice(0, 3), [8, 9, 27]);
  assert.equal(addedOf(v), '.+.+.+.+.+');
});

test('HTML: text after a closing block, or before an opening one, is a line of its own', () => {
  assert.equal(viewText('<p>一</p>二<p>三</p><p>四</p><p>五</p><p>六</p>'), '一\n二\n三\n四\n五\n六\n');
  assert.equal(viewText('一<p>二</p><p>三</p><p>四</p><p>五</p><p>六</p>'), '一\n二\n三\n四\n五\n六\n');
  assert.equal(viewText('<p>一</p><p>二</p><p>三</p><p>四</p><p>五</p>六'), '一\n二\n三\n四\n五\n六');
});

test('HTML: inline tags part no words; <br> breaks a line', () => {
  assert.equal(viewText('<p>一<b>二</b><span>三</span><a href="#">四</a></p><p>五</p><p>六</p><p>七</p>'), '一二三四\n五\n六\n七\n');
  assert.equal(viewText('一<br>二<br/>三<br />四<br>五<p>六</p>'), '一\n二\n三\n四\n五\n六\n');
});

test('HTML: white space or &nbsp; alone between blocks opens no line', () => {
  const v = readView('<p>一</p>\n<p>二</p><p>三</p><p>四</p>&nbsp;<p>五</p>');
  assert.equal(v.text, '一\n 二\n三\n四\n 五\n');
  assert.equal(addedOf(v), '.++.+.+.++.+', 'the space for a line break or &nbsp; is added, not written');
});

test('HTML: a row a line, a TAB just past each <td …> tag but the first', () => {
  const html =
    '<p>表1</p><table><tr><th>项目</th><th>数量</th></tr><tr><td>总计</td><td class="n">12</td></tr></table>' +
    '<p>说明</p><p>一</p><p>二</p><p>三</p>';
  const v = readView(html);
  assert.equal(v.text, '表1\n项目\t数量\n总计\t12\n说明\n一\n二\n三\n');
  const tab = v.text.indexOf('\t');
  assert.equal(v.toOriginal(tab), html.indexOf('数量'));
  assert.equal(v.toOriginal(tab + 1), html.indexOf('数量'));
  const tab2 = v.text.lastIndexOf('\t');
  assert.equal(v.toOriginal(tab2), html.indexOf('12'));
  assert.equal(addedOf(v).slice(tab - 2, tab + 3), '..+..');
  // The row's line break is at its </tr>.
  assert.equal(v.toOriginal(v.text.indexOf('\n', tab)), html.indexOf('</tr>'));
});

test('HTML: a row of empty cells is a line of its own, its TAB inside the second cell', () => {
  const html = '<p>一</p><p>二</p><p>三</p><p>四</p><p>五</p><table><tr><td></td><td></td></tr><tr><td>1</td></tr></table>';
  const v = readView(html);
  assert.equal(v.text, '一\n二\n三\n四\n五\n\t\n1\n');
  assert.equal(v.toOriginal(v.text.indexOf('\t')), html.indexOf('<td></td></tr>') + 4);
});

test('HTML: inside a cell, blocks and <br> only part words (商业<p>企业, 结果<br/>纠正)', () => {
  const html =
    '<p>一</p><p>二</p><p>三</p><p>四</p><p>五</p><table><tr><td>商业<p>企业</p></td><td>结果<br/>纠正</td></tr>' +
    '<tr><td><p>法人</p><p>其他</p></td></tr></table>';
  const v = readView(html);
  assert.equal(v.text, '一\n二\n三\n四\n五\n商业企业 \t结果 纠正\n法人 其他 \n');
  assert.equal(v.toOriginal(v.text.indexOf(' ')), html.indexOf('</p></td>'));
});

test('HTML: a table of <th> cells ends its cells: blocks after it are lines again', () => {
  const html = '<table><tr><th>甲</th><th>乙</th></tr></table><p>一</p><p>二</p><p>三</p><p>四</p><p>五</p>';
  assert.equal(viewText(html), '甲\t乙\n一\n二\n三\n四\n五\n');
});

test('HTML: head, title, style, script and buttons are left out, nested or not', () => {
  const html =
    '<html><head><title>标题</title>头里<style>p{color:red}</style></head><body>' +
    '<p>一</p><script>var s = "<p>x</p>";</script><p>二</p>甲<button><div>确定</div></button>乙' +
    '<p>三</p><p>四</p><p>五</p></body></html>';
  assert.equal(viewText(html), '一\n二\n甲乙\n三\n四\n五\n');
});

test('HTML: entities decoded (&amp; &lt; &#20013; &#x4e2d; &nbsp;), line breaks and TABs in the source as spaces', () => {
  const html = '<p>a&amp;b&lt;c&gt;&#20013;&#x4e2d;&nbsp;d</p><p>一\r\n二\t三</p><p>三</p><p>四</p><p>五</p>';
  const v = readView(html);
  assert.equal(v.text, 'a&b<c>中中 d\n一  二 三\n三\n四\n五\n');
  // & leads to its entity, b to itself; the decoded &nbsp; is added white space.
  assert.equal(v.toOriginal(1), html.indexOf('&amp;'));
  assert.equal(v.toOriginal(2), html.indexOf('b&lt;'));
  assert.equal(v.toOriginal(6), html.indexOf('&#20013;'));
  assert.equal(v.toOriginal(7), html.indexOf('&#x4e2d;'));
  assert.equal(addedOf(v).slice(0, 10), '........+.');
});

test('HTML: a page footer paragraph is left out too, the text after it leading back to itself', () => {
  const html = '<p>一</p><p>二</p><p>-1-</p><p>三</p><p>第 2 页</p><p>四</p>';
  const v = readView(html);
  assert.equal(v.text, '一\n二\n三\n四\n');
  assert.equal(v.toOriginal(4), html.indexOf('三'));
  assert.equal(v.toOriginal(6), html.indexOf('四'));
});

test('HTML: the page’s view fills an empty cell over the <br/> it holds', () => {
  const html = '<p>一</p><p>二</p><p>三</p><p>四</p><p>五</p><table><tr><td>总计</td><td><br/></td><td>3</td></tr></table>';
  const v = readView(html) as ViewText;
  assert.equal(v.text, '一\n二\n三\n四\n五\n总计\t \t3\n');
  const cell = v.text.indexOf('\t') + 1;
  const br = html.indexOf('<br/>');
  assert.deepEqual(v.fillExtent(cell), { start: br, end: br + 5 });
});

// ---------------------------------------------------------------------------------------
// Page footers

test('footers: page numbers a PDF keeps between lines are left out with their line breaks', () => {
  const text = [
    '正文第一页。',
    '-1-',
    '正文第二页。',
    '— 2 —',
    '第 3 页',
    '第3页 共10页',
    '第3页，共10页',
    '3/10',
    '  －4－  ',
    '正文完。',
  ].join('\n');
  const v = readView(text);
  assert.equal(v.text, '正文第一页。\n正文第二页。\n正文完。');
  assert.equal(v.toOriginal(7), text.indexOf('正文第二页'));
  assert.equal(v.toOriginal(14), text.indexOf('正文完'));
});

test('footers: a line that only looks like one is text (第3页内容, a number, 40 characters at most)', () => {
  const kept = ['第3页内容如下。', '1-2', '—'.repeat(20) + '1' + '—'.repeat(20)].join('\n');
  assert.equal(readView(kept) instanceof ViewText, false);
  const dropped = `正文。\n${'—'.repeat(19)}1${'—'.repeat(20)}\n完。`;
  assert.equal(viewText(dropped), '正文。\n完。');
});

test('footers: a CRLF or CR line break goes with the footer line', () => {
  const crlf = readView('正文。\r\n- 1 -\r\n完。');
  assert.equal(crlf.text, '正文。\r\n完。');
  assert.deepEqual(mapOf(crlf), [0, 1, 2, 3, 4, 12, 13]);
  assert.equal(viewText('正文。\r- 1 -\r完。'), '正文。\r完。');
  assert.equal(viewText('正文。\n- 1 -\n完。'), '正文。\n完。');
});

// ---------------------------------------------------------------------------------------
// Headings run together with a flattened web line

test('headings: a heading inside a line goes on a line of its own, the line breaks added', () => {
  const v = readView('前言一、总体情况本年');
  assert.equal(v.text, '前言\n一、总体情况\n本年');
  assert.deepEqual(mapOf(v), [0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 8, 9]);
  assert.equal(addedOf(v), '..+......+..');
});

test('headings: at the line’s start (after indentation or a BOM) no break goes before it', () => {
  assert.equal(viewText('　　一、总体情况本年'), '　　一、总体情况\n本年');
  assert.equal(viewText('\ufeff一、总体情况本年'), '\ufeff一、总体情况\n本年');
  assert.equal(viewText(' \t一、总体情况本年'), ' \t一、总体情况\n本年');
});

test('headings: a title going on with punctuation (：，, spaces before it) or ending the line breaks only before', () => {
  assert.equal(viewText('说明一、总体情况：本年'), '说明\n一、总体情况：本年');
  assert.equal(viewText('说明一、总体情况 ，本年'), '说明\n一、总体情况 ，本年');
  assert.equal(viewText('说明一、总体情况'), '说明\n一、总体情况');
  assert.equal(viewText('说明三、收到和处理政府信息公开申请情况'), '说明\n三、收到和处理政府信息公开申请情况');
});

test('headings: a title closed by 。 with its table going on breaks after the 。', () => {
  assert.equal(viewText('说明二、主动公开政府信息情况。表1'), '说明\n二、主动公开政府信息情况。\n表1');
  assert.equal(viewText('说明二、主动公开政府信息情况 。表1'), '说明\n二、主动公开政府信息情况 。\n表1');
  assert.equal(viewText('说明二、主动公开政府信息情况。'), '说明\n二、主动公开政府信息情况。');
  assert.equal(viewText('说明二、主动公开政府信息情况。 '), '说明\n二、主动公开政府信息情况。 ');
});

test('headings: each heading of a page flattened onto one line, the lines of a text kept', () => {
  const text = '标题\n本机关发布报告。一、总体情况本年度。二、主动公开政府信息情况。表1\n完';
  assert.equal(viewText(text), '标题\n本机关发布报告。\n一、总体情况\n本年度。\n二、主动公开政府信息情况。\n表1\n完');
});

test('headings worded by their key words: run onto the end of a line, each goes on a line of its own', () => {
  // The titles the section reader takes by key words (SECTION_TITLE_WORDS), not the view's
  // fixed list: after a sentence, with white space between or not.
  for (const heading of [
    '一、基本情况',
    '一、总体概况',
    '二、主动公开情况',
    '二、政府信息主动公开情况',
    '三、依申请公开情况',
    '三、受理和处理政府信息公开申请情况',
    '四、行政复议和行政诉讼情况',
    '五、存在的问题及改进措施',
    '五、主要问题和整改措施',
    '六、其他事项',
    '六、其他需报告的事项',
  ]) {
    assert.equal(viewText(`如有疑问请联系。${heading}`), `如有疑问请联系。\n${heading}`, heading);
    assert.equal(viewText(`如有疑问请联系。 ${heading}`), `如有疑问请联系。 \n${heading}`, heading);
    assert.equal(viewText(`如有疑问请联系。\u3000${heading}\n正文。`), `如有疑问请联系。\u3000\n${heading}\n正文。`, heading);
  }
  const v = readView('联系。六、其他事项');
  assert.equal(v.text, '联系。\n六、其他事项');
  assert.deepEqual(mapOf(v), [0, 1, 2, 3, 3, 4, 5, 6, 7, 8]);
  assert.equal(addedOf(v), '...+......');
});

test('headings worded by their key words: after a table row (a TAB, a number, a pipe) or a closing mark too, the title up to a stop or a colon', () => {
  assert.equal(viewText('行政事业性收费\t0\t\t三、依申请公开情况'), '行政事业性收费\t0\t\t\n三、依申请公开情况');
  assert.equal(viewText('结转下年度继续办理\t1\t三、依申请公开情况'), '结转下年度继续办理\t1\t\n三、依申请公开情况');
  assert.equal(viewText('0 0 0 0四、行政复议和行政诉讼情况'), '0 0 0 0\n四、行政复议和行政诉讼情况');
  assert.equal(viewText('| 行政事业性收费 | 0 |三、依申请公开情况'), '| 行政事业性收费 | 0 |\n三、依申请公开情况');
  assert.equal(viewText('（详见附件）六、其他事项'), '（详见附件）\n六、其他事项');
  assert.equal(viewText('如下：一、基本情况'), '如下：\n一、基本情况');
  // A report without a preamble runs its first heading onto its title.
  assert.equal(viewText('某局2022年政府信息公开工作年度报告一、基本情况'), '某局2022年政府信息公开工作年度报告\n一、基本情况');
  assert.equal(viewText('某局2022年政务公开年报 一、总体概况'), '某局2022年政务公开年报 \n一、总体概况');
  // The title goes up to a stop or a colon, the section's text after it staying on its line
  // (the section reader reads the title up to there).
  assert.equal(viewText('联系。六、其他事项：本年度未收取信息处理费。'), '联系。\n六、其他事项：本年度未收取信息处理费。');
  assert.equal(viewText('联系。六、其他事项。本年度未收取信息处理费。'), '联系。\n六、其他事项。本年度未收取信息处理费。');
  // Spaces around 、 as pdftotext leaves them.
  assert.equal(viewText('联系。六 、 其他事项'), '联系。\n六 、 其他事项');
  // The 2025 variant numbers 存在的主要问题 六, after 五、信息处理费收取情况.
  assert.equal(viewText('联系。六、存在问题和改进措施'), '联系。\n六、存在问题和改进措施');
  assert.equal(viewText('联系。五、政府信息公开信息处理费收取情况'), '联系。\n五、政府信息公开信息处理费收取情况');
  // Two on one line, and with a heading of the fixed list.
  assert.equal(viewText('联系。一、基本情况。二、主动公开情况'), '联系。\n一、基本情况。\n二、主动公开情况');
  assert.equal(viewText('联系。五、存在的主要问题及改进情况。六、其他事项'), '联系。\n五、存在的主要问题及改进情况。\n\n六、其他事项');
});

test('headings worded by their key words: prose with a numeral and 、 is not broken, the heading after it is', () => {
  // Each line ends on a heading, which the line breaks before; the rest is prose that only
  // looks like one: an enumeration (第二、三季度, 一、二级, 三、四件), text not ending before the
  // numeral, another section's numeral, a title naming no section or too long, a digit.
  for (const prose of [
    '在第二、三季度主动公开信息12条。',
    '全区一、二级单位依申请公开办理规范。',
    '本年度。一、二级单位依申请公开。',
    '共三、四件。三、四件依申请公开。',
    '本年度第三、依申请公开情况。',
    '本机关二、主动公开情况。',
    '主要做法：一、加强主动公开。',
    '本年度。二、依申请公开情况良好。',
    '本年度。六、加强队伍建设。',
    '本年度。6、其他事项。',
    // After a title's end only the first section's heading (a reference to a section is prose).
    '详见本报告二、主动公开情况。',
    '本年度报告一、二级单位依申请公开。',
    `本年度。二、主动公开${'政'.repeat(37)}。`,
  ]) {
    assert.equal(viewText(`${prose}六、其他事项`), `${prose}\n六、其他事项`, prose);
  }
  // A title of 40 characters is a heading's, of 41 a sentence's.
  const forty = `主动公开${'政'.repeat(36)}`;
  assert.equal(forty.length, 40);
  assert.equal(viewText(`联系。二、${forty}`), `联系。\n二、${forty}`);
  assert.equal(readView(`联系。二、${forty}政`) instanceof ViewText, false);
  // At the line's start the heading is read as written.
  assert.equal(readView('六、其他事项\n　　二、主动公开情况\n') instanceof ViewText, false);
});

// ---------------------------------------------------------------------------------------
// Word style junk

const JUNK =
  'Normal 0 7.8 磅 0 2 false false false EN-US ZH-CN X-NONE /* Style Definitions */ ' +
  'table.MsoNormalTable {mso-style-name:普通表格; mso-padding-alt:0cm 5.4pt 0cm 5.4pt;}';

test('junk: Word’s style sheet pasted with a web page’s text is left out', () => {
  const text = `本机关发布报告。${JUNK}本年度无。`;
  const v = readView(text);
  assert.equal(v.text, '本机关发布报告。本年度无。');
  assert.equal(v.toOriginal(8), 8 + JUNK.length);
  assert.equal(v.toOriginal(7), 7);
});

test('junk: twice on a line, both left out', () => {
  assert.equal(viewText(`甲${JUNK}乙${JUNK}丙`), '甲乙丙');
});

test('junk: no style sheet after Normal 0 … 磅 (or none near it, or no rules block) and the text is kept', () => {
  const noSheet = '字号为Normal 0 10.5 磅的正文。';
  assert.equal(readView(noSheet) instanceof ViewText, false);
  const noBlock = '字号为Normal 0 10.5 磅，见 MsoNormalTable 说明。';
  assert.equal(readView(noBlock) instanceof ViewText, false);
  const far = `Normal 0 7.8 磅${'x'.repeat(2000)}table.MsoNormalTable {a:b;}`;
  assert.equal(readView(far) instanceof ViewText, false);
});

// ---------------------------------------------------------------------------------------
// A PDF's hard-wrapped lines

// Four paragraphs, each four lines wrapped mid-sentence and a fifth ending it: 20 lines of
// prose, 16 of them wrapped.
const PARAGRAPHS = [
  [
    '本年度，本机关坚持以公开为常态、不公开为例外',
    '的原则，认真贯彻落实政府信息公开条例的各项要',
    '求，进一步加强政府信息公开工作，不断提升政务',
    '公开的质量和实效，及时回应社会关切，主动接受',
    '群众监督，取得了较好的成效。',
  ],
  [
    '本机关通过门户网站、政务新媒体和新闻发布会等',
    '渠道主动公开政府信息，全年共发布各类信息数百',
    '条，其中政策文件和解读材料占了相当大的比重，',
    '重点领域信息公开做到了应公开尽公开，群众获取',
    '信息的渠道更加便捷和畅通。',
  ],
  [
    '本机关严格按照法定程序和时限办理依申请公开事',
    '项，规范答复格式和文书内容，对申请人提出的问',
    '题做到逐项回应，全年未出现逾期答复的情况，申',
    '请人对答复结果总体满意，未引发行政复议和行政',
    '诉讼，依申请公开工作平稳有序。',
  ],
  [
    '本机关加强政府信息公开平台建设，优化网站栏目',
    '设置，完善信息检索功能，方便群众查阅，同时加',
    '强信息发布审核，确保发布内容准确规范，防止泄',
    '露国家秘密和个人隐私，切实维护公开工作的严肃',
    '性和权威性，为群众提供优质的服务。',
  ],
];
const BODY = PARAGRAPHS.map((p) => p.join('\n')).join('\n');
const JOINED = PARAGRAPHS.map((p) => p.join('')).join('\n');
/** The view of BODY and then `lines`, its lines after BODY's. */
const after = (...lines: string[]): string[] =>
  readView(`${BODY}\n${lines.join('\n')}\n`)
    .text.split('\n')
    .slice(4);

test('hard wraps: lines a PDF wrapped mid-sentence are joined, each paragraph a line', () => {
  const v = readView(`${BODY}\n`);
  assert.ok(v instanceof ViewText);
  assert.equal(v.text, `${JOINED}\n`);
  // The second line's first character leads back to where it is written.
  assert.equal(v.toOriginal(PARAGRAPHS[0][0].length), PARAGRAPHS[0][0].length + 1);
});

// 3 paragraphs of 5 lines (4 wrapped), then 5 sentences of a line each, one of 12
// characters: 20 lines of prose, 12 of them wrapped.
const SENTENCES = [
  '全年共收到政府信息公开申请若干件。',
  '全年未发生因政府信息公开引发的复议。',
  '本机关将继续做好政府信息公开工作。',
  '本机关将进一步完善信息公开制度。',
  '本年未收取信息处理费用。',
];
const TWENTY = [...PARAGRAPHS.slice(0, 3).flat(), ...SENTENCES];

test('hard wraps: 20 lines of prose, 12 of them wrapped, are enough; 19 lines or 11 wrapped are not', () => {
  assert.equal(SENTENCES[4].length, 12);
  assert.equal(TWENTY.length, 20);
  const joined = readView(TWENTY.join('\n'));
  assert.deepEqual(joined.text.split('\n'), [...PARAGRAPHS.slice(0, 3).map((p) => p.join('')), ...SENTENCES]);
  // 19 lines of prose: read as written.
  assert.equal(readView(TWENTY.slice(0, 19).join('\n')) instanceof ViewText, false);
  // 11 of 20 wrapped (one wrapped line now ends its sentence; a space after a 。 still ends it).
  const fewer = [...TWENTY];
  fewer[0] = '本年度，本机关坚持以公开为常态、不公开为例外。 ';
  assert.equal(readView(fewer.join('\n')) instanceof ViewText, false);
});

test('hard wraps: lines with TABs, | or <>, and lines in columns, are not prose', () => {
  // 19 lines of prose (12 wrapped) and table rows: not enough.
  const lines = [
    ...TWENTY.slice(0, 19),
    '本年新收政府信息公开申请数量\t12',
    '| 本年新收政府信息公开申请数量 | 12 |',
    '<td>本年新收政府信息公开申请数量',
    '本年新收政府信息公开申请数量    12',
  ];
  assert.equal(readView(lines.join('\n')) instanceof ViewText, false);
});

test('hard wraps: a blank line, a sentence’s end or a numbered item ends the joining', () => {
  const [w1, w2] = PARAGRAPHS[0];
  assert.deepEqual(after(w1, '', w2), [w1, '', w2, '']);
  assert.deepEqual(after(w1, '（二）依申请公开情况', w2), [w1, '（二）依申请公开情况', w2, '']);
  assert.deepEqual(after(w1, '　　（二）依申请公开情况'), [w1, '　　（二）依申请公开情况', '']);
  assert.deepEqual(after(w1, '1、属于国家秘密的'), [w1, '1、属于国家秘密的', '']);
  assert.deepEqual(after(w1, '第二十条规定的'), [w1, '第二十条规定的', '']);
  assert.deepEqual(after('本机关认真贯彻落实条例。 ', w2), ['本机关认真贯彻落实条例。 ', w2, '']);
});

test('hard wraps: page metadata (发布时间：, 来源：) is a line of its own', () => {
  const [w1, w2] = PARAGRAPHS[0];
  assert.deepEqual(after(w1, '来源：市政府办公室'), [w1, '来源：市政府办公室', '']);
  assert.deepEqual(after('发布时间：2024-01-15', w2), ['发布时间：2024-01-15', w2, '']);
});

test('hard wraps: table rows (TABs, |, <>, columns) are never joined', () => {
  const [w1, w2] = PARAGRAPHS[0];
  assert.deepEqual(after(w1, '本年新收申请\t12'), [w1, '本年新收申请\t12', '']);
  assert.deepEqual(after(`${w1}\t`, w2), [`${w1}\t`, w2, '']);
  assert.deepEqual(after(w1, '本年新收申请 | 12'), [w1, '本年新收申请 | 12', '']);
  assert.deepEqual(after(w1, '<b>本年新收申请'), [w1, '<b>本年新收申请', '']);
  assert.deepEqual(after(w1, '本年新收申请    12'), [w1, '本年新收申请    12', '']);
  assert.deepEqual(after('本年新收申请    12', w2), ['本年新收申请    12', w2, '']);
});

test('hard wraps: a heading or a short numbered sub-heading stays on its line', () => {
  const [w1, w2] = PARAGRAPHS[0];
  assert.deepEqual(after('一、总体情况', w2), ['一、总体情况', w2, '']);
  // pdftotext's spacing around 、 makes it no numbered item, still a heading.
  const spaced = '四 、 因政府信息公开工作被申请行政复议、提起行政诉讼的情况';
  assert.deepEqual(after(spaced, w2), [spaced, w2, '']);
  // Two characters more and it is still the heading's line; more, and the line goes on.
  assert.deepEqual(after(`${spaced}如下`, w2), [spaced, '如下', w2, '']);
  assert.deepEqual(after(`${spaced}如下本机关`, w2), [spaced, `如下本机关${w2}`, '']);
  // A numbered line of 30 characters is a sub-heading; of 31, a sentence going on.
  const sub = '（一）本机关主动公开政府信息的情况和依申请公开工作的基本情况';
  assert.equal(sub.length, 30);
  assert.deepEqual(after(sub, w2), [sub, w2, '']);
  const sentence = '（一）本机关主动公开政府信息和依申请公开政府信息工作的基本情况';
  assert.equal(sentence.length, 31);
  assert.deepEqual(after(sentence, w2), [sentence + w2, '']);
  assert.deepEqual(after(w1, w2), [w1 + w2, '']);
});

test('hard wraps: a heading run together at the end of a line (a PDF line joined with the heading under it) ends that line', () => {
  const [w1, w2] = PARAGRAPHS[0];
  // The heading goes on a line of its own; the section's text under it is not joined to its title.
  assert.deepEqual(after(`${w1}。一、总体情况`, w2), [`${w1}。`, '一、总体情况', w2, '']);
  assert.deepEqual(after(`${w1}五、存在的主要问题及改进措施`, w2), [w1, '五、存在的主要问题及改进措施', w2, '']);
  // A title that only ends like one (情况 without a heading's numeral, 第一、) is a sentence going on.
  assert.deepEqual(after(`${w1}情况`, w2), [`${w1}情况${w2}`, '']);
  assert.deepEqual(after(`${w1}第一、总体情况`, w2), [`${w1}第一、总体情况${w2}`, '']);
});

test('hard wraps: a heading worded by its key words run onto the end of a line ends that line', () => {
  const [w1, w2] = PARAGRAPHS[0];
  assert.deepEqual(after(`${w1}。六、其他事项`, w2), [`${w1}。`, '六、其他事项', w2, '']);
  assert.deepEqual(after(`${w1}。三、依申请公开情况 `, w2), [`${w1}。`, '三、依申请公开情况 ', w2, '']);
  // Its title closed by a stop or a colon with text after it, the line goes on as before.
  assert.deepEqual(after(`${w1}。六、其他事项：本年度`, w2), [`${w1}。`, `六、其他事项：本年度${w2}`, '']);
  // Prose that only looks like one (an enumeration, no text ending before it) goes on.
  assert.deepEqual(after(`${w1}。一、二级单位依申请公开`, w2), [`${w1}。一、二级单位依申请公开${w2}`, '']);
  assert.deepEqual(after(`${w1}二、主动公开情况`, w2), [`${w1}二、主动公开情况${w2}`, '']);
});

test('hard wraps: a footer between two wrapped lines goes, the lines are joined, indentation dropped', () => {
  const [w1, w2] = PARAGRAPHS[0];
  assert.deepEqual(after(w1, '-3-', w2), [w1 + w2, '']);
  assert.deepEqual(after(w1, '　　' + w2), [w1 + w2, '']);
  assert.deepEqual(after(w1, '-3-'), [w1, '']);
  assert.deepEqual(after(w1, '-3-', '- 4 -', '第5页', '-6-', w2), [w1, w2, '']);
});

test('hard wraps: a word and a number wrapped apart keep a space between them', () => {
  assert.deepEqual(after('本机关的年度报告同时提供PDF', 'Word两种格式供公众下载'), [
    '本机关的年度报告同时提供PDF Word两种格式供公众下载',
    '',
  ]);
  assert.deepEqual(after('本机关的年度报告同时提供PDF ', 'Word两种格式供公众下载'), [
    '本机关的年度报告同时提供PDF  Word两种格式供公众下载',
    '',
  ]);
  assert.deepEqual(after('本机关的PDF格式年度报告同时', 'Word两种格式供公众下载'), [
    '本机关的PDF格式年度报告同时Word两种格式供公众下载',
    '',
  ]);
});
