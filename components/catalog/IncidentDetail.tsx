import { useLocale, useTranslations } from 'next-intl';
import { aftermathOf, pageSourceKeys } from '@/lib/catalog/aftermath';
import { exposedFields, notExposedFields, undisclosedStart } from '@/lib/catalog/helpers';
import { getSource } from '@/lib/catalog/sources';
import type { Count, Incident, Source } from '@/lib/catalog/types';
import { type DateFactWords, formatDate, formatDateFact, formatMonthSpan } from '@/lib/dates';
import { UNDISCLOSED_START_REACH_MONTHS } from '@/lib/months';
import { FieldList } from './FieldList';
import { useDataMessages } from '../useDataMessages';
import { MembershipText } from './MembershipText';
import { SourceList } from './SourceList';
import { SourceRefs } from './SourceRefs';
import { localePath } from '@/lib/i18n/paths';

/** One incident, as a page: what, when, who, which data, offers, what to do, sources. */
export function IncidentDetail({ incident }: { incident: Incident }) {
  const locale = useLocale();
  const t = useTranslations('IncidentPage');
  const tc = useDataMessages('Catalog');
  const ti = useDataMessages('Incidents');
  // One numbering for the whole page: the incident's sources, then those of what followed it.
  const pageKeys = pageSourceKeys(incident);
  const numbers = new Map(pageKeys.map((key, i) => [key, i + 1]));
  const pageSources = pageKeys.map((key) => getSource(key)).filter((s): s is Source => s !== undefined);
  const aftermath = aftermathOf(incident.id);
  const reach = undisclosedStart(incident);
  const k = (key: string) => `${incident.id}.${key}`;
  const words: DateFactWords = {
    unknown: tc('dates.unknown'),
    approximate: (date, precision) => tc('dates.approximate', { date, precision }),
  };

  const countItem = (c: Count) => (
    <li key={c.id + c.sources.join()}>
      {tc(`counts.${c.id}`)}{' '}
      <span className="muted">
        {tc('countMeta', {
          nature: tc(`nature.${c.nature}`),
          date: c.date ? formatDate(locale, c.date) : 'none',
          confidence: tc(`confidence.${c.confidence}.short`),
        })}
      </span>
      <SourceRefs keys={c.sources} numbers={numbers} />
    </li>
  );

  const dates = [
    ['accessBegan', incident.accessBegan],
    ['discovered', incident.discovered],
    ['disclosed', incident.disclosed],
  ] as const;

  return (
    <article className="incident">
      <p className="incident__back">
        <a href={localePath(locale, '/incidents/')}>{t('backToIndex')}</a>
      </p>
      <h1>{ti(k('headline'))}</h1>
      <p className="lead">{ti(k('who'))}</p>

      <h2>{t('whatHappened')}</h2>
      <p>{ti(k('summary'))}</p>

      <h2>{t('when')}</h2>
      <dl className="incident__dates">
        {dates.map(([name, fact]) => (
          <div key={name}>
            <dt>{tc(`dates.${name}`)}</dt>
            <dd>
              {formatDateFact(locale, fact, words)}
              {fact.kind === 'known' ? <SourceRefs keys={fact.sources} numbers={numbers} /> : null}
              {ti.has(k(`dateNotes.${name}`)) ? (
                <span className="incident__date-note"> {ti(k(`dateNotes.${name}`))}</span>
              ) : null}
            </dd>
          </div>
        ))}
      </dl>
      {reach ? (
        <p className="incident__undisclosed" data-testid="undisclosed-start">
          {t('undisclosedStart', {
            stop: formatDate(locale, reach.stop),
            months: UNDISCLOSED_START_REACH_MONTHS,
            range: reach.possible ? formatMonthSpan(locale, reach.possible) : 'none',
          })}
        </p>
      ) : null}

      <h2>{t('who')}</h2>
      <p>{t('whoIntro', { count: incident.populations.length })}</p>
      {incident.populations.map((p, index) => {
        const headingId = `group-${p.id}`;
        return (
          <section key={p.id} className="population" aria-labelledby={headingId}>
            <h3 id={headingId}>
              <span className="population__number">{t('group', { number: index + 1 })}</span>{' '}
              {ti(k(`populations.${p.id}.label`))}
            </h3>
            {ti.has(k(`populations.${p.id}.note`)) ? <p>{ti(k(`populations.${p.id}.note`))}</p> : null}
            <h4>{t('covers')}</h4>
            <ul>
              {p.members.map((m, i) => (
                <li key={i}>
                  <MembershipText
                    member={m}
                    populationReach={p.reach}
                    note={ti.has(k(`populations.${p.id}.members.m${i}`)) ? ti(k(`populations.${p.id}.members.m${i}`)) : undefined}
                  />
                </li>
              ))}
            </ul>
            <p className="population__reach">
              {tc(`reach.${p.reach}`)} {tc(`confidence.${p.confidence}.sentence`)}
              <SourceRefs keys={p.sources} numbers={numbers} />
            </p>
            <h4>{t('howMany')}</h4>
            <ul>{p.counts.map(countItem)}</ul>
            <div className="two-col">
              <div>
                <h4>{t('dataInGroup')}</h4>
                <FieldList fields={p.exposed} className="field-list field-list--exposed" />
              </div>
              <div>
                <h4>{t('notInGroup')}</h4>
                <FieldList fields={p.notExposed} className="field-list field-list--safe" emptyText={t('none')} />
              </div>
            </div>
          </section>
        );
      })}

      {incident.excluded && incident.excluded.length > 0 ? (
        <>
          <h3>{t('excluded')}</h3>
          <ul>
            {incident.excluded.map((e) => (
              <li key={e.id}>
                {ti(k(`excluded.${e.id}`))}
                <SourceRefs keys={e.sources} numbers={numbers} />
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {incident.totals.length > 0 ? (
        <>
          <h2>{t('totals')}</h2>
          {ti.has(k('totalsNote')) ? <p>{ti(k('totalsNote'))}</p> : null}
          <ul>{incident.totals.map(countItem)}</ul>
        </>
      ) : null}

      <h2>{t('data')}</h2>
      <div className="two-col data-columns">
        <section aria-labelledby="data-exposed">
          <h3 id="data-exposed">{t('exposed')}</h3>
          <FieldList fields={exposedFields(incident)} className="field-list field-list--exposed" />
        </section>
        <section aria-labelledby="data-not-exposed">
          <h3 id="data-not-exposed">{t('notExposed')}</h3>
          <FieldList
            fields={notExposedFields(incident)}
            className="field-list field-list--safe"
            emptyText={t('none')}
          />
        </section>
      </div>
      <p className="muted">
        {t('dataNote')} {t('glossaryHint')}
      </p>

      <h2>{t('offers')}</h2>
      {incident.offers.length === 0 ? (
        <p>{t('noOffers')}</p>
      ) : (
        <ul className="offer-list">
          {incident.offers.map((o) => {
            const kind = o.kind ?? 'offer';
            return (
              <li key={o.id} className="offer">
                <p className="offer__title">
                  <strong>{ti(k(`offers.${o.id}.title`))}</strong>{' '}
                  <span className="tag">{tc(`offerKind.${kind}`)}</span>
                  {kind === 'offer' ? (
                    <span className={`tag tag--${o.status}`}>
                      {o.endedOn
                        ? tc('endedOn', { date: formatDate(locale, o.endedOn) })
                        : tc(`offerStatus.${o.status}`)}
                    </span>
                  ) : null}
                </p>
                <p>
                  {ti(k(`offers.${o.id}.body`))}
                  <SourceRefs keys={o.sources} numbers={numbers} />
                </p>
              </li>
            );
          })}
        </ul>
      )}

      {aftermath.length > 0 ? (
        <>
          <h2>{t('aftermath')}</h2>
          {aftermath.map(({ entry, confirmed }) => (
            <section key={entry.id} className="offer" aria-labelledby={`aftermath-${entry.id}`}>
              <h3 id={`aftermath-${entry.id}`} className="offer__title">
                {tc(`aftermath.${entry.id}.title`)}
              </h3>
              <p>
                {tc(`aftermath.${entry.id}.body`)}
                <SourceRefs keys={entry.sources} numbers={numbers} />
              </p>
              {confirmed ? null : <p>{tc(`aftermath.${entry.id}.unconfirmed`)}</p>}
            </section>
          ))}
        </>
      ) : null}

      <h2>{t('whatToDo')}</h2>
      <p>{t('whatToDoBody')}</p>
      <p>
        <a className="button" href={localePath(locale, '/check/')}>
          {t('checkLink')}
        </a>
      </p>

      <h2 id="sources">{t('sources')}</h2>
      <p className="muted">{t('sourcesIntro')}</p>
      <SourceList sources={pageSources} />
    </article>
  );
}
