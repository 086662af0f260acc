import { useLocale, useTranslations } from 'next-intl';
import { exposedFields, incidentSortDate } from '@/lib/catalog/helpers';
import type { Incident } from '@/lib/catalog/types';
import { type DateFactWords, formatDateFact } from '@/lib/dates';
import { bySensitivity } from '@/lib/catalog/sensitivity';
import { useDataMessages } from '../useDataMessages';
import { localePath } from '@/lib/i18n/paths';

const KEY_FIELDS = 5;
const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

/** All incidents, newest first, each with date, headline, who and a few key fields. */
export function IncidentTimeline({ incidents }: { incidents: readonly Incident[] }) {
  const locale = useLocale();
  const t = useTranslations('IncidentsIndex');
  const ti = useDataMessages('Incidents');
  const tc = useDataMessages('Catalog');
  const tf = useTranslations('Fields');
  const words: DateFactWords = {
    unknown: tc('dates.unknown'),
    approximate: (date, precision) => tc('dates.approximate', { date, precision }),
  };
  const newestFirst = [...incidents].reverse();
  return (
    <ol className="timeline" aria-label={t('listLabel')}>
      {newestFirst.map((incident) => {
        const fields = [...exposedFields(incident)].sort(bySensitivity);
        const shown = fields.slice(0, KEY_FIELDS);
        const date = incidentSortDate(incident);
        return (
          <li key={incident.id} className="timeline__item">
            <p className="timeline__date">
              <time dateTime={date}>{t('madePublic', { date: formatDateFact(locale, incident.disclosed, words) })}</time>
            </p>
            <h2 className="timeline__title">
              <a href={localePath(locale, `/incidents/${incident.id}/`)}>{ti(`${incident.id}.headline`)}</a>
            </h2>
            <p>{t.rich('whoLine', { strong, text: ti(`${incident.id}.who`) })}</p>
            <p>
              {t.rich('keyFieldsLine', {
                strong,
                fields:
                  shown.map((f) => tf(`${f}.inSentence`)).join(', ') +
                  (fields.length > shown.length ? ` ${t('moreFields', { count: fields.length - shown.length })}` : ''),
              })}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
