// Regulatory impact across the Registry (issue 15): start a run, read runs, and `registryImpact`,
// the newest finished run for given inputs. Agency roles (ANALYST, INSPECTOR, ADMIN) start and read
// runs; PARTNER reads aggregates only (no sample holders); PUBLIC and HOLDER keys get FORBIDDEN.
import { Arg, Args, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { todayInBishkek } from '../../clock.js';
import type { Context } from '../../context.js';
import { DateScalar } from '../../graphql/date.scalar.js';
import { keysetPage } from '../../graphql/keyset.js';
import { memoryPage, PageArgs } from '../../graphql/pagination.js';
import { HolderConnection } from '../holder/holder.types.js';
import { Requirement } from '../compliance/requirement.entity.js';
import { startImpactRun } from './impact-run.service.js';
import { ImpactCellType, ImpactFilter, ImpactRun, ImpactRunConnection, ParameterOverrideInput, StartImpactRunInput } from './impact.types.js';
import { AppError } from '../../errors.js';
import type { ParameterOverride } from '../../domain/impact/parameter-overrides.js';
import { RUN_SELECT, runOf, type RunRow } from './impact-run.view.js';
import { assertCanReadImpact, assertCanSeeImpactHolders, assertCanStartImpact } from './impact.access.js';

const filterOf = (f: ImpactFilter | null | undefined) => ({ kinds: f?.kinds ?? null, regionCodes: f?.regionCodes ?? null, sectorKeys: f?.sectorKeys ?? null });

/** Each override's value is JSON; a value that is not is refused naming it. */
function overridesOf(list: ParameterOverrideInput[] | null | undefined): ParameterOverride[] {
  return (list ?? []).map((o, i) => {
    try {
      return { target: o.target, fact: o.fact, value: JSON.parse(o.value) as unknown };
    } catch {
      throw AppError.badInput(`overrides[${i}].value`, 'is not JSON (a number, a string in quotes, a list)');
    }
  });
}

@Resolver(() => ImpactRun)
export class ImpactResolver {
  @Mutation(() => ImpactRun, { description: 'Start a regulatory-impact run over the Registry as of `asOf` (ANALYST, INSPECTOR, ADMIN); it is RUNNING until stored (poll `impactRun`). One run at a time per hub: TOO_MANY_REQUESTS while another runs.' })
  async startImpactRun(@Arg('input', { description: 'Scenario, date and holders.' }) input: StartImpactRunInput, @Ctx() ctx: Context) {
    assertCanStartImpact(ctx.viewer);
    const scenario = [...new Set(input.scenario)].sort();
    const { id, done } = await startImpactRun(ctx.reader, { scenario, asOf: input.asOf ?? todayInBishkek(), filter: filterOf(input.filter), overrides: overridesOf(input.overrides) }, `key ${ctx.viewer.keyId} (${ctx.viewer.role})`);
    done.catch(() => {}); // stored as FAILED with its reason
    const [row] = await ctx.reader.fork().execute<RunRow[]>(`${RUN_SELECT} where r.id = ?`, [id]);
    return runOf(row!);
  }

  @Query(() => ImpactRun, { nullable: true, description: 'An impact run by number; null when unknown.' })
  async impactRun(@Arg('id', () => Int, { description: 'Run number.' }) id: number, @Ctx() ctx: Context) {
    assertCanReadImpact(ctx.viewer);
    const [row] = await ctx.em.execute<RunRow[]>(`${RUN_SELECT} where r.id = ?`, [id]);
    return row ? runOf(row) : null;
  }

  @Query(() => ImpactRunConnection, { description: 'Impact runs, newest first.' })
  impactRuns(@Args() page: PageArgs, @Ctx() ctx: Context) {
    assertCanReadImpact(ctx.viewer);
    return keysetPage(ctx.em, { select: RUN_SELECT, idColumn: 'r.id', conditions: [] }, 'from impact_run r', page, (rows: RunRow[]) => rows.map(runOf));
  }

  @Query(() => ImpactRun, { nullable: true, description: 'What `scenario` would change across the Registry as of `asOf`: the newest SUCCEEDED run with exactly these inputs; null when there is none yet (start one with `startImpactRun`).' })
  async registryImpact(
    @Arg('scenario', () => [String], { description: 'Codes of the acts treated as in force.' }) scenario: string[],
    @Arg('asOf', () => DateScalar, { nullable: true, description: 'Day (default today in Bishkek).' }) asOf: string | null,
    @Arg('filter', () => ImpactFilter, { nullable: true, description: 'Holders (default: all).' }) filter: ImpactFilter | null,
    @Arg('overrides', () => [ParameterOverrideInput], { nullable: true, description: 'Rule values replaced (default: none).' }) overrides: ParameterOverrideInput[] | null,
    @Ctx() ctx: Context,
  ) {
    assertCanReadImpact(ctx.viewer);
    const [row] = await ctx.em.execute<RunRow[]>(
      `select * from impact_run where status = 'SUCCEEDED' and scenario = array(select jsonb_array_elements_text(?::jsonb)) and as_of = ?
         and filter = ?::jsonb and overrides = ?::jsonb
       order by id desc limit 1`,
      [JSON.stringify([...new Set(scenario)].sort()), asOf ?? todayInBishkek(), JSON.stringify(filterOf(filter)), JSON.stringify(overridesOf(overrides))],
    );
    return row ? runOf(row) : null;
  }

  @FieldResolver(() => HolderConnection, { description: 'Up to 20 of the holders that left COMPLIANT, in id order (not for PARTNER keys).' })
  async leaveCompliantHolders(@Root() run: ImpactRun, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return samplePage(ctx, run.leaveCompliantSample, page);
  }
}

async function samplePage(ctx: Context, ids: number[], page: PageArgs) {
  assertCanSeeImpactHolders(ctx.viewer);
  const holders = (await ctx.loaders.holderById.loadMany(ids)).filter((h): h is NonNullable<typeof h> & { id: number } => !!h && !(h instanceof Error));
  return memoryPage(holders, page, (h) => String(h.id).padStart(12, '0'));
}

@Resolver(() => ImpactCellType)
export class ImpactCellResolver {
  @FieldResolver(() => Requirement, { nullable: true, description: 'The requirement; null when the catalogue no longer has it.' })
  async requirement(@Root() cell: ImpactCellType, @Ctx() ctx: Context) {
    return (await ctx.loaders.catalog.load('catalog')).requirementsByCode.get(cell.requirementCode) ?? null;
  }

  @FieldResolver(() => [String], { description: 'Why: the requirement, the change and the scenario; each holder’s own reasons are those of `obligationsDiff` for it on the run’s date.' })
  reasons(@Root() cell: ImpactCellType) {
    const what = { ADDED: 'would newly apply to', REMOVED: 'would no longer apply to', CHANGED: 'would change for' }[cell.change];
    return [
      `${cell.requirementCode} ${what} ${cell.holders} holder(s) (${cell.targets.holder} holder-, ${cell.targets.array} array-, ${cell.targets.system} system-level obligations) with ${cell.scenario.join(', ')} treated as in force on ${cell.runAsOf}`,
      `each holder counted as obligationsDiff(holderTin, asOf: "${cell.runAsOf}", scenario: [${cell.scenario.map((s) => `"${s}"`).join(', ')}]) answers for it`,
    ];
  }

  @FieldResolver(() => HolderConnection, { description: 'Up to 20 of the holders concerned, in id order (not for PARTNER keys).' })
  holdersSample(@Root() cell: ImpactCellType, @Args() page: PageArgs, @Ctx() ctx: Context) {
    return samplePage(ctx, cell.sample, page);
  }
}
