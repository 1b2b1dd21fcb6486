// Provision: a subdivision of an act (AKN eId / ELI LegalResourceSubdivision), addressed as
// `<act code>#<eId>`, e.g. `kg/law/2008/58#art_17__point_e`. Provisions form a tree per act.
import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { LocalizedText, type LocalizedTextData } from '../../graphql/localized-text.js';
import { Node } from '../../graphql/node.js';
import { SourceRef, type SourceRefData } from './source-ref.type.js';
import { ProvisionKind } from './legal-act.enums.js';
import { LegalAct } from './legal-act.entity.js';

@Entity({ tableName: 'provision' })
@Unique({ properties: ['act', 'eId'] })
@Directive('@key(fields: "code")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'An article, part, point or paragraph of a legal act. Federation entity keyed by `code`.' })
export class Provision {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field({ description: 'Address `<act code>#<eId>`, e.g. `kg/law/2008/58#art_21`.' })
  @Property({ unique: true })
  code!: string;

  @ManyToOne(() => LegalAct, { deleteRule: 'cascade' })
  act!: Rel<LegalAct>;

  @Index()
  @ManyToOne(() => Provision, { nullable: true, deleteRule: 'cascade' })
  parent?: Rel<Provision> | null;

  @Field({ description: 'Akoma Ntoso element id within the act, e.g. `art_17__point_e`.' })
  @Property({ fieldName: 'e_id' })
  eId!: string;

  @Field(() => ProvisionKind, { description: 'Structural kind.' })
  @Enum({ items: () => ProvisionKind, nativeEnumName: 'provision_kind' })
  kind!: ProvisionKind;

  @Field(() => String, { nullable: true, description: 'Number or letter as printed, e.g. "17", "e", "413-2".' })
  @Property({ nullable: true })
  number?: string | null;

  @Field(() => LocalizedText, { nullable: true, description: 'Heading per language, where known.' })
  @Property({ type: 'json', nullable: true })
  heading?: LocalizedTextData | null;

  @Field(() => LocalizedText, { nullable: true, description: 'Short summary of the content per language, where known.' })
  @Property({ type: 'json', nullable: true })
  summary?: LocalizedTextData | null;

  @Field(() => Int, { description: 'Document order within the act (0-based, depth-first).' })
  @Property()
  position!: number;

  @Field({ description: 'False where the content could not be checked against the legal text.' })
  @Property({ default: true })
  verified!: boolean;

  @Field(() => [SourceRef], { description: 'Sources for this provision (empty: see the act version sources).' })
  @Property({ type: 'json', default: '[]' })
  sources!: SourceRefData[];
}
