import { createProcessor } from '@mdx-js/mdx';
import { messages } from '../messages/messages.ts';
import type { LineProblem } from './unsafe-code.ts';

const processor = createProcessor();

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number }; end?: { line: number } };
}

/** A <Chart> or <Stat> (or any other JSX element) an editor wrote, with its line. */
export interface ComponentUse {
  name: string;
  line: number;
  /** Plain string attributes; computed ones are refused as code elsewhere. */
  attributes: Record<string, string>;
}

// MDX turns these into JavaScript: imports/exports and {expressions}.
const CODE_NODES: Record<string, string> = {
  mdxjsEsm: 'import / export 语句',
  mdxFlowExpression: '花括号表达式 {…}',
  mdxTextExpression: '花括号表达式 {…}',
};

function walk(node: MdxNode, visit: (node: MdxNode) => void) {
  visit(node);
  node.children?.forEach((child) => walk(child, visit));
}

const isJsx = (node: MdxNode) => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Characters every level of Markdown nesting needs one of: quote, list and emphasis markers, link and image brackets. */
const NESTING_MARKS = /[>*_[!+\-.)]/g;
/** Well under the depth at which walking the tree overflows the stack (thousands of levels). */
const SAFE_NESTING = 500;

/**
 * Whether a body is plain Markdown to MDX: only `<` (JSX, comments), `{` `}`
 * (expressions) and lines starting with import/export (ESM) make MDX differ
 * from Markdown, and Markdown never fails to parse. Such a body holds no
 * component and no code, so the checker need not parse it (at 10,000
 * articles parsing was most of the check's 12 s; four in five have no component).
 * A body with enough markers to nest absurdly deep is still parsed, so it gets
 * its "nested too deep" message rather than overflowing the build.
 */
export function isPlainMarkdown(body: string): boolean {
  return !/[<{}]/.test(body) && !/^[ \t]*(?:import|export)\b/m.test(body) && (body.match(NESTING_MARKS)?.length ?? 0) < SAFE_NESTING;
}

export type ParsedBody = { ok: true; tree: MdxNode } | { ok: false; problem: LineProblem };

/**
 * Parse the body as MDX (the same parser the build uses). `body` keeps the
 * file's line numbers (frontmatter blanked), so errors point into the .mdx file.
 */
export function parseMdxBody(body: string): ParsedBody {
  return parseLinesAt(body, 0);
}

/**
 * Parse `text`, which starts `offset` lines into the body: syntax errors are
 * moved to their lines in the body (the tree is not: see `shiftLines`). Cheaper
 * than parsing `offset` blank lines in front, which costs as much as text.
 */
function parseLinesAt(text: string, offset: number): ParsedBody {
  try {
    // mdast's Root types each node kind apart; MdxNode is the lean view of the fields read here.
    return { ok: true, tree: processor.parse(text) as MdxNode };
  } catch (error) {
    // The parser throws a VFileMessage (vfile-message is not a dependency of ours); catch gives unknown.
    const { line, reason, message } = error as { line?: number; reason?: string; message?: string };
    // The parser names places as "(3:5-3:10)" in its reasons.
    const detail = (reason ?? message ?? String(error)).replace(
      /\((\d+):(\d+)(?:-(\d+):(\d+))?\)/g,
      (_, l1, c1, l2, c2) => `(${Number(l1) + offset}:${c1}${l2 ? `-${Number(l2) + offset}:${c2}` : ''})`,
    );
    return { ok: false, problem: { line: (line ?? 1) + offset, message: messages.mdxSyntax(detail) } };
  }
}

function shiftLines(tree: MdxNode, offset: number): MdxNode {
  if (offset) {
    walk(tree, (node) => {
      if (!node.position) return;
      node.position.start.line += offset;
      if (node.position.end) node.position.end.line += offset;
    });
  }
  return tree;
}

/** Code in the body: ESM, expressions, fragments, computed attributes. */
export function findMdxCode(tree: MdxNode): LineProblem[] {
  const problems: LineProblem[] = [];
  walk(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    const what = CODE_NODES[node.type];
    if (what) problems.push({ line, message: messages.mdxCode(what) });
    if (isJsx(node) && (node.name === null || node.name === undefined))
      problems.push({ line, message: messages.mdxCode('片段标签 <>…</>') });
    const computed = node.attributes?.some(
      (attribute) => attribute.type === 'mdxJsxExpressionAttribute' || (typeof attribute.value === 'object' && attribute.value !== null),
    );
    if (computed) problems.push({ line, message: messages.mdxCode('属性中的花括号表达式 {…}') });
  });
  return problems;
}

/** Every capitalised JSX element (a component, as opposed to an HTML tag). */
export function findComponentUses(tree: MdxNode): ComponentUse[] {
  const uses: ComponentUse[] = [];
  walk(tree, (node) => {
    if (!isJsx(node) || !node.name || !/^[A-Z]/.test(node.name)) return;
    const attributes: Record<string, string> = {};
    for (const attribute of node.attributes ?? []) {
      if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string')
        attributes[attribute.name] = attribute.value;
    }
    uses.push({ name: node.name, line: node.position?.start.line ?? 1, attributes });
  });
  return uses;
}

/**
 * Syntax errors in a body, and whatever `checkTree` finds in its syntax tree
 * (code, components). One syntax error does not hide the rest: when the body
 * does not parse, it is cut into top-level blocks (`topLevelBlocks`) and parsed
 * in ever smaller runs of them, at their own lines, so that every broken block
 * gets its own syntax error and every other block its checks.
 */
export function checkBodyMdx(body: string, checkTree: (tree: MdxNode) => LineProblem[]): LineProblem[] {
  const parsed = parseMdxBody(body);
  if (parsed.ok) return guardDepth(() => checkTree(parsed.tree));
  const lines = body.split('\n');
  const blocks = topLevelBlocks(lines);
  if (blocks.length < 2) return [parsed.problem];
  const problems: LineProblem[] = [];
  let syntaxErrors = 0;
  // Halve the failing runs of blocks until each broken block stands alone: a few
  // parses for one mistake in a long body, rather than one per block.
  const check = (from: number, to: number, known?: ParsedBody) => {
    const start = blocks[from]!.start;
    const run = known ?? parseLinesAt(lines.slice(start, blocks[to - 1]!.end).join('\n'), start);
    if (run.ok) problems.push(...guardDepth(() => checkTree(shiftLines(run.tree, start))));
    else if (to - from === 1) {
      problems.push(run.problem);
      syntaxErrors++;
    } else {
      const middle = (from + to) >> 1;
      check(from, middle);
      check(middle, to);
    }
  };
  check(0, blocks.length, parsed);
  // The blocks may all parse alone when the error lies between them: report it as the parser did.
  if (syntaxErrors === 0) problems.push(parsed.problem);
  return problems.sort((a, b) => a.line - b.line);
}

// A fence may open after quote and list markers ("- ```", "1. ```").
const FENCE = /^(?:[ \t>]|[-*+][ \t]+|\d{1,9}[.)][ \t]+)*(`{3,}|~{3,})/;
const isBlank = (line: string) => line.trim() === '';
/** A JSX opening tag (not self-closing), its attributes possibly over several lines. */
const OPEN_TAG = /<[A-Za-z][\w.:-]*(?:"[^"]*"|'[^']*'|\{[^{}]*\}|[^<>"'{}/]|\/(?!>))*>/g;
const CLOSE_TAG = /<\/[A-Za-z][\w.:-]*\s*>/g;

/** How many JSX elements and braces a piece of text leaves open (negative: closes more than it opens). */
function openings(text: string): { tags: number; braces: number } {
  const plain = text.replace(/\\./g, '').replace(/`[^`\n]*`/g, '');
  const count = (pattern: RegExp) => plain.match(pattern)?.length ?? 0;
  return { tags: count(OPEN_TAG) - count(CLOSE_TAG), braces: count(/\{/g) - count(/\}/g) };
}

/**
 * The body's top-level blocks as [start, end) line ranges: runs of lines
 * separated by blank lines, except that a fenced code block stays whole, and a
 * JSX element or {expression} that starts a block and closes only after blank
 * lines (`<Chart …>`, blank line, text, blank line, `</Chart>`) stays whole too.
 */
export function topLevelBlocks(lines: readonly string[]): { start: number; end: number }[] {
  const chunks: { start: number; end: number; tags: number; braces: number; opens: boolean }[] = [];
  for (let index = 0; index < lines.length;) {
    if (isBlank(lines[index]!)) {
      index++;
      continue;
    }
    const start = index;
    const text: string[] = [];
    while (index < lines.length && !isBlank(lines[index]!)) {
      const fence = FENCE.exec(lines[index]!)?.[1];
      index++;
      if (!fence) {
        text.push(lines[index - 1]!);
        continue;
      }
      // Up to the closing fence (same character, at least as long), blank lines and all.
      const closing = new RegExp(`^[ \\t>]*${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
      while (index < lines.length && !closing.test(lines[index]!)) index++;
      if (index < lines.length) index++;
    }
    chunks.push({
      start,
      end: index,
      ...openings(text.join('\n')),
      opens: /^\s*(?:[-*+]\s+|\d{1,9}[.)]\s+|>\s*)*[<{]/.test(lines[start]!),
    });
  }
  const blocks: { start: number; end: number }[] = [];
  for (let current = 0; current < chunks.length; current++) {
    const chunk = chunks[current]!;
    let last = current;
    if (chunk.opens && (chunk.tags > 0 || chunk.braces > 0)) {
      let { tags, braces } = chunk;
      for (let next = current + 1; next < chunks.length; next++) {
        tags += chunks[next]!.tags;
        braces += chunks[next]!.braces;
        if (tags <= 0 && braces <= 0) {
          last = next;
          break;
        }
      }
    }
    blocks.push({ start: chunk.start, end: chunks[last]!.end });
    current = last;
  }
  return blocks;
}

/** Runs a tree walk, turning a stack overflow on absurdly nested input into a problem. */
export function guardDepth<T>(walkTree: () => T[]): T[] | LineProblem[] {
  try {
    return walkTree();
  } catch (error) {
    if (error instanceof RangeError) return [{ line: 1, message: messages.mdxTooDeep() }];
    throw error;
  }
}
