// A rule table (e.g. the Res. 760 protection levels) loaded from seeds/rule-tables/.
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
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
