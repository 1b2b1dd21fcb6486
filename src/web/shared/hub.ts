// The pages talk to the hub through its own GraphQL endpoint with the typed client (src/client),
// exactly as a partner team would: same documents, same HubError codes.
import { createHubClient, HubError, type HubClient } from '../../client/index.js';

export { HubError };

export function hub(key?: string): HubClient {
  return createHubClient({ url: '/graphql', key });
}
