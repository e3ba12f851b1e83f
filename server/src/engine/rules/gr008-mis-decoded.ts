import { defineRule } from './rule';
import { misDecodingOfModel } from '../text/mojibake';

export default defineRule({
  code: 'GR008',
  name: 'mis-decoded',
  severity: 'error',
  fixable: false,
  category: 'structure',
  summary: {
    zh: '文本像是用错误的编码打开的（GBK 文件按 UTF-8 读取等），其他检查不再进行',
    en: 'The text looks decoded with the wrong encoding (GBK read as UTF-8, …); no other check runs',
  },
  check({ model, report }) {
    const found = misDecodingOfModel(model);
    if (!found) return;
    const { source } = model;
    const line = source.positionAt(found.first).line;
    // The line as written: a mis-decoded text may be read through a view whose lines join
    // several written ones, so the span is cut to the written line of the first mark.
    const writtenLine = (at: number) => source.original.positionAt(source.toOriginal(at)).line;
    const target = writtenLine(found.first);
    let start = found.first;
    while (start > source.lineStarts[line] && writtenLine(start - 1) === target) start--;
    let end = found.first;
    while (end < source.lineEnd(line) && writtenLine(end) === target) end++;
    const how =
      found.kind === 'replacement'
        ? { zh: `有 ${found.marks} 个“�”替换字符`, en: `${found.marks} replacement characters (�)` }
        : { zh: `有 ${found.marks} 处典型乱码`, en: `${found.marks} typical mojibake characters` };
    report({
      start,
      end,
      message: {
        zh: `文本像是用错误的编码打开的（${how.zh}），请用正确的编码（如 GB 18030）重新打开；在此之前不做其他检查`,
        en: `The text looks decoded with the wrong encoding (${how.en}); reopen it with the right one (e.g. GB 18030). No other check runs until then`,
      },
    });
  },
});
