import { defineRule } from './rule';
import { MIN_SECTIONS_READ, SPACES, sectionById, sectionHasAtLeast, sectionMentions, sectionText } from './prose';
import { fastPaths } from '../fast';
import type { Localized } from '../types';

/**
 * The five aspects 总体情况 must cover (国办公开办函〔2021〕30号), each recognised by the
 * words reports use for it, loosely: a sub-heading or a sentence about it is enough.
 */
const ASPECTS: { name: Localized; words: RegExp }[] = [
  { name: { zh: '主动公开', en: 'proactive disclosure' }, words: /主动公开/ },
  { name: { zh: '依申请公开', en: 'disclosure on request' }, words: /依申请|公开申请|申请公开/ },
  { name: { zh: '政府信息管理', en: 'information management' }, words: /管理/ },
  { name: { zh: '平台建设', en: 'platform building' }, words: /平台|网站|专栏|门户|新媒体|公众号|政务微博/ },
  { name: { zh: '监督保障', en: 'oversight and safeguards' }, words: /监督|保障|考核|培训|问责|督查|评议/ },
];

/** Fewer characters than this (spaces not counted) is an empty overview, not one missing aspects. */
const MIN_OVERVIEW = 20;

export default defineRule({
  code: 'GR005',
  name: 'overview-aspects',
  severity: 'warning',
  fixable: false,
  category: 'structure',
  summary: {
    zh: '总体情况没有涵盖主动公开、依申请公开、政府信息管理、平台建设、监督保障中的某一方面',
    en: 'The overview does not cover one of proactive disclosure, disclosure on request, information management, platforms, oversight',
  },
  check({ model, report }) {
    // Only on a report whose structure was read: with most headings unread, the section
    // found may be a sub-heading that looks like one (quiet beats wrong).
    if (model.sections.length < MIN_SECTIONS_READ) return;
    const section = sectionById(model, 1);
    if (!section) return;
    // An empty overview is GR006's finding, not five of these.
    // Counted up to the twentieth, not the whole text copied without its spaces; the
    // section's lines counted and searched one by one, not joined (prose.ts).
    // Stryker disable next-line ConditionalExpression: without the quick check the same is computed (fast.ts)
    const tooShort = fastPaths.counts
      ? !sectionHasAtLeast(model, section, MIN_OVERVIEW, SPACES)
      : sectionText(model, section).replace(/\s/g, '').length < MIN_OVERVIEW;
    if (tooShort) return;
    // A loop, not filter with a closure: a lint runs mostly unoptimised in the CLI, and most
    // overviews miss nothing (no list is made then).
    let missing: (typeof ASPECTS)[number][] | undefined;
    for (let a = 0; a < ASPECTS.length; a++) if (!sectionMentions(model, section, ASPECTS[a].words)) (missing ??= []).push(ASPECTS[a]);
    if (!missing) return;
    // One finding naming every aspect left out, not one per aspect on the same heading.
    report({
      start: section.heading.start,
      end: section.heading.end,
      message: {
        zh: `总体情况没有写到${missing.map((a) => `“${a.name.zh}”`).join('、')}方面的情况`,
        en: `The overview says nothing about ${missing.map((a) => `${a.name.en} (${a.name.zh})`).join(', ')}`,
      },
    });
  },
});
