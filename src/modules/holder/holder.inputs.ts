// Mutation inputs of holders. Shapes only: every value is validated by holder.schemas.ts at the edge.
import { Field, ID, InputType, Int } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { HolderKind, OwnershipForm, RegistrationStatus } from './holder.enums.js';

@InputType({ description: 'Holder fields the holder itself may edit (base of the holder inputs).' })
export class EditableHolderFields {
  @Field(() => String, { nullable: true, description: 'Name in Kyrgyz.' })
  nameKy?: string | null;
  @Field(() => String, { nullable: true, description: 'Name in Russian.' })
  nameRu?: string | null;
  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn?: string | null;
  @Field(() => String, { nullable: true, description: 'Legal address.' })
  legalAddress?: string | null;
  @Field(() => String, { nullable: true, description: 'Region code (ISO 3166-2:KG).' })
  regionCode?: string | null;
  @Field(() => String, { nullable: true, description: 'Sector taxonomy key.' })
  sectorKey?: string | null;
  @Field(() => OwnershipForm, { nullable: true, description: 'Form of ownership.' })
  ownershipForm?: OwnershipForm | null;
  @Field(() => String, { nullable: true, description: 'Subordination.' })
  subordination?: string | null;
  @Field(() => String, { nullable: true, description: 'Full name of the head (personal data).' })
  headName?: string | null;
  @Field(() => String, { nullable: true, description: 'Position of the head.' })
  headPosition?: string | null;
  @Field(() => String, { nullable: true, description: 'Organisation phone.' })
  phone?: string | null;
  @Field(() => String, { nullable: true, description: 'Organisation e-mail.' })
  email?: string | null;
  @Field(() => String, { nullable: true, description: 'Person responsible for personal data (personal data).' })
  responsiblePersonName?: string | null;
  @Field(() => String, { nullable: true, description: 'Phone of the responsible person.' })
  responsiblePersonPhone?: string | null;
  @Field(() => String, { nullable: true, description: 'E-mail of the responsible person.' })
  responsiblePersonEmail?: string | null;
  @Field(() => Int, { nullable: true, description: 'Number of staff.' })
  staffCount?: number | null;
}

@InputType({ description: 'A new holder record (ADMIN or INSPECTOR).' })
export class RegisterHolderInput extends EditableHolderFields {
  @Field({ description: 'Taxpayer identification number, 14 digits.' })
  tin!: string;
  @Field(() => HolderKind, { description: 'Kind of holder.' })
  kind!: HolderKind;
  @Field(() => RegistrationStatus, { nullable: true, description: 'Registration stage, when entering an existing Registry record (default NOT_REGISTERED).' })
  registrationStatus?: RegistrationStatus | null;
  @Field(() => String, { nullable: true, description: 'Registry number, for an already registered holder.' })
  registryNumber?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Date the application was submitted.' })
  applicationSubmittedOn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Date of registration.' })
  registeredOn?: string | null;
  @Field(() => DateScalar, { nullable: true, description: 'Date the lists were approved.' })
  listsApprovedOn?: string | null;
}

@InputType({ description: 'Changes to a holder; omitted fields keep their value.' })
export class UpdateHolderInput extends EditableHolderFields {
  @Field(() => ID, { description: 'Global ID of the holder.' })
  id!: string;
  @Field(() => Int, { description: 'The version read; a stale one is a CONFLICT.' })
  version!: number;
}

@InputType({ description: 'A registration step of a holder.' })
export class RegistrationStepInput {
  @Field(() => ID, { description: 'Global ID of the holder.' })
  holderId!: string;
  @Field(() => Int, { description: 'The version read; a stale one is a CONFLICT.' })
  version!: number;
  @Field(() => DateScalar, { nullable: true, description: 'Day of the step (default: today).' })
  on?: string | null;
}

@InputType({ description: 'Entry of a holder in the Registry, with its number.' })
export class ApproveRegistrationInput extends RegistrationStepInput {
  @Field({ description: 'Registry number assigned.' })
  registryNumber!: string;
}

@InputType({ description: 'Removal of a holder from the Registry.' })
export class DeregisterHolderInput extends RegistrationStepInput {
  @Field({ description: 'Why the holder is deregistered (kept in the audit log).' })
  reason!: string;
}
