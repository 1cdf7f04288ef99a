// The floor: a bare Astro project that renders the benchmark's MDX articles
// into a minimal layout with no features (no listings, feeds, charts, search),
// so `npm run bench` can report weijian's build time as a multiple of it.
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  outDir: process.env.FLOOR_OUT_DIR || './dist',
  integrations: [mdx()],
  devToolbar: { enabled: false },
  vite: { build: { rolldownOptions: { checks: { moduleLevelDirective: false } } } },
});
