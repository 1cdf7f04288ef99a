// Assertions over the two built sites (see support/build-sites.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { describe, expect, test } from 'vitest';
import { fixtureSite, sampleSite, type TestSite } from '../support/paths.ts';
import { fileOfUrl, htmlPages, listedArticleLinks, listFiles, readPage, urlOfFile } from '../support/dist.ts';
import { expectedOrder, readArticles } from '../support/frontmatter.ts';
import { EARLY_SCRIPT } from '../../src/lib/reading/early-script.ts';

const sites = [fixtureSite, sampleSite];
const articleUrl = (site: TestSite, slug: string) => `${site.base}articles/${slug}/`;

/** All article links of a listing, following its pagination. */
function collectListing(site: TestSite, firstPage: string): { links: string[]; pages: string[] } {
  const links: string[] = [];
  const pages: string[] = [];
  let url: string | undefined = firstPage;
  while (url) {
    pages.push(url);
    const page = readPage(site, url);
    links.push(...listedArticleLinks(page));
    url = page.querySelector('.pagination a[rel="next"]')?.getAttribute('href') ?? undefined;
  }
  return { links, pages };
}

describe.each(sites)('$name site', (site) => {
  const articles = readArticles(site.contentDir);
  const published = expectedOrder(articles);

  test('region and topic pages list their statistics on the first page: a region its own datasets, a topic those its articles cite', () => {
    const dataDir = join(site.contentDir, 'data');
    const datasets = readdirSync(dataDir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => ({
        id: name.replace(/\.json$/, ''),
        ...(JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as { region: string; title: string; series: { indicator?: string }[] }),
      }));
    const listed = (url: string) =>
      readPage(site, url)
        .querySelectorAll('.dataset-links li > a')
        .map((a) => a.getAttribute('href'));
    // In title order, as the /data/ index lists them.
    const titleOf = new Map(datasets.map((dataset) => [dataset.id, dataset.title]));
    const hrefs = (ids: Iterable<string>) =>
      [...new Set(ids)].sort((a, b) => titleOf.get(a)!.localeCompare(titleOf.get(b)!, 'zh-CN')).map((id) => `${site.base}data/${id}/`);
    const regions = JSON.parse(readFileSync(join(site.contentDir, 'regions.json'), 'utf8')) as { id: string }[];
    let regionsWithData = 0;
    for (const region of regions) {
      const expected = hrefs(datasets.filter((dataset) => dataset.region === region.id).map((dataset) => dataset.id));
      if (expected.length) regionsWithData++;
      expect(listed(`${site.base}regions/${region.id}/`), region.id).toEqual(expected);
    }
    expect(regionsWithData).toBeGreaterThan(0);
    // The test's own reading of which datasets an article cites: the dataset attribute of <Chart> and <Stat>,
    // and for <Chart indicator="…" regions="…"> the file of each region named (every region's without `regions`).
    const cited = (slug: string) => {
      const body = readFileSync(join(site.contentDir, 'articles', `${slug}.mdx`), 'utf8');
      const compared = [...body.matchAll(/<Chart\b([^>]*)>/g)].flatMap(([, attributes]) => {
        const { indicator, regions } = Object.fromEntries([...attributes!.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
        if (!indicator) return [];
        return datasets
          .filter((dataset) => dataset.series.some((series) => series.indicator === indicator))
          .filter((dataset) => regions === undefined || regions.split(/[,，、\s]+/).includes(dataset.region))
          .map((dataset) => dataset.id);
      });
      return [...body.matchAll(/<(?:Chart|Stat)\b[^>]*\bdataset="([^"]+)"/g)].map((m) => m[1]!).concat(compared);
    };
    const topics = JSON.parse(readFileSync(join(site.contentDir, 'topics.json'), 'utf8')) as { id: string }[];
    let topicsWithData = 0;
    for (const topic of topics) {
      const expected = hrefs(published.filter((article) => article.topics.includes(topic.id)).flatMap((article) => cited(article.slug)));
      if (expected.length) topicsWithData++;
      const page = `${site.base}topics/${topic.id}/`;
      expect(listed(page), topic.id).toEqual(expected);
      if (expected.length) expect(readPage(site, page).querySelector('#dataset-links-heading')?.text).toContain('本主题文章引用的统计数据');
    }
    expect(topicsWithData).toBeGreaterThan(0);
  });

  test('home: 最新数据 beside the latest articles, the datasets whose latest period ends last (title on a tie), with summaries and links', () => {
    const dataDir = join(site.contentDir, 'data');
    // The test's own reading of “latest”: the last day the latest period covers (a year runs to 31 December).
    const end = (period: string) => {
      const [year, month] = period.split('-').map(Number);
      if (period.length === 4) return `${period}-12-31`;
      if (period.length === 7) return `${period}-${new Date(Date.UTC(year!, month!, 0)).getUTCDate()}`;
      return period;
    };
    const datasets = readdirSync(dataDir)
      .filter((name) => name.endsWith('.json'))
      .map((name) => {
        const data = JSON.parse(readFileSync(join(dataDir, name), 'utf8')) as {
          title: string;
          description?: string;
          series: { points: { period: string }[] }[];
        };
        const latest = data.series
          .flatMap((series) => series.points.map((point) => end(point.period)))
          .sort()
          .at(-1)!;
        return { id: name.replace(/\.json$/, ''), title: data.title, description: data.description, latest };
      })
      .sort((a, b) => (a.latest === b.latest ? a.title.localeCompare(b.title, 'zh-CN') : a.latest < b.latest ? 1 : -1));
    const expected = datasets.slice(0, 4);
    const home = readPage(site, site.base);
    const section = home.querySelector('.home-latest .dataset-links');
    expect(section?.querySelector('h2')?.text).toBe('最新数据');
    // Beside (after) the latest articles, in the same block.
    expect(section?.parentNode?.querySelector('section')?.querySelector('h2')?.text).toBe('最新文章');
    const items = section!.querySelectorAll('li');
    expect(items.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual(expected.map((d) => `${site.base}data/${d.id}/`));
    expect(items.map((li) => li.querySelector('a')?.text)).toEqual(expected.map((d) => d.title));
    items.forEach((li, index) => {
      const summary = li.querySelector('p')?.text.trim() ?? '';
      expect(summary.length, expected[index]!.id).toBeGreaterThan(10);
      if (expected[index]!.description) expect(summary).toBe(expected[index]!.description);
    });
    const all = section!.querySelectorAll('a').find((a) => a.getAttribute('href') === `${site.base}data/`);
    expect(all?.text).toBe(`查看全部 ${datasets.length} 份统计数据`);
    if (site === sampleSite) {
      // Three 2020 figures from 咸阳 (每 měi, 人 rén, 医 yī), then the first of 永州's 2019 figures: not July 2019's.
      expect(expected.map((d) => d.id)).toEqual([
        'xianyang-beds-per-thousand',
        'xianyang-public-health-funding',
        'xianyang-fixed-assets',
        'yongzhou-liangai-2019',
      ]);
      expect(items[0]!.querySelector('.meta')?.text).toBe('（咸阳市 · 2015年至2020年）');
    }
  });

  test('regions are listed by province in the national order, then level and name; a region of no known province last, under its own heading', () => {
    const expected: Record<string, [string, string[]][]> = {
      sample: [
        ['山西省', ['晋中市']],
        ['湖南省', ['永州市']],
        ['重庆市', ['黔江区']],
        ['陕西省', ['咸阳市']],
        ['其他（未注明省份）', ['未具名县区']],
      ],
      fixture: [
        ['湖南省', ['永州市']],
        ['重庆市', ['黔江区']],
        ['陕西省', ['咸阳市']],
      ],
    };
    const index = readPage(site, `${site.base}regions/`);
    const sections = index.querySelectorAll('main section');
    const listed = sections.map((section) => [
      section.querySelector('h2')?.text.trim(),
      section.querySelectorAll('.chip-list a').map((a) => a.childNodes[0]?.text.trim()),
    ]);
    expect(listed).toEqual(expected[site.name]);
    // 未具名 is not a province: no heading says it, and its group explains why it stands apart.
    expect(index.querySelectorAll('h2').map((h2) => h2.text)).not.toContain('未具名');
    const other = sections.find((section) => section.querySelector('h2')?.text === '其他（未注明省份）');
    if (site === sampleSite) expect(other?.querySelector('p')?.text).toContain('没有写明所属省份');
    else expect(other).toBeUndefined();
    // The home page's 按地区 and the search page's region filter list (the regions they show) in the same order.
    const order = sections.flatMap((section) => section.querySelectorAll('.chip-list a').map((a) => a.getAttribute('href')!));
    const inOrder = (hrefs: string[]) => order.filter((href) => hrefs.includes(href));
    const home = readPage(site, site.base)
      .querySelectorAll('section[aria-labelledby="regions-heading"] a')
      .map((a) => a.getAttribute('href')!);
    expect(home.length).toBeGreaterThan(1);
    expect(home).toEqual(inOrder(home));
    const search = readPage(site, `${site.base}search/`)
      .querySelectorAll('select[name="region"] option')
      .map((option) => option.getAttribute('value')!)
      .filter(Boolean)
      .map((id) => `${site.base}regions/${id}/`);
    expect(search.length).toBeGreaterThan(1);
    expect(search).toEqual(inOrder(search));
  });

  test('every non-draft article has its page, titled', () => {
    expect(published.length).toBeGreaterThan(0);
    for (const article of published) {
      const page = readPage(site, articleUrl(site, article.slug));
      expect(page.querySelector('h1')?.text).toBe(article.title);
    }
  });

  test('listings by region, topic, year and type hold exactly the right articles, newest first, 20 a page', () => {
    const groups = new Map<string, typeof published>();
    const add = (key: string, article: (typeof published)[number]) => groups.set(key, [...(groups.get(key) ?? []), article]);
    for (const article of published) {
      add(`regions/${article.region}/`, article);
      for (const topic of article.topics) add(`topics/${topic}/`, article);
      add(`years/${article.date.slice(0, 4)}/`, article);
      add(`types/${article.type}/`, article);
    }
    for (const [path, expected] of groups) {
      const { links, pages } = collectListing(site, `${site.base}${path}`);
      expect(links, path).toEqual(expected.map((article) => articleUrl(site, article.slug)));
      expect(pages.length, path).toBe(Math.ceil(expected.length / 20));
    }
  });

  test('the whole-site feed parses as RSS and lists the newest articles', () => {
    const xml = readFileSync(fileOfUrl(site, `${site.base}rss.xml`)!, 'utf8');
    expect(SyntaxValidator.validate(xml)).toBe(true);
    const channel = new XMLParser().parse(xml).rss.channel;
    const items = [channel.item ?? []].flat() as { link: string; title: string; pubDate: string }[];
    expect(items.map((item) => item.link)).toEqual(published.slice(0, 50).map((a) => new URL(articleUrl(site, a.slug), site.site).href));
    expect(items.map((item) => String(item.title))).toEqual(published.slice(0, 50).map((a) => a.title));
    expect(channel.language).toBe('zh-cn');
  });

  test('every page is in the sitemap and every sitemap URL is a page', () => {
    const sitemap = readFileSync(fileOfUrl(site, `${site.base}sitemap-0.xml`)!, 'utf8');
    expect(SyntaxValidator.validate(sitemap)).toBe(true);
    const listed = new Set([...sitemap.matchAll(/<loc>(.*?)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
    const pages = htmlPages(site)
      .map((file) => urlOfFile(site, file))
      .filter((url) => !url.endsWith('404.html'));
    expect([...listed].sort()).toEqual(pages.sort());
  });

  test('no internal link is broken, and every one respects base', () => {
    const broken: string[] = [];
    for (const file of htmlPages(site)) {
      const html = readFileSync(file, 'utf8');
      for (const [, attr, value] of html.matchAll(/\s(href|src)="([^"]*)"/g)) {
        const url = new URL(value!.replaceAll('&amp;', '&'), new URL(urlOfFile(site, file), site.site));
        if (url.origin !== new URL(site.site).origin) continue;
        if (!url.pathname.startsWith(site.base) || !fileOfUrl(site, url.pathname)) broken.push(`${urlOfFile(site, file)} ${attr}=${value}`);
      }
    }
    expect(broken).toEqual([]);
  });

  test('script: every page the reading settings (the <head> script and one module); pages with a chart, and the search page, one module more (an indicator page’s region picker one more again); no handlers anywhere', () => {
    let chartPages = 0;
    for (const file of listFiles(site.dist).filter((f) => /\.(html|xml)$/.test(f))) {
      const html = readFileSync(file, 'utf8');
      const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attrs]) => !/type="application\/ld\+json"/.test(attrs!),
      );
      if (file.endsWith('.xml')) {
        expect(scripts, file).toEqual([]);
        continue;
      }
      const modules = scripts
        .slice(1)
        .map(([, attrs, body]) => [new RegExp(`^ type="module" src="${site.base}_astro/[^"]+\\.js"$`).test(attrs!), body]);
      expect(scripts[0]?.slice(1), file).toEqual(['', EARLY_SCRIPT]);
      if (/<figure class="chart"/.test(html) || file.endsWith(join('search', 'index.html'))) {
        chartPages++;
        const picker = html.includes('data-region-picker');
        expect(modules, file).toEqual(Array.from({ length: picker ? 3 : 2 }, () => [true, '']));
      } else {
        expect(modules, file).toEqual([[true, '']]);
      }
      expect(html, file).not.toMatch(/<[^>]+\son[a-z]+\s*=/i);
      expect(html, file).not.toMatch(/javascript:/i);
    }
    expect(chartPages).toBeGreaterThan(0);
  });

  test('every page: zh-CN, canonical URL, description, Open Graph, feed links', () => {
    for (const file of htmlPages(site)) {
      const url = urlOfFile(site, file);
      const page = readPage(site, url);
      expect(page.querySelector('html')?.getAttribute('lang'), url).toBe('zh-CN');
      expect(page.querySelector('meta[name="description"]')?.getAttribute('content')?.length, url).toBeGreaterThan(5);
      expect(page.querySelector('meta[property="og:title"]'), url).not.toBeNull();
      expect(page.querySelector('link[rel="alternate"][type="application/rss+xml"]')?.getAttribute('href'), url).toBe(
        `${site.base}rss.xml`,
      );
      if (url.endsWith('404.html')) {
        expect(page.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
      } else {
        expect(page.querySelector('link[rel="canonical"]')?.getAttribute('href'), url).toBe(new URL(url, site.site).href);
      }
    }
  });

  test('article pages carry NewsArticle JSON-LD, a breadcrumb and the date in Chinese', () => {
    for (const article of published) {
      const page = readPage(site, articleUrl(site, article.slug));
      const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text);
      expect(ld['@type']).toBe('NewsArticle');
      expect(ld.headline).toBe(article.title);
      expect(ld.datePublished).toBe(`${article.date}T00:00:00+08:00`);
      const [year, month, day] = article.date.split('-').map(Number);
      expect(page.querySelector('.meta time')?.text).toBe(`${year}年${month}月${day}日`);
      const crumbs = page.querySelectorAll('.breadcrumb li');
      expect(crumbs.map((li) => li.text.trim())[0]).toBe('首页');
      expect(crumbs.at(-1)?.querySelector('[aria-current="page"]')?.text).toBe(article.title);
    }
  });
});

describe('fixture site specifics', () => {
  const site = fixtureSite;

  test('drafts appear nowhere: no page, listing, feed or sitemap entry', () => {
    expect(fileOfUrl(site, `${site.base}articles/hidden-draft/`)).toBeUndefined();
    for (const file of listFiles(site.dist)) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toContain('hidden-draft');
      expect(text, file).not.toContain('这篇草稿绝不应出现在网站上');
      expect(text, file).not.toContain('cǎogǎo-mimi-9527');
    }
  });

  test('pagination has stable URLs and accessible markup', () => {
    const first = readPage(site, `${site.base}regions/xianyang/`);
    const nav = first.querySelector('nav.pagination');
    expect(nav?.getAttribute('aria-label')).toBe('分页');
    expect(nav?.querySelector('[aria-current="page"]')?.text).toContain('1');
    expect(nav?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe(`${site.base}regions/xianyang/2/`);
    const second = readPage(site, `${site.base}regions/xianyang/2/`);
    expect(second.querySelector('.dataset-links')).toBeNull();
    expect(second.querySelector('h1')?.text).toBe('咸阳市（第 2 页）');
    expect(second.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe(`${site.base}regions/xianyang/`);
    const inRegion = expectedOrder(readArticles(site.contentDir)).filter((a) => a.region === 'xianyang').length;
    expect(inRegion).toBeGreaterThan(20);
    expect(listedArticleLinks(second)).toHaveLength(inRegion - 20);
    expect(fileOfUrl(site, `${site.base}regions/xianyang/1/`)).toBeUndefined();
  });

  test('a region with no articles still has a page and a valid feed', () => {
    const page = readPage(site, `${site.base}regions/qianjiang/`);
    expect(page.text).toContain('这里暂时还没有文章');
    const xml = readFileSync(fileOfUrl(site, `${site.base}regions/qianjiang/rss.xml`)!, 'utf8');
    expect(xml).toContain('<channel><title>卫健：黔江区</title>');
    expect(xml).not.toContain('<item>');
  });

  test('region and topic feeds list their own articles and are linked from their listings', () => {
    const published = expectedOrder(readArticles(site.contentDir));
    for (const [kind, key] of [
      ['regions', 'region'],
      ['topics', 'topics'],
    ] as const) {
      const ids = new Set(published.flatMap((a) => (kind === 'regions' ? [a.region] : a.topics)));
      for (const id of ids) {
        const xml = readFileSync(fileOfUrl(site, `${site.base}${kind}/${id}/rss.xml`)!, 'utf8');
        expect(SyntaxValidator.validate(xml)).toBe(true);
        const links = [...xml.matchAll(/<item>.*?<link>(.*?)<\/link>/gs)].map((m) => new URL(m[1]!).pathname);
        const expected = published.filter((a) => (key === 'region' ? a.region === id : a.topics.includes(id)));
        expect(links).toEqual(expected.map((a) => articleUrl(site, a.slug)));
        const listing = readPage(site, `${site.base}${kind}/${id}/`);
        const alternates = listing.querySelectorAll('link[rel="alternate"]').map((l) => l.getAttribute('href'));
        expect(alternates).toContain(`${site.base}${kind}/${id}/rss.xml`);
      }
    }
  });

  test('the official metadata block, correction notice and original link show where given', () => {
    const page = readPage(site, `${site.base}articles/corrected-notice/`);
    const official = page.querySelector('.official');
    const pairs = official!.querySelectorAll('dt').map((dt) => `${dt.text}=${dt.nextElementSibling?.text}`);
    expect(pairs).toEqual([
      '索引号=11610400-2021-00042',
      '发布机构=测试市卫生健康委员会',
      '文号=测卫发〔2021〕7号',
      '成文日期=2021年5月28日',
      '发布日期=2021年6月1日',
    ]);
    const corrections = page.querySelectorAll('.correction li').map((li) => li.text);
    expect(corrections).toEqual(['2021年6月10日：补充了附件名称。', '2021年6月3日：更正了第二段中的联系电话。']);
    expect(page.querySelector('a[href="https://example.gov.cn/notice/123.html"]')).not.toBeNull();
    const ld = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.text);
    expect(ld.dateModified).toBe('2021-06-10T00:00:00+08:00');

    const plain = readPage(site, `${site.base}articles/traditional-report/`);
    expect(plain.querySelector('.official')).toBeNull();
    expect(plain.querySelector('.correction')).toBeNull();
    expect(plain.querySelector('h1')?.text).toBe('《衛生工作報告》「兩癌」篩查 2019年 WHO 標準（繁體測試）');
  });

  test('related articles share a topic or region', () => {
    const page = readPage(site, `${site.base}articles/traditional-report/`);
    const related = page.querySelectorAll('.related a').map((a) => a.getAttribute('href'));
    expect(related.length).toBeGreaterThan(0);
    expect(related.length).toBeLessThanOrEqual(5);
    expect(related).not.toContain(`${site.base}articles/traditional-report/`);
    // Same region and a shared topic (jiceng) outranks a shared topic alone; then newest first.
    expect(related.slice(0, 2)).toEqual([`${site.base}articles/water-plant-report/`, `${site.base}articles/drinking-water-notice/`]);
    expect(related[2]).toMatch(/\/articles\/filler-\d\d\/$/); // shares topic jiceng only
  });

  test('home links the latest articles and every kind of listing', () => {
    const home = readPage(site, site.base);
    const published = expectedOrder(readArticles(site.contentDir));
    expect(listedArticleLinks(home)).toEqual(published.slice(0, 10).map((a) => articleUrl(site, a.slug)));
    const hrefs = home.querySelectorAll('a').map((a) => a.getAttribute('href'));
    for (const path of [
      'regions/xianyang/',
      'topics/fuyou/',
      'years/2019/',
      'types/notice/',
      'articles/',
      'regions/',
      'topics/',
      'years/',
      'types/',
    ]) {
      expect(hrefs).toContain(`${site.base}${path}`);
    }
  });
});
