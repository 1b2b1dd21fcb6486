// A rule table (e.g. the Res. 760 protection levels) loaded from seeds/rule-tables/: its identity
// (the entity; rows/default mirror the version in force when it was loaded) and its dated versions (rule_table_version,
// append-only), which answers on a date read through `loadRuleTables`.
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RuleTableVersion } from '../../domain/rules/rule-table.js';
import type { Rule } from '../../domain/rules/rule.js';
import type { LocalizedTextData } from '../../graphql/localized-text.js';

@Entity({ tableName: 'rule_table' })
export class RuleTableRecord {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ unique: true })
  code!: string;

  @Property()
  kind!: string;

  @Property()
  sourceActCode!: string;

  @Property({ type: 'json' })
  titles!: LocalizedTextData;

  @Property()
  verified!: boolean;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'json' })
  defaultResult!: unknown;

  @Property({ type: 'json' })
  rows!: { id: string; result: unknown; when: Rule; note?: string | null }[];

  @Property({ nullable: true })
  seedHash?: string | null;
}

/** A stored version, as the answers use it (see src/domain/rules/rule-table.ts) and the API shows it. */
export interface StoredRuleTableVersion extends RuleTableVersion<unknown> {
  file: string;
  fileSha256: string;
  loadedBy: string;
  loadedAt: string;
}

export interface StoredRuleTable {
  code: string;
  kind: string;
  sourceActCode: string;
  titles: LocalizedTextData;
  /** Oldest first. */
  versions: StoredRuleTableVersion[];
}

const perEm = new WeakMap<EntityManager, Promise<StoredRuleTable[]>>();

/** Every rule table with its dated versions (read once per entity manager, i.e. per request). */
export function loadRuleTables(em: EntityManager): Promise<StoredRuleTable[]> {
  let p = perEm.get(em);
  if (!p) {
    p = readRuleTables(em);
    perEm.set(em, p);
    p.catch(() => perEm.delete(em));
  }
  return p;
}

async function readRuleTables(em: EntityManager): Promise<StoredRuleTable[]> {
  const rows = await em.execute<(Omit<StoredRuleTable, 'versions'> & { id: number })[]>(
    `select id, code, kind, source_act_code as "sourceActCode", titles from rule_table order by id`,
  );
  const versions = await em.execute<(StoredRuleTableVersion & { tableId: number; defaultResult: unknown })[]>(
    `select rule_table_id as "tableId", version, valid_from::text as "validFrom", verified, note, when_facts_missing as "whenFactsMissing",
            default_result as "defaultResult", rows, file, file_sha256 as "fileSha256", loaded_by as "loadedBy", to_char(loaded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as "loadedAt"
     from rule_table_version order by rule_table_id, version`,
  );
  return rows.map((t) => ({
    code: t.code,
    kind: t.kind,
    sourceActCode: t.sourceActCode,
    titles: t.titles,
    versions: versions
      .filter((v) => v.tableId === t.id)
      .map(({ tableId: _, defaultResult, ...v }) => ({ ...v, code: t.code, default: defaultResult })),
  }));
}
