// The import report: what was found, what must be filled in, what to check and
// what was changed. A summary first, then one line per kind and word with every
// draft line it occurs on ("病院 → 医院 ×25：第 12、14… 行"), not one item per spot.
import type { Change } from './clean.ts';
import type { Draft, DraftFields } from './draft.ts';
import { isQuestion, type Flag, type Replacement } from './flags.ts';
import { SUMMARY_MAX, SUMMARY_MIN, TOPICS_MAX, TOPICS_MIN } from '../schema/limits.ts';

export interface ReportInput {
  fileName: string;
  draftPath: string;
  encoding: string;
  draft: Draft;
  found: Omit<DraftFields, 'type'>;
  changes: Change[];
  flags: Flag[];
  unspun: Replacement[];
  score: number;
  /** The page's links: the draft keeps none; those to sites outside content/links.json are refused. */
  links?: { allowed: { text: string; href: string }[]; dropped: { text: string; href: string; host: string; reason?: string }[] };
  /** An article already published that this page is nearly the same as. */
  publishedCopy?: { path: string; similarity: number };
  /** What the importer decided and why (the title it took or turned down, the summary's origin, lost text). */
  notes?: string[];
}

/** The paragraph id given to the title, so its flags point at the `title:` line. */
export const TITLE_ID = -1;

const quote = (text: string) => `“${Array.from(text).length > 80 ? `${Array.from(text).slice(0, 80).join('')}…` : text}”`;

/** Group items by a key, keeping first-seen order, with the draft lines of each group. */
function group<T>(items: T[], key: (item: T) => string, line: (item: T) => number) {
  const groups = new Map<string, { first: T; lines: number[] }>();
  for (const item of items) {
    const entry = groups.get(key(item)) ?? { first: item, lines: [] };
    entry.lines.push(line(item));
    groups.set(key(item), entry);
  }
  return [...groups.values()].map(({ first, lines }) => ({ first, lines: [...new Set(lines)].sort((a, b) => a - b), count: lines.length }));
}

const lineList = (lines: number[]) => `第 ${lines.join('、')} 行`;

export function writeReport({
  fileName,
  draftPath,
  encoding,
  draft,
  found,
  changes,
  flags,
  unspun,
  score,
  links = { allowed: [], dropped: [] },
  publishedCopy,
  notes = [],
}: ReportInput): string {
  const droppedLinks = links.dropped;
  // A paragraph's draft line; for removed text, the line of the next paragraph that was kept.
  const kept = [...draft.paragraphLines].sort(([a], [b]) => a - b);
  const lineOf = (id: number) =>
    id === TITLE_ID
      ? draft.fieldLines.title!
      : ((kept.find(([keptId]) => keptId >= id) ?? kept.at(-1))?.[1] ?? draft.fieldLines.draft! + 2);
  const fill = [
    ['title', '标题', found.title],
    ['date', '发布日期', found.date],
    ['region', '地区', found.region],
    ['source', '发布机构', found.source],
  ]
    .filter(([, , value]) => !value)
    .map(([field, label]) => `- 第 ${draft.fieldLines[field!]} 行 \`${field}\`：没有找到${label}，请填写。`);
  fill.push(`- 第 ${draft.fieldLines.topics} 行 \`topics\`：请选择 ${TOPICS_MIN} 到 ${TOPICS_MAX} 个主题。`);
  fill.push(
    found.summary
      ? `- 第 ${draft.fieldLines.summary} 行 \`summary\`：摘要取自网页，请核对。`
      : `- 第 ${draft.fieldLines.summary} 行 \`summary\`：请写 ${SUMMARY_MIN} 到 ${SUMMARY_MAX} 字的摘要。`,
  );
  fill.push(`- 第 ${draft.fieldLines.type} 行 \`type\`：类型是猜测的，请核对。`);
  fill.push(`- 第 ${draft.fieldLines.draft} 行 \`draft: true\`：核对完成、准备发布时删去这一行。`);

  const sortedFlags = [...flags].sort((a, b) => a.id - b.id);
  const damage = sortedFlags.filter((flag) => !isQuestion(flag));
  const questions = sortedFlags.filter(isQuestion);
  const byKind = group(
    sortedFlags,
    (flag) => flag.kind,
    (flag) => lineOf(flag.id),
  );
  const damageLines = group(
    damage,
    (flag) => `${flag.kind}\u0000${flag.match}`,
    (flag) => lineOf(flag.id),
  ).map(
    ({ first, lines, count }) =>
      `- [${first.kind}] ${quote(first.match)}${count > 1 ? ` ×${count}` : ''}：${lineList(lines)}。${first.note}例：${quote(first.excerpt)}`,
  );
  const questionLines = questions.map((flag) => `- 第 ${lineOf(flag.id)} 行 [${flag.kind}] ${quote(flag.excerpt)}：${flag.note}`);
  const sortedChanges = [...changes].sort((a, b) => a.id - b.id);
  const changeLines = group(
    sortedChanges,
    (change) => `${change.kind}\u0000${change.original}\u0000${change.result}`,
    (change) => lineOf(change.id),
  ).map(({ first, lines, count }) =>
    first.result
      ? `- ${lineList(lines)} [${first.kind}] 原文 ${quote(first.original)} → ${quote(first.result)}`
      : `- ${lineList(lines)}附近 [删除：${first.kind}] 原文 ${quote(first.original)}${count > 1 ? ` ×${count}` : ''}`,
  );
  const unspunLines = group(
    unspun,
    (entry) => `${entry.spun}\u0000${entry.original}`,
    (entry) => lineOf(entry.id),
  ).map(({ first, lines, count }) => `- [替换洗稿用词] “${first.spun}” → “${first.original}” ×${count}：${lineList(lines)}`);
  const linkLines = droppedLinks.map(
    (link) =>
      `- [删除：不在允许列表中的链接] ${quote(link.text)} → ${link.href}（域名 ${link.host}）${link.reason ? `：${link.reason}` : ''}`,
  );
  const allowedLinkLines = links.allowed.map((link) => `- ${quote(link.text)} → ${link.href}`);

  return [
    `# 导入报告：${fileName}`,
    '',
    `- 草稿：${draftPath}（\`draft: true\`，不会发布）`,
    `- 原文编码：${encoding}`,
    `- 找到的信息：标题 ${found.title ? quote(found.title) : '无'}；日期 ${found.date ?? '无'}；地区 ${found.region ?? '无'}；发布机构 ${found.source ?? '无'}`,
    `- 损坏程度：${score}/100（依据草稿中仍然存在的疑似洗稿用词、不连贯语句、截断或缺失的数字的密度；越高越需要对照原文逐句核对）`,
    ...(publishedCopy
      ? [
          `- **注意：这个网页与已发布的 ${publishedCopy.path} 几乎相同（相似度 ${Math.round(publishedCopy.similarity * 100)}%），可能是转载或重复发布。请先核对，不要重复发布。**`,
        ]
      : []),
    '',
    '## 摘要',
    '',
    `- 需要填写：${fill.length} 处`,
    `- 需要人工核对：${sortedFlags.length} 处${byKind.length ? `（${byKind.map(({ first, count }) => `${first.kind} ${count}`).join('，')}）` : ''}`,
    `- 已做的修改：${sortedChanges.length + unspun.length + droppedLinks.length} 处`,
    '',
    `## 需要填写（${fill.length} 处）`,
    '',
    ...fill,
    '',
    ...(notes.length ? [`## 导入时的判断（${notes.length} 条）`, '', ...notes.map((note) => `- ${note}`), ''] : []),
    `## 需要改正（${damage.length} 处）`,
    '',
    '`npm run check` 会拒绝下列每一处，直到改正；如原文确实如此，在 frontmatter 的 `reviewed` 中登记（见 README“内容规则”）。',
    '',
    ...(damageLines.length ? damageLines : ['- 无']),
    '',
    `## 需要回答的问题（${questions.length} 处）`,
    '',
    '这些问题已写进草稿的 `reviewed` 中：核对原文后把每条的 `note` 改为结论；已改正文的，删去那一条。',
    '',
    ...(questionLines.length ? questionLines : ['- 无']),
    '',
    `## 已做的修改（${sortedChanges.length + unspun.length + droppedLinks.length} 处）`,
    '',
    ...changeLines,
    ...unspunLines,
    ...linkLines,
    '',
    ...(allowedLinkLines.length
      ? [
          `## 原网页中指向允许网站的链接（${allowedLinkLines.length} 个）`,
          '',
          '草稿只保留文字；需要时可在正文中写成 `[文字](网址)`。',
          '',
          ...allowedLinkLines,
          '',
        ]
      : []),
  ].join('\n');
}
