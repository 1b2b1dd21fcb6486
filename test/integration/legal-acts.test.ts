// The legal-act graph over GraphQL, against the migrated and seeded database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  LegalActByCodeDocument,
  LegalActsCodesDocument,
  LegalActsPageDocument,
  NodeByIdDocument,
  ProvisionByCodeDocument,
  VersionOnDocument,
  type LegalActsPageQuery,
} from '../__generated__/graphql.js';
import { startTestHub, type Result, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

describe('legalAct', () => {
  it('answers what Resolution 760 is based on: Law 58 Art. 21', async () => {
    const { data, errors } = await hub.execute(LegalActByCodeDocument, { code: 'kg/government-resolution/2017/760' });
    expect(errors).toBeUndefined();
    expect(data!.legalAct!.basedOn).toContainEqual({
      code: 'kg/law/2008/58#art_21',
      type: 'BASED_ON',
      direction: 'OUTGOING',
      act: { code: 'kg/law/2008/58' },
      provision: { eId: 'art_21' },
    });
  });

  it('shows the same edge from the other end, on the act and on the provision', async () => {
    const law = await hub.execute(LegalActByCodeDocument, { code: 'kg/law/2008/58' });
    expect(law.data!.legalAct!.basisFor.map((l) => l.code)).toContain('kg/government-resolution/2017/760');
    expect(law.data!.legalAct!.amendedBy.map((l) => l.code)).toEqual(expect.arrayContaining(['kg/law/2017/129', 'kg/law/2021/142']));
    const art21 = await hub.execute(ProvisionByCodeDocument, { code: 'kg/law/2008/58#art_21' });
    expect(art21.data!.provision!.referencedBy).toContainEqual({
      code: 'kg/government-resolution/2017/760',
      type: 'BASED_ON',
      direction: 'INCOMING',
    });
  });

  it('links Resolution 638 to Arts 18 and 30, and Resolution 759 to Arts 9 and 24', async () => {
    const res638 = await hub.execute(LegalActByCodeDocument, { code: 'kg/cabinet-resolution/2022/638' });
    expect(res638.data!.legalAct!.basedOn.map((l) => l.code)).toEqual(
      expect.arrayContaining(['kg/law/2008/58#art_18', 'kg/law/2008/58#art_30']),
    );
    const res759 = await hub.execute(LegalActByCodeDocument, { code: 'kg/government-resolution/2017/759' });
    expect(res759.data!.legalAct!.basedOn.map((l) => l.code)).toEqual(
      expect.arrayContaining(['kg/law/2008/58#art_9', 'kg/law/2008/58#art_24']),
    );
  });

  it('gives titles per language, null without fallback where the source has none', async () => {
    const { data } = await hub.execute(LegalActByCodeDocument, { code: 'kg/law/2008/58' });
    expect(data!.legalAct!.titleRu).toMatch(/персональн/i);
    expect(data!.legalAct!.titleKy).toMatch(/маалымат/i);
  });

  it('answers null for an unknown but well-formed code', async () => {
    const { data, errors } = await hub.execute(LegalActByCodeDocument, { code: 'kg/law/1999/1' });
    expect(errors).toBeUndefined();
    expect(data!.legalAct).toBeNull();
  });
});

describe('LegalAct.versionOn', () => {
  const on = async (code: string, date: string) =>
    (await hub.execute(VersionOnDocument, { code, date })).data!.legalAct!.versionOn;

  it('follows Law 58 through its amendments', async () => {
    expect(await on('kg/law/2008/58', '2008-04-17')).toBeNull();
    expect((await on('kg/law/2008/58', '2010-01-01'))!.versionDate).toBe('2008-04-14');
    expect((await on('kg/law/2008/58', '2019-01-01'))!.versionDate).toBe('2017-07-20');
    expect((await on('kg/law/2008/58', '2026-01-01'))!.versionDate).toBe('2021-11-29');
  });

  it('finds no version in force for an act that is not yet in force', async () => {
    expect(await on('kg/code/2025/178', '2026-11-24')).toBeNull();
  });

  it('answers chapter 25 of Resolution 108 only from the day Resolution 668 brought it into force', async () => {
    const before = await on('kg/cabinet-resolution/2022/668', '2022-12-01');
    const after = await on('kg/cabinet-resolution/2022/668', '2024-01-01');
    expect(before).toBeNull();
    expect(after!.status).toBe('IN_FORCE');
  });
});

describe('legalActs', () => {
  it('walks every act in code order through keyset cursors, with a stable totalCount', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    let total = -1;
    for (;;) {
      const res: Result<LegalActsPageQuery> = await hub.execute(LegalActsPageDocument, { first: 4, after });
      expect(res.errors).toBeUndefined();
      const conn = res.data!.legalActs;
      total = conn.totalCount;
      seen.push(...conn.edges.map((e) => e.node.code));
      expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
      expect(conn.pageInfo.endCursor).toBe(conn.edges.at(-1)?.cursor ?? null);
      pages++;
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(total);
    expect(seen).toEqual([...seen].sort());
    expect(pages).toBe(Math.ceil(total / 4));
    expect(total).toBeGreaterThanOrEqual(20);
  });

  it('filters by type and by current status', async () => {
    const drafts = await hub.execute(LegalActsCodesDocument, { first: 100, filter: { types: ['DRAFT'] } });
    const codes = drafts.data!.legalActs.edges.map((e) => e.node);
    expect(codes.length).toBeGreaterThanOrEqual(3);
    expect(codes.every((a) => a.type === 'DRAFT' && a.code.startsWith('kg/draft/'))).toBe(true);
    const discussed = await hub.execute(LegalActsCodesDocument, { first: 100, filter: { statuses: ['PUBLIC_DISCUSSION'] } });
    expect(discussed.data!.legalActs.edges.every((e) => e.node.currentStatus === 'PUBLIC_DISCUSSION')).toBe(true);
  });

  it('filters acts in force on a date', async () => {
    const codes = async (inForceOn: string) =>
      (await hub.execute(LegalActsCodesDocument, { first: 100, filter: { inForceOn } })).data!.legalActs.edges.map((e) => e.node.code);
    const in2010 = await codes('2010-01-01');
    expect(in2010).toContain('kg/law/2008/58');
    expect(in2010).not.toContain('kg/government-resolution/2017/760');
    expect(in2010).not.toContain('kg/code/2025/178');
    expect(await codes('2024-01-01')).toContain('kg/government-resolution/2017/760');
  });

  it('searches titles in Russian and Kyrgyz, case-insensitively', async () => {
    const search = async (s: string) =>
      (await hub.execute(LegalActsCodesDocument, { first: 100, filter: { search: s } })).data!.legalActs.edges.map((e) => e.node.code);
    expect(await search('ОБ ИНФОРМАЦИИ ПЕРСОНАЛЬНОГО')).toContain('kg/law/2008/58');
    expect(await search('жеке мүнөздөгү')).toContain('kg/law/2008/58');
    expect(await search('100%_no_such_title')).toEqual([]);
  });

  it('lists the acts based on a provision', async () => {
    const { data } = await hub.execute(LegalActsCodesDocument, { first: 100, filter: { basedOn: 'kg/law/2008/58#art_21' } });
    expect(data!.legalActs.edges.map((e) => e.node.code)).toEqual(['kg/government-resolution/2017/760']);
  });
});

describe('provision and node', () => {
  it('addresses a point inside an article and walks the tree both ways', async () => {
    const { data } = await hub.execute(ProvisionByCodeDocument, { code: 'kg/law/2008/58#art_17__point_e' });
    expect(data!.provision).toMatchObject({ eId: 'art_17__point_e', kind: 'POINT', act: { code: 'kg/law/2008/58' }, parent: { code: 'kg/law/2008/58#art_17' } });
    const art17 = await hub.execute(ProvisionByCodeDocument, { code: 'kg/law/2008/58#art_17' });
    expect(art17.data!.provision!.children.map((c) => c.code)).toContain('kg/law/2008/58#art_17__point_e');
  });

  it('refetches acts and provisions by global ID', async () => {
    const act = (await hub.execute(LegalActByCodeDocument, { code: 'kg/law/2008/58' })).data!.legalAct!;
    const node = await hub.execute(NodeByIdDocument, { id: act.id });
    expect(node.data!.node).toEqual({ id: act.id, __typename: 'LegalAct', code: 'kg/law/2008/58' });
    const prov = (await hub.execute(ProvisionByCodeDocument, { code: 'kg/law/2008/58#art_30' })).data!.provision!;
    expect((await hub.execute(NodeByIdDocument, { id: prov.id })).data!.node).toMatchObject({ __typename: 'Provision', code: prov.code });
  });
});
