'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { RelationshipAnswer } from '@/lib/answers/types';
import { incidentWindow } from '@/lib/results/incident-window';
import { monthOfIsoDate, toYearMonth } from '@/lib/results/months';
import { layoutTimeline, TIMELINE, type TimelineIncident } from '@/lib/results/timeline';
import { useResults } from './context';
import { useIncidentName } from './IncidentCards';
import { useDataMessages, useDateText } from './messages';
import { StatusBadge } from './StatusBadge';

/** Width of the drawing in CSS pixels, measured so the text in the SVG keeps its real size on a phone. */
function useBoxWidth() {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState<number>(TIMELINE.width);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      if (el.clientWidth > 0) setWidth(el.clientWidth);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}

export function useRelationshipText() {
  const t = useTranslations('Results.timeline');
  const m = useDataMessages();
  const date = useDateText();
  const when = (d: string | undefined) =>
    d === 'present' ? t('present') : d === 'unknown' || d === undefined ? t('unknown') : date(d);
  return (rel: RelationshipAnswer) => {
    const label = m.text(`Relationships.${rel.type}.label`, undefined, rel.type);
    const period =
      rel.type === 'applicant' && rel.to === undefined
        ? t('applied', { from: when(rel.from) })
        : t('period', { from: when(rel.from), to: when(rel.to) });
    return { label, period };
  };
}

export function Timeline() {
  const t = useTranslations('Results.timeline');
  const m = useDataMessages();
  const name = useIncidentName();
  const date = useDateText();
  const relText = useRelationshipText();
  const { answers, assessment, incident } = useResults();
  const { ref, width: boxWidth } = useBoxWidth();
  // On a phone the chart keeps a readable width and its box scrolls sideways (the hint says so).
  const width = Math.max(boxWidth, TIMELINE.minReadableWidth);
  const scrolls = boxWidth < TIMELINE.minReadableWidth;
  const uid = useId().replace(/:/g, '');

  const incidents: TimelineIncident[] = useMemo(
    () =>
      assessment.incidents.flatMap((r) => {
        const facts = incident(r.id);
        const window = facts ? incidentWindow(facts) : null;
        return window ? [{ id: r.id, status: r.status, window }] : [];
      }),
    [assessment, incident],
  );
  const asOf = monthOfIsoDate(assessment.asOf) ?? monthOfIsoDate(new Date().toISOString())!;
  const g = useMemo(
    () => layoutTimeline({ relationships: answers.relationships, incidents, asOf, width }),
    [answers, incidents, asOf, width],
  );
  const statusOf = new Map(assessment.incidents.map((r) => [r.id, r.status]));
  const hatch = `tl-hatch-${uid}`;
  // Bands start under the marker lines.
  const bandsTop = TIMELINE.top + TIMELINE.markerRow - 6;
  const barOffset = TIMELINE.barOffset;
  const bh = TIMELINE.barHeight;

  const rowsTop = g.rows[0]?.y ?? g.axisY;
  const bandSlices = [
    { y0: bandsTop, y1: rowsTop },
    ...g.rows.map((row, i) => ({ y0: row.y + TIMELINE.labelHeight, y1: g.rows[i + 1]?.y ?? g.axisY })),
  ].filter(({ y0, y1 }) => y1 > y0);

  // A year label pushed left by the right edge must not run into the previous one.
  const crowdsPrevious = (i: number) => {
    const tick = g.ticks[i]!;
    if (tick.x + 38 <= g.width) return false;
    const previous = g.ticks.slice(0, i).reverse().find((p) => p.label);
    return previous !== undefined && g.width - TIMELINE.right - previous.x < 76;
  };

  const windowText = (w: { from: number; to: number }) =>
    w.from === w.to
      ? date(toYearMonth(w.from))
      : t('period', { from: date(toYearMonth(w.from)), to: date(toYearMonth(w.to)) });

  return (
    <section aria-labelledby="timeline-heading" className="results-timeline">
      <h2 id="timeline-heading">{t('heading')}</h2>
      <p>{t('intro')}</p>
      <ul className="timeline-legend" aria-hidden="true">
        <li>
          <span className="swatch swatch--solid" /> {t('legendSolid')}
        </li>
        <li>
          <span className="swatch swatch--uncertain" /> {t('legendUncertain')}
        </li>
        <li>
          <span className="swatch swatch--overlap" /> {t('legendOverlap')}
        </li>
        <li>
          <span className="swatch swatch--band" /> {t('legendBand')}
        </li>
      </ul>
      {scrolls && (
        <p className="timeline-hint">
          {t('scrollHint')}
        </p>
      )}
      <div
        className="timeline-box"
        ref={ref}
        role="region"
        aria-label={t('scrollLabel')}
        tabIndex={scrolls ? 0 : undefined}
      >
        <svg
          role="img"
          aria-label={t('figureLabel', { first: g.firstYear, last: g.lastYear })}
          width={g.width}
          height={g.height}
          viewBox={`0 0 ${g.width} ${g.height}`}
          className="timeline-svg"
        >
          <defs>
            <pattern id={hatch} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" className="tl-hatch-bg" />
              <line x1="0" y1="0" x2="0" y2="6" className="tl-hatch-line" />
            </pattern>
          </defs>
          {g.ticks.map((tick, i) => (
            <g key={tick.year}>
              <line x1={tick.x} x2={tick.x} y1={TIMELINE.top} y2={g.axisY} className="tl-grid" />
              {tick.label && !crowdsPrevious(i) && (
                <text
                  x={tick.x + 38 > g.width ? g.width - TIMELINE.right : tick.x + 2}
                  y={g.axisY + 18}
                  textAnchor={tick.x + 38 > g.width ? 'end' : 'start'}
                  className="tl-year"
                >
                  {tick.year}
                </text>
              )}
            </g>
          ))}
          {g.bands.map((band) => (
            <g key={band.id} className={`tl-band tl-band--${band.status}`}>
              <line
                x1={band.markerX}
                x2={band.x + band.width / 2}
                y1={band.markerY}
                y2={bandsTop}
                className="tl-band-stem"
              />
              {/* Cut where the row labels are, so a label never sits on a band. */}
              {bandSlices.map(({ y0, y1 }) => (
                <rect key={y0} x={band.x} y={y0} width={band.width} height={y1 - y0} />
              ))}
              <circle cx={band.markerX} cy={band.markerY} r={TIMELINE.markerRadius} />
              <text x={band.markerX} y={band.markerY + 4} textAnchor="middle" className="tl-band-number">
                {band.number}
              </text>
            </g>
          ))}
          {g.rows.map((row) => {
            const { label } = relText(answers.relationships[row.index]!);
            const barY = row.y + barOffset;
            return (
              <g key={row.index}>
                <text x={TIMELINE.left} y={row.y + 15} className="tl-label">
                  {row.clippedStart ? `← ${label}` : label}
                </text>
                {row.segments.map((s, i) => (
                  <rect
                    key={i}
                    x={s.x}
                    y={barY}
                    width={Math.max(s.width, row.point ? 4 : 1)}
                    height={bh}
                    className={`tl-bar tl-bar--${s.kind}`}
                    fill={s.kind === 'uncertain' ? `url(#${hatch})` : undefined}
                  />
                ))}
                {row.overlaps.map((o) => (
                  <rect
                    key={o.id}
                    x={o.x}
                    y={barY - 3}
                    width={o.width}
                    height={bh + 6}
                    className={`tl-overlap tl-overlap--${o.kind}`}
                  />
                ))}
              </g>
            );
          })}
          <line x1={TIMELINE.left} x2={g.width - TIMELINE.right} y1={g.axisY} y2={g.axisY} className="tl-axis" />
        </svg>
      </div>
      <details className="timeline-table">
        <summary>{t('tableSummary')}</summary>
        <table>
          <caption>{t('relationshipsCaption')}</caption>
          <tbody>
            {answers.relationships.map((rel, i) => {
              const { label, period } = relText(rel);
              return (
                <tr key={i}>
                  <th scope="row">{label}</th>
                  <td>{period}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <div className="table-scroll" role="region" aria-label={t('tableCaption')} tabIndex={0}>
          <table>
            <caption>{t('tableCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('colNumber')}</th>
                <th scope="col">{t('colIncident')}</th>
                <th scope="col">{t('colPeriod')}</th>
                <th scope="col">{t('colYou')}</th>
                <th scope="col">{t('colResult')}</th>
              </tr>
            </thead>
            <tbody>
              {g.bands.map((band) => {
                const connected = g.rows.flatMap((row) => {
                  const o = row.overlaps.find((x) => x.id === band.id);
                  if (!o) return [];
                  const label = m.text(`Relationships.${row.type}.label`, undefined, row.type);
                  return [o.kind === 'uncertain' ? t('uncertain', { label }) : label];
                });
                return (
                  <tr key={band.id}>
                    <td>{band.number}</td>
                    <th scope="row">{name(band.id)}</th>
                    <td>{windowText(band.window)}</td>
                    <td>{connected.length ? connected.join(', ') : t('noConnection')}</td>
                    <td>
                      <StatusBadge status={statusOf.get(band.id) ?? band.status} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
