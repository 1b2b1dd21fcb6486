// Mutation inputs of arrays and systems. Shapes only: values are validated by holder.schemas.ts.
import { Field, ID, InputType, Int } from 'type-graphql';
import { StorageMedium, ThreatType } from './holder.enums.js';

@InputType({ description: 'Registry fields of an array, Law 58 Art. 30 (base of the array inputs).' })
export class ArrayFieldsInput {
  @Field(() => String, { nullable: true, description: 'Name of the array.' })
  name?: string;
  @Field(() => [String], { nullable: true, description: 'Purposes of collection and use.' })
  purposes?: string[];
  @Field(() => String, { nullable: true, description: 'Methods of collection.' })
  collectionMethods?: string | null;
  @Field(() => String, { nullable: true, description: 'Methods of use.' })
  useMethods?: string | null;
  @Field(() => String, { nullable: true, description: 'Storage modes.' })
  storageModes?: string | null;
  @Field(() => String, { nullable: true, description: 'Storage term.' })
  storageTerm?: string | null;
  @Field(() => [String], { nullable: true, description: 'Data-category keys.' })
  dataCategories?: string[];
  @Field(() => [String], { nullable: true, description: 'Subject-category keys.' })
  subjectCategories?: string[];
  @Field(() => Int, { nullable: true, description: 'Approximate number of subjects.' })
  subjectCount?: number | null;
  @Field(() => String, { nullable: true, description: 'Sources of collection.' })
  sources?: string | null;
  @Field(() => String, { nullable: true, description: 'How subjects are informed.' })
  informingProcedure?: string | null;
  @Field(() => String, { nullable: true, description: 'Security and confidentiality measures.' })
  securityMeasures?: string | null;
  @Field(() => [String], { nullable: true, description: 'Recipients or categories of recipients.' })
  recipients?: string[];
  @Field(() => [String], { nullable: true, description: 'Countries of planned cross-border transfer (ISO alpha-2).' })
  crossBorderCountries?: string[];
  @Field(() => [StorageMedium], { nullable: true, description: 'Media the array is kept on.' })
  media?: StorageMedium[];
}

@InputType({ description: 'A new array of a holder.' })
export class AddPersonalDataArrayInput extends ArrayFieldsInput {
  @Field(() => ID, { description: 'Global ID of the holder.' })
  holderId!: string;
}

@InputType({ description: 'Changes to an array; omitted fields keep their value.' })
export class UpdatePersonalDataArrayInput extends ArrayFieldsInput {
  @Field(() => ID, { description: 'Global ID of the array.' })
  id!: string;
  @Field(() => Int, { description: 'The version read; a stale one is a CONFLICT.' })
  version!: number;
}

@InputType({ description: 'Removal of an array or a system.' })
export class RemoveInput {
  @Field(() => ID, { description: 'Global ID of the object.' })
  id!: string;
  @Field(() => Int, { description: 'The version read; a stale one is a CONFLICT.' })
  version!: number;
  @Field(() => String, { nullable: true, description: 'Why (kept in the audit log).' })
  reason?: string | null;
}

@InputType({ description: 'Fields of an information system (base of the system inputs).' })
export class SystemFieldsInput {
  @Field(() => String, { nullable: true, description: 'Name of the system.' })
  name?: string;
  @Field(() => Boolean, { nullable: true, description: 'State information system (Res. 762).' })
  isStateSystem?: boolean;
  @Field(() => String, { nullable: true, description: 'Hosting country (ISO alpha-2).' })
  hostingCountry?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Reachable from the internet.' })
  internetExposed?: boolean;
  @Field(() => [String], { nullable: true, description: 'Data-category keys processed.' })
  dataCategories?: string[];
  @Field(() => Int, { nullable: true, description: 'Number of subjects.' })
  subjectCount?: number | null;
  @Field(() => Boolean, { nullable: true, description: "Subjects are only the holder's employees." })
  employeesOnly?: boolean;
  @Field(() => ThreatType, { nullable: true, description: 'Type of actual threats.' })
  threatType?: ThreatType | null;
  @Field(() => [ID], { nullable: true, description: "Global IDs of the holder's arrays it processes." })
  arrayIds?: string[];
}

@InputType({ description: 'A new information system of a holder.' })
export class AddInformationSystemInput extends SystemFieldsInput {
  @Field(() => ID, { description: 'Global ID of the holder.' })
  holderId!: string;
}

@InputType({ description: 'Changes to a system; omitted fields keep their value.' })
export class UpdateInformationSystemInput extends SystemFieldsInput {
  @Field(() => ID, { description: 'Global ID of the system.' })
  id!: string;
  @Field(() => Int, { description: 'The version read; a stale one is a CONFLICT.' })
  version!: number;
}
