import { createProcessor } from '@mdx-js/mdx';
import { messages } from './messages.ts';
import type { LineProblem } from './unsafe-code.ts';

const processor = createProcessor();

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
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

/**
 * Parse the body as MDX (the same parser the build uses). `body` keeps the
 * file's line numbers (frontmatter blanked), so errors point into the .mdx file.
 */
export function checkMdxBody(body: string): LineProblem[] {
  let tree: MdxNode;
  try {
    tree = processor.parse(body) as MdxNode;
  } catch (error) {
    const { line, reason, message } = error as { line?: number; reason?: string; message?: string };
    return [{ line: line ?? 1, message: messages.mdxSyntax(reason ?? message ?? String(error)) }];
  }
  const problems: LineProblem[] = [];
  walk(tree, (node) => {
    const what = CODE_NODES[node.type];
    if (what) problems.push({ line: node.position?.start.line ?? 1, message: messages.mdxCode(what) });
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name == null) {
      problems.push({ line: node.position?.start.line ?? 1, message: messages.mdxCode('片段标签 <>…</>') });
    }
    const computed = node.attributes?.some(
      (attribute) =>
        attribute.type === 'mdxJsxExpressionAttribute' ||
        (typeof attribute.value === 'object' && attribute.value !== null),
    );
    if (computed) problems.push({ line: node.position?.start.line ?? 1, message: messages.mdxCode('属性中的花括号表达式 {…}') });
  });
  return problems;
}
