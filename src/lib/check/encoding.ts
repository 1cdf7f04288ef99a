// Editors' files must be UTF-8. Files saved by older Chinese Windows tools are
// often GBK/GB18030 or Big5: say which, and where, so the fix is obvious.

export type DecodeResult =
  | { ok: true; text: string }
  | { ok: false; line: number; guess: string | undefined };

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function decodes(bytes: Uint8Array, encoding: string): boolean {
  try {
    new TextDecoder(encoding, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Decode UTF-8 strictly; on failure name the first bad line and the likely encoding. */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: strictUtf8.decode(bytes).replace(/^\uFEFF/, '') };
  } catch {
    let line = 1;
    let start = 0;
    for (let i = 0; i <= bytes.length; i++) {
      if (i === bytes.length || bytes[i] === 0x0a) {
        if (!decodes(bytes.subarray(start, i), 'utf-8')) break;
        line++;
        start = i + 1;
      }
    }
    // GB18030 decodes almost any byte sequence, so try the stricter Big5 only when GBK fails.
    const guess = decodes(bytes, 'gbk') ? 'GBK' : decodes(bytes, 'big5') ? 'Big5' : undefined;
    return { ok: false, line, guess };
  }
}
