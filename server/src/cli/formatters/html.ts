// One self-contained review page for a folder: a table with a row per report (unit,
// year, format, counts; sortable by clicking a header), the folder summary, the skipped
// files, and each report's findings with the lines concerned. No remote resource: the
// style and the few lines of sorting script are inline, so the page can be mailed,
// archived and printed (print styles open every report).

import type { Locale } from '../../engine/types';
import type { CliMessages } from '../messages';
import { describePlace } from '../places';
import { countSeverities, type FileResult, type SkippedFile } from '../results';
import type { FolderSummary } from '../summary';

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const T = {
  zh: {
    title: '政府信息公开工作年度报告审查结果',
    generated: '生成时间',
    reports: '份报告',
    file: '文件',
    unit: '单位',
    year: '年度',
    format: '格式',
    errors: '错误',
    warnings: '警告',
    infos: '提示',
    findings: '问题',
    line: '行',
    where: '位置',
    noFindings: '未发现问题',
    skipped: '跳过的文件',
    summary: '按单位和年度汇总',
    missing: '缺少年度',
    duplicates: '重复',
    sortHint: '点击表头排序',
  },
  en: {
    title: 'Government information disclosure annual reports: review',
    generated: 'Generated',
    reports: 'reports',
    file: 'File',
    unit: 'Unit',
    year: 'Year',
    format: 'Format',
    errors: 'Errors',
    warnings: 'Warnings',
    infos: 'Infos',
    findings: 'Findings',
    line: 'Line',
    where: 'Where',
    noFindings: 'No problems',
    skipped: 'Skipped files',
    summary: 'By unit and year',
    missing: 'Missing years',
    duplicates: 'Duplicates',
    sortHint: 'Click a header to sort',
  },
};

const STYLE = `
body{font-family:"Noto Sans CJK SC","Microsoft YaHei","PingFang SC",sans-serif;margin:2em;color:#222}
h1{font-size:1.4em}h2{font-size:1.15em;margin-top:1.6em}
table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #bbb;padding:.25em .6em;text-align:left;vertical-align:top}
th{background:#eee;cursor:pointer;user-select:none}th.sorted-asc::after{content:" ▲"}th.sorted-desc::after{content:" ▼"}
td.n{text-align:right;font-variant-numeric:tabular-nums}.error{color:#b00020}.warning{color:#8a5a00}.info,.hint{color:#225}
tr.bad td:first-child{border-left:4px solid #b00020}tr.warn td:first-child{border-left:4px solid #d89000}
pre{margin:0;white-space:pre-wrap;font-family:inherit;color:#555}details{margin:.6em 0}summary{cursor:pointer;font-weight:bold}
@media print{details{display:block}details>summary{list-style:none}th{cursor:auto}.hint-sort{display:none}}
`;

const SCRIPT = `
document.querySelectorAll('table.sortable').forEach(function(table){
  table.querySelectorAll('th').forEach(function(th,i){
    th.addEventListener('click',function(){
      var asc=!th.classList.contains('sorted-asc');
      table.querySelectorAll('th').forEach(function(h){h.classList.remove('sorted-asc','sorted-desc')});
      th.classList.add(asc?'sorted-asc':'sorted-desc');
      var body=table.tBodies[0],rows=Array.prototype.slice.call(body.rows);
      rows.sort(function(a,b){
        var x=a.cells[i].getAttribute('data-v')||a.cells[i].textContent,y=b.cells[i].getAttribute('data-v')||b.cells[i].textContent;
        var nx=parseFloat(x),ny=parseFloat(y),c=(!isNaN(nx)&&!isNaN(ny))?nx-ny:x.localeCompare(y,'zh');
        return asc?c:-c;
      });
      rows.forEach(function(r){body.appendChild(r)});
    });
  });
});
window.addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true})});
`;

export interface HtmlPageOptions {
  locale: Locale;
  say: CliMessages;
  /** Fixed in tests; the time of the run otherwise. */
  generated: string;
}

export function formatHtml(
  results: readonly FileResult[],
  skipped: readonly SkippedFile[],
  summary: FolderSummary,
  o: HtmlPageOptions,
): string {
  const t = T[o.locale];
  const e = escapeHtml;
  const out: string[] = [];
  out.push(`<!DOCTYPE html><html lang="${o.locale === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8">`);
  out.push(
    `<meta name="viewport" content="width=device-width,initial-scale=1"><title>${e(t.title)}</title><style>${STYLE}</style></head><body>`,
  );
  out.push(`<h1>${e(t.title)}</h1><p>${e(t.generated)}: ${e(o.generated)} · ${results.length} ${e(t.reports)}</p>`);

  out.push(`<p class="hint-sort">${e(t.sortHint)}</p><table class="sortable" id="reports"><thead><tr>`);
  for (const h of [t.file, t.unit, t.year, t.format, t.errors, t.warnings, t.infos]) out.push(`<th>${e(h)}</th>`);
  out.push('</tr></thead><tbody>');
  results.forEach((r, i) => {
    const c = countSeverities(r.findings);
    const cls = c.errors > 0 ? 'bad' : c.warnings > 0 ? 'warn' : '';
    out.push(
      `<tr class="${cls}"><td><a href="#r${i}">${e(r.filePath)}</a></td><td>${e(r.facts.unit ?? '')}</td><td class="n">${r.facts.year ?? ''}</td>` +
        `<td>${e(r.kind)}</td><td class="n">${c.errors}</td><td class="n">${c.warnings}</td><td class="n">${c.infos + c.hints}</td></tr>`,
    );
  });
  out.push('</tbody></table>');

  if (summary.units.length > 0) {
    out.push(
      `<h2>${e(t.summary)}</h2><table class="sortable"><thead><tr><th>${e(t.unit)}</th><th>${e(t.year)}</th><th>${e(t.missing)}</th><th>${e(t.duplicates)}</th></tr></thead><tbody>`,
    );
    for (const u of summary.units) {
      const dup = u.duplicates.map((d) => `${d.year}: ${d.files.join(', ')}`).join('; ');
      out.push(
        `<tr><td>${e(u.unit)}</td><td>${e(u.years.join(', '))}</td><td class="error">${e(u.missingYears.join(', '))}</td><td class="warning">${e(dup)}</td></tr>`,
      );
    }
    out.push('</tbody></table>');
  }

  if (skipped.length > 0) {
    out.push(`<h2>${e(t.skipped)}</h2><ul>`);
    for (const s of skipped)
      out.push(`<li>${e(s.filePath)} — ${e(o.say.skipReason[s.reason] ?? s.reason)}${s.detail ? `: ${e(s.detail)}` : ''}</li>`);
    out.push('</ul>');
  }

  out.push(`<h2>${e(t.findings)}</h2>`);
  results.forEach((r, i) => {
    const c = countSeverities(r.findings);
    out.push(
      `<details id="r${i}"${r.findings.length > 0 ? ' open' : ''}><summary>${e(r.filePath)} — ${e(r.facts.unit ?? '')} ${r.facts.year ?? ''} (${c.errors} ${e(t.errors)}, ${c.warnings} ${e(t.warnings)})</summary>`,
    );
    if (r.findings.length === 0) {
      out.push(`<p>${e(t.noFindings)}</p></details>`);
      return;
    }
    out.push(
      `<table><thead><tr><th>${e(t.line)}</th><th>${e(t.where)}</th><th></th><th></th><th>${e(t.findings)}</th></tr></thead><tbody>`,
    );
    for (const f of r.findings) {
      const line = r.lines.get(f.range.start.line) ?? '';
      out.push(
        `<tr><td class="n">${f.range.start.line + 1}:${f.range.start.character + 1}</td><td>${e(describePlace(f.place, o.locale))}</td>` +
          `<td class="${f.severity}">${e(o.say.severity[f.severity])}</td><td>${e(f.code)}</td>` +
          `<td>${e(f.message)}<pre>${e(line.replace(/\t/g, ' │ '))}</pre></td></tr>`,
      );
    }
    out.push('</tbody></table></details>');
  });
  out.push(`<script>${SCRIPT}</script></body></html>\n`);
  return out.join('\n');
}
