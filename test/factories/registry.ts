// Registry records built through the real commands (validation, audit and all), with readable
// deterministic defaults; each test overrides only what it asserts on.
import type { EntityManager } from '@mikro-orm/postgresql';
import { OPERATOR } from '../../src/modules/auth/api-key.service.js';
import { addInformationSystem, addPersonalDataArray } from '../../src/modules/holder/array.commands.js';
import { registerHolder } from '../../src/modules/holder/holder.commands.js';
import type { ArrayFields, HolderFieldsInput, SystemFields } from '../../src/modules/holder/holder.schemas.js';
import { toGlobalId } from '../../src/graphql/node.js';

let sequence = 0;

/** A unique organisation TIN: 14 digits starting with 0. */
export function nextTin(): string {
  sequence++;
  return `0${String(Date.now() % 1e7).padStart(7, '0')}${String(sequence).padStart(6, '0')}`;
}

export async function makeHolder(em: EntityManager, overrides: Partial<HolderFieldsInput> = {}) {
  return registerHolder(em, OPERATOR, {
    tin: nextTin(),
    kind: 'COMMERCIAL_ORGANISATION',
    nameRu: 'ОсОО «Тестовая компания»',
    nameKy: '«Тест компаниясы» ЖЧК',
    regionCode: 'KG-GB',
    sectorKey: 'finance.banking',
    legalAddress: 'Бишкек, пр. Чуй, 1',
    headName: 'Асанов Бакыт',
    headPosition: 'Директор',
    responsiblePersonName: 'Иванова Анна',
    responsiblePersonEmail: 'dpo@example.kg',
    staffCount: 40,
    ...overrides,
  });
}

export async function makeArray(em: EntityManager, holderId: number, overrides: Partial<ArrayFields> = {}) {
  return addPersonalDataArray(em, OPERATOR, {
    holderId: toGlobalId('Holder', holderId),
    name: `Кадровый учёт ${++sequence}`,
    purposes: ['Кадровый учёт'],
    dataCategories: ['ordinary.identity.full_name'],
    subjectCategories: ['employee'],
    subjectCount: 40,
    media: ['ELECTRONIC_DATABASE'],
    ...overrides,
  });
}

export async function makeSystem(em: EntityManager, holderId: number, arrayIds: number[], overrides: Partial<SystemFields> = {}) {
  return addInformationSystem(em, OPERATOR, {
    holderId: toGlobalId('Holder', holderId),
    name: `1С: Зарплата ${++sequence}`,
    dataCategories: ['ordinary.identity.full_name'],
    employeesOnly: true,
    threatType: 'TYPE_3',
    arrayIds: arrayIds.map((id) => toGlobalId('PersonalDataArray', id)),
    ...overrides,
  });
}
