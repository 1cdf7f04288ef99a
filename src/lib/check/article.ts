import { basename, extname } from 'node:path';
import type { z } from 'astro/zod';
import { isValidSlug, suggestSlug } from '../schema/slug.ts';
import { ARTICLE_FIELDS } from '../schema/article.ts';
import { decodeUtf8 } from './encoding.ts';
import { parseYamlWithLines, splitFrontmatter } from './frontmatter.ts';
import { findComponentUses, findMdxCode, guardDepth, isPlainMarkdown, parseMdxBody } from './mdx-body.ts';
import { checkComponentUse } from './components.ts';
import type { Dataset } from '../stats/dataset.ts';
import { messages } from './messages.ts';
import { findMojibake, MOJIBAKE_LABELS } from './mojibake.ts';
import type { Problem } from './problem.ts';
import { suggestClosest } from './suggest.ts';
import { findUnsafeCode } from './unsafe-code.ts';
import { issuesToProblems } from './zod-issues.ts';

export interface CheckedArticle {
  path: string;
  slug: string;
  problems: Problem[];
  /** The validated frontmatter, when it passed the schema. */
  data?: { title: string; date: string; draft?: boolean };
  /** The line of `title:`, for problems found across files. */
  titleLine?: number;
}

/** Every problem in one article file, each with its line. `path` is relative to the repo root. */
export function checkArticleFile(
  path: string,
  bytes: Uint8Array,
  schema: z.ZodType,
  datasets: ReadonlyMap<string, Dataset | null> = new Map(),
): CheckedArticle {
  const fileName = basename(path);
  const slug = fileName.slice(0, -extname(fileName).length || undefined);
  const problems: Problem[] = [];
  const add = (line: number, message: string, field?: string) => problems.push({ path, line, field, message });
  const result = (): CheckedArticle => ({ path, slug, problems });

  if (extname(fileName) !== '.mdx') {
    add(1, messages.wrongExtension(fileName));
    return result();
  }
  if (!isValidSlug(slug)) add(1, messages.badFileName(fileName, suggestSlug(slug)));

  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    add(decoded.line, messages.notUtf8(decoded.guess));
    return result();
  }
  const text = decoded.text.replace(/\r\n?/g, '\n');

  for (const hit of findMojibake(text)) {
    add(hit.line, hit.kind === 'replacement' ? messages.replacementChar() : messages.mojibake(hit.sample, MOJIBAKE_LABELS[hit.kind]));
  }
  for (const problem of findUnsafeCode(text)) add(problem.line, problem.message);
  // Drafts from `npm run import` carry 【待填写：…】 placeholders until an editor fills them.
  text.split('\n').forEach((lineText, index) => {
    const placeholder = /【待填写[^】]*】/.exec(lineText);
    if (placeholder) add(index + 1, messages.placeholderLeft(placeholder[0]), /^(\w+):/.exec(lineText)?.[1]);
  });

  const split = splitFrontmatter(text);
  if (split.problem === 'none') {
    add(1, messages.noFrontmatter());
    return result();
  }
  if (split.problem === 'unclosed') {
    add(1, messages.unclosedFrontmatter());
    return result();
  }

  if (split.body.trim() === '') add(split.bodyStartLine, messages.emptyBody());
  else if (!isPlainMarkdown(split.body)) {
    const parsed = parseMdxBody(split.body);
    const bodyProblems = parsed.ok
      ? (guardDepth(() => [...findMdxCode(parsed.tree), ...findComponentUses(parsed.tree).flatMap((use) => checkComponentUse(use, datasets))]) as { line: number; message: string }[])
      : [parsed.problem];
    for (const problem of bodyProblems) add(problem.line, problem.message);
  }

  const yaml = parseYamlWithLines(split.yaml ?? '', split.yamlStartLine);
  if (yaml.errors.length) {
    for (const error of yaml.errors) add(error.line, messages.yamlSyntax(error.message));
    return result();
  }
  const data = yaml.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    add(split.yamlStartLine, messages.frontmatterNotMapping());
    return result();
  }

  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    // A field still holding a placeholder already has its message.
    const placeholderFields = new Set(problems.map((problem) => problem.field).filter(Boolean));
    problems.push(
      ...issuesToProblems(parsed.error.issues, path, yaml, (key) =>
        messages.unknownKeys({ code: 'unrecognized_keys', keys: [key] }, ARTICLE_FIELDS, (k) => suggestClosest(k, ARTICLE_FIELDS))!,
      ).filter((problem) => !placeholderFields.has(problem.field?.split(/[.[]/)[0])),
    );
    return result();
  }
  return { ...result(), data: parsed.data as CheckedArticle['data'], titleLine: yaml.lineOf(['title']) };
}
