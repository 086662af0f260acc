import { useLocale, useTranslations } from 'next-intl';
import { CATALOG_REVIEWED_ON } from '@/lib/catalog';
import { MINOR_INCIDENTS, OPEN_QUESTIONS } from '@/lib/catalog/minor';
import { getSource } from '@/lib/catalog/sources';
import type { Source } from '@/lib/catalog/types';
import { CONFIDENCE_LEVELS } from '@/lib/catalog/vocabulary';
import { formatIsoDate, useCatalogDates } from './dates';
import { loose } from './loose';
import { SourceList } from './SourceList';

/** The about page's catalog sections: method, confidence, review date, minor incidents, open questions. */
export function AboutCatalog() {
  const locale = useLocale();
  const format = useCatalogDates();
  const t = loose(useTranslations('About'));
  const tc = loose(useTranslations('Catalog'));
  const minorSources = [...new Set(MINOR_INCIDENTS.flatMap((m) => m.sources as readonly string[]))]
    .map((k) => getSource(k))
    .filter((s): s is Source => s !== undefined);
  const numberOf = (key: string) => minorSources.findIndex((s) => s.key === key) + 1;
  return (
    <>
      <h2>{t('methodHeading')}</h2>
      <p>{t('method')}</p>
      <p>{t('methodCaution')}</p>
      <p>
        {t.rich('catalogLinks', {
          incidents: (chunks) => <a href={`/${locale}/incidents/`}>{chunks}</a>,
          glossary: (chunks) => <a href={`/${locale}/glossary/`}>{chunks}</a>,
        })}
      </p>
      <p>
        <strong>{t('reviewed', { date: formatIsoDate(format, CATALOG_REVIEWED_ON) })}</strong>
      </p>

      <h2>{t('confidenceHeading')}</h2>
      <p>{t('confidenceIntro')}</p>
      <dl className="confidence-levels">
        {CONFIDENCE_LEVELS.map((level) => (
          <div key={level}>
            <dt>{tc('confidenceLabel', { level: tc(`confidence.${level}.label`) })}</dt>
            <dd>{tc(`confidence.${level}.description`)}</dd>
          </div>
        ))}
      </dl>
      <p>{t('urls')}</p>

      <h2>{t('minorHeading')}</h2>
      <p>{t('minorIntro')}</p>
      <ul>
        {MINOR_INCIDENTS.map((m) => (
          <li key={m.id}>
            {t(`minor.${m.id}`)}{' '}
            <sup className="source-refs">
              {'['}
              {m.sources.map((k, i) => (
                <span key={k}>
                  {i > 0 ? ', ' : ''}
                  <a href={`#minor-source-${numberOf(k)}`}>{numberOf(k)}</a>
                </span>
              ))}
              {']'}
            </sup>
          </li>
        ))}
      </ul>
      <SourceList sources={minorSources} idPrefix="minor-source" />

      <h2>{t('openHeading')}</h2>
      <ol>
        {OPEN_QUESTIONS.map((q) => (
          <li key={q}>{t(`open.${q}`)}</li>
        ))}
      </ol>
    </>
  );
}
