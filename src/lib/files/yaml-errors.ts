// A YAML error as an editor can act on it: in Chinese, on the line where the
// broken construct begins (the opening quote, the opening bracket, the
// mis-indented line), not where the parser gave up. The usual mistakes each
// get their own explanation; anything else gets the general advice with the
// parser's own words in parentheses.
import { isNode, isScalar, Parser, visit, type CST, type Document, type YAMLError } from 'yaml';
import { messages } from '../messages/messages.ts';

export interface ExplainedYamlError {
  /** The file line to point at. */
  line: number;
  /** Chinese, for `messages.yamlSyntax`. */
  message: string;
}

interface Construct {
  kind: 'quote' | 'flow';
  offset: number;
  /** End offset of the token's own source (quoted scalars). */
  end: number;
  source: string;
  /** `"`, `'`, `[` or `{`. */
  mark: string;
  closed: boolean;
  /** The key whose value it is, when that key is plain text. */
  key: string | undefined;
}

/** Whether a quoted scalar's source ends with its own, unescaped, closing quote. */
function quoteClosed(source: string, mark: string): boolean {
  const inner = source.slice(1);
  if (mark === "'") return (/'+$/.exec(inner)?.[0].length ?? 0) % 2 === 1; // '' is an escaped quote
  if (!inner.endsWith('"')) return false;
  return (/\\*$/.exec(inner.slice(0, -1))?.[0].length ?? 0) % 2 === 0; // \" is an escaped quote
}

/** Quoted scalars and flow collections, from the parser's concrete syntax tree (which keeps what the editor typed). */
function constructs(yaml: string): Construct[] {
  const found: Construct[] = [];
  const keyText = (key: CST.Token | null | undefined) => (key && key.type === 'scalar' ? key.source : undefined);
  const walk = (token: CST.Token | null | undefined, key: string | undefined) => {
    if (!token) return;
    if (token.type === 'document') return walk(token.value, undefined);
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      const mark = token.source[0] ?? '"';
      found.push({
        kind: 'quote',
        offset: token.offset,
        end: token.offset + token.source.length,
        source: token.source,
        mark,
        closed: quoteClosed(token.source, mark),
        key,
      });
      return;
    }
    if (token.type === 'flow-collection') {
      const mark = token.start.source;
      const close = mark === '[' ? ']' : '}';
      found.push({
        kind: 'flow',
        offset: token.offset,
        end: token.offset,
        source: mark,
        mark,
        closed: token.end.some((end) => end.source === close),
        key,
      });
    }
    if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      for (const item of token.items) {
        walk(item.key, undefined);
        walk(item.value, keyText(item.key) ?? (token.type === 'flow-collection' ? key : undefined));
      }
    }
  };
  for (const token of new Parser().parse(yaml)) walk(token, undefined);
  return found;
}

const LEADING_TAB = /^ *\t/;
/** `key: value` (possibly after a list dash), the key as typed. */
const KEY_VALUE = /^(\s*(?:-\s+)?)([^\s:#"'[{][^:]*?):(?:\s+(.*))?$/;

function lineIndent(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}

/** An error of `doc` (parsed from `yaml`, which starts on file line `firstLine`), explained. */
export function explainYamlError(yaml: string, doc: Document, error: YAMLError, firstLine: number): ExplainedYamlError {
  const lines = yaml.split('\n');
  const lineStarts: number[] = [];
  lines.reduce((offset, line) => (lineStarts.push(offset), offset + line.length + 1), 0);
  const lineIndexAt = (offset: number) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  const at = (index: number, message: string): ExplainedYamlError => ({ line: index + firstLine, message });
  const errorOffset = error.pos[0];
  const errorLine = lineIndexAt(errorOffset);

  // 1. A quote that never closes: the parser notices at the end of the text or at the next
  //    line it cannot swallow; the mistake is where the quote opened.
  const found = constructs(yaml).filter((construct) => construct.offset <= errorOffset);
  const unclosedQuote = found.find((construct) => construct.kind === 'quote' && !construct.closed);
  if (unclosedQuote) return at(lineIndexAt(unclosedQuote.offset), messages.yamlUnclosedQuote(unclosedQuote.key, unclosedQuote.mark));
  // A quote that closed only on a later line, at another value's opening quote.
  const spilled = found.find(
    (construct) => construct.kind === 'quote' && construct.source.includes('\n') && lineIndexAt(construct.end) === errorLine,
  );
  if (spilled) return at(lineIndexAt(spilled.offset), messages.yamlUnclosedQuote(spilled.key, spilled.mark));
  // `title: "他说"你好"`: text after the closing quote, on the same line.
  const overrun = found.find(
    (construct) =>
      construct.kind === 'quote' &&
      lineIndexAt(construct.end) === errorLine &&
      construct.end <= errorOffset &&
      /^[^\s#]/.test(yaml.slice(construct.end)),
  );
  if (overrun) return at(errorLine, messages.yamlQuoteInside(overrun.key, overrun.mark));

  // 2. `topics: [a, b` with no closing bracket.
  const unclosedFlow = found.find((construct) => construct.kind === 'flow' && !construct.closed);
  if (unclosedFlow) return at(lineIndexAt(unclosedFlow.offset), messages.yamlUnclosedFlow(unclosedFlow.key, unclosedFlow.mark));

  // 3. Tab indentation, on whichever line has it first.
  const tabbed = lines.slice(0, errorLine + 1).findIndex((line) => LEADING_TAB.test(line) && line.trim() !== '');
  if (tabbed !== -1) return at(tabbed, messages.yamlTabIndent());

  // 4. The same key twice in one mapping.
  if (error.code === 'DUPLICATE_KEY') {
    let duplicate: { key: string; first: number } | undefined;
    visit(doc, {
      Map(_, map) {
        const pair = map.items.find((item) => isScalar(item.key) && item.key.range?.[0] === errorOffset);
        if (!pair || !isScalar(pair.key)) return undefined;
        const value = pair.key.value;
        const firstKey = map.items.find((item) => isScalar(item.key) && item.key.value === value)?.key;
        duplicate = {
          key: String(value),
          first: lineIndexAt((isNode(firstKey) ? firstKey.range?.[0] : undefined) ?? errorOffset) + firstLine,
        };
        return visit.BREAK;
      },
    });
    if (duplicate) return at(errorLine, messages.yamlDuplicateKey(duplicate.key, duplicate.first));
  }

  const line = lines[errorLine] ?? '';
  const keyValue = KEY_VALUE.exec(line);
  const inList = lines.slice(0, errorLine + 1).some((text) => /^\s*-\s/.test(text));
  const indentMessage = (index: number) =>
    /^\s*-(\s|$)/.test(lines[index] ?? '') || (inList && lineIndent(lines[index] ?? '') > 0)
      ? messages.yamlListIndent()
      : messages.yamlIndent();

  // 5. "Nested mappings are not allowed in compact mappings": a value holding ": ", or a
  //    value continued on a deeper-indented line that holds one.
  if (error.code === 'BLOCK_AS_IMPLICIT_KEY' && /^Nested mappings/.test(error.message)) {
    const value = keyValue?.[3];
    if (keyValue && value && (/:\s/.test(value) || value.endsWith(':'))) {
      const fixed = `${keyValue[2]}: "${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
      return at(errorLine, messages.yamlColonInValue(keyValue[2]!, fixed));
    }
    const indent = lineIndent(line);
    for (let index = errorLine + 1; index < lines.length && lines[index]!.trim() !== ''; index++) {
      if (lineIndent(lines[index]!) <= indent) break;
      if (/:(\s|$)/.test(lines[index]!)) return at(index, indentMessage(index));
    }
  }

  // 6. `title:标题` and `title：标题`.
  const noSpace = /^\s*(?:-\s+)?([A-Za-z][\w-]*):(?=[^\s:])/.exec(line);
  if (noSpace && !keyValue?.[3]) return at(errorLine, messages.yamlColonNoSpace(noSpace[1]!));
  const fullWidth = /^\s*(?:-\s+)?([A-Za-z][\w-]*)\s*：/.exec(line);
  if (fullWidth) return at(errorLine, messages.yamlFullwidthColon(fullWidth[1]!));

  // 7. Lines of one list or one mapping that do not line up.
  const misaligned =
    error.code === 'BAD_INDENT' ||
    /^Sequence item without - indicator|^A block sequence may not be used as an implicit map key/.test(error.message) ||
    (error.code === 'MULTILINE_IMPLICIT_KEY' && lineIndent(line) > 0);
  if (misaligned) return at(errorLine, indentMessage(errorLine));

  return at(errorLine, messages.yamlOther(error.message.split('\n')[0] ?? error.message));
}
