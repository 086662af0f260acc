'use client';

import { useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/assessment/types';
import { actionDefinition } from '@/lib/assessment/actions';
import { groupActions } from '@/lib/results/view-model';
import { useResults } from './context';
import { useIncidentName } from './IncidentCards';
import { useDataMessages, useDateText } from './messages';
import type { useProgress } from './useProgress';

type Progress = ReturnType<typeof useProgress>;

/** The exposed data that put an action in the plan; the incidents (by month) only when no field did. */
function useBecause() {
  const m = useDataMessages();
  const name = useIncidentName();
  return (action: ActionResult) =>
    action.fields.length
      ? action.fields.map((f) => m.text(`Fields.${f}.label`, undefined, f)).join(', ')
      : action.incidents.map((id) => name(id)).join(', ');
}

function Links({ action }: { action: ActionResult }) {
  const t = useTranslations('Results.checklist');
  const m = useDataMessages();
  const links = actionDefinition(action.id).links;
  if (links.length === 0) return null;
  return (
    <>
      <h4>{t('links')}</h4>
      <ul className="action-links">
        {links.map((link) => (
          <li key={link.id}>
            <a href={link.url} rel="noreferrer">
              {m.text(`Actions.${action.id}.linkLabels.${link.id}`, undefined, link.url)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

function ActionItem({ action, progress }: { action: ActionResult; progress: Progress }) {
  const t = useTranslations('Results.checklist');
  const m = useDataMessages();
  const because = useBecause();
  const def = actionDefinition(action.id);
  const title = m.text(`Actions.${action.id}.title`, undefined, action.id);
  const done = progress.done.has(action.id);
  const checkboxId = `done-${action.id}`;
  const steps = Array.from({ length: def.steps }, (_, i) => m.text(`Actions.${action.id}.steps.${i + 1}`)).filter(
    Boolean,
  );
  return (
    <li id={`action-${action.id}`} className={`action${done ? ' action--done' : ''}`} data-action={action.id}>
      <div className="action__head">
        <h3>{title}</h3>
        <span className={`priority priority--${action.priority}`}>{t(`priority.${action.priority}`)}</span>
      </div>
      {action.onlyIfStillCustomer && <p className="action__condition">{m.text('Actions.onlyIfStillCustomer')}</p>}
      <p className="action__done">
        <input
          type="checkbox"
          id={checkboxId}
          checked={done}
          onChange={(e) => progress.toggle(action.id, e.currentTarget.checked)}
        />
        <label htmlFor={checkboxId}>
          {t('done')}
          <span className="visually-hidden">{` – ${title}`}</span>
        </label>
      </p>
      <dl className="action__meta">
        <dt>{t('why')}</dt>
        <dd>
          {m.text(`Actions.${action.id}.why`)} <span className="muted">{t('because', { list: because(action) })}</span>
        </dd>
        {m.has(`Actions.${action.id}.duration`) && (
          <>
            <dt>{t('duration')}</dt>
            <dd>{m.text(`Actions.${action.id}.duration`)}</dd>
          </>
        )}
      </dl>
      {steps.length > 0 && (
        <>
          <h4>{t('steps')}</h4>
          <ol className="action__steps">
            {steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        </>
      )}
      <Links action={action} />
    </li>
  );
}

/**
 * An offer that is not a step to take: either ended (with its end date when
 * known) or of unknown status, which is labelled "probably ended" and never
 * as certainly over.
 */
function EndedItem({ action }: { action: ActionResult }) {
  const t = useTranslations('Results.checklist');
  const m = useDataMessages();
  const date = useDateText();
  const unknown = action.availability === 'unknown';
  return (
    <li
      id={`action-${action.id}`}
      className={`action action--${unknown ? 'unknown' : 'ended'}`}
      data-action={action.id}
    >
      <div className="action__head">
        <h4>{m.text(`Actions.${action.id}.title`, undefined, action.id)}</h4>
        <span className={`priority priority--${unknown ? 'unknown' : 'ended'}`}>
          {unknown ? t('probablyEnded') : t('ended')}
          {!unknown && action.endedOn ? ` · ${date(action.endedOn)}` : ''}
        </span>
      </div>
      <p>{unknown ? t('unknownNote') : t('endedNote')}</p>
      {m.has(`Actions.${action.id}.why`) && <p>{m.text(`Actions.${action.id}.why`)}</p>}
      <Links action={action} />
    </li>
  );
}

export function Checklist({ progress }: { progress: Progress }) {
  const t = useTranslations('Results.checklist');
  const { assessment } = useResults();
  const { todo, ended, unknown } = groupActions(assessment.actions);
  const doneCount = todo.filter((a) => progress.done.has(a.id)).length;
  return (
    <section aria-labelledby="checklist-heading" className="results-checklist">
      <h2 id="checklist-heading">{t('heading')}</h2>
      {progress.notice && (
        <p className="notice" role="status">
          {progress.notice === 'ignored'
            ? t('storageIgnored')
            : progress.notice === 'legacy'
              ? t('storageLegacy')
              : t('storageUnavailable')}
        </p>
      )}
      {todo.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <>
          <p>{t('intro')}</p>
          <p className="checklist-progress" aria-live="polite">
            {t('progress', { done: doneCount, total: todo.length })}
          </p>
          <ol className="action-list">
            {todo.map((a) => (
              <ActionItem key={a.id} action={a} progress={progress} />
            ))}
          </ol>
        </>
      )}
      <OfferList heading={t('endedHeading')} offers={ended} />
      <OfferList heading={t('unknownHeading')} offers={unknown} />
    </section>
  );
}

/** Offers that are not steps to take (ended, or of unknown status), under their heading. */
function OfferList({ heading, offers }: { heading: string; offers: readonly ActionResult[] }) {
  if (offers.length === 0) return null;
  return (
    <>
      <h3>{heading}</h3>
      <ul className="action-list action-list--ended">
        {offers.map((a) => (
          <EndedItem key={a.id} action={a} />
        ))}
      </ul>
    </>
  );
}
