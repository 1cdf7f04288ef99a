// The placeholders `npm run import` leaves in a draft for an editor to fill
// (【待填写：标题…】), which `npm run check` refuses until they are filled.

/** The marker every placeholder carries. */
const PLACEHOLDER = '待填写';

/** A placeholder asking for `what`. */
export const placeholder = (what: string) => `【${PLACEHOLDER}：${what}】`;

const PLACEHOLDER_IN_TEXT = new RegExp(`【${PLACEHOLDER}[^】]*】`);

/** The first placeholder in a line of text, as written, or undefined. */
export function findPlaceholder(line: string): string | undefined {
  return PLACEHOLDER_IN_TEXT.exec(line)?.[0];
}
