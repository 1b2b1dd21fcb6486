// A conflict of interest an inspector declared with a holder: that inspector cannot be assigned.
import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';

@Entity({ tableName: 'inspector_conflict' })
@Unique({ properties: ['inspectorId', 'holderId'] })
export class InspectorConflict {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  @Property()
  inspectorId!: number;

  @Property()
  holderId!: number;

  @Property({ type: 'date' })
  declaredOn!: string;

  @Property({ type: 'text', nullable: true })
  note?: string | null;
}
