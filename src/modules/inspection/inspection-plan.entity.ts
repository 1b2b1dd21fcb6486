// An approved (frozen) inspection plan: its inputs, entries and exclusions as computed on approval,
// and the SHA-256 of their canonical JSON, so later data changes never alter it and anyone can
// recompute the hash. One plan per hash: approving the same input again answers the first plan.
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

@Entity({ tableName: 'inspection_plan' })
export class InspectionPlan {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property()
  year!: number;

  @Property()
  track!: string;

  @Property({ nullable: true })
  regionCode?: string | null;

  @Property()
  capacity!: number;

  @Property({ type: 'json' })
  frozen!: { inputs: unknown; entries: unknown[]; waiting: unknown[]; excluded: unknown[] };

  @Property({ length: 64 })
  @Unique()
  inputsHash!: string;

  @Property({ type: 'datetime' })
  approvedAt!: Date;

  @Property({ type: 'integer', nullable: true })
  approvedByKeyId?: number | null;
}
