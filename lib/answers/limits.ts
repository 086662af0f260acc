/**
 * At most this many relationships in one set of answers. In a module of its
 * own (no zod) so the questionnaire's first load can show the limit without
 * the schema that enforces it.
 */
export const MAX_RELATIONSHIPS = 20;
