// The stored per-holder compliance status as GraphQL answers it (read by the storedCompliance
// loader and holder-compliance.queries.ts): a type of its own, so the loaders need no query module.
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { AggregateStatus } from './compliance.enums.js';

@ObjectType({ description: 'A holder’s stored compliance status.' })
export class StoredCompliance {
  @Field(() => AggregateStatus, { description: 'Status (the rule of complianceStatus: PARTIALLY_ASSESSED while some applicable obligations are not assessed).' })
  status!: AggregateStatus;
  @Field(() => Float, { nullable: true, description: 'Weighted score 0–100.' })
  score!: number | null;
  @Field(() => Float, { nullable: true, description: 'Assessed share of the applicable weight.' })
  coverage!: number | null;
  @Field(() => DateScalar, { description: 'Date it was computed as of.' })
  asOf!: string;
  @Field(() => Int, { description: 'Applicable obligations not assessed.' })
  notAssessed!: number;
}
