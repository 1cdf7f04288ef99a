import { LineCounter, parseDocument, isMap, isNode, isScalar, type Document } from 'yaml';
import { messages } from '../messages/messages.ts';
import { explainYamlError } from './yaml-errors.ts';

export interface SplitFile {
  /** The YAML between the --- lines, or undefined when the file has none. */
  yaml: string | undefined;
  /** 1-based line of the first YAML line (the line after the opening ---). */
  yamlStartLine: number;
  /** The body with the frontmatter lines blanked, so body line N is file line N. */
  body: string;
  /** 1-based line where the body starts. */
  bodyStartLine: number;
  problem?: 'none' | 'unclosed';
}

/** Split an article into frontmatter and body, keeping file line numbers. */
export function splitFrontmatter(text: string): SplitFile {
  const lines = text.split('\n');
  if (lines[0]?.trim() !== '---') {
    return { yaml: undefined, yamlStartLine: 1, body: text, bodyStartLine: 1, problem: 'none' };
  }
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '---');
  if (end === -1) {
    return { yaml: undefined, yamlStartLine: 2, body: '', bodyStartLine: lines.length + 1, problem: 'unclosed' };
  }
  return {
    yaml: lines.slice(1, end).join('\n'),
    yamlStartLine: 2,
    body: [...lines.slice(0, end + 1).map(() => ''), ...lines.slice(end + 1)].join('\n'),
    bodyStartLine: end + 2,
  };
}

/** `data[key]` of a value read from a file, before validation: undefined unless `data` is an object. */
export function fieldOf(data: unknown, key: string): unknown {
  return typeof data === 'object' && data !== null ? Reflect.get(data, key) : undefined;
}

export interface ParsedYaml {
  data: unknown;
  errors: { line: number; message: string }[];
  /** The file line of the value at `path`, or of the nearest parent that exists. */
  lineOf: (path: readonly PropertyKey[]) => number;
}

/** Parse YAML keeping positions, so every problem can point at its line. */
export function parseYamlWithLines(yaml: string, firstLine: number): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  // Only the first error: later ones are usually knock-on effects of it. Each is
  // explained in Chinese, on the line where the broken construct begins.
  const errors = doc.errors.slice(0, 1).map((error) => explainYamlError(yaml, doc, error, firstLine));
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const keys = path.slice(0, depth);
      const parent = keys.length > 1 ? doc.getIn(keys.slice(0, -1), true) : doc.contents;
      // Point at the key ("region: …") rather than its value when we can.
      if (isMap(parent)) {
        const key = parent.items.find((item) => isScalar(item.key) && item.key.value === keys.at(-1))?.key;
        if (isNode(key) && key.range) return toFileLine(key.range[0]);
      }
      const node = doc.getIn(keys, true);
      if (isNode(node) && node.range) return toFileLine(node.range[0]);
    }
    return Math.max(1, firstLine - 1);
  };
  let data: unknown;
  if (!errors.length) {
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (error) {
      errors.push({ line: firstLine, message: messages.yamlOther(error instanceof Error ? error.message : String(error)) });
    }
  }
  return { data, errors, lineOf };
}
