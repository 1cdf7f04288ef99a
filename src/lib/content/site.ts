// How many articles a listing page holds. (The site's name, description and
// licence are content: content/site.json, read by src/site/config.ts.)

/** Articles per listing page (regions, topics, years, types). */
export const PAGE_SIZE = 20;
