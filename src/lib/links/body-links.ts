// Every link in an article body, found with the parser the build renders with
// (Sätteri, as @astrojs/mdx runs it: MDX with GFM), so what counts as a link
// here is what becomes one on the page: bare URLs and e-mail addresses (GFM
// autolink literals, which run on to the next space, through Chinese text),
// [text](url), [text][ref] with its [ref]: url, images, and JSX <a href>.
// Code spans and fenced code are not links.
import { mdxToMdast } from 'satteri';
import { checkBareUrl, checkLinkText, checkUrl, type LinkPolicy } from './policy.ts';

export type BodyLinkKind =
  /** [text](url), or an <a href> */
  | 'link'
  /** A bare URL or e-mail address the renderer turned into a link: its text is the URL itself. */
  | 'literal'
  /** ![alt](url), <img src> and other URL attributes: fetched, not followed. */
  | 'image'
  /** [text][ref]: `url` comes from the definition, whose own line has a 'definition' entry. (![alt][ref] images are left to their definition.) */
  | 'reference'
  /** [ref]: url */
  | 'definition';

export interface BodyLink {
  /** 1-based line in the file (the body keeps file line numbers). */
  line: number;
  /** The link text (an image's alt text; empty for definitions and attributes other than href). */
  text: string;
  url: string;
  kind: BodyLinkKind;
}

/**
 * A necessary condition for a link: every kind needs one of these in the
 * source. Entities and backslash escapes are decoded before GFM looks for bare
 * URLs (`&#104;ttps://…` and `https\://…` become links), so `&` and `\` count.
 * Most bodies have none of them and are not parsed at all.
 */
const MAY_HAVE_LINK = /https?:|www\.|\]\(|\]:|\]\[|@|&|\\|\b(?:href|src|srcset|action|formaction|poster|cite|data|background)\s*=/i;

export function mayHaveLinks(body: string): boolean {
  return MAY_HAVE_LINK.test(body);
}

interface Node {
  type: string;
  value?: string;
  url?: string;
  alt?: string | null;
  identifier?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

/** Attributes whose value the browser follows or fetches. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'poster',
  'cite',
  'data',
  'background',
  'longdesc',
  'xlink:href',
]);

/** The text a reader sees: text, code and image alt text, in order. */
function textOf(node: Node): string {
  let text = '';
  const stack = [node];
  for (let current = stack.pop(); current; current = stack.pop()) {
    if (current.type === 'text' || current.type === 'inlineCode') text += current.value ?? '';
    else if (current.type === 'image') text += current.alt ?? '';
    if (current.children) for (let i = current.children.length - 1; i >= 0; i--) stack.push(current.children[i]!);
  }
  return text;
}

const isLiteral = (text: string, url: string) => url === text || url === `http://${text}` || url === `mailto:${text}`;

function linksInTree(tree: Node): BodyLink[] {
  const links: BodyLink[] = [];
  const definitions = new Map<string, string>();
  const references: { node: Node; line: number }[] = [];
  const stack: Node[] = [tree];
  for (let node = stack.pop(); node; node = stack.pop()) {
    const line = node.position?.start.line ?? 1;
    switch (node.type) {
      case 'code':
      case 'inlineCode':
        continue;
      case 'link': {
        const text = textOf(node);
        links.push({ line, text, url: node.url ?? '', kind: isLiteral(text, node.url ?? '') ? 'literal' : 'link' });
        break;
      }
      case 'image':
        links.push({ line, text: node.alt ?? '', url: node.url ?? '', kind: 'image' });
        break;
      case 'definition':
        // The first definition of a label wins, as in CommonMark.
        if (node.identifier !== undefined && !definitions.has(node.identifier)) definitions.set(node.identifier, node.url ?? '');
        links.push({ line, text: '', url: node.url ?? '', kind: 'definition' });
        break;
      case 'linkReference':
        references.push({ node, line });
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const attribute of node.attributes ?? []) {
          const name = attribute.name?.toLowerCase();
          // Computed values ({…}) are refused as code by the checker.
          if (attribute.type !== 'mdxJsxAttribute' || !name || !URL_ATTRIBUTES.has(name) || typeof attribute.value !== 'string') continue;
          const urls =
            name === 'srcset' ? attribute.value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [attribute.value];
          const isLink = name === 'href' && node.name?.toLowerCase() !== 'link';
          for (const url of urls.filter(Boolean))
            links.push({ line, text: isLink ? textOf(node) : '', url, kind: isLink ? 'link' : 'image' });
        }
        break;
      case 'html':
        // Sätteri's MDX has no raw HTML nodes; read attributes anyway should one appear.
        for (const match of (node.value ?? '').matchAll(/\b(href|src)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi)) {
          links.push({
            line,
            text: '',
            url: match[2] ?? match[3] ?? match[4] ?? '',
            kind: match[1]!.toLowerCase() === 'href' ? 'link' : 'image',
          });
        }
        break;
    }
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  for (const { node, line } of references) {
    const url = definitions.get(node.identifier ?? '');
    if (url !== undefined) links.push({ line, text: textOf(node), url, kind: 'reference' });
  }
  return links.sort((a, b) => a.line - b.line);
}

// When the body does not parse (the checker reports the syntax error), links
// are still looked for, generously: line by line, code or not.
const FALLBACK: { pattern: RegExp; link: (match: RegExpMatchArray) => Omit<BodyLink, 'line'> }[] = [
  {
    pattern: /(?:https?:\/\/|www\.)[^\s<>"'`)\]]+/gi,
    link: ([url]) => ({ text: url!, url: /^www\./i.test(url!) ? `http://${url}` : url!, kind: 'literal' }),
  },
  { pattern: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g, link: ([address]) => ({ text: address!, url: `mailto:${address}`, kind: 'literal' }) },
  { pattern: /\[([^\]]*)\]\(\s*<?([^)\s>]*)/g, link: (match) => ({ text: match[1]!, url: match[2]!, kind: 'link' }) },
  { pattern: /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)/g, link: (match) => ({ text: '', url: match[1]!, kind: 'definition' }) },
  {
    pattern: /\b(?:href|src)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi,
    link: (match) => ({ text: '', url: match[1] ?? match[2] ?? '', kind: 'image' }),
  },
];

function linksByPattern(body: string): BodyLink[] {
  const links: BodyLink[] = [];
  body.split('\n').forEach((lineText, index) => {
    for (const { pattern, link } of FALLBACK) {
      for (const match of lineText.matchAll(pattern)) links.push({ line: index + 1, ...link(match) });
    }
  });
  return links;
}

/** Consecutive lines that are not blank (a blank line, to Markdown, has only spaces and tabs). */
const PARAGRAPH = /[^\n]*[^ \t\n][^\n]*(?:\n[^\n]*[^ \t\n][^\n]*)*/g;
/** What can span a blank line and change how later lines parse: fences, JSX and expressions. */
const SPANS_BLOCKS = /```|~~~|[<{}]/;
/** A [ref]: definition may sit in a list item or a quote, so any "]:" counts. */
const DEFINITION = /\]:/;
const ELEMENT_WITH_HREF = /<[A-Za-z][^>]*\shref\s*=/;

/**
 * The body with every paragraph (run of non-blank lines) that holds no link
 * marker blanked, line count kept, so the parser reads a tenth of a typical
 * body. Inline content never crosses a blank line; what can (fenced code,
 * JSX, expressions) keeps its paragraphs, and MDX has no indented code or
 * HTML blocks. When the body has a [ref]: definition, every paragraph with a
 * "[" stays too, since a plain [ref] links through it. A body with an element
 * that has an href is kept whole: the element's text, which may run over
 * paragraphs, is link text.
 */
export function paragraphsWithLinks(body: string): string {
  if (ELEMENT_WITH_HREF.test(body)) return body;
  const spansOrLinks = DEFINITION.test(body) ? /```|~~~|[<{}[]/ : SPANS_BLOCKS;
  return body.replace(PARAGRAPH, (paragraph) =>
    MAY_HAVE_LINK.test(paragraph) || spansOrLinks.test(paragraph) ? paragraph : '\n'.repeat(paragraph.split('\n').length - 1),
  );
}

/**
 * Every link in an article body, in line order. `body` keeps the file's line
 * numbers (frontmatter blanked, as splitFrontmatter returns it). `whole`
 * parses the body as it is instead of only its paragraphs with link markers
 * (the same links, slower; for tests).
 */
export function findBodyLinks(body: string, { whole = false } = {}): BodyLink[] {
  if (!mayHaveLinks(body)) return [];
  let tree: Node;
  try {
    // Sätteri types each node kind apart; Node is the lean view of the fields read here.
    tree = mdxToMdast(whole ? body : paragraphsWithLinks(body), { features: { gfm: true } }) as Node;
  } catch {
    return linksByPattern(body);
  }
  return linksInTree(tree);
}

export interface LinkProblem {
  line: number;
  message: string;
}

/**
 * Both link rules over a body: every target must be internal or on the
 * allow-list (checkUrl), and link text that shows an address must name the
 * target's host (checkLinkText); a bare URL must not have swallowed the
 * Chinese text after it (checkBareUrl). A reference's target is checked on its
 * definition's line; an image's alt text is not link text. One message per
 * line and problem.
 */
export function findLinkProblems(body: string, policy: LinkPolicy): LinkProblem[] {
  const problems: LinkProblem[] = [];
  const seen = new Set<string>();
  const add = (line: number, message: string | undefined) => {
    const key = `${line}\u0000${message}`;
    if (message === undefined || seen.has(key)) return;
    seen.add(key);
    problems.push({ line, message });
  };
  for (const link of findBodyLinks(body)) {
    if (link.kind !== 'reference')
      add(link.line, checkUrl(link.url, policy) ?? (link.kind === 'literal' ? checkBareUrl(link.url) : undefined));
    if (link.kind === 'link' || link.kind === 'reference') add(link.line, checkLinkText(link.text, link.url));
  }
  return problems;
}
