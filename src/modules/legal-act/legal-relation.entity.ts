// LegalRelation: a typed edge (ELI amends / repeals / based_on / cites) from an act, or one of its
// provisions, to another act or provision. E.g. Res. 760 BASED_ON Law 58 Art. 21.
import type { Rel } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { RelationType } from './legal-act.enums.js';
import { LegalAct } from './legal-act.entity.js';
import { Provision } from './provision.entity.js';

@Entity({ tableName: 'legal_relation' })
export class LegalRelation {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Enum({ items: () => RelationType, nativeEnumName: 'relation_type' })
  type!: RelationType;

  @Index()
  @ManyToOne(() => LegalAct, { deleteRule: 'cascade' })
  sourceAct!: Rel<LegalAct>;

  @ManyToOne(() => Provision, { nullable: true, deleteRule: 'cascade' })
  sourceProvision?: Rel<Provision> | null;

  @Index()
  @ManyToOne(() => LegalAct, { deleteRule: 'cascade' })
  targetAct!: Rel<LegalAct>;

  @Index()
  @ManyToOne(() => Provision, { nullable: true, deleteRule: 'cascade' })
  targetProvision?: Rel<Provision> | null;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
