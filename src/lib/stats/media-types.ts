// The media type of each download format, for HTTP and for JSON-LD's encodingFormat.
export const DOWNLOAD_MEDIA_TYPES = {
  CSV: 'text/csv',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  JSON: 'application/json',
  PNG: 'image/png',
} as const;
