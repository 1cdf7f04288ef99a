import type { DamageHit } from '../text/damage.ts';
import type { DamageRuleId } from '../text/rule-ids.ts';
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
const unknownKey = (key: string, allowed: readonly string[], suggestion: string | undefined) =>
  `未知字段 \`${key}\`。${didYouMean(suggestion)}可用字段：${list(allowed)}；请改正字段名或删除这一行。`;

export const messages = {
  // Generic field problems
  missing: (field: string) => `缺少必填字段 \`${field}\`。请在 frontmatter 中添加一行 \`${field}: …\`。`,
  missingInJson: (field: string) => `缺少必填字段 \`${field}\`。请在这个对象中添加 \`"${field}": …\`。`,
  notText: () => '应为一段文字。请直接写文字内容；含冒号等符号时可用英文双引号括起来。',
  emptyText: (field: string) => `\`${field}\` 不能为空。请填写内容。`,
  notOneOf: (value: unknown, allowed: readonly string[], suggestion?: string) =>
    `${quote(value)} 不是可用的值。请改为 ${list(allowed)} 之一。${didYouMean(suggestion)}`,
  /** One key the object does not have, reported on its own line. */
  unknownKey: (key: string, allowed: readonly string[], suggestion?: string) => unknownKey(key, allowed, suggestion),
  /** A schema's message for a zod issue: every unknown key of an `unrecognized_keys` issue, else undefined. */
  unknownKeys: (issue: { code?: string; keys?: string[] }, allowed: readonly string[], suggest?: (key: string) => string | undefined) => {
    if (issue.code !== 'unrecognized_keys' || !issue.keys) return undefined;
    return issue.keys.map((key) => unknownKey(key, allowed, suggest?.(key))).join(' ');
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
  futureUpdate: (value: string, today: string) => `${quote(value)} 晚于今天（${today}）。更新日期 \`updated\` 不能在未来，请核对。`,
  updatedBeforePublished: (updated: string, published: string) =>
    `更新日期 ${updated} 早于发布日期 ${published}。\`updated\` 是最后一次实质修改的日期，不能早于 \`date\`，请核对；没有修改过就删除这一行。`,

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
  unknownProvince: (value: unknown, unknownMarker: string, suggestion?: string) =>
    `省份 ${quote(value)} 不是省级行政区的规范全称。\`province\` 请照写全称，如 \`山西省\`、\`重庆市\`、\`广西壮族自治区\`、\`香港特别行政区\`（不要只写“山西”“广西”）；原文没有写明省份时，请写 \`${unknownMarker}\`。${didYouMean(suggestion)}`,
  siteConfigNotObject: () => '文件内容应为一个对象（以 { 开头），写明 name、description、publisher 和 license。',
  licenseShape: () =>
    '`license` 应为 null（尚未选定）或一个对象，如 `{ "name": "知识共享署名 4.0 国际许可协议（CC BY 4.0）", "url": "https://creativecommons.org/licenses/by/4.0/deed.zh-hans", "spdx": "CC-BY-4.0" }`。',
  licenseUnchosen: (path: string) =>
    `注意：${path} 尚未写明网站文字和数据的许可协议（license 为空或为占位）。许可协议由发布机构决定；选定后请在 license 中填写名称和网址，并删除 "placeholder": true。网站照常生成，各数据页会注明“许可协议尚未选定”。`,
  taxonomyNotArray: () => '文件内容应为一个列表（以 [ 开头）。',
  taxonomyEmpty: () => '列表是空的。请至少添加一项。',
  jsonSyntax: (detail: string) => `JSON 语法错误：${detail}。请检查这一行附近的逗号、引号和括号是否成对。`,

  // File-level problems
  badFileName: (name: string, suggestion: string) =>
    `文件名 ${quote(name)} 不能用作网址。文件名只能用小写拉丁字母、数字和连字符（如 yongzhou-liangai-2019.mdx）。${suggestion ? `可改名为 \`${suggestion}.mdx\`。` : ''}`,
  unreadableFileName: () =>
    '文件名不是 UTF-8 编码（常见于从 Windows 压缩包解出的中文文件名），无法读取。请把文件改名为小写拉丁字母、数字和连字符。',
  mdxTooDeep: () => 'MDX 结构嵌套过深（例如成百上千个 > 引用符号）。请检查这一段的格式。',
  wrongDataExtension: (name: string) => `文件 ${quote(name)} 不是 .json 文件。content/data/ 里只能放 JSON 数据文件。`,
  wrongExtension: (name: string) =>
    `文件 ${quote(name)} 不是 .mdx 文件，不会被发布。请把文件扩展名改为 .mdx，或把它移出 content/articles/。`,
  notUtf8: (guess: string | undefined) =>
    `文件不是 UTF-8 编码${guess ? `（看起来是 ${guess}）` : ''}。请在编辑器中“另存为 UTF-8”，或运行 \`iconv -f ${guess ?? 'GB18030'} -t UTF-8 原文件 > 新文件\` 转换后替换。`,
  replacementChar: () => '文字中有乱码替换符“�”（U+FFFD），说明原文在某次转换编码时已经损坏。请对照原始材料重新录入这一段。',
  mojibake: (sample: string, kind: string, repaired?: string) =>
    `文字中有乱码 ${quote(sample)}（${kind}）。${repaired ? `按原来的编码重新读出是 ${quote(repaired)}：请对照原始材料核对后改正，` : '请对照原始材料重新录入这一段，'}不要照抄乱码。乱码不能登记为例外。`,
  noFrontmatter: () => '文件开头缺少 frontmatter。第一行应为 `---`，接着写 title、date 等字段，再以 `---` 结束。',
  unclosedFrontmatter: () => 'frontmatter 没有结束。请在字段之后单独一行写 `---`。',
  frontmatterNotMapping: () => 'frontmatter 应由 `字段: 值` 的行组成。',
  yamlSyntax: (detail: string) => `frontmatter 的 YAML 语法错误：${detail}`,
  emptyBody: () => '正文是空的。请在 frontmatter 结束的 `---` 之后写正文。',
  mdxSyntax: (detail: string) => `MDX 语法错误（${detail}）。如要写“<”“{”“}”字符本身，请写成 \\<、\\{、\\}；如是标签，请检查是否成对闭合。`,
  unsafeTag: (tag: string) => `文章中不能包含 <${tag}> 标签：内容只能是文字，不能带代码。请删除它。`,
  unsafeHandler: (attribute: string) => `文章中不能包含事件处理属性 \`${attribute}\`：内容不能带代码。请删除它。`,
  unsafeUrl: () => '文章中不能包含 `javascript:` 网址：内容不能带代码。请改为 https:// 网址或删除。',
  mdxCode: (what: string) => `文章中不能包含 ${what}：内容只能是文字，不能带代码。请删除它；如要写“{”“}”字符本身，请写成 \\{、\\}。`,
  // Links (src/lib/links/) and their allow-list, content/links.json
  linkNotAllowed: (domain: string) =>
    `链接指向不在允许列表中的网站 ${quote(domain)}。请删去这个链接；如确属可信来源，请在 content/links.json 中添加这个域名并写明理由（需经审核的提交）。`,
  linkLookalike: (shown: string, ascii: string) =>
    `链接指向的域名 ${quote(shown)}（即 ${ascii}）含有非拉丁字母，可能是冒充的相似域名（如用西里尔字母“о”冒充“o”），不在允许列表中。请删去这个链接，或改为原网站的正确网址。`,
  linkTrailingDot: (host: string) =>
    `链接的域名 ${quote(host)} 末尾多了一个点，不能按允许列表核对。请删去域名末尾的点（写成 ${quote(host.replace(/\.+$/, ''))}）。`,
  linkUserinfo: (written: string, host: string) =>
    `网址 ${quote(written)} 在“@”前带有用户名或密码，实际指向的是 ${quote(host)}。链接中不能带账号信息：请删去这个链接，或改为正确的网址。`,
  linkIp: (ip: string) =>
    `链接指向 IP 地址 ${quote(ip)}，而不是域名。请改用网站的域名；如确需使用，请在 content/links.json 中添加这个地址并写明理由（需经审核的提交）。`,
  linkScheme: (scheme: string) =>
    `链接使用了 ${quote(scheme)} 协议。只能链接到 http:// 或 https:// 网址、mailto: 邮件地址或本站页面。请改正或删去这个链接。`,
  linkUnparseable: (url: string) => `链接 ${quote(url)} 不是有效的网址。请检查是否多了字符或空格，或删去这个链接。`,
  linkSwallowedText: (url: string, intended: string) =>
    `网址 ${quote(url)} 后面紧跟的文字被当成了网址的一部分，链接会打不开。请在 ${intended} 之后加一个空格再接着写，或写成 \`[文字](${intended})\`。`,
  linkMissingScheme: (url: string) => `链接 ${quote(url)} 缺少 https://，会被当成本站的页面。请写成 \`https://${url}\`，或删去这个链接。`,
  linkEmailNotAllowed: (address: string, domain: string) =>
    `邮件地址 ${quote(address)} 的域名 ${quote(domain)} 不在允许列表中（正文中的邮件地址会自动变成链接）。请删去这个地址；如确属官方联系邮箱，请在 content/links.json 中添加这个域名并写明理由（需经审核的提交）。`,
  linkTextMismatch: (shown: string, target: string) =>
    `链接文字中写的是 ${quote(shown)}，链接实际却指向 ${quote(target)}。链接文字中的网址、域名或邮件地址必须与链接目标一致：请改正链接目标，或把链接文字改为说明性文字（如机构名称）。`,
  linkTextToSite: (shown: string) =>
    `链接文字中写的是 ${quote(shown)}，链接实际却指向本站的页面。请把链接目标改为 https://${shown}/…，或把链接文字改为页面名称。`,
  linkDomainBad: (value: unknown, suggestion?: string) =>
    `${quote(value)} 不是可用的域名。只写小写的域名本身（如 \`gov.cn\`），不写 https://、路径、端口和末尾的点；中文域名请写成 xn-- 开头的形式。${didYouMean(suggestion)}`,
  linkDomainDuplicate: (domain: string) => `域名 ${quote(domain)} 重复。每个域名只能出现一次，请删除重复的一项。`,
  linkDomainCovered: (domain: string, parent: string) =>
    `域名 ${quote(domain)} 已被 ${quote(parent)} 包含（列出的域名连同它的所有子域名都允许）。请删除这一项。`,

  // Statistic files
  notNumber: (value: unknown, suggestion?: number) =>
    `${quote(value)} 不是数字。数值只写数字（如 5.72），不加单位、引号或逗号；单位写在 \`unit\` 字段里。${suggestion !== undefined ? `您是否想写 \`${suggestion}\`？` : ''}原文没有给出的数字请写 null。`,
  badPeriod: (value: unknown) =>
    `${quote(value)} 不是有效的期间。请写成 YYYY、YYYY-MM 或 YYYY-MM-DD（如 2019、2019-07、2019-07-31），并且必须是真实存在的日期。`,
  duplicatePeriod: (period: string) => `期间 ${quote(period)} 在这个系列中出现了两次。每个期间只能有一个数值，请删除或改正其中一个。`,
  noSeries: () => '至少需要一个数据系列。请写成 `"series": [ { "name": "…", "points": [ { "period": "2019", "value": 1 } ] } ]`。',
  noPoints: () => '这个系列没有数据点。请至少添加一个 `{ "period": "…", "value": … }`。',
  unknownIndicator: (value: unknown, suggestion?: string) =>
    `未知的指标 ${quote(value)}。请填写 content/indicators.json 中的某个 id；如是新指标，请先在该文件中添加（id、name、unit、definition）。${didYouMean(suggestion)}`,
  indicatorUnitDiffers: (indicator: string, unit: string, expected: string) =>
    `这个文件的单位是 ${quote(unit)}，而指标 \`${indicator}\` 的单位是 ${quote(expected)}。同一指标的数字必须用同一单位才能放在一起比较：请改正 \`unit\`（必要时换算数字），或改用别的指标。`,
  indicatorRegionTwice: (indicator: string, region: string, otherPath: string) =>
    `地区 \`${region}\` 的指标 \`${indicator}\` 已经在 ${otherPath} 中有一个系列。同一地区的同一指标只能有一个系列（比较图中每个地区一条线）：请把数字合并到一个文件，或删去其中一个系列的 \`indicator\`。`,
  reservedDatasetId: (id: string) =>
    `数据文件不能叫 ${quote(`${id}.json`)}：网站的 /data/${id}.json 另有用途（数据目录、数据包）。请换一个文件名，例如 \`${id}-1.json\` 或写明地区和内容。`,
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
  chartSourceMissing: (datasetExample: string, indicatorExample: string) =>
    `<Chart> 缺少要画的数据：请写 \`dataset\`（一个数据文件，如 ${datasetExample}）或 \`indicator\`（一个指标的各地比较，如 ${indicatorExample}）。`,
  chartDatasetOrIndicator: () =>
    '<Chart> 只能写 `dataset`（画一个数据文件）或 `indicator`（画一个指标的各地比较）之一，不能两个都写。请删去其中一个。',
  regionsWithoutIndicator: () => '`regions` 只用于指标图表：请同时写 `indicator="…"`，或删去 `regions`。',
  indicatorWithoutData: (id: string) =>
    `指标 ${quote(id)} 还没有任何数据文件使用（没有系列写 \`"indicator": "${id}"\`），无图可画。请先在地区的数据文件中标注这个指标，或删去这个图表。`,
  regionsEmpty: (id: string, available: readonly string[]) =>
    `\`regions\` 是空的。请用英文逗号分隔地区 id，如 \`regions="${available.slice(0, 2).join(',')}"\`；要显示指标 ${quote(id)} 的全部地区，删去 \`regions\` 即可。`,
  indicatorRegionMissing: (region: string, id: string, available: readonly string[], suggestion?: string) =>
    `地区 ${quote(region)} 没有指标 ${quote(id)} 的数据。有这个指标数据的地区：${available.map((entry) => `\`${entry}\``).join('、')}。${didYouMean(suggestion)}`,
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

  // YAML syntax in frontmatter: each is the detail of `yamlSyntax`, on the line where the mistake begins
  yamlUnclosedQuote: (field: string | undefined, mark: string) =>
    `${field ? `\`${field}\` 的值` : '这个值'}以英文${mark === "'" ? '单' : '双'}引号 ${mark} 开头，却没有结束的 ${mark}，后面的行都会被当成这个值的一部分。请在这一行的值末尾补上 ${mark}，或删去开头的 ${mark}；值里要用引号时请用中文引号“”。`,
  yamlQuoteInside: (field: string | undefined, mark: string) =>
    `${field ? `\`${field}\` 的值` : '这个值'}在英文${mark === "'" ? '单' : '双'}引号 ${mark} 结束之后还有文字，多半是值里又用了英文引号。值里要用引号时请用中文引号“”，${mark === "'" ? "或把值里的每个 ' 写成两个 ''。" : "或把整个值改用英文单引号 ' 括起来。"}`,
  yamlColonInValue: (field: string, fixed: string) =>
    `\`${field}\` 的值里有英文冒号加空格“: ”，会被当成又一个字段。请把整个值用英文双引号括起来，写成 \`${fixed}\`；或把冒号改为中文冒号“：”。`,
  yamlColonNoSpace: (field: string) => `字段名 \`${field}\` 后的英文冒号后面缺少空格。请写成 \`${field}: …\`（冒号后加一个空格）。`,
  yamlFullwidthColon: (field: string) => `字段名 \`${field}\` 后面用了中文冒号“：”。字段名后要用英文冒号加一个空格，写成 \`${field}: …\`。`,
  yamlTabIndent: () => '这一行的行首用了 Tab 缩进。frontmatter 只能用空格缩进：请把行首的 Tab 换成空格，并与同一级的行对齐。',
  yamlListIndent: () =>
    '列表的缩进不对。同一列表的每一项以“- ”开头，“-”要上下对齐；一项中的其他字段要与“- ”后面的第一个字对齐，例如 `  - date: 2024-01-02` 的下一行写 `    note: 更正说明`。',
  yamlIndent: () => '这一行的缩进不对。frontmatter 的字段要顶格写（行首不留空格），同一级的行要对齐；只有列表中的项才缩进。',
  yamlDuplicateKey: (field: string, firstLine: number) =>
    `字段 \`${field}\` 写了两次（第 ${firstLine} 行已经有一个）。每个字段只能写一次：请删去其中一行，或把两处的内容合并。`,
  yamlUnclosedFlow: (field: string | undefined, open: string) =>
    `${field ? `\`${field}\` 的` : ''}列表以 ${open} 开头，却没有结束的 ${open === '[' ? ']' : '}'}。请在这一行末尾补上 ${open === '[' ? ']' : '}'}，例如 ${open === '[' ? '`topics: [fuyou, jiceng]`' : '`{ a: 1 }`'}。`,
  yamlOther: (detail: string) =>
    `请检查这一行及上一行：英文冒号后要有空格；值里有“: ”或以引号、[、{ 开头时，要用英文双引号把整个值括起来；缩进只能用空格，同一级要对齐。（解析器的说明：${detail}）`,

  // The pre-commit hook, `npm run check -- --staged`
  stagedNothing: (dir: string) => `本次提交没有改动 ${dir}/ 中的文件，跳过内容检查。`,
  stagedNotInRepo: () =>
    '`--staged` 检查的是将要提交的内容，只能在 git 仓库中使用。请在仓库的文件夹中运行，或去掉 `--staged` 检查全部内容。',
  stagedGitFailed: (detail: string) => `读取 git 暂存区失败（${detail}）。请确认 git 能正常使用后再提交。`,
  stagedRefused: (count: number, articles: number, datasets: number, seconds: string) =>
    `内容检查未通过：将要提交的内容有 ${count} 个问题（检查了暂存区中的 ${articles} 篇文章、${datasets} 个数据文件，用时 ${seconds} 秒）。提交没有完成：请按提示修改，改好后重新 \`git add\` 再提交。`,
  stagedPassed: (articles: number, datasets: number, seconds: string) =>
    `内容检查通过：将要提交的内容没有问题（暂存区中 ${articles} 篇文章、${datasets} 个数据文件，用时 ${seconds} 秒）。`,
  stagedPreexisting: (count: number) =>
    `另有 ${count} 个问题在本次提交没有改动的文件中，提交之前就已存在，不影响这次提交；运行 \`npm run check\` 可以看到它们。`,
  checkUsage: (detail: string) =>
    `${detail}。用法：\`npm run check\` 检查全部内容；\`npm run check -- --staged\` 只检查将要提交的内容（提交前检查用的就是它）；` +
    `\`npm run check -- --format github|gitlab|json|text\` 选择输出格式（在 GitHub Actions、GitLab CI 中会自动选择），\`--report 文件\` 指定 GitLab 代码质量报告的位置。`,
  checkUnknownArgument: (argument: string) => `不认识的参数 ${quote(argument)}`,
  checkUnknownFormat: (format: string, formats: readonly string[]) => `不认识的输出格式 ${quote(format)}，可选：${formats.join('、')}`,
  checkStagedIsText: () => '`--staged` 是提交前的检查，只输出文字，不能与 `--format`、`--report` 一起使用',
  codeQualityWritten: (file: string, count: number) => `GitLab 代码质量报告已写入 ${file}（${count} 个问题）。`,
  duplicateArticle: (otherPath: string) => `与 ${otherPath} 标题和日期都相同，像是重复发布。请删除其中一篇，或修改标题以区分。`,

  // Shards of a large archive (shards.json, `npm run shards`)
  shardId: () => '分站 id 只能用小写字母、数字和连字符（2–32 个字符），例如 `hunan`；它也是分站网址的最后一段。',
  shardTitle: () => '请写上分站的名称，读者在首页看到的就是它，例如 `湖南`。',
  shardContent: () => '请写上分站的内容文件夹（相对于 shards.json），例如 `archive/hunan`。',
  shardsTooFew: () => '分站至少要有两个；只有一个时请删去 shards.json，直接构建整个网站。',
  shardDuplicate: (id: string) => `分站 id ${quote(id)} 重复了。每个分站要有自己的 id。`,
  shardFileInvalid: (file: string, where: string, detail: string) => `${file}：${where ? `${where}：` : ''}${detail}`,
  shardFileUnreadable: (file: string, detail: string) => `读不了 ${file}（${detail}）。请确认它是 UTF-8 编码的 JSON。`,
  shardContentMissing: (file: string, id: string, dir: string) =>
    `${file}：分站 ${quote(id)} 的内容文件夹 ${dir} 不存在，或其中没有 articles/。请改正 \`content\`。`,
  shardSharedDiffers: (name: string, first: string, other: string) =>
    `${other}/${name} 与 ${first}/${name} 不一样。各分站的 ${name} 必须完全相同（全站共用一份地区、主题、指标和网站设置；可选的文件要么都有，要么都没有），否则跨分站搜索的筛选会对不上；请把改动同样复制到每个分站。`,
  shardUnknown: (id: string, ids: readonly string[]) => `没有 id 为 ${quote(id)} 的分站。可用：${list(ids)}。`,
  shardOutputMissing: (id: string, dir: string) =>
    `分站 ${quote(id)} 的构建结果 ${dir} 不存在：请先构建它（\`npm run shards -- build ${id}\`）。`,

  archiveHomeInvalid: (value: string) => `WEIJIAN_ARCHIVE_HOME：${quote(value)} 应以 / 或 https:// 开头，例如 /（所有分站的首页）。`,
  shardChecking: (id: string, title: string) => `检查分站 ${id}（${title}）：`,
  shardsUsage: () =>
    '用法：`npm run shards -- plan | check | build <分站 id> | assemble | run`。plan 列出分站（CI 矩阵），check 检查每个分站的内容，build 构建一个分站，assemble 把各分站合成一个网站，run 在本机依次完成全部步骤（见 scripts/shards.ts 开头的说明）。',
  shardBuilt: (id: string, title: string, articles: number, seconds: string, out: string) =>
    `分站 ${id}（${title}）：${articles} 篇文章，构建用时 ${seconds} 秒 → ${out}`,
  shardReused: (id: string, title: string, key: string) =>
    `分站 ${id}（${title}）：内容、代码和分站列表都没有变，沿用上次的构建结果（${key.slice(0, 12)}）。`,
  shardsAssembled: (count: number, out: string) => `已把 ${count} 个分站合成一个网站：${out}（根目录有分站首页和 404 页面）。`,

  // Text damage (src/lib/text/damage.ts) and reviewed exceptions
  textDamage: (hit: DamageHit) => {
    const spot = `“${hit.excerpt}”`;
    const what: Record<DamageRuleId, string> = {
      'cut-number': `数字 ${quote(hit.match)} 后面的数字被截掉了：${spot}。请对照原始材料补全或删去这个数字，不要猜测。`,
      'cut-number-front': `${quote(hit.match)} 像是被截掉了前几位的数字：${spot}。请对照原始材料补全或删去这个数字，不要猜测。`,
      'stripped-number': `${quote(hit.match)} 中缺了数字（原文的数字被删掉了）：${spot}。请对照原始材料补上数字，找不到就删去这半句，不要猜测。`,
      'garbled-year': `${quote(hit.match)} 不是有效的年份（原文的年份已损坏）：${spot}。请对照原始材料改正。`,
      'spun-word': `${quote(hit.match)} 疑似机器洗稿替换的词，原词可能是“${hit.original ?? ''}”：${spot}。请对照原始材料改回原词。`,
      pinyin: `${quote(hit.match)} 是插进文字里的拼音注音：${spot}。请删去括号和拼音。`,
      furniture: `${quote(hit.match)} 是网页上的栏目文字（导航、工具栏、浏览次数、作者账号、版权和转载声明、标签、原标题、摘要栏等），不是报告正文。请删去这一行。`,
      'spam-text': `${quote(hit.match)} 是网站被注入的垃圾关键词（色情、赌博、盗版影视、贷款、办证之类的词语罗列），不是报告的文字：${spot}。请删去；标题或摘要中出现的，请按原始材料改写。`,
      'rare-characters': `${quote(hit.match)} 连着几个平常几乎不用的生僻字（或问号旁的怪字），像是编码转换留下的乱码：${spot}。请对照原始材料重新录入这几个字。`,
    };
    return `${what[hit.rule]}如果原文确实如此，请在 frontmatter 的 \`reviewed\` 中登记这一处（规则 \`${hit.rule}\`），见 README“内容规则”。`;
  },
  repost: (otherPath: string, otherDate: string, similarity: number) =>
    `正文与 ${otherPath}（同一地区，${otherDate}）几乎相同（相似度 ${Math.floor(similarity * 100)}%），像是转载或重复发布。请删除其中一篇；如确是两篇不同的文章（例如同一模板的两期通报），请改写正文，写清本篇特有的内容和数据。`,
  reviewedNotFound: (text: string) =>
    `\`reviewed\` 中登记的文字 ${quote(text)} 在文章中找不到（可能已经改过）。请删去这条记录，或改为文章中现有的原文。`,
  reviewedAmbiguous: (text: string, count: number) =>
    `\`reviewed\` 中登记的文字 ${quote(text)} 在文章中出现了 ${count} 次，不知道指哪一处。请多引用前后几个字，使它只对应一处。`,
  reviewedStale: (rule: string, label: string, text: string) =>
    `\`reviewed\` 中登记的 ${quote(text)} 已经没有“${label}”问题（规则 \`${rule}\`），这条记录过时了。请删去它。`,
  reviewedRule: (value: unknown, allowed: readonly string[]) =>
    `${quote(value)} 不是可以登记的规则。请改为 ${list(allowed)} 之一；代码、编码和乱码问题不能登记为例外，只能改正。`,
  reviewedTextLength: (length: number, min: number, max: number) =>
    length < min
      ? `\`text\` 只有 ${length} 个字。请引用至少 ${min} 个字的原文（问题所在处连同前后的字），使它只对应文章中的一处。`
      : `\`text\` 有 ${length} 个字，超过 ${max} 个字。一条记录放行引用范围内的每一处，所以只引用问题所在处和前后几个字。`,
  reviewedNoteMissing: () => '缺少说明 `note`。请写明核对的结论，例如“已核对原件，原文如此”。',
  reviewedNotList: () => '应为核对记录的列表。请写成多行 `- rule: cut-number`、`  text: "……"`、`  note: 已核对原件，原文如此` 的形式。',
} as const;
