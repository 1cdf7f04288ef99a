import { basename, extname } from 'node:path';
import { isValidSlug, suggestSlug } from '../schema/slug.ts';
import { ARTICLE_FIELDS, type ArticleFrontmatter, type ArticleSchema } from '../schema/article.ts';
import { findPlaceholder } from '../schema/placeholder.ts';
import { decodeUtf8 } from '../files/encoding.ts';
import { fieldOf, parseYamlWithLines, splitFrontmatter } from '../files/frontmatter.ts';
import { checkBodyMdx, findComponentUses, findMdxCode, isPlainMarkdown } from './mdx-body.ts';
import { checkComponentUse, citedDatasets, type IndicatorRegions } from './components.ts';
import type { Dataset } from '../stats/dataset.ts';
import { messages } from '../messages/messages.ts';
import { findMojibake } from '../text/mojibake.ts';
import type { Problem } from './problem.ts';
import { suggestClosest } from '../messages/suggest.ts';
import { findUnsafeCode } from './unsafe-code.ts';
import { checkTextDamage, readReviewed } from './text-damage.ts';
import { checkUrl, createLinkPolicy, type LinkPolicy } from '../links/policy.ts';
import { findLinkProblems } from '../links/body-links.ts';
import { issuesToProblems } from './zod-issues.ts';

export interface CheckedArticle {
  path: string;
  slug: string;
  problems: Problem[];
  /** The validated frontmatter, when it passed the schema. */
  data?: ArticleFrontmatter;
  /** The body (frontmatter lines blanked), for rules across articles such as re-posts. */
  body?: string;
  /** The line of `title:`, for problems found across files. */
  titleLine?: number;
  /** The datasets its <Chart>s and <Stat>s cite, each once, when the frontmatter passed (the site and search index read them). */
  citedDatasets?: string[];
}

/** Every problem in one article file, each with its line. `path` is relative to the repo root. */
export function checkArticleFile(
  path: string,
  bytes: Uint8Array,
  schema: ArticleSchema,
  datasets: ReadonlyMap<string, Dataset | null> = new Map(),
  links: LinkPolicy = createLinkPolicy([]),
  indicators: IndicatorRegions = new Map(),
): CheckedArticle {
  const fileName = basename(path);
  const slug = fileName.slice(0, -extname(fileName).length || undefined);
  const problems: Problem[] = [];
  // One message per line and problem: a `javascript:` link is both code and a link to nowhere allowed.
  const add = (line: number, message: string, field?: string) => {
    if (!problems.some((problem) => problem.line === line && problem.message === message)) problems.push({ path, line, field, message });
  };
  const result = (): CheckedArticle => ({ path, slug, problems });
  const cited = new Set<string>();

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

  for (const hit of findMojibake(text.split('\n'))) {
    add(hit.lineIndex + 1, hit.kind === 'replacement' ? messages.replacementChar() : messages.mojibake(hit.match, hit.label, hit.repaired));
  }
  for (const problem of findUnsafeCode(text)) add(problem.line, problem.message);
  // A field still holding a placeholder has its message; the schema's message about the placeholder would repeat it.
  const placeholderFields = new Set<string>();
  // Drafts from `npm run import` carry placeholders (src/lib/schema/placeholder.ts) until an editor fills them.
  text.split('\n').forEach((lineText, index) => {
    const placeholder = findPlaceholder(lineText);
    const field = /^(\w+):/.exec(lineText)?.[1];
    if (placeholder) add(index + 1, messages.placeholderLeft(placeholder), field);
    if (placeholder && field) placeholderFields.add(field);
  });

  const split = splitFrontmatter(text);
  if (split.problem === 'none' || split.problem === 'unclosed') {
    add(1, split.problem === 'none' ? messages.noFrontmatter() : messages.unclosedFrontmatter());
    problems.push(...checkTextDamage(path, text, 0, []));
    return result();
  }

  if (split.body.trim() === '') add(split.bodyStartLine, messages.emptyBody());
  else if (!isPlainMarkdown(split.body)) {
    // A syntax error in one block does not hide the components and code of the others.
    const bodyProblems = checkBodyMdx(split.body, (tree) => [
      ...findMdxCode(tree),
      ...findComponentUses(tree).flatMap((use) => {
        for (const id of citedDatasets(use, indicators)) cited.add(id);
        return checkComponentUse(use, datasets, indicators);
      }),
    ]);
    for (const problem of bodyProblems) add(problem.line, problem.message);
  }

  for (const problem of findLinkProblems(split.body, links)) add(problem.line, problem.message);

  const yaml = parseYamlWithLines(split.yaml ?? '', split.yamlStartLine);
  // Text damage in fields and body; the exceptions apply when the frontmatter can be read.
  const reviewed = yaml.errors.length ? [] : readReviewed(yaml.data, yaml.lineOf);
  problems.push(...checkTextDamage(path, text, split.bodyStartLine - 2, reviewed));
  if (yaml.errors.length) {
    for (const error of yaml.errors) add(error.line, messages.yamlSyntax(error.message));
    return result();
  }
  const data = yaml.data ?? {};
  const originalUrl = fieldOf(data, 'originalUrl');
  // A value that is no web address at all is the schema's to report.
  const originalUrlProblem =
    typeof originalUrl === 'string' && /^https?:\/\//i.test(originalUrl) ? checkUrl(originalUrl, links) : undefined;
  if (originalUrlProblem) add(yaml.lineOf(['originalUrl']), originalUrlProblem, 'originalUrl');
  if (typeof data !== 'object' || Array.isArray(data)) {
    add(split.yamlStartLine, messages.frontmatterNotMapping());
    return result();
  }

  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    // A field still holding a placeholder already has its message.
    problems.push(
      ...issuesToProblems(parsed.error.issues, path, yaml, (key) =>
        messages.unknownKey(key, ARTICLE_FIELDS, suggestClosest(key, ARTICLE_FIELDS)),
      ).filter((problem) => !placeholderFields.has(problem.field?.split(/[.[]/)[0] ?? '')),
    );
    return result();
  }
  return { ...result(), data: parsed.data, titleLine: yaml.lineOf(['title']), body: split.body, citedDatasets: [...cited] };
}
