/** The subset of a message catalog a client component needs (never the whole catalog). */
export function pickMessages<M extends Record<string, unknown>, K extends keyof M>(
  messages: M,
  namespaces: readonly K[],
): Pick<M, K> {
  const out = {} as Pick<M, K>;
  for (const ns of namespaces) out[ns] = messages[ns];
  return out;
}
