// Relay `node(id)`: refetch any object by its global ID through the request's loaders.
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../../context.js';
import { fromGlobalId, Node } from '../../graphql/node.js';
import { canSeeRegistryDetails } from '../../domain/access/roles.js';

type NodeLoader = (ctx: Context, key: number) => Promise<object | null>;

const NODE_LOADERS: Partial<Record<string, NodeLoader>> = {
  LegalAct: (ctx, key) => ctx.loaders.legalActById.load(key),
  LegalActVersion: (ctx, key) => ctx.loaders.versionById.load(key),
  Provision: (ctx, key) => ctx.loaders.provisionById.load(key),
  Holder: (ctx, key) => ctx.loaders.holderById.load(key),
  PersonalDataArray: (ctx, key) => ctx.loaders.arrayById.load(key),
  InformationSystem: (ctx, key) => ctx.loaders.systemById.load(key),
  Violation: async (ctx, key) => {
    const v = await ctx.loaders.violationById.load(key);
    return v && canSeeRegistryDetails(ctx.viewer, v.holder.id) ? v : null;
  },
};

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when it does not exist.' })
  node(@Arg('id', () => ID, { description: 'A global ID taken from an `id` field.' }) id: string, @Ctx() ctx: Context) {
    const { type, key } = fromGlobalId(id, 'id');
    const load = NODE_LOADERS[type];
    return load && /^\d+$/.test(key) ? load(ctx, Number(key)) : null;
  }
}
