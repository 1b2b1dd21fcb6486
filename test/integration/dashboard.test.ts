// Dashboard aggregates over the Registry: breakdowns by a dimension and a monthly trend.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HolderBreakdownDocument, RegistrationsPerMonthDocument } from '../__generated__/graphql.js';
import { makeHolder } from '../factories/registry.js';
import { startTestHub, type TestHub } from '../support/test-hub.js';

let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
  //   3 in Bishkek (2 registered in March 2025, 1 in May 2025), 1 in Osh not registered
  const registered = (month: string, n: number) => ({
    registrationStatus: 'REGISTERED' as const,
    registryNumber: `RPD-DASH-${month}-${n}`,
    applicationSubmittedOn: `2025-${month}-01`,
    registeredOn: `2025-${month}-15`,
  });
  await makeHolder(hub.orm.em, { regionCode: 'KG-GB', ...registered('03', 1) });
  await makeHolder(hub.orm.em, { regionCode: 'KG-GB', ...registered('03', 2) });
  await makeHolder(hub.orm.em, { regionCode: 'KG-GB', ...registered('05', 1) });
  await makeHolder(hub.orm.em, { regionCode: 'KG-GO', sectorKey: 'retail' });
});
afterAll(() => hub.close());

describe('dashboards', () => {
  it('counts holders by region and by registration status, largest first', async () => {
    const byRegion = (await hub.execute(HolderBreakdownDocument, { by: 'REGION' })).data!.holderBreakdown;
    expect(byRegion).toEqual([{ key: 'KG-GB', holders: 3 }, { key: 'KG-GO', holders: 1 }]);
    const byStatus = (await hub.execute(HolderBreakdownDocument, { by: 'REGISTRATION_STATUS' })).data!.holderBreakdown;
    expect(byStatus).toEqual([{ key: 'REGISTERED', holders: 3 }, { key: 'NOT_REGISTERED', holders: 1 }]);
  });

  it('keeps breakdowns by non-public dimensions from PUBLIC, and gives them to analysts', async () => {
    const { errors } = await hub.execute(HolderBreakdownDocument, { by: 'SECTOR' });
    expect(errors![0]!.extensions).toMatchObject({ code: 'FORBIDDEN', field: 'by' });
    const { data } = await hub.execute(HolderBreakdownDocument, { by: 'SECTOR' }, await hub.viewerFor('ANALYST'));
    expect(data!.holderBreakdown).toEqual([{ key: 'finance', holders: 3 }, { key: 'retail', holders: 1 }]);
  });

  it('gives registrations per month, with empty months', async () => {
    const { data } = await hub.execute(RegistrationsPerMonthDocument, { from: '2025-02-01', to: '2025-05-31' });
    expect(data!.registrationsPerMonth).toEqual([
      { month: '2025-02', registered: 0 },
      { month: '2025-03', registered: 2 },
      { month: '2025-04', registered: 0 },
      { month: '2025-05', registered: 1 },
    ]);
  });
});
