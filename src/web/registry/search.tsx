// The public Registry search (Res. No. 638: the Registry is kept and published): by name, a legal
// entity's TIN or a registry number, by region and by registration status, keyset-paged by the hub.
// An entrepreneur's TIN is personal data: the hub answers it as null, and the page says so.
import { useEffect, useState, type FormEvent } from 'react';
import type { RegistrationStatus, RegistrySearchQuery, RegionsQuery } from '../../client/index.js';
import { RegistrySearchDocument } from '../../client/index.js';
import { hub } from '../shared/hub.js';
import { enumLabel, formatNumber, pickName, t, type Lang } from '../shared/i18n.js';
import { Failure } from '../shared/failure.js';

export interface SearchState {
  q: string;
  region: string;
  status: string;
}

const STATUSES: RegistrationStatus[] = ['REGISTERED', 'APPLICATION_SUBMITTED', 'LISTS_APPROVED', 'NOT_REGISTERED', 'DEREGISTERED'];
const PAGE = 20;

type Page = RegistrySearchQuery['holders'];

export function Search(props: { lang: Lang; state: SearchState; regions: RegionsQuery['taxonomy']; onSearch(s: SearchState): void; onOpen(id: string): void }) {
  const { lang, state } = props;
  const [draft, setDraft] = useState(state);
  const [page, setPage] = useState<Page | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const filter = { search: state.q || undefined, regionCodes: state.region ? [state.region] : undefined, registrationStatuses: state.status ? [state.status as RegistrationStatus] : undefined };
  const load = async (after?: string) => {
    setBusy(true);
    setError(null);
    try {
      const { holders } = await hub().request(RegistrySearchDocument, { filter, first: PAGE, after });
      setPage((prev) => (after && prev ? { ...holders, edges: [...prev.edges, ...holders.edges] } : holders));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    setDraft(state);
    void load();
  }, [state.q, state.region, state.status]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    props.onSearch(draft);
  };
  const regionName = (code: string | null | undefined) => {
    const term = props.regions.find((r) => r.key === code);
    return term ? pickName(term.label, lang).text : (code ?? '—');
  };

  return (
    <>
      <form role="search" className="filters" onSubmit={submit}>
        <label>
          {t(lang, 'searchLabel')}
          <input type="search" name="q" value={draft.q} onChange={(e) => setDraft({ ...draft, q: e.target.value })} />
        </label>
        <label>
          {t(lang, 'region')}
          <select name="region" value={draft.region} onChange={(e) => setDraft({ ...draft, region: e.target.value })}>
            <option value="">{t(lang, 'any')}</option>
            {props.regions.map((r) => (
              <option key={r.key} value={r.key}>
                {pickName(r.label, lang).text}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t(lang, 'status')}
          <select name="status" value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
            <option value="">{t(lang, 'any')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {enumLabel(lang, s)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit">{t(lang, 'search')}</button>
      </form>
      <Failure lang={lang} error={error} />
      <p role="status" aria-live="polite" className="count">
        {busy && !page ? t(lang, 'loading') : page ? `${t(lang, 'found')}: ${formatNumber(lang, page.totalCount)}` : ''}
      </p>
      {page && page.edges.length === 0 && <p>{t(lang, 'nothing')}</p>}
      {page && page.edges.length > 0 && (
        <table className="results">
          <caption className="sr-only">{t(lang, 'registryTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t(lang, 'name')}</th>
              <th scope="col">{t(lang, 'tin')}</th>
              <th scope="col">{t(lang, 'registryNumber')}</th>
              <th scope="col">{t(lang, 'region')}</th>
              <th scope="col">{t(lang, 'status')}</th>
            </tr>
          </thead>
          <tbody>
            {page.edges.map(({ node: h }) => {
              const name = pickName(h.names, lang);
              return (
                <tr key={h.id}>
                  <th scope="row">
                    <a href={`?holder=${encodeURIComponent(h.id)}&lang=${lang}`} onClick={(e) => (e.preventDefault(), props.onOpen(h.id))}>
                      {name.text}
                    </a>
                    {name.other && <small lang={name.other}> ({t(lang, 'otherLang')})</small>}
                  </th>
                  <td>{h.tin ?? <em>{t(lang, 'tinHidden')}</em>}</td>
                  <td>{h.registryNumber ?? '—'}</td>
                  <td>{regionName(h.regionCode)}</td>
                  <td>{enumLabel(lang, h.registrationStatus)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {page?.pageInfo.hasNextPage && (
        <button type="button" disabled={busy} onClick={() => void load(page.pageInfo.endCursor ?? undefined)}>
          {t(lang, 'more')}
        </button>
      )}
    </>
  );
}
