// `node scripts/ci-address.ts [--pages-url URL] [--preview pr-12]`: the
// WEIJIAN_SITE and WEIJIAN_BASE a CI build publishes under (src/lib/ci/address.ts),
// as lines for $GITHUB_ENV or `export $(…)`. WEIJIAN_SITE / WEIJIAN_BASE already
// set (the project's own variables) win over the host's Pages address.
import { parseArgs } from 'node:util';
import { addressLines, siteAddress } from '../src/lib/ci/address.ts';

const { values } = parseArgs({
  options: { 'pages-url': { type: 'string' }, preview: { type: 'string' } },
});
process.stdout.write(
  addressLines(
    siteAddress({
      site: process.env.WEIJIAN_SITE,
      base: process.env.WEIJIAN_BASE,
      pagesUrl: values['pages-url'] || undefined,
      preview: values.preview || undefined,
    }),
  ),
);
