// Who is fined for a violation. The Code of Offences (Arts 413-2…413-5) fines individuals, officials
// and legal entities, each under its own figures: a violation of a legal entity may name the entity
// and one or more of its officials, each fined separately; an individual entrepreneur is the holder
// itself. When no offender is named, the holder itself is assumed, as its kind's offender type
// (seeds/sanctions offenderTypes, an inference), and the sanction's reasons say so.
import type { HolderKindValue } from '../registry/holder-kind.js';
import { offenderKey, type OffenderFact, type OffenderRole, type OffenderType } from './sanction.js';

export interface OffenderInput {
  role: OffenderRole;
  personName?: string | null;
  personPosition?: string | null;
}

export interface ResolvedOffender extends OffenderFact {
  personName: string | null;
  personPosition: string | null;
}

/** Null when the offenders fit the holder, else the problem and the index it concerns. */
export function offendersProblem(kind: HolderKindValue, offenders: readonly OffenderInput[]): { index: number; field: string; message: string } | null {
  let holderItself = -1;
  for (const [i, o] of offenders.entries()) {
    if (o.role === 'OFFICIAL') {
      if (!o.personName?.trim()) return { index: i, field: 'personName', message: 'an official is fined personally and must be named' };
      continue;
    }
    if (o.personName || o.personPosition) return { index: i, field: 'personName', message: `${o.role} is the holder itself; name and position are for officials` };
    if (o.role === 'INDIVIDUAL_ENTREPRENEUR' && kind !== 'INDIVIDUAL_ENTREPRENEUR') return { index: i, field: 'role', message: `the holder is a ${kind}, not an individual entrepreneur` };
    if (o.role === 'LEGAL_ENTITY' && kind === 'INDIVIDUAL_ENTREPRENEUR') return { index: i, field: 'role', message: 'an individual entrepreneur is not a legal entity' };
    if (holderItself >= 0) return { index: i, field: 'role', message: 'the holder itself is named once' };
    holderItself = i;
  }
  return null;
}

/** Roles as the Code's offender types; with no offender named, the holder itself as its kind's type. */
export function resolveOffenders(input: {
  holderId: number;
  holderKind: HolderKindValue;
  holderLabel: string;
  offenders: readonly OffenderInput[];
  roleTypes: Record<OffenderRole, OffenderType>;
  kindTypes: Record<HolderKindValue, OffenderType>;
}): ResolvedOffender[] {
  if (!input.offenders.length) {
    const type = input.kindTypes[input.holderKind];
    const role: OffenderRole = input.holderKind === 'INDIVIDUAL_ENTREPRENEUR' ? 'INDIVIDUAL_ENTREPRENEUR' : type === 'OFFICIAL' ? 'OFFICIAL' : 'LEGAL_ENTITY';
    return [{ role, type, key: offenderKey(input.holderId, 'LEGAL_ENTITY', null), assumed: true, label: input.holderLabel, personName: null, personPosition: null }];
  }
  return input.offenders.map((o) => {
    const personName = o.personName?.trim() || null;
    return {
      role: o.role,
      type: input.roleTypes[o.role],
      key: offenderKey(input.holderId, o.role, personName),
      assumed: false,
      label: o.role === 'OFFICIAL' ? `an official of ${input.holderLabel}` : input.holderLabel,
      personName,
      personPosition: o.personPosition?.trim() || null,
    };
  });
}
