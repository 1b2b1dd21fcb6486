// Every ORM write is checked against its columns' sizes before it reaches PostgreSQL, so a value
// too long for a varchar(n) is BAD_USER_INPUT naming the field, never "value too long for type
// character varying(255)" as INTERNAL_SERVER_ERROR. One net under every input schema's own limits.
import type { EntityProperty, EventSubscriber, FlushEventArgs } from '@mikro-orm/core';
import { AppError } from '../errors.js';
import { textProblem } from './storable-text.js';

const VARCHAR = /^(?:varchar|character varying)\((\d+)\)$/i;

function maxLength(prop: EntityProperty): number | null {
  const m = VARCHAR.exec(prop.columnTypes?.[0] ?? '');
  return m ? Number(m[1]) : null;
}

export class ColumnLimits implements EventSubscriber {
  onFlush({ uow }: FlushEventArgs): void {
    for (const cs of uow.getChangeSets()) {
      for (const [name, value] of Object.entries(cs.payload ?? {})) {
        if (typeof value !== 'string') continue;
        const prop = cs.meta.properties[name as keyof typeof cs.meta.properties] as EntityProperty | undefined;
        const max = prop ? maxLength(prop) : null;
        // PostgreSQL counts characters, as JavaScript's code points are counted here.
        if (max !== null && [...value].length > max) throw AppError.badInput(`input.${name}`, `must be at most ${max} characters`);
        const problem = textProblem(value);
        if (problem) throw AppError.badInput(`input.${name}`, problem);
      }
    }
  }
}
