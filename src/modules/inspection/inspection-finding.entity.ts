// A finding on one checklist item of an inspection; recorded (and re-recorded) until completion.
import { Entity, Enum, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { RESULTS, type ComplianceResult } from '../../domain/compliance/results.js';
import type { EvidenceData } from '../compliance/requirement-assessment.entity.js';

@Entity({ tableName: 'inspection_finding' })
@Unique({ properties: ['inspectionId', 'itemKey'] })
export class InspectionFinding {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property()
  inspectionId!: number;

  @Property()
  itemKey!: string;

  @Enum({ items: () => [...RESULTS], nativeEnumName: 'compliance_result' })
  result!: ComplianceResult;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'json' })
  evidence!: EvidenceData[];

  /** For a NON_COMPLIANT item: the offence article of the violation to record. */
  @Property({ nullable: true })
  offenceArticleCode?: string | null;
}
