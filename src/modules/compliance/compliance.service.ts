// Compliance queries: load a holder's inputs (batched), run the pure engine, shape the answer.
import { assessHolder, scenarioDiff, type AssessedObligation, type HolderAssessment } from '../../domain/compliance/assess-holder.js';
import type { Obligation as DomainObligation } from '../../domain/compliance/applicability.js';
import type { Aggregate } from '../../domain/compliance/aggregate.js';
import { canSeeRegistryDetails, seesAllRegistryDetails } from '../../domain/access/roles.js';
import type { ReadScope } from '../../loaders/read-scope.js';
import { AppError } from '../../errors.js';
import { toGlobalId } from '../../graphql/node.js';
import { assertScenarioActs } from '../legal-act/legal-act.service.js';
import { holderByTin } from '../holder/holder.queries.js';
import type { InformationSystem } from '../holder/information-system.entity.js';
import { catalogOn } from './protection-level.service.js';
import type { ComplianceStatus, LegalReference, Obligation, ObligationsDiff, ResultCounts } from './compliance.types.js';
import type { Requirement } from './requirement.entity.js';

/** An act or provision address with its act and provision rows. */
export async function legalReference(ctx: ReadScope, code: string): Promise<LegalReference> {
  return {
    code,
    act: await ctx.loaders.legalActByCode.load(code.split('#')[0]!),
    provision: code.includes('#') ? await ctx.loaders.provisionByCode.load(code) : null,
  };
}

const NODE_TYPE = { HOLDER: 'Holder', ARRAY: 'PersonalDataArray', SYSTEM: 'InformationSystem' } as const;

export interface EvaluationArgs {
  holderTin: string;
  asOf: string;
  scenario: string[];
}

async function checkScenario(ctx: ReadScope, scenario: string[]): Promise<Set<string>> {
  await assertScenarioActs(ctx.loaders.legalActByCode, scenario);
  return new Set(scenario);
}

async function evaluate(ctx: ReadScope, args: EvaluationArgs) {
  // A hidden TIN (an entrepreneur's, to a viewer who may not see it) is as unknown as any other.
  const holder = await holderByTin(ctx.loaders, ctx.viewer, args.holderTin);
  // Refuse before saying "not found", so that the answer never confirms that a TIN exists.
  if (!holder ? !seesAllRegistryDetails(ctx.viewer) : !canSeeRegistryDetails(ctx.viewer, holder.id)) {
    throw new AppError('FORBIDDEN', `role ${ctx.viewer.role} may not see this holder's compliance`);
  }
  // The message does not echo the TIN: the answer is the same for every unknown one.
  if (!holder) throw AppError.notFound('holderTin', 'no holder with this TIN');
  const [scenario, catalog, inputs] = await Promise.all([checkScenario(ctx, args.scenario), ctx.loaders.catalog.load('catalog'), ctx.loaders.holderInputsOn.load(`${args.asOf}|${holder.id}`)]);
  if (!inputs) throw AppError.notFound('asOf', `the holder was not in the Registry on ${args.asOf}`);
  // The protection-level table version of that date, as the Registry stood that date.
  const dated = await catalogOn(ctx.em, catalog, args.asOf);
  const run = (s: ReadonlySet<string>) => assessHolder(dated, inputs, args.asOf, s);
  return { holder, catalog: dated, inputs, names: inputs.names, systems: inputs.systems, run, scenario };
}

type Evaluation = Awaited<ReturnType<typeof evaluate>>;

/** The requirement as seen under an obligation: its `provisions` are those cited on the date. */
function datedRequirement(requirement: Requirement, o: DomainObligation): Requirement {
  const view = Object.create(requirement) as Requirement;
  view.provisionCodes = o.citations.map((c) => c.ref);
  return view;
}

async function toObligation(ctx: ReadScope, ev: Evaluation, o: DomainObligation, reasons: string[] = o.reasons): Promise<Obligation> {
  return {
    requirement: datedRequirement(ev.catalog.requirementsByCode.get(o.requirementCode)!, o),
    target: { type: o.target.type, id: toGlobalId(NODE_TYPE[o.target.type], o.target.id), name: ev.names.get(`${o.target.type}:${o.target.id}`) ?? null },
    applies: o.applies,
    basis: { actCode: o.basis.actCode, versionDate: o.basis.version?.versionDate ?? null, viaScenario: o.basis.viaScenario },
    reasons,
    trace: o.trace,
    citations: await Promise.all(
      o.citations.map(async (c) => ({ reference: await legalReference(ctx, c.ref), versionDate: c.version?.versionDate ?? null, viaScenario: c.viaScenario, note: c.note })),
    ),
  };
}

function toCounts(agg: Aggregate): ResultCounts {
  const c = agg.counts;
  return { compliant: c.COMPLIANT, partiallyCompliant: c.PARTIALLY_COMPLIANT, nonCompliant: c.NON_COMPLIANT, notApplicable: c.NOT_APPLICABLE, notAssessed: c.NOT_ASSESSED };
}

const aggregateFields = (agg: Aggregate) => ({
  status: agg.status,
  score: agg.score,
  coverage: agg.coverage,
  scoreReason: agg.scoreReason,
  coverageReason: agg.coverageReason,
  counts: toCounts(agg),
  reasons: agg.reasons,
});

export async function obligationsFor(ctx: ReadScope, args: EvaluationArgs & { onlyApplicable: boolean }): Promise<Obligation[]> {
  const ev = await evaluate(ctx, args);
  return Promise.all(ev.run(ev.scenario).obligations.filter((o) => o.applies || !args.onlyApplicable).map((o) => toObligation(ctx, ev, o)));
}

export async function complianceStatusFor(ctx: ReadScope, args: EvaluationArgs): Promise<ComplianceStatus> {
  const ev = await evaluate(ctx, args);
  const result: HolderAssessment = ev.run(ev.scenario);
  return {
    asOf: args.asOf,
    scenario: args.scenario,
    ...aggregateFields(result.holder),
    requirements: await Promise.all(
      result.obligations.map(async (o: AssessedObligation) => ({
        obligation: await toObligation(ctx, ev, o),
        result: o.effective.result,
        reasons: o.effective.reasons,
        selfAssessment: o.effective.selfAssessment,
      })),
    ),
    // The systems as they stood on the date (a system removed since is still one of them).
    systems: ev.systems.map((s) => ({ system: { ...s, holder: { id: s.holderId } } as unknown as InformationSystem, ...aggregateFields(result.systems.get(s.id)!) })),
  };
}

export async function obligationsDiffFor(ctx: ReadScope, args: EvaluationArgs): Promise<ObligationsDiff> {
  if (!args.scenario.length) throw AppError.badInput('scenario', 'give at least one draft act code');
  const ev = await evaluate(ctx, args);
  const { diff } = scenarioDiff(ev.catalog, ev.inputs, args.asOf, ev.scenario);
  return {
    asOf: args.asOf,
    scenario: args.scenario,
    added: await Promise.all(diff.added.map((e) => toObligation(ctx, ev, e.obligation, e.reasons))),
    removed: await Promise.all(diff.removed.map((e) => toObligation(ctx, ev, e.obligation, e.reasons))),
    changed: await Promise.all(
      diff.changed.map(async (c) => ({
        baseline: await toObligation(ctx, ev, c.baseline),
        scenario: await toObligation(ctx, ev, c.scenario),
        reasons: c.reasons,
        baselineResult: c.baseline.result ?? null,
        scenarioResult: c.scenario.result ?? null,
      })),
    ),
  };
}
