// Spam injected into hacked portals and content farms: keyword lists of porn,
// gambling, pirated video, loans and fake certificates. Found by two properties
// together: a list (short phrases joined by commas or spaces, no sentence) and the
// trade's own vocabulary. Enforcement texts name the offences (打击淫秽色情、网络赌博)
// but not the products, and say what is done about them, so they pass.

/** The products and come-ons of the trade; never the names of the offences themselves (色情, 赌博, 贷款). */
const STRONG = [
  // porn
  '国产精品|精品国产|国产乱|一区二区|二区三区|毛片|黄片|黄网|黄色视频|成人影院|成人视频|成人电影|成人网站|成人午夜|成人动漫|女优',
  '色综合|色婷婷|色狠狠|色中色|久久精品|久久综合|久久爱|久久久|中文字幕|亚洲综合|亚洲精品|亚洲最大|欧美日韩|日韩精品|日韩av|欧美喷|欧美精品',
  '人妻|熟妇|熟女|乱伦|乱又伦|波多野|苍井空|巨乳|乳巨|喷潮|潮喷|午夜福利|午夜影院|午夜剧场|午夜国产|福利视频|福利姬',
  '偷拍|自拍偷|偷窥|口交|嫖妓|嫖娼|约炮|裸聊|萝莉|黄色网站|伦理片|三级片|av在线|在线av|(?<![A-Za-z])av(?![A-Za-z])',
  // gambling
  // (快3 is a lottery, not 加快3所医院.)
  '百家乐|老虎机|六合彩|时时彩|北京赛车|真人娱乐|娱乐城|博彩|赌场|威尼斯人|葡京|太阳城|开户送|彩金|注册送|体育投注|足球投注|皇冠体育|在线赌博|网投|(?<![加赶尽较很更])快3|(?<![加赶尽较很更])快三|pk10|幸运飞艇|彩票平台|彩票邀请码',
  // loans
  '网贷|网贷口子|裸贷|不看征信|黑户|套现|信用卡代还|快速放款|下款',
  // fake certificates, game cheats, sex drugs
  '假证|刻章|代开发票|发票代开|代考|包过|私服|外挂|春药|迷药|催情|伟哥|壮阳',
].join('|');
/** Words a health text may use in a list of its own (a video series, fruit, sex education): spam only in numbers. */
// 无码 and 有码 are also a health code's lanes; 办证 a licence office's; 秒批 a fast approval.
const WEAK =
  '无码|有码|办证|秒批|秒到账|无抵押|官网|邀请码|客户端下载|手机版下载|在线观看|免费观看|永久免费|免费在线|高清在线|高清|完整版|迅雷下载|百度云|电影天堂|全集|合集|精品视频|蜜桃|少妇|美乳|丰满|做爱|性爱|自慰';
const STRONG_WORD = new RegExp(STRONG, 'gi');
const ANY_WORD = new RegExp(`${STRONG}|${WEAK}`, 'gi');
const STRONG_ONLY = new RegExp(`^(?:${STRONG})$`, 'i');

/** What is done about the offences: a text that says it is about them, not selling them. */
const ENFORCEMENT =
  /打击|整治|专项|查处|违法|非法|犯罪|举报|治理|取缔|严禁|禁止|防范|警惕|谨防|提醒|曝光|抽检|检出|宣称|功效|宣传教育|依法|净网|扫黄|打非|立案|警方|公安|预防|避免|危害|风险|人群|感染|艾滋病/;

/** Where a list ends: the end of a sentence. */
const SENTENCE_END = /[。！？；;!]/;
/** What joins the phrases of a list (not 、, which Chinese sentences enumerate with). */
const LIST_SEPARATOR = /[,，|｜_/\s\u3000]+/;
/** A phrase longer than this is prose, not a list item. */
export const SPAM_PHRASE_MAX = 24;
/** Vocabulary hits a list needs to be spam, one of them a strong word (a single keyword-stuffed phrase needs one more). */
export const SPAM_HITS_MIN = 2;
/** Weak words alone make spam only this many at once. */
export const SPAM_WEAK_HITS_MIN = 3;

const count = (pattern: RegExp, text: string) => {
  pattern.lastIndex = 0;
  return text.match(pattern)?.length ?? 0;
};

const distinct = (pattern: RegExp, text: string) => {
  pattern.lastIndex = 0;
  return new Set((text.match(pattern) ?? []).map((word) => word.toLowerCase())).size;
};

/** Whether a piece of text (no sentence end inside) is a spam keyword list. */
function isSpamPiece(piece: string): boolean {
  const trimmed = piece.trim();
  if (!trimmed || ENFORCEMENT.test(trimmed)) return false;
  const hits = count(ANY_WORD, trimmed);
  const strong = count(STRONG_WORD, trimmed);
  // Weak words alone count by kind: "有码、无码两条通道，无码人员" names two lanes, not three products.
  if (hits < SPAM_HITS_MIN || (strong === 0 && distinct(ANY_WORD, trimmed) < SPAM_WEAK_HITS_MIN)) return false;
  const phrases = trimmed.split(LIST_SEPARATOR).filter(Boolean);
  // A sentence has clauses longer than a list item.
  if (phrases.some((phrase) => Array.from(phrase).length > SPAM_PHRASE_MAX)) return false;
  if (phrases.length === 1) return hits >= SPAM_HITS_MIN + 1;
  // A list of the trade's words: most of its items carry them ("入院人次…快3官网，比上年增加" is a sentence with a run in it).
  const listed = phrases.filter((phrase) => count(ANY_WORD, phrase) > 0).length;
  return listed >= 2 && listed * 2 >= phrases.length;
}

/** Hits this close together are one inserted run ("…1234.5万快3官网，…"); never across 、 or a comma, which enumerate. */
const COMPACT_GAP = 1;
const ENUMERATION = /[、，,；;。]/;

/** Runs of two or more vocabulary words next to each other, one of them strong, inside a sentence. */
function compactRuns(line: string): { start: number; end: number }[] {
  const runs: { start: number; end: number; strong: boolean; hits: number }[] = [];
  ANY_WORD.lastIndex = 0;
  for (let m = ANY_WORD.exec(line); m; m = ANY_WORD.exec(line)) {
    const strong = STRONG_ONLY.test(m[0]);
    const last = runs.at(-1);
    if (last && m.index - last.end <= COMPACT_GAP && !ENUMERATION.test(line.slice(last.end, m.index)))
      Object.assign(last, { end: m.index + m[0].length, strong: last.strong || strong, hits: last.hits + 1 });
    else runs.push({ start: m.index, end: m.index + m[0].length, strong, hits: 1 });
  }
  return runs.filter((run) => run.hits >= SPAM_HITS_MIN && run.strong).map(({ start, end }) => ({ start, end }));
}

/** Spam runs in a line (UTF-16 offsets): the pieces between sentence ends that are spam lists, adjacent ones joined, and compact runs inside sentences. */
export function findSpamRuns(line: string): { start: number; end: number }[] {
  ANY_WORD.lastIndex = 0;
  if (!ANY_WORD.test(line)) return [];
  const runs: { start: number; end: number }[] = [];
  let start = 0;
  // A list starts after a colon, too ("该网站页面标题为：百家乐 老虎机…").
  const pieces = line.split(/(?<=[。！？；;!:：])/);
  for (const piece of pieces) {
    const text = piece.replace(/[。！？；;!:：]$/, '');
    if (isSpamPiece(text)) {
      const from = start + (text.length - text.trimStart().length);
      const to = start + text.trimEnd().length;
      const last = runs.at(-1);
      if (last && /^[\s。！？；;!]*$/.test(line.slice(last.end, from))) last.end = to;
      else runs.push({ start: from, end: to });
    } else if (!ENFORCEMENT.test(text)) {
      for (const run of compactRuns(text)) runs.push({ start: start + run.start, end: start + run.end });
    }
    start += piece.length;
  }
  return runs;
}

/** A line that is one short phrase with a strong word in it ("快3官网注册"): spam when others like it stand next to it. */
function isSpamPhraseLine(line: string): boolean {
  const text = line.trim();
  if (!text || Array.from(text).length > SPAM_PHRASE_MAX || SENTENCE_END.test(text) || ENFORCEMENT.test(text)) return false;
  return count(STRONG_WORD, text) >= 1;
}

/**
 * Spam in a whole text, line by line (UTF-16 offsets into `text`): the runs of each
 * line, and lists written one phrase a line — two or more such lines in a row,
 * blank lines between them allowed.
 */
export function findSpam(text: string): { start: number; end: number }[] {
  ANY_WORD.lastIndex = 0;
  if (!ANY_WORD.test(text)) return [];
  const found: { start: number; end: number }[] = [];
  const lines = text.split('\n');
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  // Only lines with a vocabulary word, and their neighbours, need reading: found in one pass over the text.
  const touched = new Set<number>();
  ANY_WORD.lastIndex = 0;
  for (let m = ANY_WORD.exec(text), line = 0; m; m = ANY_WORD.exec(text)) {
    while (line + 1 < starts.length && starts[line + 1]! <= m.index) line++;
    touched.add(line);
  }
  const phrase = lines.map((line, index) => touched.has(index) && isSpamPhraseLine(line));
  const neighbour = (index: number, step: number) => {
    for (let i = index + step; i >= 0 && i < lines.length; i += step) if (lines[i]!.trim()) return i;
    return -1;
  };
  lines.forEach((line, index) => {
    if (!touched.has(index)) return;
    const [before, after] = [neighbour(index, -1), neighbour(index, 1)];
    const listed = (i: number) => i !== -1 && (phrase[i] || isSpamLine(lines[i]!));
    // A phrase line next to another: the whole line is an item of the list.
    const runs =
      phrase[index] && (listed(before) || listed(after))
        ? [{ start: line.length - line.trimStart().length, end: line.trimEnd().length }]
        : findSpamRuns(line);
    for (const run of runs) found.push({ start: starts[index]! + run.start, end: starts[index]! + run.end });
  });
  return found;
}

/** Whether the whole line is spam (the importer never takes one as a title or summary). */
export function isSpamLine(line: string): boolean {
  const text = line.trim();
  const runs = findSpamRuns(text);
  return runs.length > 0 && text.slice(0, runs[0]!.start).trim() === '' && /^[\s。！？；;!]*$/.test(text.slice(runs.at(-1)!.end));
}
