// Reference data documents loaded from seeds/ as a whole (the sanction tables of the Code of
// Offences, the inspection rules): validated when seeded, read by code.
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

@Entity({ tableName: 'reference_document' })
export class ReferenceDocument {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property({ unique: true })
  code!: string;

  @Property({ type: 'json' })
  body!: unknown;

  @Property({ nullable: true })
  seedHash?: string | null;
}
