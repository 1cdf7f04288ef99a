/** The element id of a figure (DatasetFigure.astro), which its region picker names. */
export const figureElementId = (id: string, { indicator = false, suffix = '' } = {}) =>
  `figure-${indicator ? 'indicator-' : ''}${id}${suffix}`;
