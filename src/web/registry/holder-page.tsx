// One Registry entry as the public sees it: the fields the hub's PUBLIC view answers (holder.visibility.ts)
// and the holder's arrays with their purposes and categories (Res. No. 638: the Registry is published).
import { useEffect, useState } from 'react';
import type { RegionsQuery, RegistryHolderQuery } from '../../client/index.js';
import { RegistryHolderDocument } from '../../client/index.js';
import { Failure } from '../shared/failure.js';
import { hub } from '../shared/hub.js';
import { enumLabel, pickName, t, type Lang } from '../shared/i18n.js';

type Holder = Extract<NonNullable<RegistryHolderQuery['node']>, { __typename?: 'Holder'; names: unknown }>;

export function HolderPage(props: { lang: Lang; id: string; regions: RegionsQuery['taxonomy']; onBack(): void }) {
  const { lang } = props;
  const [holder, setHolder] = useState<Holder | null | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    setHolder(undefined);
    hub()
      .request(RegistryHolderDocument, { id: props.id })
      .then(({ node }) => setHolder(node && 'names' in node ? (node as Holder) : null))
      .catch((e: unknown) => (setError(e), setHolder(null)));
  }, [props.id]);

  const back = (
    <p>
      <a href={`?lang=${lang}`} onClick={(e) => (e.preventDefault(), props.onBack())}>
        ← {t(lang, 'back')}
      </a>
    </p>
  );
  if (holder === undefined) return <p role="status">{t(lang, 'loading')}</p>;
  if (holder === null)
    return (
      <>
        {back}
        <Failure lang={lang} error={error} />
        {!error && <p role="alert">{t(lang, 'notFound')}</p>}
      </>
    );
  const name = pickName(holder.names, lang);
  const region = props.regions.find((r) => r.key === holder.regionCode);
  const facts: [string, string | null | undefined][] = [
    [t(lang, 'tin'), holder.tin ?? t(lang, 'tinHidden')],
    [t(lang, 'registryNumber'), holder.registryNumber],
    [t(lang, 'kind'), enumLabel(lang, holder.kind)],
    [t(lang, 'region'), region ? pickName(region.label, lang).text : holder.regionCode],
    [t(lang, 'status'), enumLabel(lang, holder.registrationStatus)],
    [t(lang, 'submittedOn'), holder.applicationSubmittedOn],
    [t(lang, 'registeredOn'), holder.registeredOn],
    [t(lang, 'deregisteredOn'), holder.deregisteredOn],
  ];
  return (
    <article aria-labelledby="holder-name">
      {back}
      <h2 id="holder-name">
        {name.text}
        {name.other && <small lang={name.other}> ({t(lang, 'otherLang')})</small>}
      </h2>
      <dl className="facts">
        {facts
          .filter(([, v]) => v != null)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      <h3>{t(lang, 'arrays')}</h3>
      {holder.personalDataArrays.length === 0 && <p>{t(lang, 'noArrays')}</p>}
      <ul className="arrays">
        {holder.personalDataArrays.map((a) => (
          <li key={a.id}>
            <h4>{a.name}</h4>
            <dl>
              <dt>{t(lang, 'purposes')}</dt>
              <dd>{a.purposes.join('; ') || '—'}</dd>
              {a.subjectCategories && (
                <>
                  <dt>{t(lang, 'subjects')}</dt>
                  <dd>{a.subjectCategories.join(', ')}</dd>
                </>
              )}
              {a.dataCategories && (
                <>
                  <dt>{t(lang, 'dataCategories')}</dt>
                  <dd>{a.dataCategories.join(', ')}</dd>
                </>
              )}
            </dl>
          </li>
        ))}
      </ul>
    </article>
  );
}
