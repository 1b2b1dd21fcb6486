// A personal-data array: any set of personal data of an indefinite number of subjects, on any medium
// (Agency: archives, card files, information systems, databases), with the Art. 30 Registry fields.
// Name and purposes are public; the rest is resolved with visibility rules in its resolver.
import { OptionalProps, type Rel } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Holder } from './holder.entity.js';
import { StorageMedium } from './holder.enums.js';
import { NOTE_DETAILS, OwnedDetail } from './holder.visibility.js';

@Entity({ tableName: 'personal_data_array' })
@Unique({ properties: ['holder', 'name'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'A personal-data array of a holder (Law 58 Art. 30 Registry entry).' })
export class PersonalDataArray {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne(() => Holder, { deleteRule: 'cascade' })
  holder!: Rel<Holder>;

  @Field({ simple: true, description: 'Name of the array (public).' })
  @Property({ type: 'text' })
  name!: string;

  @Field(() => [String], { simple: true, description: 'Purposes of collection and use (public).' })
  @Property({ type: 'text[]' })
  purposes!: string[];

  @Field(() => String, { nullable: true, description: `Methods of collection. ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ type: 'text', nullable: true })
  collectionMethods?: string | null;

  @Field(() => String, { nullable: true, description: `Methods of use. ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ type: 'text', nullable: true })
  useMethods?: string | null;

  @Field(() => String, { nullable: true, description: `Storage modes. ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ type: 'text', nullable: true })
  storageModes?: string | null;

  @Field(() => String, { nullable: true, description: `Storage term. ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ type: 'text', nullable: true })
  storageTerm?: string | null;

  @Field(() => [String], { nullable: true, description: `Data-category taxonomy keys (\`special.health\`, …). ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Index({ type: 'gin' })
  @Property({ type: 'text[]' })
  dataCategories!: string[];

  @Field(() => [String], { nullable: true, description: `Subject-category taxonomy keys (\`employee\`, …). ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ type: 'text[]' })
  subjectCategories!: string[];

  @Field(() => Int, { nullable: true, description: `Approximate number of subjects. ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ type: 'integer', nullable: true })
  subjectCount?: number | null;

  @Field(() => String, { nullable: true, description: `Sources of collection. ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ type: 'text', nullable: true })
  sources?: string | null;

  @Field(() => String, { nullable: true, description: `How subjects are informed of collection and possible transfer. ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ type: 'text', nullable: true })
  informingProcedure?: string | null;

  @Field(() => String, { nullable: true, description: `Security and confidentiality measures. ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ type: 'text', nullable: true })
  securityMeasures?: string | null;

  @Field(() => [String], { nullable: true, description: `Recipients or categories of recipients. ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ type: 'text[]' })
  recipients!: string[];

  @Field(() => [String], { nullable: true, description: `Countries (ISO 3166-1 alpha-2) of planned cross-border transfer; empty: none. ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ type: 'text[]' })
  crossBorderCountries!: string[];

  @Field(() => [StorageMedium], { nullable: true, description: `Media the array is kept on. ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ type: 'text[]' })
  media!: StorageMedium[];

  @Field(() => Int, { description: 'Row version for optimistic concurrency.' })
  @Property({ version: true })
  version!: number;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
