import { Args, ArgsType, Ctx, Field, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { PageArgs } from '../../graphql/pagination.js';
import { listAuditLog } from './audit.service.js';
import { AuditLogConnection, AuditLogFilter } from './audit.types.js';

@ArgsType()
class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true, description: 'Conditions on the entries.' })
  filter?: AuditLogFilter | null;
}

@Resolver()
export class AuditResolver {
  @Query(() => AuditLogConnection, { description: 'The append-only audit log, newest first (ADMIN, INSPECTOR; FORBIDDEN otherwise).' })
  auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: Context) {
    return listAuditLog(ctx.em, ctx.viewer, args.filter, args);
  }
}
