import { useFormatter, useLocale, useTranslations } from 'next-intl';
import type { Source } from '@/lib/catalog/types';
import { formatIsoDate } from './dates';
import { loose } from './loose';

/**
 * The numbered sources of a page. URLs are shown as references; copies and
 * captures are labelled as such so they never read as the official page.
 */
export function SourceList({ sources, idPrefix = 'source' }: { sources: readonly Source[]; idPrefix?: string }) {
  const t = loose(useTranslations('Catalog'));
  const format = useFormatter();
  const locale = useLocale();
  return (
    <ol className="source-list">
      {sources.map((s, i) => {
        const notes: string[] = [];
        if (s.official) notes.push(t('source.official'));
        if (s.mirror) notes.push(t('source.mirror'));
        if (s.key.startsWith('seed')) notes.push(t('source.seed'));
        if (s.lang && s.lang !== locale) notes.push(t('source.language', { lang: s.lang }));
        return (
          <li key={s.key} id={`${idPrefix}-${i + 1}`}>
            <span className="source-list__publisher">{s.publisher}</span>
            {', '}
            {s.url ? (
              <a href={s.url} hrefLang={s.lang} rel="noreferrer external">
                <cite lang={s.lang}>{s.title}</cite>
              </a>
            ) : (
              <cite lang={s.lang}>{s.title}</cite>
            )}
            {s.date ? `, ${formatIsoDate(format, s.date)}` : ''}
            {notes.length > 0 ? <span className="source-list__notes"> ({notes.join(', ')})</span> : null}
            {!s.url && !s.key.startsWith('seed') ? (
              <span className="source-list__notes"> ({t('source.noUrl')})</span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
