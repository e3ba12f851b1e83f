import { defineRule } from './rule';
import { TABLE_NAMES } from '../i18n';
import { trimmedSpan } from '../text/source';

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
  check({ model, report, options }) {
    const year = model.title?.year?.value;
    // Configuration `profile`: trial-2019 keeps the trial tables on purpose; national-2021
    // asks for the 2021 tables whatever the year; auto (default) from reporting year 2021.
    if (options.profile === 'trial-2019') return;
    if (options.profile !== 'national-2021' && (year === undefined || year < FORMAT_2021_FROM)) return;
    const { source } = model;
    // An unreadable table's labels still tell its format (its numbers are not needed).
    // Both lists in turn, not a spread copy of them.
    const count = model.tables.length + model.unreadableTables.length;
    for (let i = 0; i < count; i++) {
      const table = i < model.tables.length ? model.tables[i] : model.unreadableTables[i - model.tables.length];
      if (table.format !== 2019) continue;
      // The table's first line, without the empty cells a TAB layout trails.
      const { start, end } = trimmedSpan(source.text, source.lineStarts[table.firstLine], source.lineEnd(table.firstLine));
      report({
        start,
        end,
        message: {
          zh: `${TABLE_NAMES[table.id].zh}使用的是 2019 年试行格式，${year ?? ''} 年度报告应使用 2021 年修订的格式`,
          en: `${TABLE_NAMES[table.id].en} follows the 2019 trial format; a report for ${year ?? 'this year'} uses the 2021 revised format`,
        },
      });
    }
  },
});
