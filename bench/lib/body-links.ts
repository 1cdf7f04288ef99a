// `node bench/lib/body-links.ts [--count 10000]`: how long the link rules
// take over a synthetic archive's bodies as they are (no links: the pre-test
// skips them), and over the same bodies with three links added to each (every
// body parsed: the worst case).
import { parseArgs } from 'node:util';
import { splitFrontmatter } from '../../src/lib/files/frontmatter.ts';
import { findBodyLinks, findLinkProblems } from '../../src/lib/links/body-links.ts';
import { createLinkPolicy } from '../../src/lib/links/policy.ts';
import { generateArchive } from './archive.ts';

const { values } = parseArgs({ options: { count: { type: 'string', default: '10000' } } });
const count = Number(values.count);
const policy = createLinkPolicy([{ domain: 'gov.cn' }]);
const bodies = generateArchive({ count, seed: 1 }).articles.map((article) => splitFrontmatter(article.mdx).body);
// The links go into the middle of the body, one paragraph of them, with a definition at the end.
const withLinks = bodies.map((body, index) => {
  const middle = body.indexOf('\n\n', body.length / 2);
  const links = `\n\n详见[国家卫健委](https://www.nhc.gov.cn/) 和 https://www.gov.cn/zhengce/${index} 以及 [参考][r]。`;
  return `${body.slice(0, middle)}${links}${body.slice(middle)}\n[r]: https://www.stats.gov.cn/\n`;
});
const characters = bodies.reduce((sum, body) => sum + Array.from(body.trim()).length, 0);

// CPU time as well as wall-clock time: on a shared machine the first is the steadier figure.
function time(label: string, run: () => number) {
  run(); // warm up
  const started = performance.now();
  const cpu = process.cpuUsage();
  const found = run();
  const { user, system } = process.cpuUsage(cpu);
  const seconds = (value: number) => value.toFixed(2);
  console.log(
    `${label}: ${seconds((performance.now() - started) / 1000)} s, CPU ${seconds((user + system) / 1e6)} s (${found} links or problems)`,
  );
}

console.log(`${count} bodies, ${Math.round(characters / count)} characters each on average`);
time('findBodyLinks, bodies as generated', () => bodies.reduce((sum, body) => sum + findBodyLinks(body).length, 0));
time('findLinkProblems, bodies as generated', () => bodies.reduce((sum, body) => sum + findLinkProblems(body, policy).length, 0));
time('findBodyLinks, three links in every body', () => withLinks.reduce((sum, body) => sum + findBodyLinks(body).length, 0));
time('findLinkProblems, three links in every body', () => withLinks.reduce((sum, body) => sum + findLinkProblems(body, policy).length, 0));
time('findBodyLinks, three links in every body, whole body parsed', () =>
  withLinks.reduce((sum, body) => sum + findBodyLinks(body, { whole: true }).length, 0),
);
