/** The largest document `sammantrade parse` and `import` read: 20 MB. Minutes are a few hundred KB at most. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;
