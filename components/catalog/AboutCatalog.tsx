import { useLocale } from 'next-intl';
import { CATALOG_REVIEWED_ON } from '@/lib/catalog';
import { AFTERMATH } from '@/lib/catalog/aftermath';
import { MINOR_INCIDENTS, OPEN_QUESTIONS } from '@/lib/catalog/minor';
import { getSource } from '@/lib/catalog/sources';
import type { Source } from '@/lib/catalog/types';
import { CONFIDENCE_LEVELS } from '@/lib/catalog/vocabulary';
import { formatDate } from '@/lib/dates';
import { useDataMessages } from '../useDataMessages';
import { SourceList } from './SourceList';
import { localePath } from '@/lib/i18n/paths';

/** Sources of a list of items, numbered in order of first citation, and the number of each. */
function numbered(keys: readonly string[]) {
  const sources = [...new Set(keys)].map((k) => getSource(k)).filter((s): s is Source => s !== undefined);
  return { sources, numberOf: (key: string) => sources.findIndex((s) => s.key === key) + 1 };
}

/** [1, 2] links to entries of a numbered list with the given id prefix. */
function Refs({ keys, numberOf, prefix }: { keys: readonly string[]; numberOf: (key: string) => number; prefix: string }) {
  return (
    <sup className="source-refs">
      {'['}
      {keys.map((k, i) => (
        <span key={k}>
          {i > 0 ? ', ' : ''}
          <a href={`#${prefix}-${numberOf(k)}`}>{numberOf(k)}</a>
        </span>
      ))}
      {']'}
    </sup>
  );
}

/** The about page's catalog sections: method, confidence, review date, what followed, minor incidents, open questions. */
export function AboutCatalog() {
  const locale = useLocale();
  const t = useDataMessages('About');
  const tc = useDataMessages('Catalog');
  const ti = useDataMessages('Incidents');
  const minor = numbered(MINOR_INCIDENTS.flatMap((m) => m.sources));
  const after = numbered(AFTERMATH.flatMap((a) => a.sources));
  return (
    <>
      <h2>{t('methodHeading')}</h2>
      <p>{t('method')}</p>
      <p>{t('methodCaution')}</p>
      <p>
        {t.rich('catalogLinks', {
          incidents: (chunks) => <a href={localePath(locale, '/incidents/')}>{chunks}</a>,
          glossary: (chunks) => <a href={localePath(locale, '/glossary/')}>{chunks}</a>,
        })}
      </p>
      <p>
        <strong>{t('reviewed', { date: formatDate(locale, CATALOG_REVIEWED_ON) })}</strong>
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

      <h2 id="aftermath">{t('aftermathHeading')}</h2>
      <p>{t('aftermathIntro')}</p>
      {AFTERMATH.map((a) => (
        <section key={a.id} aria-labelledby={`aftermath-${a.id}`}>
          <h3 id={`aftermath-${a.id}`}>{tc(`aftermath.${a.id}.title`)}</h3>
          <p>
            {tc(`aftermath.${a.id}.body`)} <Refs keys={a.sources} numberOf={after.numberOf} prefix="after-source" />
          </p>
          <p>{tc(`aftermath.${a.id}.details`)}</p>
          <p>{t('aftermathCovers')}</p>
          <ul>
            {[...a.incidents, ...a.unconfirmed].map((id) => (
              <li key={id}>
                <a href={localePath(locale, `/incidents/${id}/`)}>{ti(`${id}.headline`)}</a>
                {(a.unconfirmed as readonly string[]).includes(id) ? ` (${t('aftermathUnconfirmed')})` : ''}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <SourceList sources={after.sources} idPrefix="after-source" />

      <h2>{t('minorHeading')}</h2>
      <p>{t('minorIntro')}</p>
      <ul>
        {MINOR_INCIDENTS.map((m) => (
          <li key={m.id}>
            {t(`minor.${m.id}`)} <Refs keys={m.sources} numberOf={minor.numberOf} prefix="minor-source" />
          </li>
        ))}
      </ul>
      <SourceList sources={minor.sources} idPrefix="minor-source" />

      <h2>{t('openHeading')}</h2>
      <ol>
        {OPEN_QUESTIONS.map((q) => (
          <li key={q}>{t(`open.${q}`)}</li>
        ))}
      </ol>
    </>
  );
}
