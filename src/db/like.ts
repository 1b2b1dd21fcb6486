/** A `%…%` pattern for ILIKE that matches `s` literally (its %, _ and backslash escaped). */
export const likePattern = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A LIKE pattern matching every text that starts with `prefix` literally (its %, _ and backslash escaped). */
export const prefixPattern = (prefix: string): string => `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
