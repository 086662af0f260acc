import { useLocale, useTranslations } from 'next-intl';
import { fieldAnchor } from '@/lib/catalog/glossary';
import type { FieldId } from '@/lib/catalog/vocabulary';
import { localePath } from '@/lib/i18n/paths';

type Props = { fields: readonly FieldId[]; className?: string; emptyText?: string };

/** Field labels, each linking to its glossary entry. */
export function FieldList({ fields, className = 'field-list', emptyText }: Props) {
  const t = useTranslations('Fields');
  const locale = useLocale();
  if (fields.length === 0) return emptyText ? <p className="muted">{emptyText}</p> : null;
  return (
    <ul className={className}>
      {fields.map((f) => (
        <li key={f}>
          <a href={localePath(locale, `/glossary/#${fieldAnchor(f)}`)}>{t(`${f}.label`)}</a>
        </li>
      ))}
    </ul>
  );
}
