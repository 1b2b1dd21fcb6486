// An inspection of a holder: planned (from an approved plan entry) or unplanned (on a ground),
// its track and legal basis, inspectors (API keys of INSPECTOR role), dates, status, the checklist
// frozen when it starts, and the report written when it completes.
import { OptionalProps, type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { INSPECTION_STATUSES, type InspectionStatusValue } from '../../domain/inspections/workflow.js';
import { Holder } from '../holder/holder.entity.js';

export interface ChecklistItem {
  key: string;
  requirementCode: string;
  targetType: 'HOLDER' | 'ARRAY' | 'SYSTEM';
  targetId: number;
  title: string | null;
  reasons: string[];
}

@Entity({ tableName: 'inspection' })
@Index({ properties: ['holder', 'startDate'] })
export class Inspection {
  [OptionalProps]?: 'version' | 'createdAt';

  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Holder, { deleteRule: 'cascade' })
  holder!: Rel<Holder>;

  @Property({ type: 'integer', nullable: true })
  planId?: number | null;

  @Property()
  planned!: boolean;

  /** Unplanned inspections: COMPLAINT, RECORDED_VIOLATION, SUBJECT_REQUEST, INSTRUCTION. */
  @Property({ nullable: true })
  ground?: string | null;

  @Property()
  track!: string;

  @Property()
  legalBasis!: string;

  @Property({ type: 'integer[]' })
  inspectorIds!: number[];

  @Property({ type: 'date', nullable: true })
  noticeDate?: string | null;

  @Property({ type: 'date', nullable: true })
  startDate?: string | null;

  @Property({ type: 'date', nullable: true })
  endDate?: string | null;

  @Enum({ items: () => [...INSPECTION_STATUSES], nativeEnumName: 'inspection_status' })
  status!: InspectionStatusValue;

  @Property({ type: 'text', nullable: true })
  cancelReason?: string | null;

  @Property({ type: 'json', nullable: true })
  checklist?: ChecklistItem[] | null;

  @Property({ type: 'json', nullable: true })
  report?: Record<string, unknown> | null;

  @Property({ version: true })
  version!: number;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
