// The environment for a build or a CI job the tests start: without what Vitest
// sets for its own Vite (BASE_URL=/ would override the site's base, MODE and
// the rest would leak into Astro's), and without the names given.
const VITE_NAMES = ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'];

export function childEnvironment(drop: (name: string) => boolean = () => false, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([name]) => !VITE_NAMES.includes(name) && !name.startsWith('VITEST') && !drop(name)),
  );
}
