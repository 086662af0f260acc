import { useLocale } from 'next-intl';
import { publisherText } from '@/lib/catalog/sources';
import type { Source } from '@/lib/catalog/types';
import { formatDate } from '@/lib/dates';
import { useDataMessages } from '../useDataMessages';

/**
 * The numbered sources of a page. URLs are shown as references; copies and
 * captures are labelled as such so they never read as the official page.
 * Publishers are worded in the reader's language (publisherText), and a
 * caveat comes from `Catalog.sourceNote.<key>`: no English on a French page
 * except the titles of English documents, marked with their language.
 */
export function SourceList({ sources, idPrefix = 'source' }: { sources: readonly Source[]; idPrefix?: string }) {
  const t = useDataMessages('Catalog');
  const locale = useLocale();
  return (
    <ol className="source-list">
      {sources.map((s, i) => {
        const notes: string[] = [];
        if (s.official) notes.push(t('source.official'));
        if (s.mirror) notes.push(t('source.mirror'));
        if (s.lang && s.lang !== locale) notes.push(t('source.language', { lang: s.lang }));
        if (!s.url) notes.push(t('source.noUrl'));
        if (t.has(`sourceNote.${s.key}`)) notes.push(t(`sourceNote.${s.key}`));
        const publisher = publisherText(s, t);
        return (
          <li key={s.key} id={`${idPrefix}-${i + 1}`}>
            <span className="source-list__publisher">{publisher}</span>
            {', '}
            {s.url ? (
              <a href={s.url} hrefLang={s.lang} rel="noreferrer external">
                <cite lang={s.lang}>{s.title}</cite>
              </a>
            ) : (
              <cite lang={s.lang}>{s.title}</cite>
            )}
            {s.date ? `, ${formatDate(locale, s.date)}` : ''}
            {notes.length > 0 ? <span className="source-list__notes"> ({notes.join(', ')})</span> : null}
          </li>
        );
      })}
    </ol>
  );
}
