import type { GetStaticPaths } from 'astro';
import { figureFile, figureStaticPaths } from '../../site/figure-files.ts';

export const getStaticPaths = (() => figureStaticPaths('indicators')) satisfies GetStaticPaths;
export const GET = figureFile('png');
