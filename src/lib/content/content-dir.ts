// Where content lives. Tests and benchmarks point the site at other folders
// with WEIJIAN_CONTENT_DIR; editors never need to.
export function contentDirFrom(env: Record<string, string | undefined>): string {
  return env.WEIJIAN_CONTENT_DIR || 'content';
}
