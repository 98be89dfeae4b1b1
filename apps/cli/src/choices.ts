/** The fixed values of the CLI's own options (the dataset's collections and formats come from its registry). */

/** What `policy export --format` writes. */
export const EXPORT_FORMATS = ['json', 'ndjson', 'csv', 'yaml', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The shells `policy completion` writes a script for. */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];
