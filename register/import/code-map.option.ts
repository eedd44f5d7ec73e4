/** Command-line option that names a code-mapping file, for messages. */
export const CODE_MAP_OPTION = '--code-map FILE';
