// GraphQL shapes of the legal-act module that are not entities: links, filters, connection.
import { ArgsType, Field, InputType, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { ConnectionType, PageArgs } from '../../graphql/pagination.js';
import { LegalActType, LinkDirection, RelationType, VersionStatus } from './legal-act.enums.js';
import { LegalAct } from './legal-act.entity.js';
import { Provision } from './provision.entity.js';

@ObjectType({ description: 'One end of a typed edge between acts, seen from the act or provision it is read on.' })
export class LegalLink {
  @Field(() => RelationType, { description: 'Kind of edge.' })
  type!: RelationType;

  @Field(() => LinkDirection, { description: 'OUTGOING when the act read on is the source of the edge.' })
  direction!: LinkDirection;

  @Field({ description: 'Address of the other end: an act code, or `<act code>#<eId>` when the edge points at a provision.' })
  code!: string;

  @Field(() => LegalAct, { description: 'The act at the other end.' })
  act!: LegalAct;

  @Field(() => Provision, { nullable: true, description: 'The provision at the other end, when the edge names one.' })
  provision!: Provision | null;

  @Field(() => Provision, { nullable: true, description: 'The provision on this side the edge starts from or points at, if any.' })
  ownProvision!: Provision | null;

  @Field(() => String, { nullable: true, description: 'Editorial note on the edge.' })
  note!: string | null;
}

@InputType({ description: 'Filter for `legalActs`; all given conditions must hold.' })
export class LegalActFilter {
  @Field(() => [LegalActType], { nullable: true, description: 'Any of these act types.' })
  types?: LegalActType[] | null;

  @Field(() => [VersionStatus], { nullable: true, description: 'Any of these current statuses (status of the latest version).' })
  statuses?: VersionStatus[] | null;

  @Field(() => DateScalar, { nullable: true, description: 'Only acts with a version in force on this date.' })
  inForceOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Case-insensitive text in the code, number or a title in any language.' })
  search?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only acts BASED_ON this act or provision (code or `<code>#<eId>`); NOT_FOUND if it does not exist.',
  })
  basedOn?: string | null;
}

@ArgsType()
export class LegalActsArgs extends PageArgs {
  @Field(() => LegalActFilter, { nullable: true, description: 'Conditions on the acts.' })
  filter?: LegalActFilter | null;
}

export const LegalActConnection = ConnectionType(LegalAct, 'LegalAct', 'legal acts ordered by code');
