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
}
