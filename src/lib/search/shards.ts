// Other builds of the archive whose search indexes the search page merges
// with its own (Pagefind multi-index), so one search covers every shard.
// Set per build: WEIJIAN_SEARCH_SHARDS="/shanxi/,https://cdn.example.cn/hunan/".

/** Each shard's base (where its site is served); its index is at `<base>pagefind/`. */
export function parseSearchShards(value: string | undefined): string[] {
  if (!value?.trim()) return [];
  return value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      if (!/^(\/|https:\/\/)/.test(entry)) throw new Error(`WEIJIAN_SEARCH_SHARDS: "${entry}" 应以 / 或 https:// 开头，例如 /shanxi/`);
      return entry.endsWith('/') ? entry : `${entry}/`;
    });
}
