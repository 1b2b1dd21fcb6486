import { Arg, Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { Lang, pickText } from '../../graphql/localized-text.js';
import { toGlobalId } from '../../graphql/node.js';
import { LegalAct } from './legal-act.entity.js';
import { LegalActVersion } from './legal-act-version.entity.js';
import type { Row } from '../../graphql/row.js';

@Resolver(() => LegalActVersion)
export class LegalActVersionResolver {
  @FieldResolver(() => ID, { description: 'Global object ID.' })
  id(@Root() version: Row<LegalActVersion>) {
    return toGlobalId('LegalActVersion', version.id);
  }

  @FieldResolver(() => LegalAct, { description: 'The act (work) this is a version of.' })
  async act(@Root() version: Row<LegalActVersion>, @Ctx() ctx: Context) {
    return (await ctx.loaders.legalActById.load(version.act.id))!;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Title in `lang` (with `fallback`, the first available of ky, ru, en).' })
  title(
    @Root() version: Row<LegalActVersion>,
    @Arg('lang', () => Lang, { defaultValue: Lang.RU, description: 'Language wanted.' }) lang: Lang,
    @Arg('fallback', { defaultValue: true, description: 'Use another language when `lang` is missing.' }) fallback: boolean,
  ) {
    return pickText(version.titles, lang, fallback);
  }
}
