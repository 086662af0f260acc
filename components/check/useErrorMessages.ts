import { useTranslations } from 'next-intl';
import type { CheckFormValues } from '@/lib/answers/form';
import { useDataMessages } from '../useDataMessages';
import type { SummaryItem } from './ErrorSummary';
import { usePeriodHeading } from './usePeriodHeading';
import { fieldIdOf, type Issue } from './issues';

/**
 * The problems in words, at render time (so they follow the page language):
 * the inline errors of a field, and the error summary's lines, which name the
 * period and the date a problem is about. An engine code with no message of
 * its own gets a generic line rather than a key on screen.
 */
export function useErrorMessages(issues: readonly Issue[], values: CheckFormValues) {
  const t = useTranslations('Check');
  const m = useDataMessages();
  const headingOf = usePeriodHeading(values.relationships ?? []);
  const text = (messageKey: string) => (m.has(messageKey) ? m(messageKey) : t('errors.unknownProblem'));

  const errorsFor = (path: string): string[] => issues.filter((i) => i.path === path).map((i) => text(i.messageKey));

  const summaryItems: SummaryItem[] = issues.map((issue) => {
    const message = text(issue.messageKey);
    const [, index, part] = issue.path.split('.');
    const row = index !== undefined ? values.relationships?.[Number(index)] : undefined;
    let line = message;
    if (row && (part === 'from' || part === 'to')) {
      const heading = headingOf(Number(index));
      const where =
        part === 'from' ? t('dates.whereFrom', { heading, type: row.type }) : t('dates.whereTo', { heading });
      line = t('summaryItem', { where, message });
    }
    return { fieldId: fieldIdOf(issue.path, values), text: line };
  });

  return { errorsFor, summaryItems };
}
