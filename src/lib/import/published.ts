// The articles already published, as the re-post comparison needs them: the
// importer warns when the page it imports is one of them again.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fieldOf, parseYamlWithLines, splitFrontmatter } from '../files/frontmatter.ts';
import type { RepostCandidate } from '../text/reposts.ts';

export function readPublished(articlesDir: string, root: string): RepostCandidate[] {
  if (!existsSync(articlesDir)) return [];
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) => {
      const split = splitFrontmatter(readFileSync(join(articlesDir, name), 'utf8').replace(/\r\n?/g, '\n'));
      if (split.problem) return [];
      const yaml = parseYamlWithLines(split.yaml ?? '', split.yamlStartLine);
      const region = fieldOf(yaml.data, 'region');
      const written = fieldOf(yaml.data, 'date');
      const date = written instanceof Date ? written.toISOString().slice(0, 10) : written;
      if (fieldOf(yaml.data, 'draft') === true || typeof region !== 'string' || typeof date !== 'string') return [];
      return [
        {
          path: relative(root, join(articlesDir, name)).split(sep).join('/'),
          region,
          date,
          body: split.body,
          line: yaml.lineOf(['title']),
        },
      ];
    });
}
