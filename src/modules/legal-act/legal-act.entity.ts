// LegalAct: the Work (Akoma Ntoso FRBRWork / ELI LegalResource), identified by a stable code
// `kg/<type>/<year>/<number>`. Titles live on its versions (expressions), not here.
import { Entity, Enum, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';
import { DateScalar } from '../../graphql/date.scalar.js';
import { LocalizedText, type LocalizedTextData } from '../../graphql/localized-text.js';
import { Node } from '../../graphql/node.js';
import { LegalActType, VersionStatus } from './legal-act.enums.js';

@Entity({ tableName: 'legal_act' })
@Directive('@key(fields: "code")')
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A legal act as a work: law, code, resolution, decree, draft or guidance. Federation entity keyed by `code`.' })
export class LegalAct {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Field({ description: 'Stable code `kg/<type>/<year>/<number>` (drafts: `kg/draft/<year>/<slug>`).' })
  @Property({ unique: true })
  code!: string;

  @Field(() => LegalActType, { description: 'Kind of act.' })
  @Enum({ items: () => LegalActType, nativeEnumName: 'legal_act_type' })
  type!: LegalActType;

  @Field(() => String, { nullable: true, description: 'Official number, e.g. "58"; null for drafts.' })
  @Property({ nullable: true })
  number?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date of adoption (signature); null for drafts.' })
  @Property({ type: 'date', nullable: true })
  adoptedOn?: string | null;

  @Field(() => LocalizedText, { nullable: true, description: 'Issuing body.' })
  @Property({ type: 'json', nullable: true })
  issuer?: LocalizedTextData | null;

  @Field(() => VersionStatus, { description: 'Status of the latest version, as recorded in the sources.' })
  @Enum({ items: () => VersionStatus, nativeEnumName: 'version_status' })
  currentStatus!: VersionStatus;

  /** Hash of the seed record this row was loaded from; an unchanged file rewrites nothing. */
  @Property({ nullable: true })
  seedHash?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();
}
