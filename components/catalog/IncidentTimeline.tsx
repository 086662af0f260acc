import { useLocale, useTranslations } from 'next-intl';
import { exposedFields, incidentSortDate } from '@/lib/catalog/helpers';
import type { Incident } from '@/lib/catalog/types';
import type { FieldId } from '@/lib/catalog/vocabulary';
import { formatDateFact, useCatalogDates } from './dates';
import { loose } from './loose';

const KEY_FIELDS = 5;
// The index shows the most sensitive fields first: they are what a reader needs to see.
const SENSITIVITY: readonly FieldId[] = [
  'ssn',
  'account_pin',
  'drivers_license',
  'government_id',
  'financial_account',
  'payment_card',
  'date_of_birth',
  'password_hash',
  'call_records_cpni',
];
const rank = (f: FieldId) => (SENSITIVITY.includes(f) ? SENSITIVITY.indexOf(f) : SENSITIVITY.length);
const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;

/** All incidents, newest first, each with date, headline, who and a few key fields. */
export function IncidentTimeline({ incidents }: { incidents: readonly Incident[] }) {
  const locale = useLocale();
  const format = useCatalogDates();
  const t = useTranslations('IncidentsIndex');
  const ti = loose(useTranslations('Incidents'));
  const tc = loose(useTranslations('Catalog'));
  const tf = useTranslations('Fields');
  const newestFirst = [...incidents].reverse();
  return (
    <ol className="timeline" aria-label={t('listLabel')}>
      {newestFirst.map((incident) => {
        const fields = [...exposedFields(incident)].sort((a, b) => rank(a) - rank(b));
        const shown = fields.slice(0, KEY_FIELDS);
        const date = incidentSortDate(incident);
        return (
          <li key={incident.id} className="timeline__item">
            <p className="timeline__date">
              <time dateTime={date}>{t('madePublic', { date: formatDateFact(format, tc, incident.disclosed) })}</time>
            </p>
            <h2 className="timeline__title">
              <a href={`/${locale}/incidents/${incident.id}/`}>{ti(`${incident.id}.headline`)}</a>
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
