// A term of a controlled vocabulary (regions, data categories, subject categories, sectors) with a
// stable dotted key, loaded from seeds/taxonomies/ (the Fides idea of versioned taxonomies).
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { LocalizedText, type LocalizedTextData } from '../../graphql/localized-text.js';

@Entity({ tableName: 'taxonomy_term' })
@Unique({ properties: ['taxonomy', 'key'] })
@ObjectType({ simpleResolvers: true, description: 'A term of a controlled vocabulary with a stable key and ky/ru/en labels.' })
export class TaxonomyTerm {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field({ description: 'Vocabulary: `region`, `data-category`, `subject-category` or `sector`.' })
  @Property()
  taxonomy!: string;

  @Field({ description: 'Stable key, e.g. `special.health` or `KG-GB`.' })
  @Property()
  key!: string;

  @Field(() => String, { nullable: true, description: 'Key of the parent term, if any.' })
  @Property({ nullable: true })
  parentKey?: string | null;

  @Field(() => LocalizedText, { description: 'Label per language.' })
  @Property({ type: 'json' })
  label!: LocalizedTextData;

  @Field(() => LocalizedText, { nullable: true, description: 'Description per language.' })
  @Property({ type: 'json', nullable: true })
  description?: LocalizedTextData | null;

  @Field(() => String, { nullable: true, description: 'Regions: OBLAST or CITY.' })
  @Property({ nullable: true })
  kind?: string | null;

  @Field({ description: 'False where the term or its label could not be checked.' })
  @Property({ default: true })
  verified!: boolean;

  @Field(() => String, { nullable: true, description: 'Editorial note.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Property({ nullable: true, hidden: true })
  seedHash?: string | null;
}
