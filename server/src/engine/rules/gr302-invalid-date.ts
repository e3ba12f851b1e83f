import { defineRule } from './rule';
import { isValidDate } from '../parse/dates';

export default defineRule({
  code: 'GR302',
  name: 'invalid-date',
  severity: 'error',
  fixable: false,
  category: 'dates',
  summary: { zh: '不存在的日期（2月30日、13月）', en: 'A date that does not exist (2月30日, month 13)' },
  check({ model, report }) {
    for (const date of model.dates) {
      if (isValidDate(date)) continue;
      const written = model.source.text.slice(date.start, date.end);
      report({ start: date.start, end: date.end, message: { zh: `日期“${written}”不存在`, en: `The date "${written}" does not exist` } });
    }
  },
});
