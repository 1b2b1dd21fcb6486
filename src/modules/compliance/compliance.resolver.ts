import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { todayInBishkek } from '../../clock.js';
import type { Context } from '../../context.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { Lang, pickText } from '../../graphql/localized-text.js';
import { complianceStatusFor, legalReference, obligationsDiffFor, obligationsFor } from './compliance.service.js';
import type { CitationSpec } from '../../domain/legal/citations.js';
import { ComplianceStatus, LegalReference, Obligation, ObligationsDiff, RequirementCitation, ScenarioEffectType } from './compliance.types.js';
import { Requirement } from './requirement.entity.js';
import type { Row } from '../../graphql/row.js';
import { ConnectionType, PageArgs } from '../../graphql/pagination.js';
import { listRequirements, RequirementFilter } from './requirement.list.js';
import { AssessmentFilter, listAssessments } from './assessment.list.js';
import { Assessment } from './assessment.types.js';

const RequirementConnection = ConnectionType(Requirement, 'Requirement', 'requirements');
const AssessmentConnection = ConnectionType(Assessment, 'Assessment', 'assessments');

const holderArg = () => Arg('holderTin', { description: 'TIN of the holder.' });
const asOfArg = () => Arg('asOf', () => DateScalar, { nullable: true, description: 'Date to evaluate (default: today in Bishkek).' });
const scenarioArg = (required: boolean) =>
  Arg('scenario', () => [String], { nullable: !required, description: 'Draft or not-yet-in-force act codes to treat as in force (what-if).' });

@Resolver(() => Requirement)
export class ComplianceResolver {
  @Query(() => RequirementConnection, { description: 'The requirement catalogue, ordered by code, filtered.' })
  async requirements(
    @Arg('filter', () => RequirementFilter, { nullable: true, description: 'Conditions, all of which must hold.' }) filter: RequirementFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listRequirements((await ctx.loaders.catalog.load('catalog')).requirementsByCode.values(), filter, page);
  }

  @Query(() => AssessmentConnection, { description: 'Recorded assessments with their evidence, newest first, filtered (Agency, ANALYST, PARTNER: all; a HOLDER key: its own; FORBIDDEN for PUBLIC).' })
  assessments(
    @Arg('filter', () => AssessmentFilter, { nullable: true, description: 'Conditions, all of which must hold.' }) filter: AssessmentFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
  ) {
    return listAssessments(ctx.em, ctx.viewer, filter, page);
  }

  @Query(() => [Obligation], { description: 'Obligations of a holder, its arrays and systems on a date: which apply, and why.' })
  obligations(
    @holderArg() holderTin: string,
    @asOfArg() asOf: string | null,
    @scenarioArg(false) scenario: string[] | null,
    @Arg('onlyApplicable', { defaultValue: false, description: 'Leave out obligations whose rule does not hold.' }) onlyApplicable: boolean,
    @Ctx() ctx: Context,
  ) {
    return obligationsFor(ctx, { holderTin, asOf: asOf ?? todayInBishkek(), scenario: scenario ?? [], onlyApplicable });
  }

  @Query(() => ComplianceStatus, { description: 'Compliance status of a holder on a date, with breakdowns and reasons.' })
  complianceStatus(@holderArg() holderTin: string, @asOfArg() asOf: string | null, @scenarioArg(false) scenario: string[] | null, @Ctx() ctx: Context) {
    return complianceStatusFor(ctx, { holderTin, asOf: asOf ?? todayInBishkek(), scenario: scenario ?? [] });
  }

  @Query(() => ObligationsDiff, { description: 'What the given drafts would add, remove or change for a holder, against the in-force baseline.' })
  obligationsDiff(@holderArg() holderTin: string, @scenarioArg(true) scenario: string[], @asOfArg() asOf: string | null, @Ctx() ctx: Context) {
    return obligationsDiffFor(ctx, { holderTin, asOf: asOf ?? todayInBishkek(), scenario });
  }

  @FieldResolver(() => String, { description: 'Title in `lang` (with `fallback`, the first available of ky, ru, en).' })
  title(
    @Root() r: Row<Requirement>,
    @Arg('lang', () => Lang, { defaultValue: Lang.RU, description: 'Language wanted.' }) lang: Lang,
    @Arg('fallback', { defaultValue: true, description: 'Use another language when `lang` is missing.' }) fallback: boolean,
  ) {
    return pickText(r.titles, lang, fallback);
  }

  @FieldResolver(() => [LegalReference], {
    description: 'Acts and provisions it derives from, e.g. `kg/law/2008/58#art_30`: in the catalogue every one it ever cites; under an obligation only those cited on its date.',
  })
  async provisions(@Root() r: Row<Requirement>, @Ctx() ctx: Context): Promise<LegalReference[]> {
    return Promise.all(r.provisionCodes.map((code) => legalReference(ctx, code)));
  }

  @FieldResolver(() => [RequirementCitation], { description: 'Its references, dated: each counts on a date only while its act has a version in force then (and within its own window, if any).' })
  async citations(@Root() r: Row<Requirement>, @Ctx() ctx: Context): Promise<RequirementCitation[]> {
    const specs: readonly CitationSpec[] = r.citations?.length ? r.citations : r.provisionCodes.map((ref) => ({ ref }));
    return Promise.all(specs.map(async (c) => ({ reference: await legalReference(ctx, c.ref), validFrom: c.validFrom ?? null, validTo: c.validTo ?? null, note: c.note ?? null })));
  }

  @FieldResolver(() => [ScenarioEffectType], { description: 'What scenario acts would do to it (applied only when the act is in the scenario).' })
  scenarioEffects(@Root() r: Row<Requirement>): ScenarioEffectType[] {
    return (r.scenarioEffects ?? []).map((e) => ({ act: e.act, kind: e.kind, replacement: e.replacement ?? null, cites: e.cites, verified: e.verified, note: e.note ?? null }));
  }
}
