/** Dispatched on window when a reading setting changes: charts redraw in the new size, colours and script. */
export const READING_EVENT = 'weijian:reading';

/** Dispatched on a figure when the reader changes which of its series are shown (the region picker): the chart redraws. */
export const SERIES_EVENT = 'weijian:series';
