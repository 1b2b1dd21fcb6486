// What holder_compliance should hold for a live `complianceStatus` answer (the stored row keys its
// counts by result, the API by camelCase field).
import type { ComplianceStatusQuery } from '../__generated__/graphql.js';

type Live = Pick<ComplianceStatusQuery['complianceStatus'], 'status' | 'score' | 'coverage' | 'counts'>;

export function storedFormOf(live: Live) {
  return {
    status: live.status,
    score: live.score,
    coverage: live.coverage,
    counts: {
      COMPLIANT: live.counts.compliant,
      PARTIALLY_COMPLIANT: live.counts.partiallyCompliant,
      NON_COMPLIANT: live.counts.nonCompliant,
      NOT_APPLICABLE: live.counts.notApplicable,
      NOT_ASSESSED: live.counts.notAssessed,
    },
  };
}
