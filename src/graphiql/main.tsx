// Self-hosted, fully offline GraphiQL (bundled by Vite; see vite.config.ts).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { EXAMPLES, exampleQuery } from './examples.js';

// Headers typed into the headers editor (e.g. {"Authorization": "Bearer …"})
// are merged into every request by GraphiQL itself.
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

// JSONC: the comment is a hint only; nothing is sent until it is uncommented.
const defaultHeaders = `{
  // Paste a key printed by \`npm start\` (one demo key per role, new at every start;
  // \`npm run keys -- create --role ANALYST --name "…"\` makes a lasting one). Each tab says which role it needs.
  // "Authorization": "Bearer pdh_…"
}
`;

const defaultTabs = EXAMPLES.map((e) => ({ query: exampleQuery(e), variables: JSON.stringify(e.variables, null, 2), headers: defaultHeaders }));

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultTabs={defaultTabs}
      // GraphiQL 5 opens the first tab with its query but empty variables; give them explicitly
      // (found by test/browser/pages.test.ts, which runs this tab).
      initialVariables={defaultTabs[0]!.variables}
      defaultHeaders={defaultHeaders}
      defaultEditorToolsVisibility="headers"
      isHeadersEditorEnabled
      shouldPersistHeaders={false}
    />
  </StrictMode>,
);
