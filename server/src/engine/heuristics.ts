// Every judgement call the engine makes when it reads a report, in one place, each with
// the reason for its value. Each has a boundary test in test/unit/heuristics.test.ts (the
// value at the boundary, and just past it), so changing one is a decision a test sees.
//
// Quotes marked "report-format.md" are from the format document
// (/work/shared/docs/report-format.md), which paraphrases 国办公开办函〔2021〕30号.

// ---------------------------------------------------------------------------------
// Label matching. Similarity is 1 − edit distance ÷ the longer length, after
// normalizeLabel (spaces, full/half width and quotes removed), so 0.6 on a 5-character
// label allows two wrong characters.

/**
 * A cell is read as a known column or row label (tables 1–3) from this similarity on;
 * below it the cell is text the format does not know. report-format.md: "Header labels
 * must be matched loosely (… typos such as 本年度止件数 for 本年废止件数) but reported when
 * they differ from the format" — 本年度止件数 scores 0.83. 0.6 stays above the closest
 * pair of different labels that could share a cell position (结果维持 / 结果纠正,
 * 行政复议 / 行政诉讼, 行政许可 / 行政处罚: 0.5), so one is never read as the other.
 */
export const LABEL_MATCH = 0.6;

/**
 * A label votes for the table it belongs to, and names a table-1 block heading
 * (第二十条第（五）项) or its 信息内容 column, from this similarity on. Stricter than
 * LABEL_MATCH because here a wrong match moves a whole row into another table, while the
 * vote of a typo'd label is not needed: its row has other labels.
 */
export const TABLE_WORDS_MATCH = 0.75;

/**
 * Table 2's header cells (申请人情况, 法人或其他组织 …), its group labels (三、本年度办理结果,
 * （三）不予公开 …) and the 2019 format's single （六）其他处理 row are recognised from this
 * similarity on. These decide the shape of the table (header row, not data; trial format,
 * not current), so only near-exact spellings count.
 */
export const SHAPE_LABEL_MATCH = 0.9;

/**
 * A label matched without its numbering (保护第三方合法权益 for 4.保护第三方合法权益) scores
 * this much less than the same label with it, so that when two rows differ only in
 * numbering the one written with the right number wins. Small enough that an unnumbered
 * label still clears SHAPE_LABEL_MATCH.
 */
export const NUMBERING_PENALTY = 0.02;

/**
 * Cells longer than this are prose, never labels: the longest label of the format
 * (2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请) has 37
 * characters; twice that leaves room for a label with its group run into it. Also keeps
 * fuzzy matching cheap: edit distance is quadratic in length.
 */
export const MAX_LABEL_LENGTH = 80;

// ---------------------------------------------------------------------------------
// Table layouts (parse/grid.ts): the share of a table's non-blank lines that decides how
// its cells are separated. Exports mix in debris lines (titles, notes), hence shares, not
// all-or-nothing.

/**
 * HTML: from 30% of lines with <tr>/<td>/<th>. Low because HTML source puts many lines
 * of a table between cell tags (attributes, <tbody>, text on its own line).
 */
export const HTML_LINES_SHARE = 0.3;

/**
 * One cell per line (Word export, seed 001: each line a TAB then one cell): from 80% of
 * lines. High because a TAB table with short rows also has some one-cell lines (block
 * headings such as 第二十条第（一）项).
 */
export const CELL_PER_LINE_SHARE = 0.8;

/** Pipe-separated cells (` | `, web copies, seed 002): from half of the lines. */
export const PIPE_LINES_SHARE = 0.5;

/**
 * Among pipe lines, Markdown when this share starts with `|` (converters write every row
 * as `| a | b |`); web copies start rows with the label instead.
 */
export const MARKDOWN_LEADING_PIPE_SHARE = 0.8;

/**
 * Inside a table, a line without cell separators of at most 40 characters is kept with the
 * table (a label row exported without TABs, a note): the format's longest label (37
 * characters) fits; a longer line is prose and ends the table. Table 1's block heading
 * 第二十条第（一）项 before the first row is held to the same length.
 */
export const TABLE_LABEL_LINE_MAX_LENGTH = 40;

/**
 * More than 3 such short lines in a row end the table: exports put at most a label split
 * over two or three lines between rows, while a table followed by short narrative
 * paragraphs is over.
 */
export const TABLE_MAX_SHORT_LINES = 3;

/**
 * A section's table lines are read as rows up to this many; past it the table is not
 * read (GR108 says so once) and no row of it is built. The format's largest table has
 * 28 rows (table 2), and no export seen more than doubles a table's lines; 2,000 is 70
 * times that. Each row read costs about a kilobyte of memory and both readings (lines
 * and tokens), so a table of a million rows took gigabytes to model, to check nothing a
 * clerk wrote (issue 7).
 */
export const TABLE_MAX_ROWS = 2_000;

// ---------------------------------------------------------------------------------
// Title and headings

/**
 * How far to look for the title when no section heading is found: the first 15 lines.
 * (With a heading, the title is looked for above the first one.) Web copies put a site
 * banner, breadcrumbs and a publication line above the title; more than 15 lines in, a
 * line naming 政府信息公开 is body text quoting the report's name.
 */
export const TITLE_SEARCH_LINES = 15;

/**
 * A title line is at most 80 characters: the longest body's name with its year and
 * 政府信息公开工作年度报告 is far shorter, while the preamble, which also names the
 * report, is a long paragraph (seed 000's has over 200 characters).
 */
export const TITLE_MAX_LENGTH = 80;

/**
 * A title wrapped onto two lines (report-format.md: "may wrap onto two lines") continues
 * on a line of at most 24 characters that ends the name (工作年度报告, …年报): the tail of
 * a wrapped title, not a paragraph that happens to mention a report.
 */
export const TITLE_TAIL_MAX_LENGTH = 24;

/**
 * A section heading's title, numbering removed, is at most 40 characters; the longest
 * variant of the format (政府信息公开工作存在的主要问题及改进情况) has 19. A longer line
 * that starts 一、 and mentions 主动公开 is a sentence of the narrative, not a heading.
 */
export const HEADING_TITLE_MAX_LENGTH = 40;

// ---------------------------------------------------------------------------------
// Tables and detection

/**
 * A row of at least 12 bare numbers and no label is table 3's data row (15 numbers,
 * report-format.md: "Fifteen numbers in one data row"). 12, not 15, so that a row with
 * a few cells lost in export is still recognised — and then reported by GR107 — while
 * table 2's rows have 7 numbers and table 1's at most 3.
 */
export const TABLE3_MIN_NUMBERS = 12;

/**
 * Report detection (looksLikeReport, for switching a Plain Text or Markdown file to the
 * report language) reads this much of a text: reports are 10–50 kB, and a huge log must
 * not be parsed whole on opening.
 */
export const DETECT_SAMPLE_LENGTH = 200_000;

/**
 * A text mentioning 政府信息公开 is a report when at least 3 of the six section headings
 * are found: a report missing sections is still a report to check, while minutes or a
 * notice with 一、二、 headings rarely match three of the format's section titles.
 */
export const DETECT_MIN_HEADINGS = 3;

/**
 * Of those, at least 2 must be sections 二, 三 or 四, whose headings (主动公开, 收到和处理
 * 申请, 行政复议、行政诉讼) are particular to this report: 法治政府建设情况报告 and meeting
 * notes share 总体情况 and 存在的问题 but not these.
 */
export const DETECT_MIN_DISTINCTIVE_SECTIONS = 2;

/**
 * A text whose title cannot be found (a pasted fragment, a web page's body) must show at
 * least 3 labels printed only in the format's tables (本年制发件数, 尚未审结 …).
 */
export const DETECT_MIN_TABLE_LABELS = 3;

/** How far to look for the title: it precedes section 一, after at most a web page's header (标题/发布时间/来源/breadcrumbs). */
export const DETECT_TITLE_LINES = 40;

// ---------------------------------------------------------------------------------
// Label variants: spellings matched to a label of the format. A *variant* is matched and
// reported (GR105, with a fix to the format's label); an *accepted* spelling is matched
// and not reported. Each with its source.

export const LABEL_VARIANTS = {
  /**
   * For table 2's column 社会公益组织. report-format.md: "Header labels must be matched
   * loosely (whitespace, full/half-width punctuation, 社会组织 for 社会公益组织 …) but
   * reported when they differ from the format". 公益组织: not in report-format.md or the
   * seeds; the other shortening of the same label, reported the same way.
   */
  socialWelfareOrganisation: ['社会组织', '公益组织'],
  /**
   * For table 2's column 其他. report-format.md prints the column as 其他 and lists 其它 as a
   * spelling of the wild only in the section title (其它需要报告的事项, also seed 002's
   * preamble); the same spelling in the column is taken as the same variant.
   */
  other: ['其它'],
} as const;

export const ACCEPTED_LABELS = {
  /**
   * For table 1's column 本年收费金额（单位：万元）. report-format.md: "the fee is an amount
   * in 万元 and may have decimals (some units write 保留4位小数 in the header)" (seed 004:
   * 本年收费金额(单位:万元,保留4位小数)). 本年收费金额（万元）: not in report-format.md; the
   * same unit written without 单位：.
   */
  feesHeader: ['本年收费金额（单位：万元，保留4位小数）', '本年收费金额（万元）'],
  /**
   * For table 2's row （二）部分公开（区分处理的，只计这一情形，不计其他情形）: the row
   * without its parenthetical note. Not in report-format.md, which prints the full label;
   * the note is an instruction to the clerk, not part of the row's name.
   */
  partialDisclosure: ['（二）部分公开'],
} as const;

/**
 * The key words that name each of the six sections in a heading, all of which must
 * appear. report-format.md: "Titles vary slightly in the wild
 * (五、政府信息公开工作存在的主要问题及改进情况; 存在主要问题和改进情况; 其它需要报告的事项):
 * match by key words, not by exact string."
 */
export const SECTION_TITLE_WORDS: Record<1 | 2 | 3 | 4 | 5 | 6, readonly RegExp[]> = {
  /** 总体情况; 总体概况 and 基本情况 in the wild. */
  1: [/总体情况|总体概况|基本情况/],
  2: [/主动公开/],
  /** 收到和处理政府信息公开申请情况; 依申请公开 in older reports' wording. (Two words, not `收到.*申请`: one regex with `.*` between backtracks quadratically.) */
  3: [/收到|处理|受理|依申请公开/, /申请/],
  /** 政府信息公开行政复议、行政诉讼情况: either word, as reports write 行政复议和行政诉讼. */
  4: [/行政复议|行政诉讼/],
  /** 存在的主要问题及改进情况: 问题 with 改进, 整改, 措施 or 对策. */
  5: [/问题/, /改进|整改|措施|对策/],
  /** 其他需要报告的事项; 其它 in the wild (report-format.md). */
  6: [/其[他它]/, /事项/],
};

/** True when a heading title names section `id` (all of its key words appear). */
export function namesSection(id: 1 | 2 | 3 | 4 | 5 | 6, title: string): boolean {
  // A loop, not every() with an arrow: the arrow holds `title`, a closure made per call,
  // and every numbered line of a lint asks up to six sections.
  const words = SECTION_TITLE_WORDS[id];
  for (let i = 0; i < words.length; i++) if (!words[i].test(title)) return false;
  return true;
}
