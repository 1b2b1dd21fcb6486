// GraphQL shapes of the Code of Offences articles the Agency enforces (Arts 413-2 to 413-5, 454, 494-1).
import { Field, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { registerDescribedEnum } from '../../graphql/enum.js';
import { LocalizedText } from '../../graphql/localized-text.js';

export enum DecidedBy {
  AGENCY = 'AGENCY',
  COURT = 'COURT',
}
registerDescribedEnum(DecidedBy, 'DecidedBy', 'Who decides a case.', {
  AGENCY: 'The Agency itself (Art. 494-1).',
  COURT: "A court, on the Agency's protocol (Art. 454).",
});

@ObjectType({ description: 'A Code of Offences article part with its dated sanction tables.' })
export class OffenceArticle {
  @Field({ description: 'Provision address, e.g. `kg/code/2021/128#art_413-2__part_1`.' }) code!: string;
  @Field({ description: 'Article number, e.g. "413-2".' }) article!: string;
  @Field(() => String, { nullable: true, description: 'Part.' }) part!: string | null;
  @Field(() => LocalizedText, { description: 'Offence, per language.' }) title!: LocalizedText;
  @Field(() => DecidedBy, { description: 'Who decides.' }) decidedBy!: DecidedBy;
  @Field(() => String, { nullable: true, description: 'The part that applies to a repeat within a year.' }) repeatCode!: string | null;
  @Field(() => GraphQLJSON, { description: 'Dated fine tables in calculation indicators by offender type, with sources and `verified`.' }) sanctions!: unknown;
}
