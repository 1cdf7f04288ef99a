// A saved portal page can be UTF-8, GB18030/GBK or Big5. Decode it with
// iconv-lite, choosing by BOM, the page's own charset declaration, strict
// UTF-8, then whichever legacy encoding gives everyday characters.
import iconv from 'iconv-lite';
import { guessLegacyEncoding } from '../files/encoding.ts';

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

const DECLARED = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i;

export function decodePage(bytes: Uint8Array): Decoded {
  const buffer = Buffer.from(bytes);
  if (buffer.length === 0) return { ok: false, reason: '文件是空的。' };
  if (buffer.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])))
    return { ok: true, text: buffer.subarray(3).toString('utf8'), encoding: 'UTF-8' };
  // Notepad's "Unicode" is UTF-16 with a BOM.
  if (buffer[0] === 0xff && buffer[1] === 0xfe)
    return { ok: true, text: iconv.decode(buffer.subarray(2), 'utf-16le'), encoding: 'UTF-16LE' };
  if (buffer[0] === 0xfe && buffer[1] === 0xff)
    return { ok: true, text: iconv.decode(buffer.subarray(2), 'utf-16be'), encoding: 'UTF-16BE' };
  // Text files do not contain NUL bytes; images, PDFs and Word files do.
  if (buffer.subarray(0, 4096).includes(0))
    return { ok: false, reason: '这不是网页或文本文件（含有二进制内容）。请在浏览器中把网页“另存为”HTML，或复制正文保存为 .txt 文件。' };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(buffer), encoding: 'UTF-8' };
  } catch {
    // not UTF-8: a legacy Chinese encoding
  }
  // A declared Chinese charset is trusted; anything else (a wrong "utf8" or
  // "iso-8859-1" on a GBK page) is not: guess from the bytes instead.
  const declared = DECLARED.exec(buffer.subarray(0, 2048).toString('latin1'))?.[1]?.toLowerCase();
  const encoding =
    declared && /^(gb2312|gbk|gb18030|big5|big5-hkscs|cp936|cp950)$/.test(declared)
      ? declared
      : (guessLegacyEncoding(buffer)?.toLowerCase() ?? 'gb18030');
  const text = iconv.decode(buffer, encoding === 'gbk' || encoding === 'gb2312' ? 'gb18030' : encoding);
  const broken = (text.match(/\uFFFD/g) ?? []).length;
  if (broken > Math.max(3, text.length / 200)) {
    return {
      ok: false,
      reason: `无法识别文件的编码（按 ${encoding.toUpperCase()} 解码后有 ${broken} 处乱码）。请在浏览器中重新保存网页，或复制正文另存为 UTF-8 文本。`,
    };
  }
  return { ok: true, text, encoding: encoding.toUpperCase() };
}
