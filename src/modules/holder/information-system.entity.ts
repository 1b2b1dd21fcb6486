// An information system of a holder that processes some of its arrays, with the facts its Res. 760
// protection level is computed from, and whether it is a state information system (Res. 762).
import { Collection, OptionalProps, type Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToMany, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/node.js';
import { Holder } from './holder.entity.js';
import { THREAT_TYPES, ThreatType } from './holder.enums.js';
import { NOTE_DETAILS, OwnedDetail } from './holder.visibility.js';
import { PersonalDataArray } from './personal-data-array.entity.js';

@Entity({ tableName: 'information_system' })
@Unique({ properties: ['holder', 'name'] })
@ObjectType({ implements: Node, simpleResolvers: true, description: 'An information system of a holder and the facts its protection level depends on.' })
export class InformationSystem {
  [OptionalProps]?: 'version' | 'createdAt' | 'updatedAt';

  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Index()
  @ManyToOne(() => Holder, { deleteRule: 'cascade' })
  holder!: Rel<Holder>;

  @Field(() => String, { nullable: true, description: `Name of the system. ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ type: 'text' })
  name!: string;

  @Field(() => Boolean, { nullable: true, description: `Whether it is a state information system (Res. 762). ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ default: false })
  isStateSystem!: boolean;

  @Field(() => String, { nullable: true, description: `Country where it is hosted (ISO 3166-1 alpha-2). ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ length: 2, nullable: true })
  hostingCountry?: string | null;

  @Field(() => Boolean, { nullable: true, description: `Whether it is reachable from the internet. ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ default: false })
  internetExposed!: boolean;

  @Field(() => [String], { nullable: true, description: `Data-category keys it processes (protection-level fact). ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ type: 'text[]' })
  dataCategories!: string[];

  @Field(() => Int, { nullable: true, description: `Number of subjects whose data it holds (protection-level fact). ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ type: 'integer', nullable: true })
  subjectCount?: number | null;

  @Field(() => Boolean, { nullable: true, description: `Whether the subjects are only the holder's employees (protection-level fact). ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Property({ default: false })
  employeesOnly!: boolean;

  @Field(() => ThreatType, { nullable: true, description: `Type of actual threats (protection-level fact). ${NOTE_DETAILS}` })
  @OwnedDetail()
  @Enum({ items: () => [...THREAT_TYPES], nativeEnumName: 'threat_type', nullable: true })
  threatType?: ThreatType | null;

  @ManyToMany(() => PersonalDataArray, undefined, {
    pivotTable: 'information_system_array',
    joinColumn: 'information_system_id',
    inverseJoinColumn: 'personal_data_array_id',
  })
  arrays = new Collection<PersonalDataArray>(this);

  @Field(() => Int, { description: 'Row version for optimistic concurrency.' })
  @Property({ version: true })
  version!: number;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
