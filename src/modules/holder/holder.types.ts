// GraphQL shapes of the Registry that are not entities: filters, ordering, payloads, connections.
import { ArgsType, Field, ID, InputType, ObjectType } from 'type-graphql';
import { ConnectionType, PageArgs } from '../../graphql/pagination.js';
import { Holder } from './holder.entity.js';
import { HolderKind, InspectionTrack, RegistrationStatus } from './holder.enums.js';
import { InformationSystem } from './information-system.entity.js';
import { PersonalDataArray } from './personal-data-array.entity.js';
import { registerDescribedEnum } from '../../graphql/enum.js';

export enum HolderOrderField {
  NAME = 'NAME',
  TIN = 'TIN',
  CREATED = 'CREATED',
}
export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerDescribedEnum(HolderOrderField, 'HolderOrderField', 'Sort key of the holders list.', {
  NAME: 'Russian name (Kyrgyz, then English when missing), case-insensitive.',
  TIN: 'Taxpayer identification number.',
  CREATED: 'Order of entry into the hub.',
});
registerDescribedEnum(SortDirection, 'SortDirection', 'Sort direction.', {
  ASC: 'Ascending.',
  DESC: 'Descending.',
});

@InputType({ description: 'Ordering of the holders list (ties broken by id).' })
export class HolderOrder {
  @Field(() => HolderOrderField, { description: 'Sort key.' })
  field!: HolderOrderField;

  @Field(() => SortDirection, { defaultValue: SortDirection.ASC, description: 'Direction.' })
  direction!: SortDirection;
}

@InputType({ description: 'Filter for `holders`; all given conditions must hold.' })
export class HolderFilter {
  @Field(() => [HolderKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: HolderKind[] | null;

  @Field(() => InspectionTrack, { nullable: true, description: 'Only holders on this inspection track.' })
  inspectionTrack?: InspectionTrack | null;

  @Field(() => [String], { nullable: true, description: 'Any of these regions (ISO 3166-2:KG codes).' })
  regionCodes?: string[] | null;

  @Field(() => [RegistrationStatus], { nullable: true, description: 'Any of these registration stages.' })
  registrationStatuses?: RegistrationStatus[] | null;

  @Field(() => [String], { nullable: true, description: 'Any of these sectors, sub-sectors included (`finance` matches `finance.banking`).' })
  sectorKeys?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Text in a name (any language), or an exact TIN or registry number.' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Holders with (true) or without (false) an array of special or biometric data.' })
  processesSpecialCategories?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Holders with (true) or without (false) a planned cross-border transfer.' })
  plansCrossBorderTransfer?: boolean | null;
}

@ArgsType()
export class HoldersArgs extends PageArgs {
  @Field(() => HolderFilter, { nullable: true, description: 'Conditions on the holders.' })
  filter?: HolderFilter | null;

  @Field(() => HolderOrder, { nullable: true, description: 'Ordering (default: NAME ascending).' })
  orderBy?: HolderOrder | null;
}

export const HolderConnection = ConnectionType(Holder, 'Holder', 'holders');

@ObjectType({ description: 'Result of a write on a holder.' })
export class HolderPayload {
  @Field(() => Holder, { description: 'The holder after the write.' })
  holder!: Holder;
}

@ObjectType({ description: 'Result of a write on a personal-data array.' })
export class PersonalDataArrayPayload {
  @Field(() => PersonalDataArray, { description: 'The array after the write.' })
  personalDataArray!: PersonalDataArray;
}

@ObjectType({ description: 'Result of a write on an information system.' })
export class InformationSystemPayload {
  @Field(() => InformationSystem, { description: 'The system after the write.' })
  informationSystem!: InformationSystem;
}

@ObjectType({ description: 'Result of a removal.' })
export class RemovalPayload {
  @Field(() => ID, { description: 'Global ID of the removed object.' })
  removedId!: string;
}
