import type { GetStaticPaths } from 'astro';
import { figureFile, figureStaticPaths } from '../../site/figure-files.ts';

export const getStaticPaths = (() => figureStaticPaths('datasets')) satisfies GetStaticPaths;
export const GET = figureFile('csv');
