import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { selectionTree } from '../../graphql/selection.js';
import type { Context } from '../../context.js';
import { inspectionTrackOf } from '../../domain/registry/holder-kind.js';
import { AppError } from '../../errors.js';
import { Lang, LocalizedText, pickText } from '../../graphql/localized-text.js';
import { toGlobalId } from '../../graphql/node.js';
import { TaxonomyTerm } from '../taxonomy/taxonomy-term.entity.js';
import { Holder } from './holder.entity.js';
import { InspectionTrack } from './holder.enums.js';
import { holderByTin, listHolders } from './holder.queries.js';
import { prefetchedOf } from './registry-page.js';
import { HolderConnection, HoldersArgs } from './holder.types.js';
import { HolderDetail, HolderTin, NOTE_DETAILS } from './holder.visibility.js';
import { InformationSystem } from './information-system.entity.js';
import { PersonalDataArray } from './personal-data-array.entity.js';
import type { Row } from '../../graphql/row.js';

@Resolver(() => Holder)
export class HolderResolver {
  @Query(() => Holder, { nullable: true, description: 'A holder by TIN or by registry number (give exactly one); null when unknown.' })
  holder(
    @Arg('tin', () => String, { nullable: true, description: 'Taxpayer identification number.' }) tin: string | null,
    @Arg('registryNumber', () => String, { nullable: true, description: 'Registry number.' }) registryNumber: string | null,
    @Ctx() ctx: Context,
  ) {
    if (!tin === !registryNumber) throw AppError.badInput(tin ? 'registryNumber' : 'tin', 'give exactly one of tin and registryNumber');
    return tin ? holderByTin(ctx.loaders, ctx.viewer, tin) : ctx.loaders.holderByRegistryNumber.load(registryNumber!);
  }

  @Query(() => HolderConnection, { description: 'Holders matching a filter (Relay connection, keyset cursors).' })
  holders(@Args(() => HoldersArgs) args: HoldersArgs, @Ctx() ctx: Context, @Info() info: GraphQLResolveInfo) {
    return listHolders(ctx, args.filter, args.orderBy, args, selectionTree(info).edges?.node ?? {});
  }

  @FieldResolver(() => ID, { description: 'Global object ID.' })
  id(@Root() h: Row<Holder>) {
    return toGlobalId('Holder', h.id);
  }

  @FieldResolver(() => String, { nullable: true, description: "TIN. An individual entrepreneur's TIN is personal data: null unless ADMIN, INSPECTOR or the holder itself." })
  @HolderTin()
  tin(@Root() h: Row<Holder>) {
    return h.tin;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name in `lang` (with `fallback`, the first available of ky, ru, en; public).' })
  name(
    @Root() h: Row<Holder>,
    @Arg('lang', () => Lang, { defaultValue: Lang.RU, description: 'Language wanted.' }) lang: Lang,
    @Arg('fallback', { defaultValue: true, description: 'Use another language when `lang` is missing.' }) fallback: boolean,
  ) {
    return pickText({ ky: h.nameKy, ru: h.nameRu, en: h.nameEn }, lang, fallback);
  }

  @FieldResolver(() => LocalizedText, { description: 'Names per language (public).' })
  names(@Root() h: Row<Holder>): LocalizedText {
    return { ky: h.nameKy, ru: h.nameRu, en: h.nameEn };
  }

  @FieldResolver(() => InspectionTrack, { description: 'Inspection track that follows from the kind (Law No. 72 for business).' })
  inspectionTrack(@Root() h: Row<Holder>) {
    return inspectionTrackOf(h.kind);
  }

  @FieldResolver(() => TaxonomyTerm, { nullable: true, description: 'Region with its ky/ru/en names (public).' })
  region(@Root() h: Row<Holder>, @Ctx() ctx: Context) {
    return h.regionCode ? ctx.loaders.termByKey.load(`region:${h.regionCode}`) : null;
  }

  @FieldResolver(() => TaxonomyTerm, { nullable: true, description: `Sector with its labels. ${NOTE_DETAILS}` })
  @HolderDetail()
  sector(@Root() h: Row<Holder>, @Ctx() ctx: Context) {
    return h.sectorKey ? ctx.loaders.termByKey.load(`sector:${h.sectorKey}`) : null;
  }

  @FieldResolver(() => [PersonalDataArray], { description: "The holder's personal-data arrays (names and purposes are public)." })
  personalDataArrays(@Root() h: Row<Holder>, @Ctx() ctx: Context) {
    return prefetchedOf<PersonalDataArray[]>(h, 'personalDataArrays') ?? ctx.loaders.arraysByHolder.load(h.id);
  }

  @FieldResolver(() => [InformationSystem], { nullable: true, description: `The holder's information systems. ${NOTE_DETAILS}` })
  @HolderDetail()
  informationSystems(@Root() h: Row<Holder>, @Ctx() ctx: Context) {
    return prefetchedOf<InformationSystem[]>(h, 'informationSystems') ?? ctx.loaders.systemsByHolder.load(h.id);
  }
}
