// What the OSCAL export is built from (oscal.ts): plain data the route has read, already cut to
// what the viewer may see.
import type { ComplianceResult } from '../domain/compliance/results.js';
import type { Sanction } from '../domain/sanctions/sanction.js';
import type { ViolationStatusValue } from '../domain/sanctions/violation-status.js';
import type { EvidenceData } from '../modules/compliance/requirement-assessment.entity.js';
import type { ChecklistItem } from '../modules/inspection/inspection.entity.js';

export interface OscalFindingInput {
  itemKey: string;
  result: ComplianceResult;
  note: string | null;
  evidence: EvidenceData[];
  /** When the finding was last recorded (ISO date-time), from the audit log. */
  recordedAt: string | null;
}

export interface OscalOffenderInput {
  role: string;
  offenderType: string;
  assumed: boolean;
  /** Only for viewers who may see officials' names (the Agency); else null. */
  personName: string | null;
  personPosition: string | null;
  sanction: Sanction | null;
}

export interface OscalViolationInput {
  id: number;
  version: number;
  status: ViolationStatusValue;
  offenceArticleCode: string | null;
  provisionCodes: string[];
  requirementCodes: string[];
  arrayId: number | null;
  systemId: number | null;
  detectedOn: string;
  closedOn: string | null;
  description: string | null;
  sanction: Sanction | null;
  offenders: OscalOffenderInput[];
}

export interface OscalInput {
  inspection: {
    id: number;
    version: number;
    planned: boolean;
    planId: number | null;
    ground: string | null;
    track: string;
    legalBasis: string;
    inspectorIds: number[];
    noticeDate: string | null;
    startDate: string;
    endDate: string;
    checklist: ChecklistItem[];
    report: Record<string, unknown> | null;
  };
  holder: { id: number; kind: string; name: string | null; registryNumber: string | null; tin: string | null };
  /** Names of the arrays and systems that checklist items target, by `ARRAY:<id>` / `SYSTEM:<id>`. */
  targetNames: Record<string, string>;
  findings: OscalFindingInput[];
  violations: OscalViolationInput[];
  /** The latest change to the inspection or its violations (ISO date-time). */
  lastModified: string;
}
