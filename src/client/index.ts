// The hub's typed client for partner teams: the operations in src/client/operations, generated as
// typed documents by `npm run codegen` (client preset, src/client/generated), sent with fetch.
// A failure is a HubError carrying the hub's stable `extensions.code` (and `field`, `reason`).
//   const hub = createHubClient({ url: 'http://localhost:4000/graphql', key: process.env.HUB_KEY });
//   const { holder } = await hub.request(PublicHolderDocument, { tin: '08716695715028' });
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export * from './generated/graphql.js';

export class HubError extends Error {
  constructor(
    message: string,
    readonly code: string,
    readonly extensions: Record<string, unknown>,
    readonly status: number,
  ) {
    super(message);
    this.name = 'HubError';
  }
}

export interface HubClient {
  request<D, V extends Record<string, unknown>>(document: TypedDocumentNode<D, V>, variables: V): Promise<D>;
}

export function createHubClient(opts: { url: string; key?: string; fetch?: typeof fetch }): HubClient {
  const send = opts.fetch ?? fetch;
  const texts = new WeakMap<object, string>();
  return {
    async request(document, variables) {
      let query = texts.get(document);
      if (!query) texts.set(document, (query = print(document)));
      const res = await send(opts.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(opts.key ? { authorization: `Bearer ${opts.key}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await res.json()) as { data?: unknown; errors?: { message: string; extensions?: Record<string, unknown> }[] };
      const first = body.errors?.[0];
      if (first) throw new HubError(first.message, String(first.extensions?.code ?? 'UNKNOWN'), first.extensions ?? {}, res.status);
      return body.data as never;
    },
  };
}
