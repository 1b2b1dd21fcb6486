// GraphQL shapes of offenders and penalty decisions (Code of Offences Arts 413-2…413-5; Art. 31 caps).
import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { DateScalar } from '../../graphql/date.scalar.js';
import { enumObject, registerDescribedEnum } from '../../graphql/enum.js';
import { DecidedBy } from './offence-article.types.js';

export const OffenderRole = enumObject(['LEGAL_ENTITY', 'OFFICIAL', 'INDIVIDUAL_ENTREPRENEUR'] as const);
export type OffenderRole = (typeof OffenderRole)[keyof typeof OffenderRole];
registerDescribedEnum(OffenderRole, 'OffenderRole', 'Who is named as the offender of a violation.', {
  LEGAL_ENTITY: 'The holder, as a legal entity.',
  OFFICIAL: 'An official of the holder (a named natural person), fined separately from the entity.',
  INDIVIDUAL_ENTREPRENEUR: 'The holder, an individual entrepreneur.',
});
export const OffenderType = enumObject(['INDIVIDUAL', 'OFFICIAL', 'LEGAL_ENTITY'] as const);
export type OffenderType = (typeof OffenderType)[keyof typeof OffenderType];
registerDescribedEnum(OffenderType, 'OffenderType', "The Code of Offences' category whose fine figures apply.", {
  INDIVIDUAL: 'Individual (natural person).',
  OFFICIAL: 'Official.',
  LEGAL_ENTITY: 'Legal entity.',
});

@InputType({ description: 'An offender of a violation. Officials must be named; the name and position are personal data.' })
export class OffenderInput {
  @Field(() => OffenderRole, { description: 'Who: the holder as a legal entity or entrepreneur, or an official.' }) role!: OffenderRole;
  @Field(() => String, { nullable: true, description: 'Officials: full name (personal data).' }) personName?: string | null;
  @Field(() => String, { nullable: true, description: 'Officials: position (personal data).' }) personPosition?: string | null;
}

@ObjectType({ description: 'A penalty decision: the fine imposed on one offender of a violation, the dated fact repetition is counted from.' })
export class PenaltyDecision {
  @Field(() => Int, { description: 'Id (cited by the reasons of a repeat).' }) id!: number;
  @Field(() => Int, { description: 'The offender fined (`ViolationOffender.id`).' }) offenderId!: number;
  @Field(() => DateScalar, { description: 'Date of the decision imposing the penalty.' }) decidedOn!: string;
  @Field(() => DecidedBy, { description: 'The Agency (Art. 494-1) or a court.' }) decidedBy!: DecidedBy;
  @Field({ description: 'The article part the penalty was imposed under.' }) articleCode!: string;
  @Field(() => Float, { description: 'Fine in calculation indicators (ЭК).' }) fineIndicators!: number;
  @Field(() => Float, { nullable: true, description: 'Fine in soms at the rate in force on the commission date (rate unverified while its seed says so).' }) fineSoms!: number | null;
  @Field(() => Float, { nullable: true, description: 'Soms per calculation indicator used.' }) rateSoms!: number | null;
  @Field(() => DateScalar, { nullable: true, description: 'From when that rate applies.' }) rateValidFrom!: string | null;
  @Field(() => [String], { description: 'Why: offender, Code version, repetition, table, cap, rate, who decided.' }) reasons!: string[];
}

@ObjectType({ description: 'One offender of a violation, with its own sanction.' })
export class ViolationOffender {
  @Field(() => Int, { description: 'Id.' }) id!: number;
  @Field(() => OffenderRole, { description: 'Who.' }) role!: OffenderRole;
  @Field(() => OffenderType, { description: 'Fined as (seeds/sanctions offenderRoles, or offenderTypes when assumed).' }) offenderType!: OffenderType;
  @Field({ description: 'True when no offender was named and the holder itself is assumed.' }) assumed!: boolean;
  @Field(() => String, { nullable: true, description: 'Officials: name. Personal data: null unless the viewer is ADMIN or INSPECTOR.' }) personName!: string | null;
  @Field(() => String, { nullable: true, description: 'Officials: position. Personal data: null unless the viewer is ADMIN or INSPECTOR.' }) personPosition!: string | null;
  @Field(() => GraphQLJSON, { nullable: true, description: 'Sanction: article part, repeat and the decision that made it one, fine, Art. 31 cap, reasons (proposed until decided).' }) sanction!: unknown;
  @Field(() => PenaltyDecision, { nullable: true, description: 'The penalty decided on this offender, if any.' }) decision!: PenaltyDecision | null;
}
