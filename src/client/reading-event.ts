/** Dispatched on window when a reading setting changes: charts redraw in the new size, colours and script. */
export const READING_EVENT = 'weijian:reading';
