// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';

// `site` is the public address (canonical URLs, feeds, sitemap) and `base` the
// sub-path the site is served under. Change them here, or per build with
// WEIJIAN_SITE / WEIJIAN_BASE (tests build under a sub-path to prove links respect it).
const site = process.env.WEIJIAN_SITE || 'https://weijian.example.cn';
const base = process.env.WEIJIAN_BASE || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.WEIJIAN_OUT_DIR || './dist',
  // Four pages render at once, so one waiting for its chart PNG to be encoded
  // (on a worker thread) does not leave the main thread idle: at 3,000
  // articles page generation took 21.6 s instead of 33.7 s (bench/REPORT.md).
  build: { format: 'directory', concurrency: 4 },
  integrations: [mdx(), sitemap()],
  devToolbar: { enabled: false },
  vite: {
    build: {
      rolldownOptions: {
        // One "use astro:head-inject" warning per MDX file otherwise (see STACK-NOTES).
        checks: { moduleLevelDirective: false },
      },
    },
  },
});
