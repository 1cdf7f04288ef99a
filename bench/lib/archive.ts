// The synthetic archive for benchmarks: N articles of generated Chinese text
// (800–3,000 characters, headings, lists) over 100 regions in 10 provinces,
// 12 topics, 5 types and the ten years 2016–2025; about one in five quotes a
// generated statistic file with <Stat> and shows it with <Chart>. The same
// count and seed always give byte-identical files.
import { resolveStat } from '../../src/lib/stats/stat.ts';
import type { Dataset } from '../../src/lib/stats/dataset.ts';
import {
  ACTIONS,
  CONNECTORS,
  HEADINGS,
  HOSPITAL_KINDS,
  INDICATORS,
  MEASURES,
  OUTCOMES,
  PEOPLE_UNITS,
  PLACE_CHARS,
  PROVINCES,
  SUBJECTS,
  TITLE_PATTERNS,
  TOPICS,
  TOWN_SUFFIXES,
  TYPES,
} from './vocabulary.ts';

export interface ArchiveOptions {
  count: number;
  seed: number;
  /** Share of articles with a chart and a quoted figure (default 0.2). */
  chartShare?: number;
  /** Only regions in these provinces (ids from vocabulary PROVINCES): one shard of the archive. */
  provinces?: readonly string[];
  /** Series name their indicator and content/indicators.json lists them (default true); false for a commit before indicators (issue 16). */
  indicators?: boolean;
}

/** One entry of content/indicators.json (the editors' contract). */
export interface SyntheticIndicator {
  id: string;
  name: string;
  unit: string;
  definition: string;
}

export interface SyntheticRegion {
  id: string;
  name: string;
  province: string;
  provinceId: string;
  level: 'city' | 'county' | 'district';
}

export interface SyntheticArticle {
  slug: string;
  title: string;
  date: string;
  region: string;
  provinceId: string;
  hasChart: boolean;
  /** The .mdx file, as an editor would commit it. */
  mdx: string;
  /** The same article as plain Markdown (figures resolved to text, no chart) for generators without MDX. */
  markdown: string;
}

export interface Archive {
  regions: SyntheticRegion[];
  topics: typeof TOPICS;
  articles: SyntheticArticle[];
  datasets: Map<string, Dataset>;
  /** Empty when the archive was generated without indicators. */
  indicators: SyntheticIndicator[];
}

export const FIRST_YEAR = 2016;
export const LAST_YEAR = 2025;
export const REGIONS_PER_PROVINCE = 10;

/** mulberry32: small, fast, and the same sequence on every machine. */
export function randomSource(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  return { next, int, pick };
}
type Random = ReturnType<typeof randomSource>;

export function syntheticRegions(): SyntheticRegion[] {
  const random = randomSource(7);
  const used = new Set<string>();
  const regions: SyntheticRegion[] = [];
  for (const province of PROVINCES) {
    for (let n = 1; n <= REGIONS_PER_PROVINCE; n++) {
      let stem: string;
      do stem = random.pick(PLACE_CHARS) + random.pick(PLACE_CHARS);
      while (used.has(stem) || stem[0] === stem[1]);
      used.add(stem);
      const level = n <= 2 ? 'city' : n <= 8 ? 'county' : 'district';
      const suffix = level === 'city' ? '市' : level === 'county' ? '县' : '区';
      regions.push({
        id: `${province.id}-${String(n).padStart(2, '0')}`,
        name: stem + suffix,
        province: province.name,
        provinceId: province.id,
        level,
      });
    }
  }
  return regions;
}

function datasetFor(region: SyntheticRegion, indicator: (typeof INDICATORS)[number], named: boolean): Dataset {
  // Each region's level and growth differ, from its id, so charts are not all alike.
  const random = randomSource(
    [...`${region.id}-${indicator.id}`].reduce((hash, ch) => Math.imul(hash ^ ch.charCodeAt(0), 16777619), 2166136261),
  );
  const scale = 0.7 + random.next() * 0.6;
  const points = [];
  for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
    const raw = (indicator.base + indicator.step * (year - FIRST_YEAR) * (0.6 + random.next() * 0.8)) * scale;
    const capped = indicator.unit === '%' ? Math.min(raw, 99.5) : raw;
    // About one year in twenty-five was not reported: the file says null, never 0.
    const value = random.next() < 0.04 && year !== LAST_YEAR ? null : Number(capped.toFixed(indicator.decimals));
    points.push({ period: String(year), value });
  }
  return {
    id: `${region.id}-${indicator.id}`,
    title: `${region.name}${indicator.title}（${FIRST_YEAR}—${LAST_YEAR}年）`,
    region: region.id,
    unit: indicator.unit,
    source: `${region.name}卫生健康局年度统计（合成测试数据）`,
    notes: '基准测试用合成数据，不代表真实统计。',
    chart: indicator.chart,
    series: [{ name: indicator.series, ...(named && { indicator: indicator.id }), points }],
  } as Dataset;
}

class Writer {
  private random: Random;
  private region: SyntheticRegion;
  private year: number;
  constructor(random: Random, region: SyntheticRegion, year: number) {
    this.random = random;
    this.region = region;
    this.year = year;
  }
  town() {
    return this.random.pick(PLACE_CHARS) + this.random.pick(PLACE_CHARS) + this.random.pick(TOWN_SUFFIXES);
  }
  number(unit: string) {
    const n = this.random.int(12, 98000);
    return unit === '万元' || unit === '万人次' ? (n / 100).toFixed(1) : String(n);
  }
  sentence(subject: string): string {
    const r = this.random;
    switch (r.int(0, 5)) {
      case 0:
        return `${r.pick(CONNECTORS)}${this.region.name}${r.pick(ACTIONS)}${subject}，${r.pick(MEASURES)}，${r.pick(OUTCOMES)}。`;
      case 1: {
        const { noun, unit } = r.pick(PEOPLE_UNITS);
        return `全年${subject}${noun}${this.number(unit)}${unit}，比上年${r.next() < 0.8 ? '增长' : '下降'}${(r.next() * 30).toFixed(1)}%。`;
      }
      case 2:
        return `${this.town()}${r.pick(HOSPITAL_KINDS)}${r.pick(ACTIONS)}${subject}，${r.pick(OUTCOMES)}。`;
      case 3:
        return `截至${this.year}年${r.int(1, 12)}月底，${this.region.name}累计${r.pick(MEASURES)}${r.int(2, 60)}次，涉及${this.town()}等${r.int(3, 25)}个乡镇（街道）。`;
      case 4:
        return `${r.pick(CONNECTORS)}${r.pick(MEASURES)}和${r.pick(MEASURES)}同步进行，${subject}${r.pick(OUTCOMES)}。`;
      default:
        return `${this.region.province}卫生健康委对${this.region.name}${subject}工作进行调研，认为${r.pick(OUTCOMES)}，要求${r.pick(MEASURES)}。`;
    }
  }
  paragraph(subjects: readonly string[]): string {
    return Array.from({ length: this.random.int(2, 4) }, () => this.sentence(this.random.pick(subjects))).join('');
  }
}

function shuffle<T>(list: T[], random: Random): T[] {
  for (let i = list.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list;
}

const characters = (text: string) => Array.from(text.replace(/\s|<[^>]+>|[#*-]/g, '')).length;

/** Every article's frontmatter, body and statistic files, in slug order. */
export function generateArchive({ count, seed, chartShare = 0.2, provinces, indicators = true }: ArchiveOptions): Archive {
  const random = randomSource(seed);
  const regions = syntheticRegions();
  const inShard = provinces ? regions.filter((region) => provinces.includes(region.provinceId)) : regions;
  const datasets = new Map<string, Dataset>();
  const articles: SyntheticArticle[] = [];
  const titles = new Set<string>();

  for (let index = 0; index < count; index++) {
    const region = random.pick(inShard);
    const year = random.int(FIRST_YEAR, LAST_YEAR);
    const date = `${year}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    const topicCount = random.int(1, 3);
    const topics = [...new Set(Array.from({ length: topicCount }, () => random.pick(TOPICS).id))];
    const subjects = topics.flatMap((id) => SUBJECTS[id]!);
    const type = random.pick(TYPES);
    const writer = new Writer(random, region, year);
    let title = random
      .pick(TITLE_PATTERNS)
      .replace('{region}', region.name)
      .replace('{subject}', random.pick(subjects))
      .replace('{year}', String(year));
    // Editors' titles repeat ("关于做好2024年…的通知"); the checker refuses the same title on the same day twice.
    for (let n = 2; titles.has(`${title}|${date}`); n++) title = title.replace(/(（第\d+号）)?$/, `（第${n}号）`);
    titles.add(`${title}|${date}`);
    const target = random.int(800, 3000);
    const hasChart = random.next() < chartShare;

    const mdx: string[] = [];
    const md: string[] = [];
    const both = (line: string) => {
      mdx.push(line);
      md.push(line);
    };
    both(writer.paragraph(subjects));
    let chartPlaced = !hasChart;
    const headings = shuffle([...HEADINGS], random);
    let section = 0;
    while (characters(mdx.join('')) < target && section < headings.length) {
      both('');
      both(`## ${headings[section++]}`);
      both('');
      both(writer.paragraph(subjects));
      if (!chartPlaced) {
        const indicator = random.pick(INDICATORS);
        const dataset = datasets.get(`${region.id}-${indicator.id}`) ?? datasetFor(region, indicator, indicators);
        datasets.set(dataset.id, dataset);
        const points = dataset.series[0]!.points.filter(
          (point) => point.value !== null && Number(point.period) <= Math.max(year, FIRST_YEAR + 1),
        );
        const period = (points.at(-1) ?? dataset.series[0]!.points.find((point) => point.value !== null)!).period;
        const quoted = resolveStat(dataset, { period });
        if (!quoted.ok) throw new Error(`generated an unquotable figure: ${quoted.message}`);
        const lead = `据统计，${period}年${region.name}${indicator.title}为`;
        both('');
        mdx.push(`${lead}<Stat dataset="${dataset.id}" period="${period}" />，详见下图。`);
        md.push(`${lead}${quoted.text}。`);
        mdx.push('', `<Chart dataset="${dataset.id}" />`);
        chartPlaced = true;
      }
      if (random.next() < 0.5) {
        both('');
        for (let item = random.int(3, 5); item > 0; item--) both(`- ${writer.sentence(random.pick(subjects))}`);
      }
      both('');
      both(writer.paragraph(subjects));
    }

    const slug = `${region.id}-${year}-${String(index + 1).padStart(6, '0')}`;
    const summary =
      `${region.name}${year}年${random.pick(subjects)}等工作的${random.pick(['进展', '情况', '安排', '成效'])}：${writer.sentence(random.pick(subjects))}`.slice(
        0,
        180,
      );
    const frontmatter = [
      '---',
      `title: "${title}"`,
      `date: ${date}`,
      `region: ${region.id}`,
      `topics: [${topics.join(', ')}]`,
      `type: ${type}`,
      `source: ${region.name}卫生健康局`,
      `summary: "${summary}"`,
      '---',
      '',
    ].join('\n');
    articles.push({
      slug,
      title,
      date,
      region: region.id,
      provinceId: region.provinceId,
      hasChart,
      mdx: `${frontmatter}${mdx.join('\n')}\n`,
      markdown: `---\ntitle: "${title}"\ndate: ${date}\n---\n\n${md.join('\n')}\n`,
    });
  }
  const listed = indicators ? INDICATORS.map(({ id, title, unit, definition }) => ({ id, name: title, unit, definition })) : [];
  return { regions: inShard, topics: TOPICS, articles, datasets, indicators: listed };
}
