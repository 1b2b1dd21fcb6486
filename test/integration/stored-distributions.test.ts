// Risk-degree and protection-level distributions read the values the compliance recompute stores
// (Migration20261202020000_stored_risk): equal to the live answers of riskDegree and
// protectionLevel for every holder and system, and NOT_COMPUTED for what was never recomputed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBishkek } from '../../src/clock.js';
import type { Viewer } from '../../src/domain/access/roles.js';
import { toGlobalId } from '../../src/graphql/node.js';
import { HolderRiskDocument, StoredDistributionsDocument, SystemProtectionLevelDocument } from '../__generated__/graphql.js';
import { makeArray, makeHolder, makeSystem } from '../factories/registry.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
let analyst: Viewer;
let inspector: Viewer;
const holders: { id: number; tin: string }[] = [];
const systems: number[] = [];

beforeAll(async () => {
  hub = await startTestHub();
  analyst = await hub.viewerFor('ANALYST');
  inspector = await hub.viewerFor('INSPECTOR');
  const clinic = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Клиника Риск»', sectorKey: 'health' });
  const patients = await makeArray(hub.orm.em, clinic.id, { dataCategories: ['special.health'], subjectCategories: ['patient'], subjectCount: 150_000 });
  systems.push((await makeSystem(hub.orm.em, clinic.id, [patients.id], { internetExposed: true })).id);
  const shop = await makeHolder(hub.orm.em, { nameRu: 'ОсОО «Магазин Риск»', sectorKey: 'retail' });
  const staff = await makeArray(hub.orm.em, shop.id);
  systems.push((await makeSystem(hub.orm.em, shop.id, [staff.id])).id);
  systems.push((await makeSystem(hub.orm.em, shop.id, [staff.id], { name: 'Учёт 2' })).id);
  holders.push({ id: clinic.id, tin: clinic.tin }, { id: shop.id, tin: shop.tin });
});
afterAll(() => hub.close());

const tally = (keys: string[]) => {
  const m = new Map<string, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
};

describe('stored distributions', () => {
  it('count each holder by its live risk degree and each system by its live protection level', async () => {
    const { data, errors } = await hub.execute(StoredDistributionsDocument, {}, analyst);
    expect(errors, JSON.stringify(errors)).toBeUndefined();
    const degrees = [];
    for (const h of holders) degrees.push((await hub.execute(HolderRiskDocument, { tin: h.tin }, inspector)).data!.holder!.riskDegree!.degree);
    expect(new Map(data!.riskDistribution.map((e) => [e.key, e.count]))).toEqual(tally(degrees));
    const levels = [];
    for (const id of systems) {
      const level = (await hub.execute(SystemProtectionLevelDocument, { id: toGlobalId('InformationSystem', id) }, inspector)).data!.informationSystem!.protectionLevel!.level;
      levels.push(level === null ? 'UNDETERMINED' : String(level));
    }
    expect(new Map(data!.protectionLevelDistribution.map((e) => [e.key, e.count]))).toEqual(tally(levels));
    expect(data!.riskDistribution.every((e) => e.asOfTo === todayInBishkek())).toBe(true);
  });

  it('reports what was never recomputed as NOT_COMPUTED, and is not for PUBLIC', async () => {
    await hub.orm.em.fork().execute('update holder_compliance set risk_degree = null, risk_table = null, protection_levels = null where holder_id = ?', [holders[1]!.id]);
    const { data } = await hub.execute(StoredDistributionsDocument, {}, analyst);
    expect(data!.riskDistribution.find((e) => e.key === 'NOT_COMPUTED')?.count).toBe(1);
    expect(data!.protectionLevelDistribution.find((e) => e.key === 'NOT_COMPUTED')?.count).toBe(2);
    const pub = await hub.execute(StoredDistributionsDocument, {});
    expect(pub.errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
