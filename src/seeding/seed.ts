// Loads the reference content under seeds/ in one transaction: everything is read and validated
// first, then written; any failure rolls back, so a bad file leaves the database as it was.
import { join } from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { SEEDS_DIR } from '../paths.js';
import { readLegalActs } from './read-legal-acts.js';
import { readInspectionRules, writeReferenceDocuments } from './inspection-rules.js';
import { readRequirements, writeRequirements, type RequirementSeedReport } from './requirements.js';
import { readRuleTables, writeRuleTables, type RuleTableSeedReport } from './rule-tables.js';
import { readTaxonomies, writeTaxonomies, type TaxonomySeedReport } from './taxonomies.js';
import { writeLegalActs, type LegalActSeedReport } from './write-legal-acts.js';

export interface SeedReport {
  legalActs: LegalActSeedReport;
  taxonomies: TaxonomySeedReport;
  requirements: RequirementSeedReport;
  ruleTables: RuleTableSeedReport;
  referenceDocuments: { documents: number; changed: number };
}

export async function seedReferenceData(em: EntityManager, seedsDir = SEEDS_DIR): Promise<SeedReport> {
  const legalActs = readLegalActs(join(seedsDir, 'legal-acts'));
  const taxonomies = readTaxonomies(join(seedsDir, 'taxonomies'));
  const requirements = readRequirements(seedsDir, legalActs);
  const ruleTables = readRuleTables(seedsDir, legalActs);
  const documents = readInspectionRules(seedsDir, legalActs);
  return em.fork().transactional(async (tx) => ({
    legalActs: await writeLegalActs(tx, legalActs),
    taxonomies: await writeTaxonomies(tx, taxonomies),
    requirements: await writeRequirements(tx, requirements),
    ruleTables: await writeRuleTables(tx, ruleTables),
    referenceDocuments: await writeReferenceDocuments(tx, documents),
  }));
}
