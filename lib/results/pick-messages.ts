/**
 * The messages the results page sends to the browser: its own namespace and
 * the shared ones it renders, trimmed to the keys it reads (the incident
 * pages' long texts stay out of this page's HTML). Tolerant of namespaces that
 * are missing or shaped differently: it only copies what it finds.
 */
type Tree = Record<string, unknown>;

const isTree = (v: unknown): v is Tree => typeof v === 'object' && v !== null && !Array.isArray(v);

/** { id: { a, b, c } } -> { id: { a, b } } for the listed keys */
function keepKeys(ns: unknown, keys: readonly string[]): Tree {
  if (!isTree(ns)) return {};
  const out: Tree = {};
  for (const [id, entry] of Object.entries(ns)) {
    if (!isTree(entry)) continue;
    const kept: Tree = {};
    for (const k of keys) if (k in entry) kept[k] = entry[k];
    out[id] = kept;
  }
  return out;
}

export function resultsMessages(all: Tree): Tree {
  return {
    Results: all.Results ?? {},
    Reasons: all.Reasons ?? {},
    Actions: all.Actions ?? {},
    Relationships: all.Relationships ?? {},
    Fields: keepKeys(all.Fields, ['label', 'inSentence', 'risk']),
    Incidents: keepKeys(all.Incidents, ['headline']),
  };
}
