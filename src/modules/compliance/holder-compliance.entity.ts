// The stored compliance status of each holder (for dashboards over 100,000 holders): recomputed
// when its inputs change, and in full by `npm run compliance:recompute`.
import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, OneToOne, Property } from '@mikro-orm/decorators/legacy';
import { RESULTS } from '../../domain/compliance/results.js';
import { Holder } from '../holder/holder.entity.js';
import type { ComplianceResult } from './compliance.enums.js';

@Entity({ tableName: 'holder_compliance' })
export class HolderCompliance {
  @OneToOne(() => Holder, { primary: true, deleteRule: 'cascade' })
  holder!: Rel<Holder>;

  @Property({ type: 'date' })
  asOf!: string;

  @Index()
  @Enum({ items: () => [...RESULTS], nativeEnumName: 'compliance_result' })
  status!: ComplianceResult;

  @Property({ type: 'double', nullable: true })
  score?: number | null;

  @Property({ type: 'double', nullable: true })
  coverage?: number | null;

  @Property({ type: 'json' })
  counts!: Record<string, number>;

  @Property({ type: 'datetime' })
  computedAt!: Date;
}
