// A saved portal page → a clean draft article and a report of every change
// made and every spot a human must check.
import { simplifyIfTraditional } from '../format/script.ts';
import { convertScript, markHeadings, removeFurniture, removePinyin, removeRepeats, toParagraphs, type Change } from './clean.ts';
import { decodePage } from './decode.ts';
import { writeDraft } from './draft.ts';
import { findFlags, findShuffledSentences, isQuestion, spinScore, unspin as unspinText, type Flag } from './flags.ts';
import { htmlToText, looksLikeHtml, plainTextToText } from './html.ts';
import { cleanTitle, findDate, findRegion, findSource, guessType } from './metadata.ts';
import { TITLE_ID, writeReport } from './report.ts';
import { removePinyinReadings, replaceSpunWords } from '../text/damage.ts';
import { partitionLinks } from '../links/import-links.ts';
import { createLinkPolicy, type LinkPolicy } from '../links/policy.ts';
import { findPublishedCopy, type RepostCandidate } from '../text/reposts.ts';
import { charCount, TITLE_MAX } from '../schema/limits.ts';
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

  // Readings and script first, so every later rule sees one spelling.
  const pinyin = removePinyin(toParagraphs(page.lines));
  changes.push(...pinyin.changes);
  let lines = pinyin.paragraphs;
  if (!options.keepTraditional) {
    const converted = convertScript(lines, simplify);
    changes.push(...converted.changes);
    lines = converted.paragraphs;
  }

  // Metadata from the page as found (the furniture holds the date and source).
  const date = findDate(lines.map((line) => line.text));
  const source = findSource(lines.map((line) => line.text));

  const furniture = removeFurniture(lines);
  changes.push(...furniture.changes);
  let paragraphs = furniture.paragraphs;
  const repeats = removeRepeats(paragraphs);
  changes.push(...repeats.changes);
  paragraphs = repeats.paragraphs;

  // Title: the page's <title>/<h1>, else a first line without a full stop; either only if the schema allows its length.
  let title = page.titles
    .map((candidate) => removePinyinReadings(candidate))
    .map((candidate) => (options.keepTraditional ? candidate : simplify(candidate)))
    .map(cleanTitle)
    .find(Boolean);
  const first = paragraphs[0]?.text;
  if (first && !/[。！？]$/.test(first) && !first.startsWith('#')) title ??= first;
  if (title && charCount(title) > TITLE_MAX) title = undefined;
  // The title printed again at the top of the body (an <h1> or a first line) moves to the frontmatter.
  const titleLine = paragraphs.slice(0, 5).find((paragraph) => title && paragraph.text.replace(/^#+\s*/, '') === title);
  if (titleLine) {
    changes.push({ kind: '标题（已移到 title 字段）', original: titleLine.text, result: '', id: titleLine.id });
    paragraphs = paragraphs.filter((paragraph) => paragraph !== titleLine);
  }
  paragraphs = markHeadings(paragraphs);

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
  const draft = writeDraft({ title, date, region, type: guessType(title ?? ''), source }, paragraphs, flags.filter(isQuestion));

  const report = writeReport({
    fileName: options.fileName,
    draftPath: options.draftPath,
    encoding: decoded.encoding,
    draft,
    found: { title, date, region, source },
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
