// Every entity the ORM maps, listed explicitly (no glob discovery: it breaks under bundlers and Node 20).
import { AuditLogEntry } from '../modules/audit/audit-log-entry.entity.js';
import { ApiKey } from '../modules/auth/api-key.entity.js';
import { Holder } from '../modules/holder/holder.entity.js';
import { InformationSystem } from '../modules/holder/information-system.entity.js';
import { PersonalDataArray } from '../modules/holder/personal-data-array.entity.js';
import { LegalAct } from '../modules/legal-act/legal-act.entity.js';
import { LegalActVersion } from '../modules/legal-act/legal-act-version.entity.js';
import { LegalRelation } from '../modules/legal-act/legal-relation.entity.js';
import { Provision } from '../modules/legal-act/provision.entity.js';
import { ProvisionText } from '../modules/legal-act/provision-text.entity.js';
import { TaxonomyTerm } from '../modules/taxonomy/taxonomy-term.entity.js';
import { HolderCompliance } from '../modules/compliance/holder-compliance.entity.js';
import { Requirement } from '../modules/compliance/requirement.entity.js';
import { RequirementAssessment } from '../modules/compliance/requirement-assessment.entity.js';
import { RuleTableRecord } from '../modules/reference/rule-table.entity.js';
import { Inspection } from '../modules/inspection/inspection.entity.js';
import { InspectionFinding } from '../modules/inspection/inspection-finding.entity.js';
import { InspectionPlan } from '../modules/inspection/inspection-plan.entity.js';
import { InspectorConflict } from '../modules/inspection/inspector-conflict.entity.js';
import { ReferenceDocument } from '../modules/reference/reference-document.entity.js';
import { Violation } from '../modules/violation/violation.entity.js';

export const entities = [
  LegalAct,
  LegalActVersion,
  Provision,
  ProvisionText,
  LegalRelation,
  TaxonomyTerm,
  Holder,
  PersonalDataArray,
  InformationSystem,
  ApiKey,
  AuditLogEntry,
  Requirement,
  RuleTableRecord,
  RequirementAssessment,
  HolderCompliance,
  ReferenceDocument,
  Violation,
  InspectionPlan,
  Inspection,
  InspectionFinding,
  InspectorConflict,
];
