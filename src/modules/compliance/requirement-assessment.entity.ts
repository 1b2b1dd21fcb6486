// One assessment of a requirement for a target, with its evidence. History is kept: a new
// assessment is a new row, and "as of D" reads the latest on or before D. A holder's own
// assessment is flagged and never counts as the Agency's finding.
import { OptionalProps, type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ROLES, type RoleValue } from '../../domain/access/roles.js';
import { RESULTS } from '../../domain/compliance/results.js';
import { Holder } from '../holder/holder.entity.js';
import { TARGET_TYPES, type ComplianceResult, type TargetType } from './compliance.enums.js';
import { Requirement } from './requirement.entity.js';

export interface EvidenceData {
  kind: string;
  title: string;
  uri?: string | null;
  sha256?: string | null;
  validUntil?: string | null;
}

@Entity({ tableName: 'requirement_assessment' })
@Index({ properties: ['holder', 'requirement', 'assessedOn'] })
export class RequirementAssessment {
  [OptionalProps]?: 'createdAt';

  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Requirement)
  requirement!: Rel<Requirement>;

  @ManyToOne(() => Holder, { deleteRule: 'cascade' })
  holder!: Rel<Holder>;

  @Enum({ items: () => [...TARGET_TYPES], nativeEnumName: 'target_type' })
  targetType!: TargetType;

  @Property()
  targetId!: number;

  @Enum({ items: () => [...RESULTS], nativeEnumName: 'compliance_result' })
  result!: ComplianceResult;

  @Property({ type: 'date' })
  assessedOn!: string;

  @Property()
  isSelfAssessment!: boolean;

  @Property({ type: 'integer', nullable: true })
  assessorKeyId?: number | null;

  @Enum({ items: () => [...ROLES], nativeEnumName: 'actor_role' })
  assessorRole!: RoleValue;

  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ type: 'json' })
  evidence!: EvidenceData[];

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
