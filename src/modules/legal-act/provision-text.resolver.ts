// Point-in-time reading of the law's words: a provision's text on a day (the act version in force
// then), every wording it has had, a word-by-word comparison of two days, an act version's tree
// with its texts, and full-text search. All through the request's loaders.
import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context.js';
import { compareWordings, wordingOf } from '../../domain/legal/provision-wording.js';
import { versionInForceOn } from '../../domain/legal/versions.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { Lang } from '../../graphql/localized-text.js';
import { PageArgs } from '../../graphql/pagination.js';
import type { Row } from '../../graphql/row.js';
import { LegalActVersion } from './legal-act-version.entity.js';
import { Provision } from './provision.entity.js';
import { langOf, ProvisionText } from './provision-text.entity.js';
import { searchProvisionTexts } from './provision-text.list.js';
import { ProvisionDiff, ProvisionReading, ProvisionTextConnection, TextChange, type ProvisionChange, type DiffSegment } from './provision-text.types.js';

const lower = (lang: Lang) => lang.toLowerCase() as 'ky' | 'ru' | 'en';
const langArg = { defaultValue: Lang.RU, description: 'Language wanted (Kyrgyz and Russian are official; English a translation).' };
const fallbackArg = { defaultValue: false, description: 'When the version has no wording in `lang`, give another (ky, ru, en order); the answer’s `lang` says which.' };

async function readIn(ctx: Context, provision: Row<Provision>, versionId: number, lang: Lang, fallback: boolean) {
  return wordingOf(await ctx.loaders.textsByProvision.load(provision.id), versionId, lower(lang), fallback);
}

/** The provision and every one nested in it, in document order. */
async function subtree(ctx: Context, root: Row<Provision>): Promise<Row<Provision>[]> {
  const all = await ctx.loaders.provisionsByAct.load(root.act.id);
  const inside = new Set([root.id]);
  return all.filter((p) => {
    if (p.id === root.id) return true;
    if (p.parent && inside.has(p.parent.id)) return inside.add(p.id), true;
    return false;
  });
}

@Resolver(() => ProvisionText)
export class ProvisionTextResolver {
  @FieldResolver(() => Lang, { description: 'Language of this wording.' })
  lang(@Root() t: Row<ProvisionText>) {
    return langOf(t);
  }

  @FieldResolver(() => Provision, { description: 'The provision these are the words of.' })
  async provision(@Root() t: Row<ProvisionText>, @Ctx() ctx: Context) {
    return (await ctx.loaders.provisionById.load(t.provision.id))!;
  }

  @FieldResolver(() => LegalActVersion, { description: 'The act version (expression) that has this wording; its in-force interval says when.' })
  async version(@Root() t: Row<ProvisionText>, @Ctx() ctx: Context) {
    return (await ctx.loaders.versionById.load(t.version.id))!;
  }

  @Query(() => ProvisionTextConnection, { description: 'Provisions whose words match `search`, each hit one wording (a version, a language) with its provision; newest loaded first.' })
  provisions(
    @Arg('search', { description: 'Words to find. Russian and English: full-text with stemming (websearch syntax); Kyrgyz: a substring.' }) search: string,
    @Arg('lang', () => Lang, { description: 'Language of the texts searched.' }) lang: Lang,
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Only the wordings in force on this day; omitted: every version, drafts included.' }) asOf: string | null,
    @Args() page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return searchProvisionTexts(ctx.em, search, lang, asOf, page);
  }
}

@Resolver(() => Provision)
export class ProvisionWordingResolver {
  @FieldResolver(() => ProvisionText, { nullable: true, description: 'The words on `date`: those of the act version in force that day; null when none was in force or its wording is not in the hub’s sources (unknown, never another version’s).' })
  async textOn(
    @Root() provision: Row<Provision>,
    @Arg('date', () => DateScalar, { description: 'Calendar day.' }) date: string,
    @Arg('lang', () => Lang, langArg) lang: Lang,
    @Arg('fallback', fallbackArg) fallback: boolean,
    @Ctx() ctx: Context,
  ) {
    const version = versionInForceOn(await ctx.loaders.versionsByAct.load(provision.act.id), date);
    return version ? readIn(ctx, provision, version.id, lang, fallback) : null;
  }

  @FieldResolver(() => [ProvisionText], { description: 'Every wording known, oldest version first; all languages unless `lang`.' })
  async texts(@Root() provision: Row<Provision>, @Arg('lang', () => Lang, { nullable: true, description: 'Only this language.' }) lang: Lang | null, @Ctx() ctx: Context) {
    const versions = await ctx.loaders.versionsByAct.load(provision.act.id);
    const order = new Map(versions.map((v, i) => [v.id, i]));
    return (await ctx.loaders.textsByProvision.load(provision.id))
      .filter((t) => !lang || t.lang === lower(lang))
      .sort((a, b) => order.get(a.version.id)! - order.get(b.version.id)! || a.lang.localeCompare(b.lang));
  }

  @FieldResolver(() => ProvisionDiff, { description: 'What changed in this provision and those nested in it between the versions in force on `from` and on `to`, word by word, with the amending act.' })
  async diff(
    @Root() provision: Row<Provision>,
    @Arg('from', () => DateScalar, { description: 'The earlier day.' }) from: string,
    @Arg('to', () => DateScalar, { description: 'The later day.' }) to: string,
    @Arg('lang', () => Lang, langArg) lang: Lang,
    @Ctx() ctx: Context,
  ): Promise<ProvisionDiff> {
    const versions = await ctx.loaders.versionsByAct.load(provision.act.id);
    const [a, b] = [versionInForceOn(versions, from), versionInForceOn(versions, to)];
    const changes: ProvisionChange[] = [];
    for (const p of await subtree(ctx, provision)) {
      const before = a ? await readIn(ctx, p, a.id, lang, false) : null;
      const after = b ? await readIn(ctx, p, b.id, lang, false) : null;
      if (!before && !after) continue; // no words known for this one on either day
      const { change, segments } = compareWordings(before?.text ?? null, after?.text ?? null);
      changes.push({ provision: p as Provision, change: change as TextChange, before, after, amendedBy: after?.amendedBy ?? null, segments: segments as DiffSegment[] });
    }
    return { fromVersion: a, toVersion: b, changes };
  }
}

@Resolver(() => LegalActVersion)
export class VersionProvisionsResolver {
  @FieldResolver(() => [ProvisionReading], { description: 'The act’s top-level provisions (chapters, or articles outside any chapter) as this version has them; each has its text and children.' })
  async provisions(@Root() version: Row<LegalActVersion>, @Ctx() ctx: Context) {
    const all = await ctx.loaders.provisionsByAct.load(version.act.id);
    return all.filter((p) => !p.parent).map((provision) => ({ provision, version }));
  }
}

@Resolver(() => ProvisionReading)
export class ProvisionReadingResolver {
  @FieldResolver(() => ProvisionText, { nullable: true, description: 'The words in this version; null when not in the hub’s sources.' })
  text(@Root() r: ProvisionReading, @Arg('lang', () => Lang, langArg) lang: Lang, @Arg('fallback', fallbackArg) fallback: boolean, @Ctx() ctx: Context) {
    return readIn(ctx, r.provision, r.version.id, lang, fallback);
  }

  @FieldResolver(() => [ProvisionReading], { description: 'Directly nested provisions, in this version.' })
  async children(@Root() r: ProvisionReading, @Ctx() ctx: Context) {
    return (await ctx.loaders.provisionsByParent.load(r.provision.id)).map((provision) => ({ provision, version: r.version }));
  }
}
