// bench/REPORT.md from the raw figures: every number with how it was measured,
// and each target marked met or missed.
import type { RealWebFigures } from '../real-web.ts';
import type { DownloadSizes } from './downloads.ts';
import type { ShardMatrixFigures } from './shard-matrix.ts';
import type { KindSummary } from './pages.ts';
import type { BareMeasurement, QueryMeasurement } from './search.ts';
import type { QualityRow, QualitySummary } from './search-quality.ts';
import { TYPING_PAUSE_MS } from '../../src/lib/search/query.ts';
import type { LighthouseResult } from './lighthouse.ts';

export interface StageFigures {
  name: string;
  seconds: number;
  peakRssBytes: number;
}
export interface BuildFigures {
  seconds: number;
  pages: number;
  peakRssBytes: number;
  output: { files: number; bytes: number };
  searchIndex?: { files: number; bytes: number };
  stages: StageFigures[];
}
export interface BuildRun {
  articles: number;
  withChart: number;
  datasets: number;
  characters: number;
  weijian: BuildFigures;
  floor?: BuildFigures;
  hugo?: BuildFigures;
  /** Wall time of every run; the tables show the fastest of each. */
  allSeconds?: { weijian: number[]; floor: number[] };
  /** When these builds were measured, if not in the run the report is dated by (a build-only run merged in). */
  measuredAt?: string;
  /** Statistic files naming each indicator: the regions its page compares. */
  regionsPerIndicator?: Record<string, number>;
}
export interface BenchResults {
  date: string;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; hugo: string };
  seed: number;
  runs: BuildRun[];
  pageSizes: { site: number; kinds: KindSummary[] };
  /** Bytes of the downloads on each size's site (issue 16). */
  downloads?: ({ site: number } & DownloadSizes)[];
  search?: {
    site: number;
    queries: QueryMeasurement[];
    fixed?: { script: number; wasm: number; meta: number; filters?: number };
    bare?: BareMeasurement[];
    bareFixed?: { script: number; wasm: number; meta: number; filters?: number };
  };
  /** Recall, precision and exact-first on the smallest archive (bench/lib/search-quality.ts), and the first ten with bundles against one index. */
  quality?: {
    site: number;
    weijian: QualitySummary;
    pagefind: QualitySummary;
    rows: (QualityRow & { pagefind: { found: number; correct: number } })[];
    overlap: { query: string; shown: number; shared: number }[];
    overlapBundlePages: number;
  };
  lighthouse?: LighthouseResult[];
  /** The importer and the check on pages saved from the public web (bench/real-web.ts). */
  realWeb?: RealWebFigures;
  /** The largest archive as province shards, built by `npm run shards -- run` (bench/lib/shard-matrix.ts). */
  shardMatrix?: ShardMatrixFigures;
  /** `npm run check` alone (`npm run bench -- --check-only`), each run's seconds. */
  checkOnly?: {
    articles: number;
    seconds: number[];
    peakRssBytes: number;
    date: string;
    base?: string;
    baseSeconds?: number[];
    /** The base predates indicators and checked the same archive without them (this tree also checks each series' indicator). */
    baseWithoutIndicators?: boolean;
    /** What the base is ("第 27 号问题之前"), and the ratio the check may take against it. */
    baseNote?: string;
    target?: number;
  }[];
  /** `--build-base`: whole builds of this tree and of an earlier commit, taking turns in one run. */
  buildCompare?: BuildCompare[];
  benchSeconds?: number;
}

export interface BuildCompare {
  articles: number;
  commit: string;
  seconds: number[];
  peakRssBytes: number;
  base: string;
  baseSeconds: number[];
  basePeakRssBytes: number;
  /** Output of the last build of each (runs before issue 16 have none). */
  output?: { files: number; bytes: number };
  baseOutput?: { files: number; bytes: number };
  /** The base predates indicators (issue 16) and built the same archive without them: the figures are what issue 16 adds, not a refactor. */
  baseWithoutIndicators?: boolean;
  date: string;
}

export const TARGETS = {
  buildRatio: 1.5,
  peakRssBytes: 8 * 2 ** 30,
  articleHtmlCssGzip: 25 * 1024,
  chartJsGzip: 90 * 1024,
  /** Script a page without a chart loads before any choice: the reading settings (issue 13). */
  readingJsGzip: 1024,
  searchBytes: 150 * 1024,
  searchMs: 300,
  /** The content check may take at most twice as long as before the text-damage, link and re-post rules (issue 11). */
  checkRatio: 2,
  /** A refactor (issue 12) may make the whole build at most 5% slower than the commit before it. */
  refactorRatio: 1.05,
  lighthouse: 100,
};

const GiB = (bytes: number) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const KB = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const s = (seconds: number) => `${seconds.toFixed(1)} s`;
const s2 = (seconds: number) => `${seconds.toFixed(2)} s`;
const mark = (ok: boolean) => (ok ? '✅ 达标' : '❌ 未达标');
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const stage = (figures: BuildFigures | undefined, name: string) => figures?.stages.find((item) => item.name === name);

function buildSection(run: BuildRun): string[] {
  const { weijian, floor, hugo } = run;
  const lines = [
    `### ${run.articles.toLocaleString('en')} 篇文章（${run.withChart} 篇含图表，${run.datasets} 个统计文件${run.regionsPerIndicator ? `（${Object.values(run.regionsPerIndicator).filter((count) => count > 0).length} 个指标）` : ''}，正文 ${(run.characters / 1e6).toFixed(1)} 百万字）${run.measuredAt ? `：构建在 ${run.measuredAt.slice(0, 16).replace('T', ' ')} UTC 单独测量` : ''}`,
    '',
    row(['构建', '用时', '页面', '页面/秒', '峰值内存（进程树 RSS）', '输出']),
    row(['---', '---:', '---:', '---:', '---:', '---:']),
    row([
      'weijian（检查 + Astro + Pagefind）',
      s(weijian.seconds),
      weijian.pages,
      (weijian.pages / weijian.seconds).toFixed(0),
      GiB(weijian.peakRssBytes),
      `${MB(weijian.output.bytes)}，${weijian.output.files} 个文件`,
    ]),
  ];
  if (floor)
    lines.push(
      row([
        '下限（裸 Astro + 裸 Pagefind）',
        s(floor.seconds),
        floor.pages,
        (floor.pages / floor.seconds).toFixed(0),
        GiB(floor.peakRssBytes),
        `${MB(floor.output.bytes)}，${floor.output.files} 个文件`,
      ]),
    );
  if (hugo)
    lines.push(
      row([
        '参考：hugo（同样的 Markdown）',
        s(hugo.seconds),
        hugo.pages,
        (hugo.pages / hugo.seconds).toFixed(0),
        GiB(hugo.peakRssBytes),
        `${MB(hugo.output.bytes)}，${hugo.output.files} 个文件`,
      ]),
    );
  lines.push(
    '',
    row(['阶段', 'weijian', '峰值内存', '下限', '峰值内存', 'weijian ÷ 下限']),
    row(['---', '---:', '---:', '---:', '---:', '---:']),
  );
  for (const name of ['check', 'astro', 'search']) {
    const ours = stage(weijian, name);
    const theirs = stage(floor, name);
    if (!ours) continue;
    const label = { check: '内容检查（下限没有）', astro: 'Astro 构建', search: 'Pagefind 索引' }[name];
    lines.push(
      row([
        label!,
        s(ours.seconds),
        GiB(ours.peakRssBytes),
        theirs ? s(theirs.seconds) : '—',
        theirs ? GiB(theirs.peakRssBytes) : '—',
        theirs ? ratio(ours.seconds, theirs.seconds) : '—',
      ]),
    );
  }
  if (floor) {
    lines.push(
      row([
        '**合计**',
        `**${s(weijian.seconds)}**`,
        GiB(weijian.peakRssBytes),
        `**${s(floor.seconds)}**`,
        GiB(floor.peakRssBytes),
        `**${ratio(weijian.seconds, floor.seconds)}**`,
      ]),
    );
  }
  if (run.allSeconds && run.allSeconds.weijian.length > 1) {
    lines.push(
      '',
      `每个构建轮流运行 ${run.allSeconds.weijian.length} 次，表中取各自最快的一次。各次用时：weijian ${run.allSeconds.weijian.map(s).join('、')}；下限 ${run.allSeconds.floor.map(s).join('、')}。`,
    );
  }
  if (weijian.searchIndex && floor?.searchIndex) {
    lines.push(
      '',
      `搜索索引：weijian ${MB(weijian.searchIndex.bytes)}（${weijian.searchIndex.files} 个文件），下限 ${MB(floor.searchIndex.bytes)}（${floor.searchIndex.files} 个文件）。`,
    );
  }
  lines.push('');
  return lines;
}

function growthSection(runs: BuildRun[]): string[] {
  if (runs.length < 2) return [];
  const [small, large] = [runs[0]!, runs.at(-1)!];
  const factor = large.articles / small.articles;
  const lines = [
    `## 从 ${small.articles.toLocaleString('en')} 到 ${large.articles.toLocaleString('en')} 篇的增长（文章数 ×${factor}）`,
    '',
    row(['', '用时增长', '峰值内存增长']),
    row(['---', '---:', '---:']),
  ];
  const grow = (label: string, a?: { seconds: number; peakRssBytes: number }, b?: { seconds: number; peakRssBytes: number }) => {
    if (a && b) lines.push(row([label, `×${(b.seconds / a.seconds).toFixed(1)}`, `×${(b.peakRssBytes / a.peakRssBytes).toFixed(1)}`]));
  };
  grow('weijian 合计', small.weijian, large.weijian);
  for (const name of ['check', 'astro', 'search']) grow(`weijian ${name}`, stage(small.weijian, name), stage(large.weijian, name));
  grow('下限合计', small.floor, large.floor);
  grow('hugo', small.hugo, large.hugo);
  lines.push('', `用时增长等于 ×${factor} 即线性；更大说明有超线性的部分。`, '');
  return lines;
}

/** "每个指标 82–93 个地区": how many regions' statistic files each indicator page compares. */
function regionsPerIndicator(run: BuildRun): string {
  const counts = Object.values(run.regionsPerIndicator ?? {}).filter((count) => count > 0);
  return counts.length
    ? `（${run.articles.toLocaleString('en')} 篇的站点，每个指标 ${Math.min(...counts)}–${Math.max(...counts)} 个地区）`
    : '';
}

function targetsSection(results: BenchResults): string[] {
  const large = results.runs.at(-1)!;
  const kinds = new Map(results.pageSizes.kinds.map((kind) => [kind.kind, kind]));
  const article = kinds.get('article');
  const chart = kinds.get('article-with-chart');
  const queries = results.search?.queries ?? [];
  const worstBytes = Math.max(0, ...queries.map((q) => q.firstBytes ?? q.searchBytes));
  const worstMs = Math.max(0, ...queries.map((q) => q.msToFirst ?? q.msToResults));
  const bareOf = new Map((results.search?.bare ?? []).map((q) => [q.query, q]));
  const notBelowBare = queries.filter((q) => (q.firstBytes ?? q.searchBytes) >= (bareOf.get(q.query)?.bytes ?? Infinity));
  const lines = ['## 目标', '', row(['目标', '实测', '结论']), row(['---', '---', '---'])];
  if (large.floor) {
    const r = large.weijian.seconds / large.floor.seconds;
    lines.push(
      row([
        `${large.articles.toLocaleString('en')} 篇构建 ≤ 下限的 ${TARGETS.buildRatio} 倍`,
        `${r.toFixed(2)}×（${s(large.weijian.seconds)} ÷ ${s(large.floor.seconds)}）`,
        mark(r <= TARGETS.buildRatio),
      ]),
    );
  }
  lines.push(row(['峰值内存 ≤ 8 GiB', GiB(large.weijian.peakRssBytes), mark(large.weijian.peakRssBytes <= TARGETS.peakRssBytes)]));
  const check = results.checkOnly?.at(-1);
  if (check?.baseSeconds?.length) {
    const [fastest, base] = [Math.min(...check.seconds), Math.min(...check.baseSeconds)];
    const target = check.target ?? TARGETS.checkRatio;
    lines.push(
      row([
        `${check.articles.toLocaleString('en')} 篇内容检查 ≤ ${check.baseNote ?? '加入文字损坏、链接和转载规则之前'}（\`${check.base}\`）的 ${target} 倍`,
        `${(fastest / base).toFixed(2)}×（${s2(fastest)} ÷ ${s2(base)}，同一次运行中轮流各测三次，取最快）`,
        mark(fastest / base <= target),
      ]),
    );
  }
  for (const compare of (results.buildCompare ?? []).filter((run) => !run.baseWithoutIndicators)) {
    const [fastest, base] = [Math.min(...compare.seconds), Math.min(...compare.baseSeconds)];
    lines.push(
      row([
        `${compare.articles.toLocaleString('en')} 篇整套构建 ≤ 基准提交（\`${compare.base}\`）的 ${TARGETS.refactorRatio} 倍，峰值内存 ≤ 8 GiB`,
        `${(fastest / base).toFixed(3)}×（${s(fastest)} ÷ ${s(base)}，同一次运行中轮流各测 ${compare.seconds.length} 次，取最快），峰值 ${GiB(compare.peakRssBytes)}`,
        mark(fastest / base <= TARGETS.refactorRatio && compare.peakRssBytes <= TARGETS.peakRssBytes),
      ]),
    );
  }
  if (article)
    lines.push(
      row([
        '无图表文章 HTML+CSS ≤ 25 KB（gzip），JS（阅读设置）≤ 1 KB',
        `最大 ${KB(article.htmlCssGzip.max)}，JS 最大 ${article.jsGzip.max} B`,
        mark(article.htmlCssGzip.max <= TARGETS.articleHtmlCssGzip && article.jsGzip.max <= TARGETS.readingJsGzip),
      ]),
    );
  if (chart)
    lines.push(row(['含图表文章 JS ≤ 90 KB（gzip）', `最大 ${KB(chart.jsGzip.max)}`, mark(chart.jsGzip.max <= TARGETS.chartJsGzip)]));
  const indicator = kinds.get('indicator');
  if (indicator)
    lines.push(
      row([
        `指标页${regionsPerIndicator(results.runs.find((run) => run.articles === results.pageSizes.site) ?? large)} HTML+CSS ≤ 25 KB（gzip），JS ≤ 90 KB（gzip）`,
        `HTML+CSS 最大 ${KB(indicator.htmlCssGzip.max)}，JS 最大 ${KB(indicator.jsGzip.max)}`,
        mark(indicator.htmlCssGzip.max <= TARGETS.articleHtmlCssGzip && indicator.jsGzip.max <= TARGETS.chartJsGzip),
      ]),
    );
  if (queries.length) {
    lines.push(row(['首批结果（前 10 条）传输 ≤ 150 KB', `最多 ${KB(worstBytes)}`, mark(worstBytes <= TARGETS.searchBytes)]));
    lines.push(row(['末次按键后 ≤ 300 ms 显示首批结果（含输入停顿）', `最慢 ${worstMs} ms`, mark(worstMs <= TARGETS.searchMs)]));
    if (bareOf.size)
      lines.push(
        row([
          '每个查询的首批结果传输少于裸 Pagefind',
          notBelowBare.length ? `${notBelowBare.map((q) => q.query).join('、')} 不少于` : `${queries.length} 个查询都更少`,
          mark(!notBelowBare.length),
        ]),
      );
  }
  if (results.lighthouse) {
    const all = results.lighthouse.flatMap((page) => Object.values(page.scores));
    lines.push(
      row([
        'Lighthouse 四项 100（四个页面，标准和关怀模式）',
        `最低 ${Math.min(...all)}`,
        mark(all.every((score) => score >= TARGETS.lighthouse)),
      ]),
    );
  }
  lines.push('');
  return lines;
}

const REAL_WEB_CHECKS: Record<string, string> = {
  imported: '导入成功',
  title: '标题正确',
  'no title invented': '没有标题时不编造（不用垃圾行）',
  date: '日期正确',
  source: '发布机构正确',
  'figures kept': '数字全部保留',
  'no figure invented': '没有多出原文没有的数字',
  'spam and furniture removed (by the rules)': '规则认得的垃圾和网页残留全部去掉',
  'no frame words left': '草稿中没有网页框架用语（当前位置、点击数、版权所有、原标题等，独立于规则的词表）',
};

function realWebSection(results: BenchResults): string[] {
  const web = results.realWeb;
  if (!web) return [];
  const checks = Object.entries(web.damaged.checks);
  const passed = checks.reduce((sum, [, c]) => sum + c.passed, 0);
  const total = checks.reduce((sum, [, c]) => sum + c.total, 0);
  return [
    '## 真实网页上的导入和检查',
    '',
    `\`npm run bench -- --real-web <文件夹>\` 在 ${web.date.slice(0, 16).replace('T', ' ')} UTC 测量：从公开网页保存的 ${web.damaged.pages} 个损坏页面（内容农场、县市门户、范文站、转载稿）和 ${web.clean.pages} 篇干净的政府文本。网页文字是第三方的，不提交；\`bench/real-web/manifest.json\` 记录每页的网址、读取日期、文字的 sha256 和要核对的事实（标题的 sha256、日期、发布机构、数字），有同样的页面就能重现这些数字（哈希不符的页面跳过：损坏 ${web.damaged.skipped} 页、干净 ${web.clean.skipped} 页）。`,
    '',
    `损坏页面：${passed}/${total} 项核对通过。`,
    '',
    row(['核对', '通过', '页数']),
    row(['---', '---:', '---:']),
    ...checks.map(([name, c]) => row([REAL_WEB_CHECKS[name] ?? name, String(c.passed), String(c.total)])),
    '',
    ...(web.damaged.failures.length ? ['未通过的：', '', ...web.damaged.failures.map((failure) => `- ${failure}`), ''] : []),
    `干净文本：${web.clean.pages} 篇、${web.clean.lines} 行、${web.clean.characters.toLocaleString('en')} 字，误报 ${web.clean.falseAlarms.length} 处${web.clean.falseAlarms.length ? '：' : '。'}`,
    ...web.clean.falseAlarms.map((alarm) => `- ${alarm}`),
    '',
  ];
}

function checkSection(results: BenchResults): string[] {
  if (!results.checkOnly?.length) return [];
  const first = results.checkOnly[0]!;
  return [
    '## 内容检查（单独测量）',
    '',
    `\`npm run bench -- --check-only\` 在 ${first.date.slice(0, 16).replace('T', ' ')} UTC 测量：同一种子重新生成的档案；现在的 \`scripts/check.ts\`（编码、frontmatter、MDX、组件、文字损坏规则、核对记录、链接、重复和转载）与 \`${first.base}\` 的检查程序（${first.baseNote ?? '加入这些规则之前'}）轮流各运行三次，用同一份 node_modules${first.baseWithoutIndicators ? `；\`${first.base}\` 还不认识指标，读到的是同一档案去掉指标的版本（现在的检查程序多检查每个系列的指标）` : ''}。这台机器在不同时间的用时差别很大（上面整套构建中的“内容检查”阶段是另一次运行测得的），所以只比较同一次运行中的两者。`,
    '',
    row(['文章数', '现在：各次用时', '最快', `${first.base}：各次用时`, '最快', '倍数', '峰值内存']),
    row(['---:', '---', '---:', '---', '---:', '---:', '---:']),
    ...results.checkOnly.map((check) => {
      const [fastest, base] = [Math.min(...check.seconds), Math.min(...(check.baseSeconds ?? [NaN]))];
      return row([
        check.articles.toLocaleString('en'),
        check.seconds.map(s2).join('、'),
        s2(fastest),
        (check.baseSeconds ?? []).map(s2).join('、'),
        s2(base),
        `${(fastest / base).toFixed(2)}×`,
        GiB(check.peakRssBytes),
      ]);
    }),
    '',
  ];
}

/** A build comparison's first five cells (articles, each run and the fastest, of this tree and of the base), and the two fastest. */
function comparedTimes(run: BuildCompare): { fastest: number; base: number; cells: string[] } {
  const [fastest, base] = [Math.min(...run.seconds), Math.min(...run.baseSeconds)];
  return {
    fastest,
    base,
    cells: [run.articles.toLocaleString('en'), run.seconds.map(s).join('、'), s(fastest), run.baseSeconds.map(s).join('、'), s(base)],
  };
}

/** What issue 16 (indicators, XLSX, the data package, the archive of all data) adds to a whole build: no target, the figure the issue asks for. */
function addedByIndicatorsSection(results: BenchResults): string[] {
  const compared = (results.buildCompare ?? []).filter((run) => run.baseWithoutIndicators);
  if (!compared.length) return [];
  const first = compared[0]!;
  return [
    '## 指标、XLSX、数据包和全部数据压缩包增加的构建用时（同一次运行）',
    '',
    `\`npm run bench -- --build-base ${first.base} --sizes ${compared.map((run) => run.articles).join(',')}\` 在 ${first.date.slice(0, 16).replace('T', ' ')} UTC 测量：\`${first.base}\` 还不认识指标，读到的是同一种子生成、只是序列不标指标、没有 indicators.json 的档案；\`${first.commit}\` 读到标了指标的同一档案。以第 16 号问题之前的最后一个提交为基准时，两者之差就是指标页、每个统计文件和指标的 XLSX、/data/datapackage.json、/data/index.json 和全部数据压缩包的成本。两者轮流运行，冷启动，各取最快的一次。`,
    '',
    row([
      '文章数',
      `${first.commit}：各次用时`,
      '最快',
      `${first.base}：各次用时`,
      '最快',
      '增加',
      '峰值内存（现在 / 早先）',
      '输出（现在 / 早先）',
    ]),
    row(['---:', '---', '---:', '---', '---:', '---:', '---:', '---:']),
    ...compared.map((run) => {
      const { fastest, base, cells } = comparedTimes(run);
      return row([
        ...cells,
        `${s(fastest - base)}（${(((fastest - base) / base) * 100).toFixed(1)}%）`,
        `${GiB(run.peakRssBytes)} / ${GiB(run.basePeakRssBytes)}`,
        run.output && run.baseOutput
          ? `${MB(run.output.bytes)}，${run.output.files} 个文件 / ${MB(run.baseOutput.bytes)}，${run.baseOutput.files} 个文件`
          : '—',
      ]);
    }),
    '',
  ];
}

const FORMAT_NAMES = { csv: 'CSV', xlsx: 'XLSX', json: 'JSON', png: 'PNG' } as const;
const WHOLE_SITE_NAMES: Record<string, string> = {
  'data/datapackage.json': '数据包 /data/datapackage.json',
  'data/index.json': '数据清单 /data/index.json',
  'data/weijian-data.zip': '全部数据压缩包 /data/weijian-data.zip',
};

function downloadsSection(results: BenchResults): string[] {
  if (!results.downloads?.length) return [];
  const lines = [
    '## 下载文件的大小',
    '',
    '测量方法：构建输出中的文件字节数（未压缩；服务器对 CSV 和 JSON 还会 gzip）。“统计文件”是一个地区的一个统计文件（`/data/<id>.*`），“指标”是一个指标在所有地区的比较（`/indicators/<id>.*`）。',
    '',
    row(['站点', '下载', '文件数', 'p50', 'p95', '最大']),
    row(['---:', '---', '---:', '---:', '---:', '---:']),
  ];
  for (const site of results.downloads) {
    const size = `${site.site.toLocaleString('en')} 篇`;
    for (const group of site.groups)
      lines.push(
        row([
          size,
          `${group.folder === 'data' ? '统计文件' : '指标'} ${FORMAT_NAMES[group.format]}`,
          group.files,
          KB(group.bytes.p50),
          KB(group.bytes.p95),
          KB(group.bytes.max),
        ]),
      );
    for (const [path, bytes] of Object.entries(site.wholeSite))
      lines.push(row([size, WHOLE_SITE_NAMES[path] ?? path, 1, '', '', KB(bytes)]));
  }
  lines.push('');
  return lines;
}

function buildCompareSection(results: BenchResults): string[] {
  const compared = (results.buildCompare ?? []).filter((run) => !run.baseWithoutIndicators);
  if (!compared.length) return [];
  const first = compared[0]!;
  return [
    '## 与早先的提交比较整套构建（同一次运行）',
    '',
    `\`npm run bench -- --build-base ${first.base}\` 在 ${first.date.slice(0, 16).replace('T', ' ')} UTC 测量：同一种子重新生成的档案；\`${first.commit}\` 与 \`${first.base}\` 的整套构建（检查 + Astro + Pagefind，冷启动）轮流运行，用同一份 node_modules，各取最快的一次。目标：不慢于 ${first.base} 的 ${Math.round(TARGETS.refactorRatio * 100 - 100)}% 以内。`,
    '',
    row(['文章数', `${first.commit}：各次用时`, '最快', `${first.base}：各次用时`, '最快', '倍数', '峰值内存（现在 / 早先）', '结论']),
    row(['---:', '---', '---:', '---', '---:', '---:', '---:', '---']),
    ...compared.map((run) => {
      const { fastest, base, cells } = comparedTimes(run);
      return row([
        ...cells,
        `${(fastest / base).toFixed(3)}×`,
        `${GiB(run.peakRssBytes)} / ${GiB(run.basePeakRssBytes)}`,
        mark(fastest / base <= TARGETS.refactorRatio && run.peakRssBytes <= TARGETS.peakRssBytes),
      ]);
    }),
    '',
  ];
}

export function writeReport(results: BenchResults): string {
  const lines = [
    '# 性能基准报告',
    '',
    `由 \`npm run bench\` 生成，${results.date.slice(0, 16).replace('T', ' ')} UTC；原始数据见 [results.json](results.json)。`,
    `机器：${results.machine.cpus} 核（${results.machine.cpuModel}），内存 ${GiB(results.machine.memoryBytes)}，Node ${results.machine.node}，${results.machine.hugo}。`,
    `语料：合成档案（\`bench/generate-archive.ts\`，种子 ${results.seed}），每篇 800–3,000 字，约五分之一含 \`<Chart>\` 和 \`<Stat>\`。`,
    '',
    ...targetsSection(results),
    '## 构建',
    '',
    '测量方法：每个构建作为子进程运行；用时为墙钟时间；峰值内存为每 100 ms 从 /proc 读取的整棵进程树（含 Astro、Pagefind 子进程）RSS 之和的最大值；各阶段的起止时间由 `scripts/build.ts` 记录。',
    '“下限”是 `bench/floor/` 中的裸 Astro 项目：同一批 MDX，最简布局，没有列表、订阅、图表或搜索文档，然后用 Pagefind 命令行直接索引它的输出。构建前输出目录和内容缓存都是空的。在这台机器上，同一构建重复运行的用时相差可达 10%（磁盘回写），所以 weijian 与下限轮流各跑两次，各取最快的一次。',
    '',
    ...results.runs.flatMap(buildSection),
    ...growthSection(results.runs),
    ...checkSection(results),
    ...realWebSection(results),
    ...buildCompareSection(results),
    ...addedByIndicatorsSection(results),
    ...downloadsSection(results),
    `## 每页字节（${results.pageSizes.site.toLocaleString('en')} 篇文章的站点）`,
    '',
    '测量方法：HTML 加上页面引用的样式表；JS 为页面的模块脚本及其静态和按需导入（图表库在图表接近屏幕时才加载，也计入）。gzip 级别 9，brotli 质量 11；分位数按页面计。',
    '',
    row(['页面类型', '页数', 'HTML+CSS gzip p50 / p95 / 最大', 'brotli p50 / p95 / 最大', 'JS gzip 最大', 'JS brotli 最大', '最大的页面']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---']),
    ...results.pageSizes.kinds.map((kind) =>
      row([
        kind.kind,
        kind.pages,
        `${KB(kind.htmlCssGzip.p50)} / ${KB(kind.htmlCssGzip.p95)} / ${KB(kind.htmlCssGzip.max)}`,
        `${KB(kind.htmlCssBrotli.p50)} / ${KB(kind.htmlCssBrotli.p95)} / ${KB(kind.htmlCssBrotli.max)}`,
        KB(kind.jsGzip.max),
        KB(kind.jsBrotli.max),
        `\`${kind.largest}\``,
      ]),
    ),
    '',
  ];
  if (results.search) {
    lines.push(
      `## 搜索（${results.search.site.toLocaleString('en')} 篇文章的站点）`,
      '',
      `测量方法：Debian Chromium（playwright-core），本机回环地址，服务器像 CDN 一样对文本 gzip；每个查询用全新的浏览器配置（无缓存），375 px 宽。先打开搜索页，点进搜索框（此时开始加载 Pagefind），再逐字输入查询，不按回车；“首批结果”是从最后一次按键到前 10 条结果出现在屏幕上（含页面等待输入停顿的 ${TYPING_PAUSE_MS} ms），“全部结果”是到结果总数显示；传输是页面加载之后收到的全部字节（Pagefind 脚本、WASM、各索引包的页面列表 pf_meta、索引块、片段、繁简对照表、索引包清单），以首批结果出现的时刻分开。裸 Pagefind 一栏：同一批查询在“下限”的裸 Pagefind 索引上（Pagefind 自带的 JavaScript 接口，无页面、无筛选、无繁简转换；从加载 pagefind.js 到前 10 条结果的片段取回）。裸 Pagefind 索引 10,000 个页面，weijian 的索引还有统计数据页（共约 10,727 个文档）。传输按服务器实际发出的字节计（浏览器对 worker 的请求报 0 字节）。`,
      '',
      row([
        '查询',
        '结果数',
        '首批结果用时',
        '首批传输',
        '首批所用索引包',
        '全部结果用时',
        '全部传输',
        '索引包',
        '裸 Pagefind 结果数',
        '裸 Pagefind 用时',
        '裸 Pagefind 传输',
      ]),
      row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
      ...results.search.queries.map((q) => {
        const bare = results.search!.bare?.find((b) => b.query === q.query);
        return row([
          q.query,
          q.results,
          q.msToFirst === undefined ? '—' : `${q.msToFirst} ms`,
          KB(q.firstBytes ?? q.searchBytes),
          q.firstBundles ?? '—',
          `${q.msToResults} ms`,
          KB(q.searchBytes),
          q.bundles ?? '—',
          bare?.results ?? '—',
          bare ? `${bare.msToResults} ms` : '—',
          bare ? KB(bare.bytes) : '—',
        ]);
      }),
      '',
    );
    if (results.search.fixed?.filters) {
      lines.push(
        `以上是手机宽度（筛选面板收起）。宽屏上筛选面板默认展开，结果显示之后还会加载筛选索引 ${KB(results.search.fixed.filters)}，用于显示各选项的结果数。`,
        '',
      );
    }
    const { fixed, bareFixed } = results.search;
    if (fixed) {
      lines.push(
        `每次搜索的固定部分（Pagefind 自身，与查询无关）：pagefind.js ${KB(fixed.script)}（gzip）＋ WASM ${KB(fixed.wasm)} ＋ 第一个索引包的页面列表 pf_meta ${KB(fixed.meta)}（每个页面一条；每个索引包各有一份）＝ ${KB(fixed.script + fixed.wasm + fixed.meta)}。`,
        '',
      );
    }
    if (bareFixed) {
      lines.push(
        `裸 Pagefind 的固定部分：${KB(bareFixed.script + bareFixed.wasm + bareFixed.meta)}（其中 pf_meta ${KB(bareFixed.meta)}）。`,
        '',
      );
    }
  }
  if (results.quality) {
    const { quality } = results;
    const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
    const summaryRow = (label: string, summary: QualitySummary) =>
      row([
        label,
        pct(summary.recall),
        pct(summary.precision),
        `${pct(summary.exactFirstRate)}（${summary.orderedQueries} 个查询）`,
        summary.queries,
      ]);
    const shared = quality.overlap.reduce((sum, q) => sum + q.shared, 0);
    const shown = quality.overlap.reduce((sum, q) => sum + q.shown, 0);
    lines.push(
      `## 搜索的查全率与查准率（${quality.site.toLocaleString('en')} 篇文章的站点）`,
      '',
      '测量方法（`bench/lib/search-quality.ts`）：对每个查询，“相关页面”是文本（标题、摘要、正文；繁体写的页面转为简体；拉丁字母不分大小写）包含查询全部词语的文章和数据页，其中查询原样相连出现的为“完全匹配”，应排在前面。weijian 一栏是搜索页列出的全部结果；“Pagefind 本身”一栏是 Pagefind 对同一查询（繁体已转简体）的不加引号搜索，即本问题之前搜索页的做法。',
      '',
      row(['', '查全率', '查准率', '完全匹配在前', '查询数']),
      row(['---', '---:', '---:', '---:', '---:']),
      summaryRow('weijian', quality.weijian),
      summaryRow('Pagefind 本身', quality.pagefind),
      '',
      row(['查询', '相关页面', '其中完全匹配', 'weijian 结果', '其中相关', 'Pagefind 本身结果', '其中相关']),
      row(['---', '---:', '---:', '---:', '---:', '---:', '---:']),
      ...quality.rows.map((q) => row([q.query, q.relevant, q.relevantExact, q.found, q.correct, q.pagefind.found, q.pagefind.correct])),
      '',
      `首批结果与单一索引：索引分成每包 ${quality.overlapBundlePages} 页时，搜索页先显示的 10 条结果中，有 ${shared} / ${shown} 条（${pct(shown ? shared / shown : 1)}）也在整个站点只有一个索引时的前 10 条里。各查询：${quality.overlap.map((q) => `${q.query} ${q.shared}/${q.shown}`).join('，')}。`,
      '',
    );
  }
  if (results.lighthouse) {
    lines.push(
      '## Lighthouse（移动端默认设置）',
      '',
      '测量方法：npm `lighthouse` 驱动 Debian Chromium，默认移动端配置（模拟慢速 4G、CPU 4 倍降速），页面来自同一个本机服务器。',
      '',
      row(['页面', '性能', '无障碍', '最佳实践', 'SEO', 'LCP', 'CLS', 'TBT', '未满分的审核']),
      row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---']),
      ...results.lighthouse.map((page) =>
        row([
          page.page,
          page.scores.performance,
          page.scores.accessibility,
          page.scores['best-practices'],
          page.scores.seo,
          `${page.lcpMs} ms`,
          page.cls,
          `${page.tbtMs} ms`,
          page.failing.join('；') || '—',
        ]),
      ),
      '',
    );
  }
  if (results.shardMatrix) {
    const matrix = results.shardMatrix;
    const whole = results.runs.at(-1)!;
    lines.push(
      '## 分站构建（CI 矩阵的步骤，在本机依次运行）',
      '',
      `${matrix.articles.toLocaleString('en')} 篇合成文章按省份分成 ${matrix.shards.length} 个分站（共用同一份 regions.json 和 topics.json），由 \`npm run shards -- run\` 依次构建，再合成一个网站；每个分站的搜索合并其他分站的索引。测于 ${matrix.date.slice(0, 16).replace('T', ' ')} UTC。对照：整体构建 ${whole.articles.toLocaleString('en')} 篇用时 ${s(whole.weijian.seconds)}，峰值 ${GiB(whole.weijian.peakRssBytes)}。`,
      '',
      row(['分站', '省份', '文章', '构建用时（含存入缓存）', '峰值内存', '输出', '搜索索引（全部索引包）']),
      row(['---', '---', '---:', '---:', '---:', '---:', '---:']),
      ...matrix.shards.map((shard) =>
        row([
          shard.id,
          shard.provinces.join('、'),
          shard.articles,
          s(shard.seconds),
          GiB(shard.peakRssBytes),
          MB(shard.output.bytes),
          MB(shard.searchIndex.bytes),
        ]),
      ),
      '',
      `- 第一次（全部构建并合成）：${s(matrix.firstSeconds)}；其中合成 ${s(matrix.assembleSeconds)}，合成后 ${matrix.assembled.files.toLocaleString('en')} 个文件、${MB(matrix.assembled.bytes)}。`,
      `- 没有改动，再运行一次：${s(matrix.unchangedSeconds)}（每个分站都沿用上次的构建结果）。`,
      `- 改动 ${matrix.shards[0]!.id} 的一篇文章后：${s(matrix.oneChanged.seconds)}，重新构建的只有 ${matrix.oneChanged.rebuilt.join('、') || '（无）'}。`,
      '',
    );
  }
  if (results.benchSeconds) lines.push(`整个基准用时 ${s(results.benchSeconds)}。`, '');
  return lines.join('\n');
}
