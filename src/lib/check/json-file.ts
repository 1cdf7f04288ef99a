import { decodeUtf8 } from '../files/encoding.ts';
import { parseYamlWithLines, type ParsedYaml } from '../files/frontmatter.ts';
import { messages } from '../messages/messages.ts';
import type { Problem } from './problem.ts';

export type ReadJson = { ok: true; data: unknown; lines: Pick<ParsedYaml, 'lineOf'> } | { ok: false; problems: Problem[] };

function lineOfOffset(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

/** Parse a JSON content file, keeping a way to find the line of any value. */
export function readJsonFile(path: string, bytes: Uint8Array): ReadJson {
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) return { ok: false, problems: [{ path, line: decoded.line, message: messages.notUtf8(decoded.guess) }] };
  try {
    const data: unknown = JSON.parse(decoded.text);
    // JSON is YAML: the YAML parser gives us positions for free.
    return { ok: true, data, lines: parseYamlWithLines(decoded.text, 1) };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    const lineMatch = /line (\d+)/.exec(detail);
    const positionMatch = /position (\d+)/.exec(detail);
    const line = lineMatch ? Number(lineMatch[1]) : positionMatch ? lineOfOffset(decoded.text, Number(positionMatch[1])) : 1;
    return { ok: false, problems: [{ path, line, message: messages.jsonSyntax(detail.replace(/\s*\(line \d+ column \d+\)/, '')) }] };
  }
}
