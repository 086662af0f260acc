import { useTranslations } from 'next-intl';
import { fieldAnchor, GLOSSARY_TERMS, termAnchor } from '@/lib/catalog/glossary';
import { getSource } from '@/lib/catalog/sources';
import { FIELD_IDS, RELATIONSHIP_TYPES } from '@/lib/catalog/vocabulary';
import { useDataMessages } from '../useDataMessages';

/** The glossary: data fields (field-<id>), protection and fraud terms and relationship types (term-<id>). */
export function GlossaryList() {
  const t = useTranslations('Glossary');
  const terms = useDataMessages('Glossary');
  const tf = useTranslations('Fields');
  const tr = useTranslations('Relationships');
  return (
    <>
      <h2>{t('fieldsHeading')}</h2>
      <dl className="glossary">
        {FIELD_IDS.map((f) => (
          <div key={f} className="glossary__entry">
            <dt id={fieldAnchor(f)}>{tf(`${f}.label`)}</dt>
            <dd>
              <p>{tf(`${f}.short`)}</p>
              <p>
                {/* The label sits on its own line, so the sentence after it keeps its capital. */}
                <strong className="glossary__risk-label">{t('riskLabel')}</strong>
                {tf(`${f}.risk`)}
              </p>
            </dd>
          </div>
        ))}
      </dl>

      <h2>{t('termsHeading')}</h2>
      <dl className="glossary">
        {GLOSSARY_TERMS.map((term) => {
          const publishers = [...new Set(term.sources.map((k) => getSource(k)?.publisher).filter(Boolean))];
          return (
            <div key={term.id} className="glossary__entry">
              <dt id={termAnchor(term.id)}>{terms(`terms.${term.id}.term`)}</dt>
              <dd>
                <p>{terms(`terms.${term.id}.definition`)}</p>
                {publishers.length > 0 ? (
                  <p className="muted glossary__source">
                    {t('sourcesLabel')}
                    {publishers.join(' · ')}
                  </p>
                ) : null}
              </dd>
            </div>
          );
        })}
      </dl>

      <h2>{t('relationshipsHeading')}</h2>
      <dl className="glossary">
        {RELATIONSHIP_TYPES.map((r) => (
          <div key={r} className="glossary__entry">
            <dt id={termAnchor(r)}>{tr(`${r}.label`)}</dt>
            <dd>
              <p>{tr(`${r}.hint`)}</p>
            </dd>
          </div>
        ))}
      </dl>
    </>
  );
}
