// The Agency dashboard page: asks for a key (kept in this tab's sessionStorage only, sent as
// `Authorization: Bearer`), then shows the dashboard; a refused key brings the form back.
import '../shared/pages.css';
import { StrictMode, useEffect, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import { RegionsDocument, type RegionsQuery } from '../../client/index.js';
import { hub } from '../shared/hub.js';
import { initialLang, rememberLang, t, type Lang } from '../shared/i18n.js';
import { Layout } from '../shared/layout.js';
import { Dashboard } from './dashboard.js';

const STORE = 'pdh.key';

function App() {
  const [lang, setLang] = useState(initialLang);
  const [key, setKey] = useState(() => sessionStorage.getItem(STORE) ?? '');
  const [draft, setDraft] = useState('');
  const [regions, setRegions] = useState<RegionsQuery['taxonomy']>([]);
  useEffect(() => void hub().request(RegionsDocument, {}).then((r) => setRegions(r.taxonomy), () => setRegions([])), []);
  useEffect(() => {
    rememberLang(lang);
    document.title = t(lang, 'dashboardTitle');
  }, [lang]);
  const signIn = (e: FormEvent) => {
    e.preventDefault();
    const k = draft.trim().replace(/^Bearer\s+/i, '');
    sessionStorage.setItem(STORE, k);
    setKey(k);
    setDraft('');
  };
  const signOut = () => (sessionStorage.removeItem(STORE), setKey(''));

  return (
    <Layout lang={lang} onLang={setLang} title={t(lang, 'dashboardTitle')}>
      {key ? (
        <>
          <p>
            <button type="button" onClick={signOut}>
              {t(lang, 'signOut')}
            </button>
          </p>
          <Dashboard lang={lang} keyValue={key} regions={regions} />
        </>
      ) : (
        <form className="filters" onSubmit={signIn}>
          <label>
            {t(lang, 'key')}
            <input type="password" name="key" autoComplete="off" required value={draft} onChange={(e) => setDraft(e.target.value)} aria-describedby="key-help" />
          </label>
          <p id="key-help">{t(lang, 'keyHelp')}</p>
          <button type="submit">{t(lang, 'signIn')}</button>
        </form>
      )}
    </Layout>
  );
}

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
