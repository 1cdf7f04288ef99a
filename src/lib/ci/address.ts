// Where a CI build is published: the site's public address (WEIJIAN_SITE, for
// canonical URLs, feeds and the sitemap) and the path it is served under
// (WEIJIAN_BASE). Taken from the host's Pages settings unless the project set
// its own (a repository or CI/CD variable of the same name); a preview of a
// pull or merge request goes under its own sub-path.
import { normalizePrefix } from '../shards/plan.ts';

export interface SiteAddress {
  site: string;
  base: string;
}

export interface AddressInputs {
  /** What the project set itself, if anything (WEIJIAN_SITE, WEIJIAN_BASE). */
  site?: string;
  base?: string;
  /** The host's Pages address: GitHub's configure-pages `base_url`, GitLab's CI_PAGES_URL. */
  pagesUrl?: string;
  /** A preview's own path, `pr-12` or `mr-7`: served from its downloaded folder at `/pr-12/`. */
  preview?: string;
}

/** The sample's address when nothing says otherwise (astro.config.mjs has the same default). */
const FALLBACK_SITE = 'https://weijian.example.cn';

export function siteAddress({ site, base, pagesUrl, preview }: AddressInputs): SiteAddress {
  const pages = pagesUrl ? new URL(pagesUrl.endsWith('/') ? pagesUrl : `${pagesUrl}/`) : undefined;
  const own = normalizePrefix(base || pages?.pathname || '/');
  return {
    site: (site || pages?.origin || FALLBACK_SITE).replace(/\/+$/, ''),
    // A preview is downloaded and served from the folder it unpacks to, so it sits at /pr-12/ whatever the site's own base.
    base: preview ? normalizePrefix(preview) : own,
  };
}

/** `WEIJIAN_SITE=…` and `WEIJIAN_BASE=…` lines, for $GITHUB_ENV or a shell's `export`. */
export function addressLines({ site, base }: SiteAddress): string {
  return `WEIJIAN_SITE=${site}\nWEIJIAN_BASE=${base}\n`;
}
