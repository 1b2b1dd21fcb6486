// Page frame: a header with the page title, links between the pages, and the language switch.
import type { ReactNode } from 'react';
import { LANG_NAMES, LANGS, t, type Lang } from './i18n.js';

export function Layout(props: { lang: Lang; onLang(lang: Lang): void; title: string; children: ReactNode }) {
  const { lang } = props;
  return (
    <>
      <a className="skip" href="#main">
        {t(lang, 'skip')}
      </a>
      <header className="bar">
        <h1>{props.title}</h1>
        <nav aria-label={t(lang, 'home')}>
          <a href="/registry/">{t(lang, 'registryTitle')}</a>
          <a href="/agency/">{t(lang, 'dashboardTitle')}</a>
          <a href="/graphiql/">GraphiQL</a>
        </nav>
        <label className="lang">
          {t(lang, 'language')}{' '}
          <select value={lang} onChange={(e) => props.onLang(e.target.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANG_NAMES[l]}
              </option>
            ))}
          </select>
        </label>
      </header>
      <main id="main" tabIndex={-1}>
        {props.children}
      </main>
    </>
  );
}
