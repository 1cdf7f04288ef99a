// The import report: what was found, what must be filled in, what to check and
// what was changed, each with its line in the draft and the original text.
import type { Change } from './clean.ts';
import type { Draft } from './draft.ts';
import type { Flag, Replacement } from './flags.ts';

export interface ReportInput {
  fileName: string;
  draftPath: string;
  encoding: string;
  draft: Draft;
  found: { title?: string; date?: string; region?: string; source?: string };
  changes: Change[];
  flags: Flag[];
  unspun: Replacement[];
  score: number;
}

const quote = (text: string) => `“${Array.from(text).length > 80 ? `${Array.from(text).slice(0, 80).join('')}…` : text}”`;

export function writeReport({ fileName, draftPath, encoding, draft, found, changes, flags, unspun, score }: ReportInput): string {
  // A paragraph's draft line; for removed text, the line of the next paragraph that was kept.
  const kept = [...draft.paragraphLines].sort(([a], [b]) => a - b);
  const lineOf = (id: number) => (kept.find(([keptId]) => keptId >= id) ?? kept.at(-1))?.[1] ?? draft.fieldLines.draft! + 2;
  const fill = [
    ['title', '标题', found.title],
    ['date', '发布日期', found.date],
    ['region', '地区', found.region],
    ['source', '发布机构', found.source],
  ]
    .filter(([, , value]) => !value)
    .map(([field, label]) => `- 第 ${draft.fieldLines[field!]} 行 \`${field}\`：没有找到${label}，请填写。`);
  fill.push(`- 第 ${draft.fieldLines.topics} 行 \`topics\`：请选择 1 到 5 个主题。`);
  fill.push(`- 第 ${draft.fieldLines.summary} 行 \`summary\`：请写 20 到 200 字的摘要。`);
  fill.push(`- 第 ${draft.fieldLines.type} 行 \`type\`：类型是猜测的，请核对。`);
  fill.push(`- 第 ${draft.fieldLines.draft} 行 \`draft: true\`：核对完成、准备发布时删去这一行。`);

  const sortedFlags = [...flags].sort((a, b) => a.id - b.id);
  const sortedChanges = [...changes].sort((a, b) => a.id - b.id);
  return [
    `# 导入报告：${fileName}`,
    '',
    `- 草稿：${draftPath}（\`draft: true\`，不会发布）`,
    `- 原文编码：${encoding}`,
    `- 找到的信息：标题 ${found.title ? quote(found.title) : '无'}；日期 ${found.date ?? '无'}；地区 ${found.region ?? '无'}；发布机构 ${found.source ?? '无'}`,
    `- 洗稿程度：${score}/100（依据疑似洗稿用词和不连贯语句的密度；越高越需要对照原文逐句核对）`,
    '',
    `## 需要填写（${fill.length} 处）`,
    '',
    ...fill,
    '',
    `## 需要人工核对（${sortedFlags.length} 处）`,
    '',
    ...(sortedFlags.length ? sortedFlags.map((flag) => `- 第 ${lineOf(flag.id)} 行 [${flag.kind}] ${quote(flag.excerpt)}：${flag.note}`) : ['- 无']),
    '',
    `## 已做的修改（${sortedChanges.length + unspun.length} 处）`,
    '',
    ...sortedChanges.map((change) =>
      change.result
        ? `- 第 ${lineOf(change.id)} 行 [${change.kind}] 原文 ${quote(change.original)} → ${quote(change.result)}`
        : `- 第 ${lineOf(change.id)} 行附近 [删除：${change.kind}] 原文 ${quote(change.original)}`,
    ),
    ...unspun.map((entry) => `- 第 ${lineOf(entry.id)} 行 [替换洗稿用词] “${entry.spun}” → “${entry.original}”`),
    '',
  ].join('\n');
}
