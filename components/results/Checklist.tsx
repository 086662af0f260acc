'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { ActionResult } from '@/lib/assessment/types';
import { actionDefinition } from '@/lib/assessment/actions';
import { bySensitivity } from '@/lib/catalog/sensitivity';
import { planOf, type PlanGroup } from '@/lib/results/view-model';
import { useResults } from './context';
import { useIncidentName } from './useIncidentName';
import { useDataMessages } from '../useDataMessages';
import type { Progress } from './useProgress';
import { formatDate } from '@/lib/dates';

/** The most sensitive exposed data that put an action in the plan (two at most, then a count); the incidents only when no field did. */
function useBecause() {
  const t = useTranslations('Results.checklist');
  const m = useDataMessages();
  const name = useIncidentName();
  return (action: ActionResult) => {
    const names = action.fields.length
      ? [...action.fields].sort(bySensitivity).map((f) => m(`Fields.${f}.inSentence`, undefined, f))
      : action.incidents.map((id) => name(id));
    return t('because', { list: names.slice(0, 2).join(', '), more: Math.max(names.length - 2, 0) });
  };
}

function Links({ action }: { action: ActionResult }) {
  const t = useTranslations('Results.checklist');
  const m = useDataMessages();
  const links = action.links ?? actionDefinition(action.id).links;
  if (links.length === 0) return null;
  return (
    <>
      <h5>{t('links')}</h5>
      <ul className="action-links">
        {links.map((link) => (
          <li key={link.id}>
            <a href={link.url} rel="noreferrer">
              {m(`Actions.${action.id}.linkLabels.${link.id}`, undefined, link.url)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The "Done" box of an action; the summary shows one for the first action, bound to the same tick. */
export function DoneBox({ action, progress, idPrefix = '' }: { action: ActionResult; progress: Progress; idPrefix?: string }) {
  const t = useTranslations('Results.checklist');
  const m = useDataMessages();
  const id = `${idPrefix}done-${action.id}`;
  const title = m(`Actions.${action.id}.title`, undefined, action.id);
  return (
    <p className="action__done">
      <input
        type="checkbox"
        id={id}
        checked={progress.done.has(action.id)}
        onChange={(e) => progress.toggle(action.id, e.currentTarget.checked)}
      />
      <label htmlFor={id}>
        {t('done')}
        <span className="visually-hidden">{` – ${title}`}</span>
      </label>
    </p>
  );
}

/** Title, why in one line and the time it takes; the steps open on tap (and all open for print). */
function ActionItem({ action, progress }: { action: ActionResult; progress: Progress }) {
  const t = useTranslations('Results.checklist');
  const m = useDataMessages();
  const because = useBecause();
  const title = m(`Actions.${action.id}.title`, undefined, action.id);
  const count = action.steps ?? actionDefinition(action.id).steps;
  const steps = Array.from({ length: count }, (_, i) => m(`Actions.${action.id}.steps.${i + 1}`)).filter(Boolean);
  const done = progress.done.has(action.id);
  return (
    <li id={`action-${action.id}`} className={`action${done ? ' action--done' : ''}`} data-action={action.id}>
      <h4 className="action__title">{title}</h4>
      <p className="action__why">
        {because(action)}
        {m.has(`Actions.${action.id}.duration`) && <> · {m(`Actions.${action.id}.duration`)}</>}
      </p>
      <DoneBox action={action} progress={progress} />
      <details className="action__more">
        <summary>
          {t('howTo', { count: steps.length })}
          <span className="visually-hidden">{` – ${title}`}</span>
        </summary>
        {m.has(`Actions.${action.id}.why`) && <p>{m(`Actions.${action.id}.why`)}</p>}
        {steps.length > 0 && (
          <ol className="action__steps">
            {steps.map((step, i) => (
              <li key={i}>{step}</li>
            ))}
          </ol>
        )}
        <Links action={action} />
        {action.alternative && <Alternative action={action} />}
      </details>
    </li>
  );
}

/** A lighter alternative inside an item (a fraud alert inside the credit freeze), with its own steps and links. */
function Alternative({ action }: { action: ActionResult }) {
  const t = useTranslations('Results.checklist');
  const m = useDataMessages();
  const alt = action.alternative!;
  const key = `Actions.${action.id}.alternative`;
  const steps = Array.from({ length: alt.steps }, (_, i) => m(`${key}.steps.${i + 1}`)).filter(Boolean);
  return (
    <div className="action__alternative">
      <h5>{m(`${key}.title`)}</h5>
      {m.has(`${key}.text`) && <p>{m(`${key}.text`)}</p>}
      {steps.length > 0 && (
        <ol className="action__steps">
          {steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      )}
      {alt.links.length > 0 && (
        <>
          <h5>{t('links')}</h5>
          <ul className="action-links">
            {alt.links.map((link) => (
              <li key={link.id}>
                <a href={link.url} rel="noreferrer">
                  {m(`${key}.linkLabels.${link.id}`, undefined, link.url)}
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/**
 * An offer that is not a step to take: either ended (with its end date when
 * known) or of unknown status, which is labelled "probably ended" and never
 * as certainly over.
 */
function OfferItem({ action }: { action: ActionResult }) {
  const t = useTranslations('Results.checklist');
  const m = useDataMessages();
  const locale = useLocale();
  const unknown = action.availability === 'unknown';
  return (
    <li id={`action-${action.id}`} className={`action action--${unknown ? 'unknown' : 'ended'}`} data-action={action.id}>
      <h4 className="action__title">{m(`Actions.${action.id}.title`, undefined, action.id)}</h4>
      <p>
        <span className={`priority priority--${unknown ? 'unknown' : 'ended'}`}>
          {unknown ? t('probablyEnded') : t('ended')}
          {!unknown && action.endedOn ? ` · ${formatDate(locale, action.endedOn)}` : ''}
        </span>
      </p>
      <p>{unknown ? t('unknownNote') : t('endedNote')}</p>
      {m.has(`Actions.${action.id}.why`) && <p>{m(`Actions.${action.id}.why`)}</p>}
      <Links action={action} />
    </li>
  );
}

function Group({ group, progress }: { group: PlanGroup; progress: Progress }) {
  const t = useTranslations('Results.checklist');
  const done = group.actions.filter((a) => progress.done.has(a.id)).length;
  const headingId = `plan-${group.id}`;
  return (
    <section aria-labelledby={headingId} className={`plan-group plan-group--${group.id}`}>
      <h3 id={headingId}>{t(`group.${group.id}`)}</h3>
      <p className="plan-group__meta">
        {group.minutes > 0 && <>{t('groupTime', { minutes: group.minutes })} · </>}
        {t('groupProgress', { done, total: group.actions.length })}
      </p>
      {group.id === 'account' && <p>{t('accountIntro')}</p>}
      <ol className="action-list">
        {group.actions.map((a) => (
          <ActionItem key={a.id} action={a} progress={progress} />
        ))}
      </ol>
    </section>
  );
}

export function Checklist({ progress }: { progress: Progress }) {
  const t = useTranslations('Results.checklist');
  const { assessment } = useResults();
  const plan = planOf(assessment.actions);
  const doneCount = plan.counted.filter((a) => progress.done.has(a.id)).length;
  const now = plan.groups.find((g) => g.id === 'now');
  const nowDone = now !== undefined && now.actions.every((a) => progress.done.has(a.id));
  const allDone = plan.counted.length > 0 && doneCount === plan.counted.length;
  const offers = [...plan.ended, ...plan.unknown];
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
      {plan.counted.length === 0 && plan.ifStillCustomer.length === 0 ? (
        <p>{t('none')}</p>
      ) : (
        <>
          <p>{t('intro')}</p>
          {plan.counted.length > 0 && (
            <p className="checklist-progress">{t('progress', { done: doneCount, total: plan.counted.length })}</p>
          )}
          {/* Finishing is said out loud once, politely; nothing moves, so reduced motion has nothing to turn off. */}
          <div aria-live="polite" className="checklist-cheer">
            {allDone ? (
              <p className="notice notice--ok">{t('doneAll')}</p>
            ) : nowDone ? (
              <p className="notice notice--ok">{t('doneNow')}</p>
            ) : null}
          </div>
          {plan.groups.map((g) => (
            <Group key={g.id} group={g} progress={progress} />
          ))}
          {plan.ifStillCustomer.length > 0 && (
            <section aria-labelledby="plan-if-customer" className="plan-group plan-group--if-customer">
              <h3 id="plan-if-customer">{t('ifStillCustomerHeading')}</h3>
              <p>{t('ifStillCustomerIntro')}</p>
              <ol className="action-list">
                {plan.ifStillCustomer.map((a) => (
                  <ActionItem key={a.id} action={a} progress={progress} />
                ))}
              </ol>
            </section>
          )}
        </>
      )}
      {offers.length > 0 && (
        <details className="plan-offers">
          <summary>{t('offers', { count: offers.length })}</summary>
          <ul className="action-list action-list--ended">
            {offers.map((a) => (
              <OfferItem key={a.id} action={a} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
