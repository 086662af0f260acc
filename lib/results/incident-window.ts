import type { Incident, Membership } from '../catalog/types';
import { parsePartialDate, parseYearMonth, type MonthIndex } from './months';

export type MonthWindow = { from: MonthIndex; to: MonthIndex };

function membershipWindow(m: Membership): MonthWindow | null {
  switch (m.kind) {
    case 'active-during': {
      const from = parseYearMonth(m.from);
      const to = parseYearMonth(m.to);
      return from !== null && to !== null ? { from, to } : null;
    }
    case 'began-by': {
      const by = parseYearMonth(m.by);
      if (by === null) return null;
      const since = parseYearMonth(m.since);
      return { from: since ?? by, to: by };
    }
    case 'ended-by':
    case 'no-window': {
      const by = parseYearMonth(m.by);
      return by === null ? null : { from: by, to: by };
    }
  }
}

/**
 * The window drawn for an incident on the timeline: the months that define
 * who was in it (from the populations' membership rules), which is what a
 * person compares with their own dates. When no population has a window, the
 * incident's own dates (access began .. discovered/disclosed) stand in.
 */
export function incidentWindow(incident: Incident): MonthWindow | null {
  let from: MonthIndex | null = null;
  let to: MonthIndex | null = null;
  const widen = (w: MonthWindow | null) => {
    if (!w) return;
    from = from === null ? w.from : Math.min(from, w.from);
    to = to === null ? w.to : Math.max(to, w.to);
  };
  for (const population of incident.populations) for (const member of population.members) widen(membershipWindow(member.membership));
  if (from === null || to === null) {
    for (const fact of [incident.accessBegan, incident.discovered, incident.disclosed]) {
      if (fact.kind !== 'known') continue;
      const d = parsePartialDate(fact.date);
      if (d) widen({ from: d.first, to: d.last });
    }
  }
  return from === null || to === null ? null : { from, to };
}
