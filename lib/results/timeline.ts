import type { RelationshipAnswer } from '../answers/types';
import type { IncidentId, RelationshipType } from '../catalog/vocabulary';
import type { Status } from '../assessment/types';
import type { MonthWindow } from './incident-window';
import { monthIndex, parseYearMonth, yearOf, type MonthIndex } from './months';

/**
 * Geometry of the results timeline, in SVG user units, as plain data so it
 * can be tested without a browser. The component only draws what this says.
 * Months are half-open intervals [start, end): a relationship from 2019-03 to
 * 2019-05 covers three months.
 */

export const TIMELINE = {
  width: 640,
  left: 8,
  right: 8,
  top: 8,
  /** rows of numbered incident markers (up to `markerLines` lines of them) */
  markerRow: 72,
  /** marker circle radius; two markers closer than 2r + 2 are put on separate lines */
  markerRadius: 9,
  markerLines: 3,
  /** narrower than this, the chart keeps this width and the box scrolls sideways (with a visible hint) */
  minReadableWidth: 640,
  rowHeight: 50,
  /** each row: its label on a line of its own, then its bar, so no label sits on an incident band */
  labelHeight: 20,
  barOffset: 24,
  barHeight: 16,
  axisHeight: 30,
  /** a one-month window is still drawn wide enough to see and to hit */
  minBandWidth: 5,
  /** first year shown at most this many years before the first incident window */
  leadYears: 1,
} as const;

export type SegmentKind = 'solid' | 'uncertain';
export type Segment = { x: number; width: number; kind: SegmentKind };

export type TimelineIncident = { id: IncidentId; status: Status; window: MonthWindow };

export type TimelineBand = {
  id: IncidentId;
  /** 1-based, chronological: the label drawn in the chart and used in the text alternative */
  number: number;
  /** centre of the numbered marker; markers that would touch are moved to a second line */
  markerX: number;
  markerY: number;
  status: Status;
  x: number;
  width: number;
  window: MonthWindow;
};

export type TimelineRow = {
  /** index into answers.relationships */
  index: number;
  type: RelationshipType;
  y: number;
  /** an application (applicant without an end): drawn as a marker, not a bar */
  point: boolean;
  segments: Segment[];
  /** the relationship began before the first year shown */
  clippedStart: boolean;
  /** still going on ("present") */
  ongoing: boolean;
  /** incidents whose window meets this relationship, with where to highlight */
  overlaps: { id: IncidentId; x: number; width: number; kind: SegmentKind }[];
};

export type TimelineGeometry = {
  width: number;
  height: number;
  firstYear: number;
  lastYear: number;
  axisY: number;
  ticks: { year: number; x: number; label: boolean }[];
  bands: TimelineBand[];
  rows: TimelineRow[];
};

/** The months a relationship may cover: [start, end) with the uncertain edges spelled out. */
export type RelationshipSpan = {
  /** earliest month it may have begun (inclusive) */
  start: MonthIndex;
  /** first month it certainly covered (inclusive) */
  solidStart: MonthIndex;
  /** month after the last it certainly covered (exclusive) */
  solidEnd: MonthIndex;
  /** month after the last it may have covered (exclusive) */
  end: MonthIndex;
  point: boolean;
  ongoing: boolean;
};

function isYear(value: string | undefined): value is string {
  return /^\d{4}$/.test(value ?? '');
}

/**
 * Reads one answer into a span. `floor` is the earliest month considered
 * (used for "I don't remember" starts), `asOf` the current month.
 */
export function relationshipSpan(rel: RelationshipAnswer, floor: MonthIndex, asOf: MonthIndex): RelationshipSpan {
  const now = asOf + 1;
  let start: MonthIndex;
  let solidStart: MonthIndex;
  const fromMonth = parseYearMonth(rel.from);
  if (fromMonth !== null) {
    start = solidStart = fromMonth;
  } else if (isYear(rel.from)) {
    start = monthIndex(Number(rel.from), 1);
    solidStart = start + 12;
  } else {
    // unknown: it may have begun any time we show
    start = floor;
    solidStart = now;
  }

  const to = rel.to;
  if (to === undefined && rel.type === 'applicant') {
    // An application is a moment, not a period.
    if (fromMonth !== null) return { start, solidStart: start, solidEnd: start + 1, end: start + 1, point: true, ongoing: false };
    const end = isYear(rel.from) ? start + 12 : now;
    // Month not known: the whole possible period is uncertain, nothing solid.
    return clampSpan({ start, solidStart: end, solidEnd: end, end, point: true, ongoing: false });
  }
  let end: MonthIndex;
  let solidEnd: MonthIndex;
  let ongoing = false;
  const toMonth = parseYearMonth(to);
  if (to === 'present') {
    end = solidEnd = now;
    ongoing = true;
  } else if (toMonth !== null) {
    end = solidEnd = toMonth + 1;
  } else if (isYear(to)) {
    solidEnd = monthIndex(Number(to), 1);
    end = solidEnd + 12;
  } else {
    // unknown end (or a missing one): it may still be going on
    solidEnd = solidStart;
    end = now;
  }
  return clampSpan({ start, solidStart, solidEnd, end, point: false, ongoing });
}

function clampSpan(s: RelationshipSpan): RelationshipSpan {
  const end = Math.max(s.end, s.start + 1);
  const solidStart = Math.min(Math.max(s.solidStart, s.start), end);
  const solidEnd = Math.min(Math.max(s.solidEnd, solidStart), end);
  return { ...s, end, solidStart, solidEnd };
}

function overlap(a0: number, a1: number, b0: number, b1: number): [number, number] | null {
  const lo = Math.max(a0, b0);
  const hi = Math.min(a1, b1);
  return lo < hi ? [lo, hi] : null;
}

/**
 * Lays out the whole chart. Incidents are numbered by the start of their
 * window (ties by id) so numbers read left to right.
 */
export function layoutTimeline(input: {
  relationships: readonly RelationshipAnswer[];
  incidents: readonly TimelineIncident[];
  asOf: MonthIndex;
  /** drawing width in CSS pixels (the component measures its box so text keeps its real size) */
  width?: number;
}): TimelineGeometry {
  const T = TIMELINE;
  const width = Math.max(Math.round(input.width ?? T.width), 200);
  const sorted = [...input.incidents].sort((a, b) => a.window.from - b.window.from || a.id.localeCompare(b.id));
  const firstIncidentYear = sorted.length ? yearOf(sorted[0]!.window.from) : yearOf(input.asOf);
  const floorYear = firstIncidentYear - T.leadYears;

  const floor = monthIndex(floorYear, 1);
  const spans = input.relationships.map((rel) => relationshipSpan(rel, floor, input.asOf));
  // Start at the earliest thing shown, but never long before the first incident:
  // a relationship from 1998 would squash every incident into a sliver.
  const earliest = Math.min(...spans.map((s) => s.start), floor);
  const firstYear = Math.max(yearOf(earliest), floorYear);
  const lastYear = Math.max(yearOf(input.asOf), ...sorted.map((i) => yearOf(i.window.to)));
  const d0 = monthIndex(firstYear, 1);
  const d1 = monthIndex(lastYear + 1, 1);
  const plot = width - T.left - T.right;
  const x = (m: MonthIndex) => T.left + ((Math.min(Math.max(m, d0), d1) - d0) / (d1 - d0)) * plot;
  const w = (a: MonthIndex, b: MonthIndex) => x(b) - x(a);

  const rowsTop = T.top + T.markerRow;
  const rows: TimelineRow[] = spans.map((span, index) => {
    const rel = input.relationships[index]!;
    const y = rowsTop + index * T.rowHeight;
    const segments: Segment[] = [];
    const push = (a: MonthIndex, b: MonthIndex, kind: SegmentKind) => {
      const lo = Math.max(a, d0);
      const hi = Math.min(b, d1);
      if (hi > lo) segments.push({ x: x(lo), width: w(lo, hi), kind });
    };
    push(span.start, span.solidStart, 'uncertain');
    push(span.solidStart, span.solidEnd, 'solid');
    push(span.solidEnd, span.end, 'uncertain');
    const overlaps: TimelineRow['overlaps'] = [];
    for (const inc of sorted) {
      const o = overlap(span.start, span.end, inc.window.from, inc.window.to + 1);
      if (!o) continue;
      const certain = overlap(span.solidStart, span.solidEnd, inc.window.from, inc.window.to + 1) !== null;
      const bx = x(o[0]);
      overlaps.push({ id: inc.id, x: bx, width: Math.max(w(o[0], o[1]), T.minBandWidth), kind: certain ? 'solid' : 'uncertain' });
    }
    return { index, type: rel.type, y, point: span.point, segments, clippedStart: span.start < d0, ongoing: span.ongoing, overlaps };
  });

  const lastMarkerX: number[] = Array.from({ length: T.markerLines }, () => -Infinity);
  const bands: TimelineBand[] = sorted.map((inc, i) => {
    const bandWidth = Math.max(w(inc.window.from, inc.window.to + 1), T.minBandWidth);
    const bx = Math.min(x(inc.window.from), width - T.right - bandWidth);
    const r = T.markerRadius;
    const markerX = Math.min(Math.max(bx + bandWidth / 2, r + 1), width - r - 1);
    // The first line with room after the previous marker on it; if none has room, the line whose last marker is furthest.
    const free = lastMarkerX.findIndex((last) => markerX - last >= 2 * r + 2);
    const level = free >= 0 ? free : lastMarkerX.indexOf(Math.min(...lastMarkerX));
    lastMarkerX[level] = markerX;
    return {
      id: inc.id,
      number: i + 1,
      status: inc.status,
      x: bx,
      width: bandWidth,
      window: inc.window,
      markerX,
      markerY: T.top + r + level * (2 * r + 3),
    };
  });

  // Label every year when there is room (a label needs about 40 px), else every 2nd, 5th...
  const yearWidth = plot / (lastYear - firstYear + 1);
  const every = [1, 2, 5, 10].find((n) => n * yearWidth >= 40) ?? 10;
  const ticks = [];
  for (let year = firstYear; year <= lastYear; year++) {
    ticks.push({ year, x: x(monthIndex(year, 1)), label: (year - firstYear) % every === 0 });
  }
  const axisY = rowsTop + Math.max(rows.length, 1) * T.rowHeight;
  return { width, height: axisY + T.axisHeight, firstYear, lastYear, axisY, ticks, bands, rows };
}
