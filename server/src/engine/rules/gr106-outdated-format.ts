import { defineRule } from './rule';
import { TABLE_NAMES } from '../i18n';

/** The first reporting year of the revised format (国办公开办函〔2021〕30号). */
const FORMAT_2021_FROM = 2021;

export default defineRule({
  code: 'GR106',
  name: 'outdated-format',
  severity: 'warning',
  fixable: false,
  category: 'tables',
  summary: {
    zh: '2021 年及以后的报告仍使用 2019 年试行格式的表格',
    en: 'A report for 2021 or later uses the 2019 trial format’s tables',
  },
  docs: {
    why: {
      zh: '2021 年起年报使用国办公开办函〔2021〕30号修订的格式：表一第（一）项改为本年制发件数、本年废止件数、现行有效件数，去掉了第（九）项；表二“（六）其他处理”分为三行。沿用 2019 年试行格式的表格会被评议为格式不规范。',
      en: 'From reporting year 2021 the revised format (国办公开办函〔2021〕30号) applies: table 1’s first block counts 本年制发件数 · 本年废止件数 · 现行有效件数 and block (九) is gone; table 2 splits （六）其他处理 into three rows. Tables in the 2019 trial layout are graded as non-conforming.',
    },
    wrong: '某局2022年政府信息公开工作年度报告\n…\n第二十条第（一）项\n信息内容\t本年新制作数量\t本年新公开数量\t对外公开总数量',
    right: '某局2022年政府信息公开工作年度报告\n…\n第二十条第（一）项\n信息内容\t本年制发件数\t本年废止件数\t现行有效件数',
  },
  check({ model, report, options }) {
    const year = model.title?.year?.value;
    if (year === undefined || year < FORMAT_2021_FROM) return;
    // A local profile may keep the trial format on purpose (configuration `profile`).
    if (options.profile === 'trial-2019') return;
    const { source } = model;
    for (const table of model.tables) {
      if (table.format !== 2019) continue;
      report({
        start: source.lineStarts[table.firstLine],
        end: source.lineEnd(table.firstLine),
        message: {
          zh: `${TABLE_NAMES[table.id].zh}使用的是 2019 年试行格式，${year} 年度报告应使用 2021 年修订的格式`,
          en: `${TABLE_NAMES[table.id].en} follows the 2019 trial format; a report for ${year} uses the 2021 revised format`,
        },
      });
    }
  },
});
