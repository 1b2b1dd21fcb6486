// ProvisionText: the words of a provision in one language as one version of its act has them
// (Akoma Ntoso: the provision within an Expression). A version with no row for a provision and
// language has that wording unknown: never filled from another version or language.
import type { Rel } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ObjectType } from 'type-graphql';
import { Lang } from '../../graphql/localized-text.js';
import { LegalActVersion } from './legal-act-version.entity.js';
import { Provision } from './provision.entity.js';
import { TextSource, type TextSourceData } from './source-ref.type.js';

import type { TextLang } from '../../domain/legal/provision-wording.js';

export type { TextLang };

@Entity({ tableName: 'provision_text' })
@Unique({ properties: ['provision', 'version', 'lang'] })
@ObjectType({ simpleResolvers: true, description: 'The words of a provision in one language, as one version of its act has them.' })
export class ProvisionText {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @ManyToOne(() => Provision, { deleteRule: 'cascade' })
  provision!: Rel<Provision>;

  @ManyToOne(() => LegalActVersion, { deleteRule: 'cascade' })
  version!: Rel<LegalActVersion>;

  @Property({ type: 'text' })
  lang!: TextLang;

  @Field(() => String, { nullable: true, description: 'Heading as this wording gives it.' })
  @Property({ type: 'text', nullable: true })
  heading?: string | null;

  @Field({ description: 'The text, exactly as in the source (parts on their own lines).' })
  @Property({ type: 'text', fieldName: 'body' })
  text!: string;

  @Field({ description: 'True where the source breaks off: the text stops at its last whole word.' })
  @Property({ default: false })
  truncated!: boolean;

  @Field(() => String, { nullable: true, description: 'Code of the act that gave this wording (an amendment), when the source says so.' })
  @Property({ type: 'text', nullable: true })
  amendedBy?: string | null;

  @Field({ description: 'False where the wording or the versions it is given for could not be checked.' })
  @Property()
  verified!: boolean;

  @Field(() => String, { nullable: true, description: 'Editorial note: what is unverified and why.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;

  @Field(() => [TextSource], { description: 'Where the words were copied from, and when.' })
  @Property({ type: 'json' })
  sources!: TextSourceData[];
}

/** The GraphQL language of a stored text. */
export const langOf = (t: { lang: TextLang }): Lang => t.lang.toUpperCase() as Lang;
