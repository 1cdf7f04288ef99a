import { createProcessor } from '@mdx-js/mdx';
import { messages } from './messages.ts';
import type { LineProblem } from './unsafe-code.ts';

const processor = createProcessor();

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
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
  return (
    !/[<{}]/.test(body) &&
    !/^[ \t]*(?:import|export)\b/m.test(body) &&
    (body.match(NESTING_MARKS)?.length ?? 0) < SAFE_NESTING
  );
}

export type ParsedBody = { ok: true; tree: MdxNode } | { ok: false; problem: LineProblem };

/**
 * Parse the body as MDX (the same parser the build uses). `body` keeps the
 * file's line numbers (frontmatter blanked), so errors point into the .mdx file.
 */
export function parseMdxBody(body: string): ParsedBody {
  try {
    return { ok: true, tree: processor.parse(body) as MdxNode };
  } catch (error) {
    const { line, reason, message } = error as { line?: number; reason?: string; message?: string };
    return { ok: false, problem: { line: line ?? 1, message: messages.mdxSyntax(reason ?? message ?? String(error)) } };
  }
}

/** Code in the body: ESM, expressions, fragments, computed attributes. */
export function findMdxCode(tree: MdxNode): LineProblem[] {
  const problems: LineProblem[] = [];
  walk(tree, (node) => {
    const line = node.position?.start.line ?? 1;
    const what = CODE_NODES[node.type];
    if (what) problems.push({ line, message: messages.mdxCode(what) });
    if (isJsx(node) && node.name == null) problems.push({ line, message: messages.mdxCode('片段标签 <>…</>') });
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
      if (attribute.type === 'mdxJsxAttribute' && attribute.name && typeof attribute.value === 'string') attributes[attribute.name] = attribute.value;
    }
    uses.push({ name: node.name, line: node.position?.start.line ?? 1, attributes });
  });
  return uses;
}

/** Components used in an article body (for "articles that cite this dataset"). */
export function componentUsesIn(body: string): ComponentUse[] {
  const parsed = parseMdxBody(body);
  return parsed.ok ? findComponentUses(parsed.tree) : [];
}

/** Syntax errors and code in an article body. */
export function checkMdxBody(body: string): LineProblem[] {
  const parsed = parseMdxBody(body);
  return parsed.ok ? (guardDepth(() => findMdxCode(parsed.tree)) as LineProblem[]) : [parsed.problem];
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
