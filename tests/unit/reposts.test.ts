// Re-post detection (src/lib/text/reposts.ts): a content farm's re-dated copy
// in the same region is found and reported on the later file, naming the
// earlier; different reports that share boilerplate are not. Decisions pinned
// here: the window is 42 days, so the same text half a year or a
// year later is not a re-post; with several copies each later one is reported
// once, naming the earliest in its window; two bulletins from one template
// whose figures differ are different articles. The texts below were written
// for this test.
import { describe, expect, test } from 'vitest';
import { generateArchive } from '../../bench/lib/archive.ts';
import {
  findPublishedCopy,
  findReposts,
  jaccard,
  normaliseForShingles,
  REPOST_MIN_CHARACTERS,
  REPOST_THRESHOLD,
  REPOST_WINDOW_DAYS,
  shingleSet,
  type RepostCandidate,
} from '../../src/lib/text/reposts.ts';

// ---------------------------------------------------------------------------
// Fixtures

/** A county bureau's report on family-doctor contracts (~850 characters). */
const ORIGINAL = `为进一步做实做细家庭医生签约服务，青溪县卫生健康局今年以来把签约服务与慢性病管理、老年人健康体检结合起来，推动签约从“签下来”向“用起来”转变。

## 组建团队

全县23个乡镇卫生院和4家县级医院共组建家庭医生团队186个，每个团队由一名全科医生牵头，配备护士、公共卫生人员和乡村医生。县人民医院和县中医医院各派出12名主治医师，按片区下沉到乡镇，每周固定两天坐诊。对行动不便的老人，团队提供上门随访和送药服务，全年上门服务4120人次。

## 签约内容

- **基础包**：健康档案更新、一年一次免费体检、用药指导；
- **慢病包**：高血压和糖尿病患者每季度一次面对面随访，血压血糖控制不佳的转诊到县医院；
- **孕产包**：孕期五次产前检查提醒，产后访视两次；
- **康复包**：与县医院康复科合作，为术后患者制定居家康复计划。

## 工作成效

截至9月底，全县常住人口签约率达到41.6%，重点人群签约率达到78.3%，较去年同期分别提高5.2和9.7个百分点。高血压患者规范管理率为72.4%，糖尿病患者规范管理率为68.9%。据统计，签约居民在乡镇卫生院的就诊比例提高到<Stat dataset="qingxi-visits" period="2023" />，县外转诊人数下降了一成多。

<Chart dataset="qingxi-signing" />

## 存在问题

部分乡镇全科医生数量不足，一个团队要服务五千多名居民，随访质量难以保证；个别村卫生室的信息系统与县平台尚未打通，随访记录需要重复录入。群众反映较多的是签约后“找不到人”，有的团队电话长期无人接听。

## 下一步安排

县卫生健康局将通过定向培养、县管乡用和退休医生返聘补充人员，年底前完成全部村卫生室的系统对接，并在每个团队推行“一部电话、一张名片、一个微信群”，让签约居民随时能找到自己的家庭医生。详情见[县卫生健康局网站](https://wjj.qingxi.example.gov.cn/news/2023/1002.html)。
`;

/**
 * The farm's copy: a banner line, a rewritten opening paragraph, headings and
 * list markup lost, 医院 → 病院 throughout, a few words and figures
 * re-worded, full-width digits, and the link replaced by the farm's own footer.
 */
const FARM_COPY = `【民生健康资讯网】本文转自网络，仅供参考，如有侵权请联系删除。

记者近日从青溪县获悉，当地围绕家庭医生签约服务推出一系列新举措，不少居民表示现在看病比以前方便多了。

组建团队

全县２３个乡镇卫生院和４家县级病院共组建家庭医生团队１８６个，每个团队由一名全科医生带头，配备护士、公共卫生人员和乡村医生。县人民病院和县中医病院各派出１２名主治医师，按片区下沉到乡镇，每周固定两天坐诊。对行动不便的老年人，团队提供上门随访和送药服务，全年上门服务４１２０人次。

签约内容

基础包：健康档案更新、一年一次免费体检、用药指导。慢病包：高血压和糖尿病患者每季度一次面对面随访，血压血糖控制不佳的转诊到县病院。孕产包：孕期五次产前检查提醒，产后访视两次。康复包：与县病院康复科合作，为术后患者制定居家康复计划。

工作成效

截至9月底，全县常住人口签约率达到41.6%，重点人群签约率达到78.3%，较去年同期分别提高5.2和9.7个百分点。高血压患者规范管理率为72.4%，糖尿病患者规范管理率为68.9%。据统计，签约居民在乡镇卫生院的就诊比例提高到63%，县外转诊人数下降了10%以上。

存在问题

部分乡镇全科医生数量不够，一个团队要服务五千多名居民，随访质量很难保证；个别村卫生室的信息系统与县平台尚未打通，随访记录需要重复录入。群众反映较多的是签约后“找不到人”，有的团队电话长期无人接听。

下一步安排

县卫生健康局将通过定向培养、县管乡用和退休医生返聘补充人员，年底前完成全部村卫生室的系统对接，并在每个团队推行“一部电话、一张名片、一个微信群”，让签约居民随时能找到自己的家庭医生。

（责任编辑：小健）更多健康资讯请关注本站公众号。
`;

// Two genuinely different monthly reports of one bureau, written from one
// template: the same "为深入贯彻落实……" opening, agency name, list of
// townships and closing sentence, different work in between.
const TEMPLATE_OPENING = (month: string) =>
  `为深入贯彻落实党中央、国务院关于卫生健康工作的决策部署，按照省卫生健康委年度工作要点和县委县政府工作安排，现将青溪县卫生健康局${month}工作情况通报如下。`;
const TOWNSHIPS = '城关镇、白沙镇、柳林乡、石门乡、高桥镇、龙潭镇、双河乡、桂花乡';
const TEMPLATE_CLOSING =
  '各乡镇卫生院、县直各医疗卫生单位要对照本通报指出的问题逐项整改，整改情况于下月5日前书面报送县卫生健康局办公室。联系人：县卫生健康局办公室，联系电话：0000-1234567。';

const MONTHLY_FEBRUARY = `${TEMPLATE_OPENING('2024年2月份')}

## 一、传染病防控

2月份全县共报告法定传染病217例，无甲类传染病报告，乙类传染病以病毒性肝炎和肺结核为主，丙类传染病以流行性感冒为主，流感样病例较1月份明显回落。春节前后返乡人员较多，县疾病预防控制中心在${TOWNSHIPS}设置了8个监测哨点，累计采集咽拭子标本640份。

## 二、春节期间医疗保障

春节假期全县医疗机构门急诊量达到3.1万人次，县人民医院急诊科增加两个夜班组，未发生因床位不足延误救治的情况。县卫生健康局带队对14家民营医疗机构开展节前安全检查，发现消防通道堵塞等隐患9处，已全部当场整改。

## 三、存在的问题

个别卫生院发热诊室设置不规范，预检分诊登记不完整；部分村卫生室药品储备不足，春节期间出现退烧药短缺。

${TEMPLATE_CLOSING}
`;

const MONTHLY_MARCH = `${TEMPLATE_OPENING('2024年3月份')}

## 一、爱国卫生月活动

3月份是第36个爱国卫生月，全县组织机关干部、志愿者和村民开展环境卫生大扫除，清理卫生死角1260处、垃圾杂物380余吨。${TOWNSHIPS}分别评选出卫生示范村，县爱卫办对农贸市场和背街小巷进行了两轮暗访。

## 二、学校卫生

开学后，县卫生监督所对全县46所中小学校和幼儿园的饮用水、教室采光和食堂卫生进行检查，对3所学校下达整改意见书。县妇幼保健院为新入园儿童开展健康体检，共体检2100余人，发现视力不良和龋齿的儿童已通知家长复查。

## 三、存在的问题

部分农村学校晨午检记录流于形式，因病缺课追踪不及时；个别乡镇垃圾清运不及时，存在反弹现象。

${TEMPLATE_CLOSING}
`;

/** A short news item (~250 characters) and a farm's copy of it: banner, new first sentence, paragraphs swapped, 医院 → 病院, last sentence dropped. */
const SHORT_ORIGINAL = `近日，青溪县人民医院与省肿瘤医院签订专科联盟协议，省肿瘤医院将派出胸外科、放疗科专家每月到县人民医院坐诊两次，并通过远程会诊平台参与疑难病例讨论。

县人民医院院长介绍，过去县里的肺癌患者大多要到省城做手术，往返一次要花费两三天，陪护家属也跟着奔波。联盟建立后，常见的肺部肿瘤手术可以在县人民医院完成，术后放疗也不必再去外地排队。今年上半年，县人民医院已派出6名医生到省肿瘤医院进修，为期三个月。

县卫生健康局表示，下一步还将推动县中医医院与省中医院建立类似的专科合作，让群众在家门口就能看上专家门诊。`;
const SHORT_COPY = `【健康头条】转载请注明出处。

好消息！青溪县的肺癌患者以后不用再跑省城了。

县人民病院院长介绍，过去县里的肺癌患者大多要到省城做手术，往返一次要花费两三天，陪护家属也跟着奔波。联盟建立后，常见的肺部肿瘤手术可以在县人民病院完成，术后放疗也不必再去外地排队。今年上半年，县人民病院已派出6名医生到省肿瘤病院进修，为期三个月。

据了解，青溪县人民病院与省肿瘤病院签订了专科联盟协议，省肿瘤病院将派出胸外科、放疗科专家每月到县人民病院坐诊两次，并通过远程会诊平台参与疑难病例讨论。`;

/** A monthly statistics bulletin whose sentences stay the same from month to month; only the figures change. */
const BULLETIN = (month: number, figures: number[]) => {
  const [a, b, c, d, e, f, g, h] = figures;
  return `青溪县卫生健康局发布2024年${month}月份卫生健康统计快报。

全县医疗卫生机构总诊疗人次为${a}万人次，同比增长${b}%。其中县级医院诊疗${c}万人次，乡镇卫生院和社区卫生服务中心诊疗${d}万人次。

全县医疗卫生机构出院人数${e}人，病床使用率为${f}%，平均住院日为${g}天。

全县当月出生人口${h}人，孕产妇系统管理率和三岁以下儿童系统管理率均保持在90%以上，未发生孕产妇死亡。

数据来源：青溪县卫生健康信息统计直报系统。本快报数据为初步统计数，以年报为准。`;
};

let lineNo = 2;
const article = (path: string, date: string, body: string, region = 'qingxi'): RepostCandidate => ({
  path: `content/articles/${path}.mdx`,
  region,
  date,
  body,
  line: lineNo++,
});
const score = (a: string, b: string) => jaccard(shingleSet(normaliseForShingles(a)), shingleSet(normaliseForShingles(b)));
const pairsOf = (reposts: { path: string; otherPath: string }[]) => reposts.map((r) => [r.path, r.otherPath]);

/** The synthetic archive's articles as the checker would pass them. */
const syntheticCandidates = (count: number, seed: number): RepostCandidate[] =>
  generateArchive({ count, seed }).articles.map((a) => ({
    path: `content/articles/${a.slug}.mdx`,
    region: a.region,
    date: a.date,
    body: a.mdx.slice(a.mdx.indexOf('\n---\n') + 5),
    line: 2,
  }));

// ---------------------------------------------------------------------------

describe('normalising', () => {
  test('Markdown and MDX syntax, URLs, whitespace and punctuation go; full-width digits and letters become ASCII', () => {
    const body =
      '## 一、工作成效\n\n- **签约率**达到４１.６%，详见[通报](https://example.org/a.html)。\n\n> 引自 <Stat dataset="qingxi-visits" period="2023" label="门诊量>上年" />\n\n{/* 注释 */}\n1. 第一项 ＣＴ\n\nimport X from "./x.js"';
    expect(normaliseForShingles(body)).toBe('一工作成效签约率达到416详见通报引自第一项ct');
  });
  test('numeric entities are decoded (the importer escapes a leading “import”); compatibility ideographs are unified', () => {
    expect(normaliseForShingles('&#105;mport 医院&amp;病院')).toBe('import医院病院');
    expect(normaliseForShingles('\uF900')).toBe('\u8C48'); // CJK COMPATIBILITY IDEOGRAPH-F900 → 豈
  });
});

describe('similarity of the fixtures', () => {
  test('farm copies score above the threshold; reports sharing a template, and unrelated reports, well below', () => {
    expect(score(ORIGINAL, FARM_COPY)).toBeGreaterThan(REPOST_THRESHOLD + 0.2);
    expect(score(SHORT_ORIGINAL, SHORT_COPY)).toBeGreaterThan(REPOST_THRESHOLD + 0.08);
    expect(score(MONTHLY_FEBRUARY, MONTHLY_MARCH)).toBeLessThan(REPOST_THRESHOLD - 0.15);
    expect(score(ORIGINAL, MONTHLY_MARCH)).toBeLessThan(0.05);
  });
});

describe('findReposts', () => {
  test('a farm copy re-dated three weeks later in the same region is reported on the later file, naming the earlier', () => {
    const original = article('qingxi-family-doctors-2023', '2023-10-02', ORIGINAL);
    const copy = article('qingxi-jiatingyisheng-2023', '2023-10-23', FARM_COPY);
    // Input order does not matter: the later date is the copy.
    const found = findReposts([copy, original]);
    expect(found).toEqual([{ path: copy.path, line: copy.line, otherPath: original.path, similarity: score(ORIGINAL, FARM_COPY) }]);
  });

  test('a farm copy of a short news item, reordered, with its first and last sentences changed, is found', () => {
    const original = article('qingxi-zhuanke-lianmeng-2024', '2024-06-03', SHORT_ORIGINAL);
    const copy = article('qingxi-feiai-2024', '2024-06-20', SHORT_COPY);
    expect(pairsOf(findReposts([original, copy]))).toEqual([[copy.path, original.path]]);
  });

  test('the copy dated earlier than the original is still reported on the later of the two', () => {
    const original = article('qingxi-family-doctors-2023', '2023-10-23', ORIGINAL);
    const copy = article('qingxi-jiatingyisheng-2023', '2023-10-02', FARM_COPY);
    expect(pairsOf(findReposts([original, copy]))).toEqual([[original.path, copy.path]]);
  });

  test('on the same date, the later path is reported', () => {
    const a = article('a-report', '2023-10-02', ORIGINAL);
    const b = article('b-report', '2023-10-02', FARM_COPY);
    expect(pairsOf(findReposts([b, a]))).toEqual([[b.path, a.path]]);
  });

  test('the same text in another region is not a re-post', () => {
    const a = article('qingxi-family-doctors-2023', '2023-10-02', ORIGINAL, 'qingxi');
    const b = article('baishui-family-doctors-2023', '2023-10-09', ORIGINAL, 'baishui');
    expect(findReposts([a, b])).toEqual([]);
  });

  test(`the window is ${REPOST_WINDOW_DAYS} days: the same text 6 months or a year later is not a re-post`, () => {
    // A half-yearly or yearly report that repeats its own wording is an editorial matter, not a farm copy.
    const a = article('qingxi-2023', '2023-10-02', ORIGINAL);
    expect(findReposts([a, article('qingxi-2024-h1', '2024-04-02', ORIGINAL)])).toEqual([]);
    expect(findReposts([a, article('qingxi-2024', '2024-10-02', ORIGINAL)])).toEqual([]);
    expect(findReposts([a, article('qingxi-day-43', '2023-11-14', ORIGINAL)])).toEqual([]);
    expect(findReposts([a, article('qingxi-day-42', '2023-11-13', ORIGINAL)])).toHaveLength(1);
    expect(findReposts([a, article('qingxi-day-43', '2023-11-14', ORIGINAL)], { windowDays: 60 })).toHaveLength(1);
  });

  test('two different monthly reports sharing a template opening, agency name, township list and closing are not re-posts', () => {
    const feb = article('qingxi-2024-02', '2024-03-05', MONTHLY_FEBRUARY);
    const mar = article('qingxi-2024-03', '2024-04-03', MONTHLY_MARCH);
    expect(findReposts([feb, mar])).toEqual([]);
  });

  test('monthly statistics bulletins with the same sentences and new figures are not re-posts; the same bulletin again is', () => {
    const march = article('qingxi-bulletin-2024-03', '2024-04-08', BULLETIN(3, [21.6, 4.2, 8.35, 11.2, 3127, 81.4, 7.9, 286]));
    const april = article('qingxi-bulletin-2024-04', '2024-05-09', BULLETIN(4, [19.8, 3.7, 7.91, 10.4, 2983, 78.6, 8.1, 301]));
    // The text alone would count them the same: the figures tell them apart.
    expect(score(march.body, april.body)).toBeGreaterThan(REPOST_THRESHOLD);
    expect(findReposts([march, april])).toEqual([]);
    const again = article('qingxi-bulletin-2024-03-copy', '2024-04-15', `【转】${march.body.replaceAll('。', '．')}`);
    expect(pairsOf(findReposts([march, april, again]))).toEqual([[again.path, march.path]]);
  });

  test(`short bodies (under ${REPOST_MIN_CHARACTERS} characters after normalising) are never re-posts`, () => {
    const notice = '因系统升级，本周六县人民医院门诊挂号暂停一天，急诊照常。\n\n<Stat dataset="x" period="2024" />';
    expect(Array.from(normaliseForShingles(notice)).length).toBeLessThan(REPOST_MIN_CHARACTERS);
    const a = article('notice-1', '2024-05-01', notice);
    const b = article('notice-2', '2024-05-08', notice);
    expect(findReposts([a, b])).toEqual([]);
    expect(findReposts([a, b], { minCharacters: 10 })).toHaveLength(1);
    // Nor is a long body a copy of a short one.
    expect(findReposts([a, article('long', '2024-05-02', `${notice}\n\n${ORIGINAL}`)])).toEqual([]);
  });

  test('each pair is reported once; three copies give two reports, each naming the earliest', () => {
    const first = article('copy-1', '2023-10-02', ORIGINAL);
    const second = article('copy-2', '2023-10-12', FARM_COPY);
    const third = article('copy-3', '2023-10-30', `${FARM_COPY}\n本文由青溪县卫生健康局提供。`);
    expect(pairsOf(findReposts([third, first, second]))).toEqual([
      [second.path, first.path],
      [third.path, first.path],
    ]);
  });

  test('in a chain longer than the window, each copy names the earliest one still inside its window', () => {
    const first = article('chain-1', '2023-10-02', ORIGINAL);
    const second = article('chain-2', '2023-11-01', ORIGINAL);
    const third = article('chain-3', '2023-12-01', ORIGINAL); // 60 days after the first, 30 after the second
    expect(pairsOf(findReposts([first, second, third]))).toEqual([
      [second.path, first.path],
      [third.path, second.path],
    ]);
  });

  test('articles with an impossible or unparseable date are left to the date check', () => {
    expect(
      findReposts([article('a', '2023-10-02', ORIGINAL), article('b', '2023-02-30', ORIGINAL), article('c', '【待填写】', ORIGINAL)]),
    ).toEqual([]);
  });

  test('the sketch only skips work: the result is what exact comparison of every pair in the window gives', () => {
    // Figure-free texts of graded similarity: an article with a growing share of its
    // paragraphs replaced by another's, so scores spread across the threshold.
    const pool = syntheticCandidates(400, 3).map((c) => c.body.replace(/[0-9]/g, '').split('\n\n'));
    const candidates: RepostCandidate[] = [];
    for (let n = 0; n < 150; n++) {
      const base = pool[n]!;
      const other = pool[n + 200]!;
      const cut = Math.round(((n % 15) / 14) * base.length);
      const replaced = base.map((paragraph, i) => (i < cut ? (other[i] ?? paragraph) : paragraph));
      candidates.push(
        article(`graded-${n}-a`, '2024-01-01', base.join('\n\n'), `r${n}`),
        article(`graded-${n}-b`, '2024-01-10', replaced.join('\n\n'), `r${n}`),
      );
    }
    const exact = candidates
      .filter((_, i) => i % 2 === 1 && score(candidates[i - 1]!.body, candidates[i]!.body) >= REPOST_THRESHOLD)
      .map((c) => c.path);
    const scores = candidates.filter((_, i) => i % 2 === 1).map((c, n) => score(candidates[2 * n]!.body, c.body));
    // The grading does spread them: some near the threshold on either side.
    expect(scores.filter((s) => Math.abs(s - REPOST_THRESHOLD) < 0.1).length).toBeGreaterThan(10);
    expect(exact.length).toBeGreaterThan(20);
    expect(exact.length).toBeLessThan(130);
    expect(findReposts(candidates).map((r) => r.path)).toEqual(exact.sort());
  });

  test('10,000 synthetic articles in 100 regions over ten years finish, with no re-posts among them; a planted copy is found', () => {
    const candidates = syntheticCandidates(10_000, 1);
    expect(findReposts(candidates)).toEqual([]);
    const victim = candidates[1234]!;
    const planted = {
      ...victim,
      path: 'content/articles/planted.mdx',
      date: victim.date.replace(/-\d\d$/, '-28'),
      body: `【转载】\n\n${victim.body}`,
    };
    expect(pairsOf(findReposts([...candidates, planted]))).toEqual([[planted.path, victim.path]]);
  }, 180_000);
});

describe('findPublishedCopy', () => {
  const published = [
    article('qingxi-family-doctors-2023', '2023-10-02', ORIGINAL),
    article('qingxi-2024-02', '2024-03-05', MONTHLY_FEBRUARY),
    article('qingxi-2024-03', '2024-04-03', MONTHLY_MARCH),
  ];

  test('with region and date known: the published original of a farm copy', () => {
    const found = findPublishedCopy({ body: FARM_COPY, region: 'qingxi', date: '2023-10-23' }, published);
    expect(found).toEqual({ path: published[0]!.path, similarity: expect.any(Number) });
    expect(found!.similarity).toBeGreaterThanOrEqual(REPOST_THRESHOLD);
  });

  test('another region, or a date outside the window, is not a copy', () => {
    expect(findPublishedCopy({ body: FARM_COPY, region: 'baishui', date: '2023-10-23' }, published)).toBeUndefined();
    expect(findPublishedCopy({ body: FARM_COPY, region: 'qingxi', date: '2024-06-01' }, published)).toBeUndefined();
  });

  test('with region or date unknown, every article is compared, still at the threshold', () => {
    expect(findPublishedCopy({ body: FARM_COPY }, published)?.path).toBe(published[0]!.path);
    expect(findPublishedCopy({ body: FARM_COPY, date: '2023-10-23' }, published)?.path).toBe(published[0]!.path);
    expect(findPublishedCopy({ body: FARM_COPY, region: 'qingxi', date: '【待填写：发布日期 YYYY-MM-DD】' }, published)?.path).toBe(
      published[0]!.path,
    );
    expect(findPublishedCopy({ body: MONTHLY_MARCH.replace('3月份', '4月份') }, published.slice(0, 2))).toBeUndefined();
  });

  test('the most similar article is named', () => {
    const exact = article('qingxi-family-doctors-2023-copy', '2023-10-25', FARM_COPY);
    expect(findPublishedCopy({ body: FARM_COPY }, [...published, exact])).toEqual({ path: exact.path, similarity: 1 });
  });

  test('a short draft is never a copy', () => {
    const notice = '本周六县人民医院门诊挂号暂停一天，急诊照常。';
    expect(findPublishedCopy({ body: notice }, [article('n', '2024-01-01', notice)])).toBeUndefined();
  });
});
