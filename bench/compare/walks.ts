// Keyset walks: each server by its own cursors to row WALK_ROWS, then a check that both answer the
// same PAGE holders after it.
import { fromGlobalId } from '../../src/graphql/node.js';
import { gql, type Server } from './http.js';

/** The keyset walk goes to this row, then every shape reads the PAGE holders after it. */
export const WALK_ROWS = 5000;
export const PAGE = 50;

const hubRowId = (id: string) => Number(fromGlobalId(id).key);

/** One page of a walk: the row ids it holds, in order, and the cursor after it. */
type WalkPage = { ids: number[]; endCursor: string };

/** Follows `page` by its own cursors to row WALK_ROWS: the cursor there and that row's id. */
async function walk(what: string, page: (after: string | null, first: number) => Promise<WalkPage>): Promise<{ cursor: string; lastId: number }> {
  let after: string | null = null;
  let rows = 0;
  let lastId = 0;
  while (rows < WALK_ROWS) {
    const { ids, endCursor } = await page(after, Math.min(100, WALK_ROWS - rows));
    if (!ids.length) throw new Error(`${what} end after ${rows} rows`);
    rows += ids.length;
    after = endCursor;
    lastId = ids.at(-1)!;
  }
  return { cursor: after!, lastId };
}

export function walkHub(hub: Server): Promise<{ cursor: string; lastId: number }> {
  return walk("the hub's holders", async (after, first) => {
    const data = await gql(
      hub,
      'query($after: String, $first: Int) { holders(first: $first, after: $after, orderBy: {field: CREATED}) { pageInfo { endCursor } edges { node { id } } } }',
      { after, first },
    );
    return { ids: (data.holders.edges as { node: { id: string } }[]).map((e) => hubRowId(e.node.id)), endCursor: data.holders.pageInfo.endCursor as string };
  });
}

export function walkPostGraphile(pgl: Server): Promise<{ cursor: string; lastId: number }> {
  return walk("PostGraphile's allHolders", async (after, first) => {
    const data = await gql(
      pgl,
      'query($after: Cursor, $first: Int) { allHolders(first: $first, after: $after, orderBy: PRIMARY_KEY_ASC) { pageInfo { endCursor } nodes { rowId } } }',
      { after, first },
    );
    return { ids: (data.allHolders.nodes as { rowId: number }[]).map((n) => n.rowId), endCursor: data.allHolders.pageInfo.endCursor as string };
  });
}

/** Aborts (throws) unless both servers answer the same PAGE holders after their own cursors. */
export async function checkSamePage(hub: Server, hubCursor: string, pgl: Server, pglCursor: string): Promise<string> {
  const h = await gql(hub, `query($after: String) { holders(first: ${PAGE}, after: $after, orderBy: {field: CREATED}) { edges { node { id tin kind } } } }`, { after: hubCursor });
  const p = await gql(pgl, `query($after: Cursor) { allHolders(first: ${PAGE}, after: $after, orderBy: PRIMARY_KEY_ASC) { nodes { rowId tin kind } } }`, { after: pglCursor });
  const hubRows = (h.holders.edges as { node: { id: string; tin: string | null; kind: string } }[]).map((e) => ({ ...e.node, id: hubRowId(e.node.id) }));
  const pglRows = p.allHolders.nodes as { rowId: number; tin: string; kind: string }[];
  if (hubRows.length !== PAGE || pglRows.length !== PAGE) throw new Error(`after row ${WALK_ROWS} the hub answers ${hubRows.length} holders and PostGraphile ${pglRows.length}, not ${PAGE}`);
  let hidden = 0;
  for (let i = 0; i < PAGE; i++) {
    const a = hubRows[i]!;
    const b = pglRows[i]!;
    // An entrepreneur's TIN is personal data: null for the ANALYST key, visible to PostGraphile.
    const tinAgrees = a.tin === b.tin || (a.tin === null && b.kind === 'INDIVIDUAL_ENTREPRENEUR');
    if (a.id !== b.rowId || !tinAgrees || a.kind !== b.kind) {
      throw new Error(`holder ${WALK_ROWS + i + 1} differs: hub id ${a.id} tin ${a.tin}, PostGraphile rowId ${b.rowId} tin ${b.tin}`);
    }
    if (a.tin === null) hidden++;
  }
  return `ids ${hubRows[0]!.id}–${hubRows.at(-1)!.id}, TINs equal${hidden ? ` (${hidden} entrepreneurs' TINs hidden from the ANALYST key)` : ''}`;
}
