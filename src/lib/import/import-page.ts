// A saved portal page → a clean draft article and a report of every change
// made and every spot a human must check.
import { simplifyIfTraditional } from '../format/script.ts';
import {
  convertScript,
  markHeadings,
  removeFurniture,
  removePinyin,
  removeRepeats,
  repairEncoding,
  toParagraphs,
  type Change,
} from './clean.ts';
import { decodePage } from './decode.ts';
import { writeDraft } from './draft.ts';
import { findFlags, findShuffledSentences, isQuestion, spinScore, unspin as unspinText, type Flag } from './flags.ts';
import { htmlToText, looksLikeHtml, plainTextToText } from './html.ts';
import { cleanTitle, findDate, findRegion, findSource, findSourceElsewhere, guessType, isDepartment } from './metadata.ts';
import { findPortalMetadata } from './portal-metadata.ts';
import { chooseTitle, couldBeTitle, EVIDENCE_LABELS, lineCandidates, type TitleCandidate } from './title.ts';
import { summaryFromAbstract } from './summary.ts';
import { findMojibake } from '../text/mojibake.ts';
import { TITLE_ID, writeReport } from './report.ts';
import { removePinyinReadings, replaceSpunWords } from '../text/damage.ts';
import { partitionLinks } from '../links/import-links.ts';
import { createLinkPolicy, type LinkPolicy } from '../links/policy.ts';
import { findPublishedCopy, type RepostCandidate } from '../text/reposts.ts';
import type { Region } from '../schema/taxonomy.ts';

const simplify = simplifyIfTraditional;

export interface ImportOptions {
  fileName: string;
  draftPath: string;
  regions: readonly Pick<Region, 'id' | 'name'>[];
  keepTraditional?: boolean;
  unspin?: boolean;
  /** content/links.json: the page's links to other sites are dropped and listed. */
  links?: LinkPolicy;
  /** Articles already published, to warn when this page is one of them again. */
  published?: readonly RepostCandidate[];
}

export type ImportResult = { ok: true; draft: string; report: string } | { ok: false; message: string };

export function importPage(bytes: Uint8Array, options: ImportOptions): ImportResult {
  const decoded = decodePage(bytes);
  if (!decoded.ok) return { ok: false, message: decoded.reason };
  const page = looksLikeHtml(decoded.text) ? htmlToText(decoded.text) : plainTextToText(decoded.text);

  const changes: Change[] = [];
  if (page.strayTags > 0) changes.push({ kind: '多余的 HTML 标签', original: `${page.strayTags} 个标签`, result: '', id: 0 });

  // Encoding, readings and script first, so every later rule sees one spelling.
  const encoding = repairEncoding(toParagraphs(page.lines));
  changes.push(...encoding.changes);
  const pinyin = removePinyin(encoding.paragraphs);
  changes.push(...pinyin.changes);
  let lines = pinyin.paragraphs;
  if (!options.keepTraditional) {
    const converted = convertScript(lines, simplify);
    changes.push(...converted.changes);
    lines = converted.paragraphs;
  }
  const notes: string[] = [];
  // A U+FFFD is a byte already lost: nothing re-reads it, a person must type the text again.
  for (const lost of findMojibake(lines.map((line) => line.text)).filter((hit) => hit.kind !== 'wrong-codec'))
    notes.push(
      `原文有无法修复的乱码 “${lost.match}”（${lost.label}）：在“${Array.from(lines[lost.lineIndex]!.text).slice(0, 30).join('')}…”一段，请对照原始材料重新录入。`,
    );

  // Metadata from the page as found (the furniture holds the date and source); a portal's
  // 公开信息 block first, then an info bar's labels, then the first full date.
  const texts = lines.map((line) => line.text);
  const portal = findPortalMetadata(texts);
  const date = portal.date ?? findDate(texts);
  const labelledSource = portal.source ?? findSource(texts);
  for (const { label, value } of portal.report) notes.push(`网页的公开信息：${label} “${value}”（文章没有这个字段，仅供核对）。`);

  const furniture = removeFurniture(lines);
  changes.push(...furniture.changes);
  let paragraphs = furniture.paragraphs;
  const repeats = removeRepeats(paragraphs);
  changes.push(...repeats.changes);
  paragraphs = repeats.paragraphs;

  // Title: the candidate the page's evidence agrees on (title.ts); spam, furniture and over-long lines never.
  const normaliseTitle = (candidate: string) =>
    cleanTitle(
      (options.keepTraditional ? (text: string) => text : simplify)(removePinyinReadings(candidate))
        .replace(/^#+\s*/, '')
        .trim(),
    );
  // The first line of the body that could be a title at all (a site's header lines are not).
  const first = paragraphs
    .slice(0, 6)
    .map((paragraph) => paragraph.text)
    .find((text) => !text.startsWith('#') && couldBeTitle(normaliseTitle(text)));
  const candidates: TitleCandidate[] = [
    ...page.titles,
    ...lineCandidates(texts),
    ...(first ? [{ text: first, from: 'first-line' as const }] : []),
  ];
  const choice = chooseTitle(candidates, normaliseTitle);
  let title = choice.title;
  for (const rejected of choice.rejected)
    notes.push(`标题候选 “${rejected.text}”（来自${EVIDENCE_LABELS[rejected.from]}）${rejected.reason}，没有采用。`);
  if (title) notes.push(`标题取自${choice.evidence.map((from) => EVIDENCE_LABELS[from]).join('、')}。`);
  // The title printed again at the top of the body (an <h1> or a first line) moves to the frontmatter.
  const titleLines = paragraphs.slice(0, 5).filter((paragraph) => title && normaliseTitle(paragraph.text) === title);
  for (const titleLine of titleLines)
    changes.push({ kind: '标题（已移到 title 字段）', original: titleLine.text, result: '', id: titleLine.id });
  paragraphs = paragraphs.filter((paragraph) => !titleLines.includes(paragraph));
  paragraphs = markHeadings(paragraphs);
  // Unlabelled, or only a department (办公室): the agency the page names elsewhere.
  const source = labelledSource && !isDepartment(labelledSource) ? labelledSource : (findSourceElsewhere(texts, title) ?? labelledSource);

  // A portal's [摘要] line is the summary; removed from the body above, so it is never published twice.
  const summary = furniture.abstract ? summaryFromAbstract(furniture.abstract, paragraphs) : undefined;
  if (summary) notes.push(`摘要取自网页的“[摘要]”一栏${summary.fromLead ? '（它截断了，按正文第一段补全）' : ''}，请核对。`);

  let unspun: ReturnType<typeof unspinText>['replaced'] = [];
  if (options.unspin) {
    const result = unspinText(paragraphs);
    paragraphs = result.paragraphs;
    unspun = result.replaced;
  }

  if (title && options.unspin) {
    const result = replaceSpunWords(title);
    unspun = [...unspun, ...result.replaced.map((word) => ({ id: TITLE_ID, ...word }))];
    title = result.text;
  }

  // The title is checked like the body: the checker reads it too.
  const titleFlags = title ? findFlags([{ id: TITLE_ID, text: title }], undefined).filter((flag) => !isQuestion(flag)) : [];
  const flags: Flag[] = [
    ...titleFlags,
    ...findFlags(paragraphs, date ? Number(date.slice(0, 4)) : undefined),
    ...findShuffledSentences(paragraphs),
  ];
  const anonymised = flags.some((flag) => flag.kind === '匿名地名');
  const region = anonymised ? undefined : findRegion(paragraphs.map((p) => p.text).join('\n'), options.regions);
  const draft = writeDraft(
    {
      title,
      date,
      region,
      type: guessType(title ?? ''),
      source,
      summary: summary?.text,
      indexNumber: portal.indexNumber,
      documentNumber: portal.documentNumber,
      writtenDate: portal.writtenDate,
    },
    paragraphs,
    flags.filter(isQuestion),
  );

  const report = writeReport({
    fileName: options.fileName,
    draftPath: options.draftPath,
    encoding: decoded.encoding,
    draft,
    found: { title, date, region, source, summary: summary?.text },
    notes,
    changes,
    flags,
    unspun,
    score: spinScore(paragraphs, flags),
    links: partitionLinks(page.links, options.links ?? createLinkPolicy([])),
    // Any date: a farm copy is often re-dated by months.
    publishedCopy: options.published
      ? findPublishedCopy({ body: paragraphs.map((p) => p.text).join('\n\n'), region }, options.published)
      : undefined,
  });
  return { ok: true, draft: draft.text, report };
}
