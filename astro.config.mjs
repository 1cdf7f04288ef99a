// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// `site` is the public address (canonical URLs, feeds, sitemap) and `base` the
// sub-path the site is served under. Change them here, or per build with
// WEIJIAN_SITE / WEIJIAN_BASE (tests build under a sub-path to prove links respect it).
const site = process.env.WEIJIAN_SITE || 'https://weijian.example.cn';
const base = process.env.WEIJIAN_BASE || '/';

// Base.astro leaves the Content Security Policy <meta> out of `astro dev`, whose
// inline styles and HMR socket it would block (Astro's own CSP is off in dev too).
// `import.meta.env.DEV` cannot tell: it follows NODE_ENV, which a build may inherit.
/** @type {import('astro').AstroIntegration} */
const devServerFlag = {
  name: 'weijian:dev-server-flag',
  hooks: {
    'astro:config:setup': ({ command }) => {
      if (command === 'dev') process.env.WEIJIAN_DEV_SERVER = '1';
    },
  },
};

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.WEIJIAN_OUT_DIR || './dist',
  // Four pages render at once, so one waiting for its chart PNG to be encoded
  // (on a worker thread) does not leave the main thread idle: at 3,000
  // articles page generation took 21.6 s instead of 33.7 s (bench/REPORT.md).
  // Stylesheets are always files, never inline <style>: the Content Security
  // Policy (src/lib/content/csp.ts) allows no inline style.
  build: { format: 'directory', concurrency: 4, inlineStylesheets: 'never' },
  integrations: [mdx(), sitemap(), devServerFlag],
  devToolbar: { enabled: false },
  vite: {
    // The 繁體 converter and the speech code are bundled like workers (see
    // ReadingControls.astro) and loaded as module scripts.
    worker: { format: 'es' },
    build: {
      // Nothing inlined: Astro would otherwise inline a small <script> that
      // imports nothing, and Vite small assets as data: URLs, neither of which
      // the Content Security Policy allows.
      assetsInlineLimit: 0,
      rolldownOptions: {
        // One "use astro:head-inject" warning per MDX file otherwise (see STACK-NOTES).
        checks: { moduleLevelDirective: false },
      },
    },
  },
});
