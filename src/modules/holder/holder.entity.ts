// Holder (owner) of personal-data arrays, with the Registry fields of Law 58 Art. 30. Fields that
// are personal data or beyond the public Registry view are resolved with visibility rules in
// holder.resolver.ts; only the public ones are plain fields here.
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { Node } from '../../graphql/node.js';
import { HOLDER_KINDS } from '../../domain/registry/holder-kind.js';
import { REGISTRATION_STATUSES } from '../../domain/registry/registration.js';
import { HolderKind, OWNERSHIP_FORMS, OwnershipForm, RegistrationStatus } from './holder.enums.js';
import { HolderDetail, HolderPersonal, NOTE_DETAILS, NOTE_PERSONAL } from './holder.visibility.js';

@Entity({ tableName: 'holder' })
@Index({ name: 'holder_sort_name_idx', expression: 'create index "holder_sort_name_idx" on "holder" ("sort_name", "id")' })
@Index({ name: 'holder_registered_on_idx', properties: ['registeredOn', 'id'] })
@Index({
  name: 'holder_name_trgm_idx',
  expression: `create index "holder_name_trgm_idx" on "holder" using gin ((coalesce(name_ky, '') || ' ' || coalesce(name_ru, '') || ' ' || coalesce(name_en, '')) gin_trgm_ops)`,
})
// Federation keys: the global `id`, and `tin` for partners that know holders by TIN (an
// entrepreneur's TIN stays masked when read; a partner resolving by a TIN it already has learns nothing).
@Directive('@key(fields: "id")')
@Directive('@key(fields: "tin")')
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A holder (owner) of personal-data arrays registered or known to the Agency. Federation entity keyed by `id` or `tin`.' })
export class Holder {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ autoincrement: true })
  id!: number;

  /** Taxpayer identification number; exposed through a masked field resolver. */
  @Property({ length: 14, unique: true })
  tin!: string;

  @Field(() => HolderKind, { simple: true, description: 'Kind of holder.' })
  @Index()
  @Enum({ items: () => [...HOLDER_KINDS], nativeEnumName: 'holder_kind' })
  kind!: HolderKind;

  @Property({ type: 'text', nullable: true })
  nameKy?: string | null;

  @Property({ type: 'text', nullable: true })
  nameRu?: string | null;

  @Property({ type: 'text', nullable: true })
  nameEn?: string | null;

  /** lower(coalesce(name_ru, name_ky, name_en)): the keyset key of `orderBy: NAME`. */
  @Property({ type: 'text', generated: "(lower(coalesce(name_ru, name_ky, name_en, ''))) stored", nullable: true, hidden: true })
  sortName?: string;

  @Field(() => String, { simple: true, nullable: true, description: 'Number in the Registry, once registered (public).' })
  @Property({ nullable: true, unique: true })
  registryNumber?: string | null;

  @Field(() => RegistrationStatus, { simple: true, description: 'Registration stage (public).' })
  @Index()
  @Enum({ items: () => [...REGISTRATION_STATUSES], nativeEnumName: 'registration_status' })
  registrationStatus!: RegistrationStatus;

  @Field(() => DateScalar, { nullable: true, description: `Date the registration application was submitted. ${NOTE_DETAILS}` })
  @HolderDetail()
  @Property({ type: 'date', nullable: true })
  applicationSubmittedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: `Date of entry in the Registry. ${NOTE_DETAILS}` })
  @HolderDetail()
  @Property({ type: 'date', nullable: true })
  registeredOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: `Date the lists of personal data were approved. ${NOTE_DETAILS}` })
  @HolderDetail()
  @Property({ type: 'date', nullable: true })
  listsApprovedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: `Date of removal from the Registry. ${NOTE_DETAILS}` })
  @HolderDetail()
  @Property({ type: 'date', nullable: true })
  deregisteredOn?: string | null;

  @Field(() => String, { nullable: true, description: `Legal address. ${NOTE_DETAILS}` })
  @HolderDetail()
  @Property({ type: 'text', nullable: true })
  legalAddress?: string | null;

  @Field(() => String, { simple: true, nullable: true, description: 'Region code (ISO 3166-2:KG, e.g. `KG-GB` for Bishkek; public).' })
  @Index()
  @Property({ length: 8, nullable: true })
  regionCode?: string | null;

  @Index()
  @Field(() => String, { nullable: true, description: `Sector taxonomy key, e.g. \`finance.banking\`. ${NOTE_DETAILS}` })
  @HolderDetail()
  @Property({ nullable: true })
  sectorKey?: string | null;

  @Field(() => OwnershipForm, { nullable: true, description: `Form of ownership. ${NOTE_DETAILS}` })
  @HolderDetail()
  @Enum({ items: () => [...OWNERSHIP_FORMS], nativeEnumName: 'ownership_form', nullable: true })
  ownershipForm?: OwnershipForm | null;

  @Field(() => String, { nullable: true, description: `Subordination (parent body), where any. ${NOTE_DETAILS}` })
  @HolderDetail()
  @Property({ type: 'text', nullable: true })
  subordination?: string | null;

  @Field(() => String, { nullable: true, description: `Full name of the head. ${NOTE_PERSONAL}` })
  @HolderPersonal()
  @Property({ type: 'text', nullable: true })
  headName?: string | null;

  @Field(() => String, { nullable: true, description: `Position of the head. ${NOTE_DETAILS}` })
  @HolderDetail()
  @Property({ type: 'text', nullable: true })
  headPosition?: string | null;

  @Field(() => String, { nullable: true, description: `Organisation phone. ${NOTE_DETAILS}` })
  @HolderDetail()
  @Property({ nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true, description: `Organisation e-mail. ${NOTE_DETAILS}` })
  @HolderDetail()
  @Property({ nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true, description: `Person responsible for personal data. ${NOTE_PERSONAL}` })
  @HolderPersonal()
  @Property({ type: 'text', nullable: true })
  responsiblePersonName?: string | null;

  @Field(() => String, { nullable: true, description: `Phone of the responsible person. ${NOTE_PERSONAL}` })
  @HolderPersonal()
  @Property({ nullable: true })
  responsiblePersonPhone?: string | null;

  @Field(() => String, { nullable: true, description: `E-mail of the responsible person. ${NOTE_PERSONAL}` })
  @HolderPersonal()
  @Property({ nullable: true })
  responsiblePersonEmail?: string | null;

  @Field(() => Int, { nullable: true, description: `Number of staff. ${NOTE_DETAILS}` })
  @HolderDetail()
  @Property({ type: 'integer', nullable: true })
  staffCount?: number | null;

  @Field(() => Int, { simple: true, description: 'Row version for optimistic concurrency: pass it back when updating.' })
  @Property({ version: true })
  version!: number;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
