// Editors' files must be UTF-8. Files saved by older Chinese Windows tools are
// often GBK/GB18030 or Big5: say which, and where, so the fix is obvious.

export type DecodeResult = { ok: true; text: string } | { ok: false; line: number; guess: string | undefined };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodes(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// Frequent characters of health reports in both Simplified and Traditional
// forms. Big5 bytes often also decode as GBK, but into rare characters.
const COMMON = new Set(
  '的一是在不了有和人这這中大为為上个個国國以要时時来來用们們生到作地于於出就分对對成会會可主发發年动動同工也能下过過子说說产產种種面而方后後多定行学學法所民得经經十三之进進着著等部度家力里裡如水化高自二理起小物现現实實加量都两兩体體制机機当當使点點从從业業本去把性好应應开開合还還因由其些然前外天政四日社义義事平形相全表间間样樣与與关關各重新线線内內数數正心反明看原又利比或但气氣第向道命此变變条條只没沒结結解问問意建月公无無系很情者最立代已通并提直题題程展五果员員位入常文总總次品式活设設及管特件长長求老头頭基资資边邊流路级級少图圖统統接知较較将將组組见見计計别別手期根论論运運农農指几幾九区區强強放决決西被干做必战戰先回则則任取据據处處府研信卫衛健医醫院疗療检檢查查筛篩县縣市省镇鎮村乡鄉务務保妇婦儿兒童服费費财財政'.split(
    '',
  ),
);

function plausibility(bytes: Uint8Array, encoding: string): number {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return Array.from(text).filter((char) => COMMON.has(char)).length;
  } catch {
    return -1;
  }
}

/** GBK (mainland) or Big5 (Taiwan, Hong Kong): whichever decodes into more everyday characters. */
export function guessLegacyEncoding(bytes: Uint8Array): string | undefined {
  const gbk = plausibility(bytes, 'gbk');
  const big5 = plausibility(bytes, 'big5');
  if (gbk < 0 && big5 < 0) return undefined;
  return big5 > gbk ? 'Big5' : 'GBK';
}

/** Decode UTF-8 strictly; on failure name the first bad line and the likely encoding. */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: strictUtf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    let line = 1;
    let start = 0;
    let badLine = bytes;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        const current = bytes.subarray(start, i);
        if (!decodes(current, 'utf-8')) {
          badLine = current;
          break;
        }
        line++;
        start = i + 1;
      }
    }
    return { ok: false, line, guess: guessLegacyEncoding(badLine) };
  }
}
