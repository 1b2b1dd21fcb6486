/** A `%…%` pattern for ILIKE that matches `s` literally (its %, _ and backslash escaped). */
export const likePattern = (s: string): string => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
