// Self-hosted, fully offline GraphiQL (bundled by Vite; see vite.config.ts).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';

// Headers typed into the headers editor (e.g. {"Authorization": "Bearer …"})
// are merged into every request by GraphiQL itself.
const fetcher = createGraphiQLFetcher({ url: '/graphql' });

const defaultQuery = `# Personal-data regulatory hub
{
  legalAct(code: "kg/government-resolution/2017/760") {
    code
    versionOn(date: "2024-01-01") {
      title(lang: RU)
    }
    basedOn {
      code
    }
  }
}
`;

// JSONC: the comment is a hint only; nothing is sent until it is uncommented.
const defaultHeaders = `{
  // "Authorization": "Bearer <token>"
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL
      fetcher={fetcher}
      defaultQuery={defaultQuery}
      defaultHeaders={defaultHeaders}
      defaultEditorToolsVisibility="headers"
      isHeadersEditorEnabled
      shouldPersistHeaders={false}
    />
  </StrictMode>,
);
