import { useTranslations } from 'next-intl';

/** An inline error, worded exactly as in the summary, announced with an "Error:" prefix. */
export function ErrorMessage({ id, messages }: { id: string; messages: string[] }) {
  const t = useTranslations('Check');
  if (messages.length === 0) return null;
  return (
    <p id={id} className="check-error-message">
      {messages.map((m, i) => (
        <span key={m} className="check-error-message__line">
          {i === 0 && <span className="visually-hidden">{t('errorPrefix')} </span>}
          {m}
        </span>
      ))}
    </p>
  );
}
