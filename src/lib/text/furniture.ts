// Page furniture: whole lines of a portal's or farm's frame that are never a
// sentence of a report. By kind, each with what makes it one: a line made only of
// page controls (in any order and bracket), a counter, a site account's byline, a
// copyright or reprint notice, a tag line, a re-post's 原标题, a bracketed 摘要.
// The importer removes such lines (one report line each); the check refuses them.

export interface FurnitureKind {
  id: string;
  /** What it is, in Chinese, for the import report. */
  label: string;
  /** Whether a whole line (as given: no heading or list marker) is of this kind. */
  test: (line: string) => boolean;
}

/** Page controls, Simplified and Traditional, as they appear on toolbars. */
const CONTROL =
  '上一篇|下一篇|上一条|下一条|自动滚屏|停止滚屏|右键暂停|双击滚屏|收藏本页|收藏本頁|收藏本文|收藏此页|加入收藏|收藏|打印本页|打印本頁|打印此页|打印此頁|打印本文|打印此文|打印文章|打印|關閉窗口|关闭窗口|关闭本页|關閉本頁|关闭此页|关闭|關閉|列印本頁|列印|返回顶部|返回頂部|返回首页|返回列表|返回|保存本页|保存|我要纠错|纠错|推荐给朋友|发送给好友|转发|分享|朗读|视力保护色|护眼模式|默认|放大|缩小|重置|Top|(?:字体大小|字体|字號|字号|字體|文字)\\s*[:：]?\\s*(?:[【\\[]?[大中小][】\\]]?\\s*){1,3}|[大中小](?=\\s*[】\\]]?\\s*[大中小])';
/** Counters: how many times the page was read, with or without a colon, Simplified or Traditional. */
const COUNTER_LABEL =
  '点击数|点击量|点击率|点击|點擊數|點擊|浏览次数|浏览量|浏览数|浏览|瀏覽次數|瀏覽|阅读次数|阅读量|阅读数|阅读|閱讀次數|閱讀量|閱讀|访问量|访问次数|訪問量|查看次数|查看人数|查看人數|查看|人气|人氣|热度';
const COUNTER = `(?:${COUNTER_LABEL})\\s*[:：]?\\s*(?:\\d[\\d,]*|\\[\\d*\\]|【\\d*】|[(（]\\d*[)）])?\\s*次?`;
/** Accounts a site posts under: not a person. */
const SITE_ACCOUNT = 'admin|administrator|root|webmaster|editor|管理员|小编|网友投稿|网友|佚名|匿名|本站|本网|本站编辑|站长';
const ACCOUNT_BYLINE = `(?:作者|发布者|发布人|發布者|录入|上传者|编辑)\\s*[:：]?\\s*(?:${SITE_ACCOUNT})`;
/** Dates and times as info bars print them. */
const INFO_DATE =
  '(?:[\\u4e00-\\u9fff]{0,4}(?:时间|時間|日期)\\s*[:：]?\\s*)?\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?';

const BRACKETS = /[【】[\]〔〕（）()<>「」『』]/g;
const SEPARATORS = /[|｜/·•\-—、,，\s\u3000]+/g;
const CONTROL_PATTERN = new RegExp(CONTROL, 'gi');
const COUNTER_PATTERN = new RegExp(COUNTER, 'g');
const ACCOUNT_PATTERN = new RegExp(ACCOUNT_BYLINE, 'gi');
const DATE_PATTERN = new RegExp(INFO_DATE, 'g');
/** An info bar ends with its count ("来源：… 浏览：1024次"); a sentence never does ("阅读量300万人次"). */
const COUNTER_AT_END = new RegExp(
  `(?:^|\\s|[|｜】\\]])(?:${COUNTER_LABEL})\\s*[:：]\\s*\\d[\\d,]*\\s*次?$|(?:^|\\s)(?:${COUNTER_LABEL})\\s*\\d[\\d,]*\\s*次$`,
);

/** What is left of a line once the given parts, brackets and separators are taken out. */
function remainder(line: string, ...parts: RegExp[]): string {
  let text = line;
  for (const part of parts) text = text.replace(part, ' ');
  return text.replace(BRACKETS, ' ').replace(/[:：]/g, ' ').replace(SEPARATORS, '');
}

/** A line made only of controls, counters, site bylines and dates, with at least one control or counter. */
const onlyPageControls = (line: string) =>
  (new RegExp(CONTROL, 'i').test(line) || new RegExp(COUNTER_LABEL).test(line)) &&
  remainder(line, DATE_PATTERN, ACCOUNT_PATTERN, COUNTER_PATTERN, CONTROL_PATTERN) === '' &&
  // "分享" or "阅读" alone is a word; a toolbar has two controls, or a control in brackets, or a count.
  (remainder(line, BRACKETS) !== line.replace(SEPARATORS, '') ||
    /\d/.test(line) ||
    (line.match(CONTROL_PATTERN)?.length ?? 0) + (line.match(COUNTER_PATTERN)?.length ?? 0) >= 2);

const COPYRIGHT =
  /版权所有|版權所有|^copyright|copyright\s*(?:©|\(c\))|©\s*\d{4}|all rights reserved|转载请注明|轉載請註明|转载请保留|仅代表作者(?:个人)?观点|僅代表作者(?:個人)?觀點|本网只是转载|本網只是轉載|本站只是转载|如涉及作品内容|如涉及作品內容|稿酬问题|稿酬問題|不得转载|不得轉載|未经(?:本网|本站)(?:书面)?(?:协议)?授权|未經(?:本網|本站)(?:書面)?(?:協議)?授權|侵权必删|侵權必刪|(?:本文|文章|图片|部分文章|部分图片)(?:来源于|来自|來源於|來自)(?:网络|網絡)|版权归原作者|版權歸原作者|版权归属原作者/i;

/** How a notice that runs to sentences begins. */
const NOTICE_START =
  /^(?:【?声明】?|【?聲明】?|以上|本文|本网|本網|本站|凡本网|凡本網|凡注明|版权|版權|转载|轉載|文章|图片|圖片|copyright|©)/i;

/** The kinds, in the order the importer reports them. */
export const FURNITURE_KINDS: readonly FurnitureKind[] = [
  {
    id: 'breadcrumb',
    label: '导航（当前位置）',
    test: (line) =>
      /^(?:当前位置|您现在的位置|您的位置|您的当前位置|您当前的位置|您当前位置|當前位置|現在位置|所在位置)[:：]|^(?:首页|网站首页|首頁)\s*[>›»]/.test(
        line,
      ),
  },
  { id: 'share', label: '分享、点赞、收藏提示', test: (line) => /^(?:分享到|分享至|一键分享|分享[:：])/.test(line) },
  { id: 'toolbar', label: '页面工具栏（打印、关闭、字号、浏览次数等）', test: onlyPageControls },
  {
    id: 'counter-line',
    label: '浏览次数、作者账号等页面信息',
    // An info bar: dates, a site account and a counter, with nothing of the report in it.
    test: (line) =>
      COUNTER_AT_END.test(line) ||
      ((new RegExp(COUNTER_LABEL).test(line) || new RegExp(ACCOUNT_BYLINE, 'i').test(line)) &&
        remainder(line, DATE_PATTERN, ACCOUNT_PATTERN, COUNTER_PATTERN) === ''),
  },
  { id: 'pager', label: '上一篇、下一篇', test: (line) => /^(?:上一篇|下一篇|上一条|下一条|上一頁|下一頁)[:：]/.test(line) },
  {
    id: 'editor',
    label: '编辑署名',
    test: (line) => /^[(（]?(?:责任编辑|責任編輯|编辑|編輯|审核|審核|校对|校對)[:：]\s*[^\s，。；：:]{1,12}[)）]?$/.test(line),
  },
  { id: 'disclaimer', label: '免责声明', test: (line) => /^【?免责声明】?(?:[:：]|$)|^【?免責聲明】?(?:[:：]|$)|^【声明】/.test(line) },
  { id: 'copyright', label: '版权和转载声明', test: (line) => COPYRIGHT.test(line) },
  {
    id: 'comments',
    label: '评论区',
    test: (line) => /^(?:发表评论|我要评论|网友评论|抢沙发)|^已有\s*\d+\s*条评论|^评论\s*[（(]\d*[)）]$/.test(line),
  },
  {
    id: 'download',
    label: '下载站文字',
    test: (line) =>
      /^【?(?:下载文档|下载本文|立即下载|付费下载)】?$|预览(?:阅读)?已结束|(?:开通|加入|赞助)\s*[【[]?VIP|VIP会员|赞助VIP|免费下载本(?:篇|文)|下载本篇文档/i.test(
        line,
      ),
  },
  {
    id: 'qr-code',
    label: '扫码提示',
    test: (line) => /^(?:扫一扫|掃一掃)(?:在手机打开当前页|在手機打開當前頁|分享|关注我们|關注我們)?$|^扫描二维码(?:分享|关注)/.test(line),
  },
  { id: 'filing', label: '备案和版权信息', test: (line) => /ICP备\s*\d|ICP備\s*\d|公网安备|網安備|^(?:网站)?备案号[:：]/i.test(line) },
  { id: 'tags', label: '标签、相关热词', test: (line) => /^(?:相关热词|相關熱詞|热词|熱詞|标签|標籤|tags?)\s*[:：]/i.test(line) },
  { id: 'original-title', label: '原标题（转载稿的原题）', test: (line) => /^[(（【[]?(?:原标题|原標題)\s*[:：]/.test(line) },
  // A journal's 摘要： with a colon is its abstract; a bracketed one is a portal's teaser of the lead.
  { id: 'abstract', label: '摘要栏（与导语重复）', test: (line) => /^(?:\[摘要\]|【摘要】|［摘要］)/.test(line) },
];

/** Longest line a furniture rule looks at: a copyright or reprint notice runs to a few sentences. */
export const FURNITURE_LINE_MAX = 200;
/** Longest line of controls, counters and labels; longer is prose that mentions them. */
const SHORT_LINE_MAX = 60;

/**
 * A word every kind's line has one of. Tested first, once per line: the check reads
 * every line of 10,000 articles, and most hold none of them.
 */
const CUE = new RegExp(
  [
    '位置|首页|首頁|分享|上一|下一|编辑|編輯|审核|審核|校对|校對|免责|免責|声明|評論|评论|抢沙发|下载|VIP|扫|掃|ICP|安备|安備|备案|热词|熱詞|标签|標籤|tag|原标题|原標題|摘要',
    CONTROL,
    COUNTER_LABEL,
    SITE_ACCOUNT,
    COPYRIGHT.source,
  ].join('|'),
  'i',
);

/** The furniture kind of a whole line, or undefined. Markdown heading and list markers are not part of it. */
export function furnitureKindOf(line: string): FurnitureKind | undefined {
  if (!CUE.test(line)) return undefined;
  const text = line.replace(/^\s*(?:#+|[-*+]|>|\d+[.、])\s*/, '').trim();
  if (!text || text.startsWith('|')) return undefined;
  const length = Array.from(text).length;
  if (length > FURNITURE_LINE_MAX) return undefined;
  // A notice may end like a sentence; controls and labels never do.
  // A notice may end like a sentence, but then it is the line's beginning, not a clause of a report's sentence.
  const sentence = /[。！？]$/.test(text) || length > SHORT_LINE_MAX;
  if (sentence)
    return FURNITURE_KINDS.find((kind) => (kind.id === 'copyright' ? NOTICE_START.test(text) : kind.id === 'abstract') && kind.test(text));
  return FURNITURE_KINDS.find((kind) => kind.test(text));
}

/** The text of a bracketed 摘要 line, for the importer's summary. */
export const abstractText = (line: string) => line.replace(/^(?:\[摘要\]|【摘要】|［摘要］)\s*[:：]?\s*/, '').trim();
