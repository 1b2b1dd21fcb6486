// The public Registry pages: search, and one entry's page (?holder=<global id>). The state lives in
// the URL, so a search or an entry can be linked, bookmarked and reached with Back.
import '../shared/pages.css';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { RegionsDocument, type RegionsQuery } from '../../client/index.js';
import { hub } from '../shared/hub.js';
import { initialLang, rememberLang, t, type Lang } from '../shared/i18n.js';
import { Layout } from '../shared/layout.js';
import { HolderPage } from './holder-page.js';
import { Search, type SearchState } from './search.js';

interface Route {
  holder: string | null;
  search: SearchState;
}

function readRoute(): Route {
  const p = new URLSearchParams(location.search);
  return { holder: p.get('holder'), search: { q: p.get('q') ?? '', region: p.get('region') ?? '', status: p.get('status') ?? '' } };
}

function writeRoute(route: Route, lang: Lang, replace = false) {
  const p = new URLSearchParams();
  if (route.holder) p.set('holder', route.holder);
  else for (const [k, v] of Object.entries(route.search)) if (v) p.set(k, v);
  p.set('lang', lang);
  history[replace ? 'replaceState' : 'pushState'](null, '', `?${p}`);
}

function App() {
  const [lang, setLang] = useState(initialLang);
  const [route, setRoute] = useState(readRoute);
  const [regions, setRegions] = useState<RegionsQuery['taxonomy']>([]);
  useEffect(() => {
    const onPop = () => setRoute(readRoute());
    addEventListener('popstate', onPop);
    hub().request(RegionsDocument, {}).then((r) => setRegions(r.taxonomy), () => setRegions([]));
    return () => removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    rememberLang(lang);
    document.title = t(lang, 'registryTitle');
  }, [lang]);
  const go = (next: Route) => (writeRoute(next, lang), setRoute(next));
  const changeLang = (l: Lang) => (writeRoute(route, l, true), setLang(l));

  return (
    <Layout lang={lang} onLang={changeLang} title={t(lang, 'registryTitle')}>
      {route.holder ? (
        <HolderPage lang={lang} id={route.holder} regions={regions} onBack={() => go({ holder: null, search: route.search })} />
      ) : (
        <Search lang={lang} state={route.search} regions={regions} onSearch={(search) => go({ holder: null, search })} onOpen={(holder) => go({ ...route, holder })} />
      )}
    </Layout>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
