// Site-wide constants: the name and tagline readers see in the header, page
// titles, feeds and JSON-LD, and how many articles a listing page holds.

export const SITE_NAME = '卫健';
export const SITE_TAGLINE = '地方卫生健康工作报道与统计';

/** Articles per listing page (regions, topics, years, types). */
export const PAGE_SIZE = 20;
