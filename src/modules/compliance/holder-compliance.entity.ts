// The stored compliance status of each holder (for dashboards over 100,000 holders): recomputed
// when its inputs change, and in full by `npm run compliance:recompute`.
import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { AGGREGATE_STATUSES, type AggregateStatus } from '../../domain/compliance/aggregate.js';
import { Holder } from '../holder/holder.entity.js';

@Entity({ tableName: 'holder_compliance' })
export class HolderCompliance {
  @OneToOne(() => Holder, { primary: true, deleteRule: 'cascade' })
  holder!: Rel<Holder>;

  @Index()
  @Property({ type: 'date' })
  asOf!: string;

  @Index()
  /** The aggregate rule of src/domain/compliance/aggregate.ts (PARTIALLY_ASSESSED included). */
  @Enum({ items: () => [...AGGREGATE_STATUSES], nativeEnumName: 'compliance_status' })
  status!: AggregateStatus;

  @Property({ type: 'double', nullable: true })
  score?: number | null;

  @Property({ type: 'double', nullable: true })
  coverage?: number | null;

  @Property({ type: 'json' })
  counts!: Record<string, number>;

  @Property({ type: 'datetime' })
  computedAt!: Date;

  /** Risk degree by the points table in risk_table, as of asOf (Migration20261202020000_stored_risk); null: not computed. */
  @Index()
  @Property({ type: 'text', nullable: true })
  riskDegree?: string | null;

  @Property({ type: 'double', nullable: true })
  riskPoints?: number | null;

  @Property({ type: 'json', nullable: true })
  riskTable?: { code: string; version: string | number; verified: boolean } | null;

  /** The holder's systems counted per protection level ("UNDETERMINED" when the table cannot decide). */
  @Index()
  @Property({ type: 'json', nullable: true })
  protectionLevels?: Record<string, number> | null;
}
