// The requirement catalogue as a filtered connection (ordered by code). The catalogue is small and
// read once per request (the `catalog` loader), so it is filtered in memory.
import { Field, InputType } from 'type-graphql';
import { byCode, memoryPage, type PageArgs } from '../../graphql/pagination.js';
import { TargetType } from './compliance.enums.js';
import type { Requirement } from './requirement.entity.js';

@InputType({ description: 'Filter for `requirements`; all given conditions must hold.' })
export class RequirementFilter {
  @Field(() => [String], { nullable: true, description: 'Brought by any of these acts (`sourceActCode`, e.g. `kg/law/2008/58`).' })
  actCodes?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'Only verified (true) or only unverified (false) requirements.' })
  verified?: boolean | null;

  @Field(() => [TargetType], { nullable: true, description: 'Evaluated for any of these targets.' })
  appliesTo?: TargetType[] | null;

  @Field(() => String, { nullable: true, description: 'Text in the code, a title or the text, in any language (case-insensitive).' })
  search?: string | null;
}

/** The requirements matching `f`, ordered by code. */
export function filterRequirements(all: Iterable<Requirement>, f: RequirementFilter | null | undefined): Requirement[] {
  const search = f?.search?.trim().toLocaleLowerCase();
  const texts = (r: Requirement) => [r.code, ...Object.values(r.titles ?? {}), ...Object.values(r.description ?? {})].filter((t): t is string => typeof t === 'string');
  return [...all]
    .filter((r) => !f?.actCodes?.length || f.actCodes.includes(r.sourceActCode))
    .filter((r) => f?.verified == null || r.verified === f.verified)
    .filter((r) => !f?.appliesTo?.length || f.appliesTo.includes(r.appliesTo))
    .filter((r) => !search || texts(r).some((t) => t.toLocaleLowerCase().includes(search)))
    .sort(byCode);
}

export function listRequirements(all: Iterable<Requirement>, f: RequirementFilter | null | undefined, args: PageArgs) {
  return memoryPage(filterRequirements(all, f), args, (r) => r.code);
}
