// Every message an editor can see, in one table, so the language stays
// consistent and can be reviewed in one place. Each says what is wrong and
// how to fix it, in Simplified Chinese; field names stay as written in files.

const quote = (value: unknown) => {
  let text: string;
  try {
    text = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value);
  } catch {
    text = Object.prototype.toString.call(value);
  }
  return `“${text}”`;
};
const list = (values: readonly string[]) => values.map((v) => `\`${v}\``).join('、');
const didYouMean = (suggestion: string | undefined) => (suggestion ? `您是否想写 \`${suggestion}\`？` : '');

export const messages = {
  // Generic field problems
  missing: (field: string) => `缺少必填字段 \`${field}\`。请在 frontmatter 中添加一行 \`${field}: …\`。`,
  missingInJson: (field: string) => `缺少必填字段 \`${field}\`。请在这个对象中添加 \`"${field}": …\`。`,
  notText: () => '应为一段文字。请直接写文字内容；含冒号等符号时可用英文双引号括起来。',
  emptyText: (field: string) => `\`${field}\` 不能为空。请填写内容。`,
  notOneOf: (value: unknown, allowed: readonly string[], suggestion?: string) =>
    `${quote(value)} 不是可用的值。请改为 ${list(allowed)} 之一。${didYouMean(suggestion)}`,
  unknownKeys: (issue: { code?: string; keys?: string[] }, allowed: readonly string[], suggest?: (key: string) => string | undefined) => {
    if (issue.code !== 'unrecognized_keys' || !issue.keys) return undefined;
    return issue.keys
      .map((key) => `未知字段 \`${key}\`。${didYouMean(suggest?.(key))}可用字段：${list(allowed)}；请改正字段名或删除这一行。`)
      .join(' ');
  },

  // Titles, summaries, sources
  titleTooLong: (length: number, max: number) => `标题有 ${length} 个字，超过上限 ${max} 个字。请删减到 ${max} 个字以内。`,
  summaryLength: (length: number, min: number, max: number) =>
    `摘要有 ${length} 个字，应为 ${min} 到 ${max} 个字。${length < min ? '请补充，用一两句话说清文章要点。' : '请删减，只保留要点。'}`,

  // Dates
  notDate: (value: unknown) => `${quote(value)} 不是 YYYY-MM-DD 格式的日期。请写成如 2019-09-13 的形式（年-月-日，月和日补足两位）。`,
  impossibleDate: (value: string) => `${quote(value)} 这一天不存在。请核对月份和日期。`,
  futureDate: (value: string, today: string) => `${quote(value)} 晚于今天（${today}）。发布日期不能在未来，请核对。`,
  writtenAfterPublished: (written: string, published: string) =>
    `成文日期 ${written} 晚于发布日期 ${published}。成文日期不能晚于 \`date\`，请核对两个日期。`,
  correctionBeforePublished: (correction: string, published: string) =>
    `更正日期 ${correction} 早于发布日期 ${published}。更正只能在发布之后，请核对。`,

  // Region, topics, type
  unknownRegion: (value: unknown, suggestion?: string) =>
    `未知的地区 ${quote(value)}。请填写 content/regions.json 中的某个 id（小写拼音）；如是新地区，请先在该文件中添加。${didYouMean(suggestion)}`,
  unknownTopic: (value: unknown, suggestion?: string) =>
    `未知的主题 ${quote(value)}。请填写 content/topics.json 中的某个 id；如是新主题，请先在该文件中添加。${didYouMean(suggestion)}`,
  topicsNotList: () => '应为主题列表。请写成 `topics: [yigai, jiceng]` 的形式。',
  topicsCount: (count: number, min: number, max: number) =>
    `有 ${count} 个主题，应为 ${min} 到 ${max} 个。${count < min ? '请至少填写一个主题。' : '请只保留最相关的几个。'}`,
  duplicateTopic: (value: string) => `主题 ${quote(value)} 重复出现。请删除重复的一项。`,
  unknownType: (value: unknown, allowed: Record<string, string>, suggestion?: string) =>
    `未知的文章类型 ${quote(value)}。请改为 ${Object.entries(allowed)
      .map(([id, name]) => `\`${id}\`（${name}）`)
      .join('、')} 之一。${didYouMean(suggestion)}`,

  // Other fields
  notUrl: (value: unknown) => `${quote(value)} 不是以 http:// 或 https:// 开头的网址。请填写原文的完整网址，或删除这一行。`,
  notBoolean: (field: string) => `\`${field}\` 应为 true 或 false（不加引号）。`,
  correctionsNotList: () => '应为更正列表。请写成多行 `- date: 2024-01-02` 加 `  note: 更正说明` 的形式。',
  correctionNoteMissing: () => '更正缺少说明 `note`。请写明更正了什么。',

  // Taxonomy files
  badId: () => 'id 只能用小写拉丁字母、数字和连字符（如 `yongzhou`）。',
  duplicateId: (id: string) => `id ${quote(id)} 重复。每个 id 只能出现一次，请删除或改名。`,
  fileMissing: (path: string) => `找不到 ${path}。请从仓库恢复这个文件。`,
  taxonomyNotArray: () => '文件内容应为一个列表（以 [ 开头）。',
  taxonomyEmpty: () => '列表是空的。请至少添加一项。',
  jsonSyntax: (detail: string) => `JSON 语法错误：${detail}。请检查这一行附近的逗号、引号和括号是否成对。`,

  // File-level problems
  badFileName: (name: string, suggestion: string) =>
    `文件名 ${quote(name)} 不能用作网址。文件名只能用小写拉丁字母、数字和连字符（如 yongzhou-liangai-2019.mdx）。${suggestion ? `可改名为 \`${suggestion}.mdx\`。` : ''}`,
  unreadableFileName: () => '文件名不是 UTF-8 编码（常见于从 Windows 压缩包解出的中文文件名），无法读取。请把文件改名为小写拉丁字母、数字和连字符。',
  mdxTooDeep: () => 'MDX 结构嵌套过深（例如成百上千个 > 引用符号）。请检查这一段的格式。',
  wrongDataExtension: (name: string) => `文件 ${quote(name)} 不是 .json 文件。content/data/ 里只能放 JSON 数据文件。`,
  wrongExtension: (name: string) => `文件 ${quote(name)} 不是 .mdx 文件，不会被发布。请把文件扩展名改为 .mdx，或把它移出 content/articles/。`,
  notUtf8: (guess: string | undefined) =>
    `文件不是 UTF-8 编码${guess ? `（看起来是 ${guess}）` : ''}。请在编辑器中“另存为 UTF-8”，或运行 \`iconv -f ${guess ?? 'GB18030'} -t UTF-8 原文件 > 新文件\` 转换后替换。`,
  replacementChar: () => '文字中有乱码替换符“�”（U+FFFD），说明原文在某次转换编码时已经损坏。请对照原始材料重新录入这一段。',
  mojibake: (sample: string, kind: string) => `文字中有乱码 ${quote(sample)}（${kind}）。请对照原始材料重新录入这一段，不要照抄乱码。`,
  noFrontmatter: () => '文件开头缺少 frontmatter。第一行应为 `---`，接着写 title、date 等字段，再以 `---` 结束。',
  unclosedFrontmatter: () => 'frontmatter 没有结束。请在字段之后单独一行写 `---`。',
  frontmatterNotMapping: () => 'frontmatter 应由 `字段: 值` 的行组成。',
  yamlSyntax: (detail: string) => `frontmatter 的 YAML 语法错误：${detail}。常见原因：冒号后缺空格、值里有英文冒号却没加引号、缩进不一致。`,
  emptyBody: () => '正文是空的。请在 frontmatter 结束的 `---` 之后写正文。',
  mdxSyntax: (detail: string) =>
    `MDX 语法错误（${detail}）。如要写“<”“{”“}”字符本身，请写成 \\<、\\{、\\}；如是标签，请检查是否成对闭合。`,
  unsafeTag: (tag: string) => `文章中不能包含 <${tag}> 标签：内容只能是文字，不能带代码。请删除它。`,
  unsafeHandler: (attribute: string) => `文章中不能包含事件处理属性 \`${attribute}\`：内容不能带代码。请删除它。`,
  unsafeUrl: () => '文章中不能包含 `javascript:` 网址：内容不能带代码。请改为 https:// 网址或删除。',
  mdxCode: (what: string) => `文章中不能包含 ${what}：内容只能是文字，不能带代码。请删除它；如要写“{”“}”字符本身，请写成 \\{、\\}。`,
  // Statistic files
  notNumber: (value: unknown, suggestion?: number) =>
    `${quote(value)} 不是数字。数值只写数字（如 5.72），不加单位、引号或逗号；单位写在 \`unit\` 字段里。${suggestion !== undefined ? `您是否想写 \`${suggestion}\`？` : ''}原文没有给出的数字请写 null。`,
  badPeriod: (value: unknown) =>
    `${quote(value)} 不是有效的期间。请写成 YYYY、YYYY-MM 或 YYYY-MM-DD（如 2019、2019-07、2019-07-31），并且必须是真实存在的日期。`,
  duplicatePeriod: (period: string) => `期间 ${quote(period)} 在这个系列中出现了两次。每个期间只能有一个数值，请删除或改正其中一个。`,
  noSeries: () => '至少需要一个数据系列。请写成 `"series": [ { "name": "…", "points": [ { "period": "2019", "value": 1 } ] } ]`。',
  noPoints: () => '这个系列没有数据点。请至少添加一个 `{ "period": "…", "value": … }`。',
  duplicateSeries: (name: string) => `系列名称 ${quote(name)} 重复。每个系列的名称必须不同。`,
  unknownChart: (value: unknown, suggestion?: string) =>
    `未知的图表类型 ${quote(value)}。请改为 \`line\`（折线图，适合多年变化）或 \`bar\`（柱状图，适合比较）。${didYouMean(suggestion)}`,
  jsonNotObject: () => '文件内容应为一个对象（以 { 开头，以 } 结束）。',
  datasetTitleTooLong: (length: number, max: number) => `标题有 ${length} 个字，超过上限 ${max} 个字。请删减。`,

  // <Chart> and <Stat> in articles
  unknownComponent: (name: string, suggestion?: string) =>
    `未知的组件 <${name}>。文章中只能使用 <Chart> 和 <Stat>。${didYouMean(suggestion)}`,
  unknownAttribute: (component: string, attribute: string, allowed: readonly string[]) =>
    `<${component}> 没有 \`${attribute}\` 属性。可用属性：${list(allowed)}。`,
  attributeMissing: (component: string, attribute: string, example: string) =>
    `<${component}> 缺少 \`${attribute}\` 属性。例如：${example}`,
  unknownDataset: (id: string, suggestion?: string) =>
    `找不到数据文件 content/data/${id}.json。请检查 \`dataset\` 的拼写，或先添加这个数据文件。${didYouMean(suggestion)}`,
  unknownSeries: (name: string, id: string, available: readonly string[]) =>
    `数据 ${id} 中没有名为 ${quote(name)} 的系列。可用系列：${available.map(quote).join('、')}。`,
  seriesRequired: (id: string, available: readonly string[]) =>
    `数据 ${id} 有多个系列，请用 \`series\` 指明引用哪一个：${available.map(quote).join('、')}。`,
  unknownPeriod: (period: string, series: string, available: readonly string[]) =>
    `系列 ${quote(series)} 中没有期间 ${quote(period)}。可用期间：${available.map(quote).join('、')}。`,
  missingValue: (period: string, series: string) =>
    `系列 ${quote(series)} 在 ${period} 的数值是 null（原文未给出），不能在正文中引用。请删除这处引用。`,
  badStatMode: (value: string) => `\`as\` 只能是 \`percent\`（增长百分比）或 \`difference\`（增减数量），不能是 ${quote(value)}。`,
  statShape: () =>
    '<Stat> 需要 `period`（引用一个数值或占比），或同时写 `from` 和 `to`（引用变化）。例如：<Stat dataset="…" period="2019" /> 或 <Stat dataset="…" from="2015" to="2020" />。',
  zeroBase: () => '起点数值为 0，无法计算百分比。请改用 `as="difference"`。',

  placeholderLeft: (text: string) => `还有待填写的占位符 ${quote(text)}。请换成真实内容（连同【】一起替换）。`,
  duplicateArticle: (otherPath: string) =>
    `与 ${otherPath} 标题和日期都相同，像是重复发布。请删除其中一篇，或修改标题以区分。`,
} as const;

/** Field names in the messages are the ones editors write; how each is called in Chinese. */
export const FIELD_LABELS: Record<string, string> = {
  title: '标题',
  date: '发布日期',
  region: '地区',
  topics: '主题',
  type: '类型',
  source: '发布机构',
  summary: '摘要',
  originalUrl: '原文链接',
  corrections: '更正',
  draft: '草稿',
  indexNumber: '索引号',
  documentNumber: '文号',
  writtenDate: '成文日期',
};
