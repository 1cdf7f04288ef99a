/** One thing an editor must fix, located in a file. */
export interface Problem {
  /** Path relative to the repository root, with forward slashes. */
  path: string;
  line: number;
  /** The field as written in the file (`region`, `topics[1]`), or undefined for file-level problems. */
  field?: string;
  message: string;
}

/** `content/articles/a.mdx:4: region：…` — the shape compilers and CI annotations use. */
export function formatProblem({ path, line, field, message }: Problem): string {
  return `${path}:${line}: ${field ? `${field}：` : ''}${message}`;
}

/** `['topics', 1]` → `topics[1]`, `['corrections', 0, 'date']` → `corrections[0].date` */
export function fieldName(path: readonly PropertyKey[]): string | undefined {
  let name = '';
  for (const key of path) name += typeof key === 'number' ? `[${key}]` : name ? `.${String(key)}` : String(key);
  return name || undefined;
}

export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.path.localeCompare(b.path) || a.line - b.line);
}
