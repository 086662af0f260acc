import type { SourceKey } from '@/lib/catalog/types';
import { useDataMessages } from '../useDataMessages';

type Props = { keys: readonly SourceKey[]; numbers: ReadonlyMap<SourceKey, number> };

/** Numbered references ([1, 4]) pointing into the page's source list. */
export function SourceRefs({ keys, numbers }: Props) {
  const t = useDataMessages('IncidentPage');
  const nums = [...new Set(keys.map((k) => numbers.get(k)).filter((n): n is number => n !== undefined))].sort(
    (a, b) => a - b,
  );
  if (nums.length === 0) return null;
  return (
    <sup className="source-refs">
      {'['}
      {nums.map((n, i) => (
        <span key={n}>
          {i > 0 ? ', ' : ''}
          <a href={`#source-${n}`} aria-label={t('sourceRefLabel', { number: n })}>
            {n}
          </a>
        </span>
      ))}
      {']'}
    </sup>
  );
}
