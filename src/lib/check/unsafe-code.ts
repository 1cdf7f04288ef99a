// The portals we replace were hacked through their content: injected scripts,
// iframes and event handlers. Articles are text; anything that runs is refused.
import { messages } from '../messages/messages.ts';

export interface LineProblem {
  line: number;
  message: string;
}

const RULES: { pattern: RegExp; message: (match: RegExpExecArray) => string }[] = [
  // "\<script>" is escaped text, as the messages advise; only an unescaped "<" opens a tag.
  {
    pattern: /(?<!\\)<\s*\/?\s*(script|iframe|style|object|embed|frame|frameset|applet|base|meta|link|form)\b/i,
    message: (m) => messages.unsafeTag(m[1]!.toLowerCase()),
  },
  { pattern: /(?<!\\)<[^>]*?\s(on[a-z]+)\s*=/i, message: (m) => messages.unsafeHandler(m[1]!) },
  { pattern: /\bjavascript\s*:|\bvbscript\s*:|\bdata\s*:\s*text\/html/i, message: () => messages.unsafeUrl() },
];

/** Scan every line of the file (frontmatter included) for code. */
export function findUnsafeCode(text: string): LineProblem[] {
  const problems: LineProblem[] = [];
  text.split('\n').forEach((lineText, index) => {
    for (const { pattern, message } of RULES) {
      const match = pattern.exec(lineText);
      if (match) problems.push({ line: index + 1, message: message(match) });
    }
  });
  return problems;
}
