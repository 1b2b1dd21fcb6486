// The exportable lists and dashboards: each as its columns (headers in ky/ru/en) and its rows for
// a viewer, read through the same filters and role scope as the GraphQL queries of the same name.
// Used by the HTTP routes (lists.route.ts) and the operator command (scripts/export.ts).
import type { EntityManager } from '@mikro-orm/postgresql';
import { coerceInputValue, isInputType, type GraphQLSchema } from 'graphql';
import type { Viewer } from '../domain/access/roles.js';
import { AppError } from '../errors.js';
import { textProblem } from '../db/storable-text.js';
import { walk, type Condition } from '../graphql/keyset.js';
import type { PlanEntry } from '../domain/inspections/plan.js';
import { OffenceArticleFilter, offenceArticleList } from '../modules/violation/offence-article.list.js';
import { holderBreakdown, type Dimension } from '../modules/dashboard/dashboard.service.js';
import { inspectionBreakdown, violationBreakdown, INSPECTION_DIMENSIONS, VIOLATION_DIMENSIONS, type InspectionDimension, type ViolationDimension } from '../modules/dashboard/enforcement.service.js';
import { DIMENSIONS } from '../modules/dashboard/dashboard.service.js';
import { approvedPlanConditions, inspectionConditions, INSPECTIONS_FROM, type ApprovedPlanFilter, type InspectionFilter } from '../modules/inspection/inspection.list.js';
import { violationConditions, VIOLATIONS_FROM, type ViolationFilter } from '../modules/violation/violation.list.js';
import { each, H, type Cell, type Column, type Lang } from './table.js';
import type { ReadScope } from '../loaders/read-scope.js';
import { pickText } from '../graphql/localized-text.js';
import { loadCatalog } from '../modules/compliance/compliance.inputs.js';
import { assessmentConditions, ASSESSMENTS_FROM, type AssessmentFilter } from '../modules/compliance/assessment.list.js';
import { complianceDistribution, protectionLevelDistribution, riskDistribution } from '../modules/compliance/holder-compliance.queries.js';
import { filterRequirements, type RequirementFilter } from '../modules/compliance/requirement.list.js';
import type { Requirement } from '../modules/compliance/requirement.entity.js';

export interface ExportParams {
  /** Language of headers and of texts chosen per language. */
  lang?: Lang;
  /** The `filter` argument of the GraphQL query, as JSON. */
  filter?: string;
  /** The `by` argument of a dashboard. */
  by?: string;
}

export interface Export<R = Record<string, unknown>> {
  /** Sheet name and file name stem. */
  name: string;
  columns: Column<R>[];
  rows: AsyncIterable<R>;
}

/** `filter` (JSON) checked and coerced by the schema's own input type, errors naming the field. */
function readFilter<T>(schema: GraphQLSchema, typeName: string, raw: string | undefined): T | null {
  if (raw === undefined || raw === '') return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    throw AppError.badInput('filter', 'is not JSON');
  }
  textProblems(value, ['filter']);
  const type = schema.getType(typeName);
  if (!type || !isInputType(type)) throw new Error(`no input type ${typeName}`);
  return coerceInputValue(value, type, (path, _invalid, error) => {
    throw AppError.badInput(['filter', ...path].join('.'), error.message);
  }) as T;
}

/** Text PostgreSQL cannot store or compare (NUL, lone surrogates), refused as GraphQL refuses it. */
function textProblems(v: unknown, path: (string | number)[]): void {
  if (typeof v === 'string') {
    const problem = textProblem(v);
    if (problem) throw AppError.badInput(path.join('.'), problem);
  } else if (Array.isArray(v)) {
    v.forEach((x, i) => textProblems(x, [...path, i]));
  } else if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) textProblems(x, [...path, k]);
  }
}

function readBy<K extends string>(raw: string | undefined, allowed: Record<K, unknown>): K {
  if (raw === undefined || !Object.hasOwn(allowed, raw)) throw AppError.badInput('by', `must be one of ${Object.keys(allowed).join(', ')}`);
  return raw as K;
}

type Row = Record<string, unknown>;
const col = (header: Column<Row>['header'], key: string): Column<Row> => ({ header, value: (r) => (r[key] ?? null) as Cell });
const text = (v: unknown): Cell => (v == null ? null : Array.isArray(v) ? v.join('; ') : typeof v === 'object' ? JSON.stringify(v) : (v as Cell));
const sanction = (r: Row) => (r.sanction ?? null) as { fineIndicators?: number | null; fineSoms?: number | null; verified?: boolean; reasons?: string[] } | null;
const HOLDER_COLUMNS = `coalesce(h.name_ru, h.name_ky, h.name_en) as holder_name, h.registry_number as holder_registry_number, h.region_code as holder_region_code`;

const VIOLATION_COLUMNS: Column<Row>[] = [
  col({ ky: 'ID', ru: 'ID', en: 'ID' }, 'id'),
  col(H.holderName, 'holder_name'),
  col(H.registryNumber, 'holder_registry_number'),
  col(H.region, 'holder_region_code'),
  col({ ky: 'Укук бузуулар жөнүндө кодекстин беренеси', ru: 'Статья Кодекса о правонарушениях', en: 'Code of Offences article' }, 'offence_article_code'),
  { header: { ky: 'Бузулган жоболор', ru: 'Нарушенные положения', en: 'Provisions violated' }, value: (r) => text(r.provision_codes) },
  { header: { ky: 'Талаптар', ru: 'Требования', en: 'Requirements' }, value: (r) => text(r.requirement_codes) },
  col(H.status, 'status'),
  col({ ky: 'Аныкталган күнү', ru: 'Дата выявления', en: 'Detected on' }, 'detected_on'),
  { header: { ky: 'Жасалган күнү', ru: 'Дата совершения', en: 'Committed on' }, value: (r) => text(r.committed_on ?? r.detected_on) },
  col({ ky: 'Жабылган күнү', ru: 'Дата закрытия', en: 'Closed on' }, 'closed_on'),
  col({ ky: 'Булагы', ru: 'Источник', en: 'Source' }, 'source'),
  { header: { ky: 'Айып пул, эсептик көрсөткүч', ru: 'Штраф, расчётных показателей', en: 'Fine, calculation indicators' }, value: (r) => sanction(r)?.fineIndicators ?? null },
  { header: { ky: 'Айып пул, сом', ru: 'Штраф, сом', en: 'Fine, soms' }, value: (r) => sanction(r)?.fineSoms ?? null },
  { header: { ky: 'Текшерилген', ru: 'Проверено', en: 'Verified' }, value: (r) => (sanction(r) ? Boolean(sanction(r)!.verified) : null) },
  { header: { ky: 'Негиздер', ru: 'Основания', en: 'Reasons' }, value: (r) => text(sanction(r)?.reasons) },
];

const INSPECTION_COLUMNS: Column<Row>[] = [
  col({ ky: 'ID', ru: 'ID', en: 'ID' }, 'id'),
  col(H.holderName, 'holder_name'),
  col(H.registryNumber, 'holder_registry_number'),
  col(H.region, 'holder_region_code'),
  col(H.status, 'status'),
  col({ ky: 'Багыт', ru: 'Трек', en: 'Track' }, 'track'),
  col({ ky: 'Пландалган', ru: 'Плановая', en: 'Planned' }, 'planned'),
  col({ ky: 'План', ru: 'План', en: 'Plan' }, 'plan_id'),
  col({ ky: 'Негиз', ru: 'Основание', en: 'Ground' }, 'ground'),
  col({ ky: 'Укуктук негиз', ru: 'Правовое основание', en: 'Legal basis' }, 'legal_basis'),
  col({ ky: 'Кабарлоо күнү', ru: 'Дата уведомления', en: 'Notice date' }, 'notice_date'),
  col({ ky: 'Башталышы', ru: 'Начало', en: 'Start' }, 'start_date'),
  col({ ky: 'Аякташы', ru: 'Окончание', en: 'End' }, 'end_date'),
  { header: { ky: 'Табылган бузуулар', ru: 'Выявлено нарушений', en: 'Violations found' }, value: (r) => ((r.report as { violationIds?: unknown[] } | null)?.violationIds?.length ?? null) },
];

async function* rowsOf(em: EntityManager, select: string, conditions: ReturnType<typeof violationConditions>, idColumn: string): AsyncGenerator<Row> {
  yield* walk<Row & { id: number }>(em, { select, idColumn, conditions });
}

export function buildExport(em: EntityManager, schema: GraphQLSchema, viewer: Viewer, list: string, p: ExportParams): Promise<Export> | Export {
  switch (list) {
    case 'violations': {
      const f = readFilter<ViolationFilter>(schema, 'ViolationFilter', p.filter);
      const c = violationConditions(viewer, f ?? {});
      return { name: 'violations', columns: VIOLATION_COLUMNS, rows: rowsOf(em, `select v.*, ${HOLDER_COLUMNS} ${VIOLATIONS_FROM}`, c, 'v.id') };
    }
    case 'inspections': {
      const f = readFilter<InspectionFilter>(schema, 'InspectionFilter', p.filter);
      const c = inspectionConditions(viewer, f ?? {});
      return { name: 'inspections', columns: INSPECTION_COLUMNS, rows: rowsOf(em, `select i.*, ${HOLDER_COLUMNS} ${INSPECTIONS_FROM}`, c, 'i.id') };
    }
    case 'assessments': {
      const c = assessmentConditions(viewer, readFilter<AssessmentFilter>(schema, 'AssessmentFilter', p.filter));
      const select = `select a.id, r.code, a.result, a.assessed_on, a.is_self_assessment, a.evidence, ${HOLDER_COLUMNS} ${ASSESSMENTS_FROM} join holder h on h.id = a.holder_id`;
      return { name: 'assessments', columns: ASSESSMENT_COLUMNS, rows: walk<Row & { id: number }>(em, { select, idColumn: 'a.id', conditions: c }) };
    }
    case 'requirements':
      return requirementsExport(em, schema, p);
    case 'offence-articles':
      return offenceArticlesExport(em, schema, p);
    case 'approved-plans': {
      const c = approvedPlanConditions(viewer, readFilter<ApprovedPlanFilter>(schema, 'ApprovedPlanFilter', p.filter));
      return { name: 'approved-plans', columns: PLAN_ENTRY_COLUMNS, rows: planEntries(em, c) };
    }
    case 'compliance-distribution':
    case 'risk-distribution':
    case 'protection-level-distribution': {
      const ctx = { em, viewer } as unknown as ReadScope;
      const read = { 'compliance-distribution': async () => (await complianceDistribution(ctx)).map((e) => ({ key: e.status, count: e.holders, asOfFrom: null, asOfTo: null })), 'risk-distribution': () => riskDistribution(ctx), 'protection-level-distribution': () => protectionLevelDistribution(ctx) }[list];
      return breakdown(list, read, [
        col({ ky: 'Саны', ru: 'Количество', en: 'Count' }, 'count'),
        col({ ky: 'Эсептелген күндөн', ru: 'Рассчитано с', en: 'Computed as of, from' }, 'asOfFrom'),
        col({ ky: 'Эсептелген күнгө чейин', ru: 'Рассчитано по', en: 'Computed as of, to' }, 'asOfTo'),
      ]);
    }
    case 'holder-breakdown':
      return breakdown('holder-breakdown', () => holderBreakdown(em, viewer, readBy<Dimension>(p.by, DIMENSIONS)), [col({ ky: 'Ээлер', ru: 'Держателей', en: 'Holders' }, 'holders')]);
    case 'violation-breakdown':
      return breakdown(
        'violation-breakdown',
        () => violationBreakdown(em, viewer, readBy<ViolationDimension>(p.by, VIOLATION_DIMENSIONS), readFilter<ViolationFilter>(schema, 'ViolationFilter', p.filter)),
        [
          col({ ky: 'Бузуулар', ru: 'Нарушений', en: 'Violations' }, 'violations'),
          col({ ky: 'Токтомдор', ru: 'Постановлений', en: 'Decisions' }, 'decisions'),
          col({ ky: 'Айып пул, эсептик көрсөткүч', ru: 'Штрафы, расчётных показателей', en: 'Fines, calculation indicators' }, 'fineIndicators'),
          col({ ky: 'Айып пул, сом', ru: 'Штрафы, сом', en: 'Fines, soms' }, 'fineSoms'),
          col({ ky: 'Сому белгисиз токтомдор', ru: 'Постановлений без суммы в сомах', en: 'Decisions without soms' }, 'decisionsWithoutSoms'),
          col({ ky: 'Сунушталган айып пул, эсептик көрсөткүч', ru: 'Предложенные штрафы, расчётных показателей', en: 'Proposed fines, calculation indicators' }, 'proposedFineIndicators'),
        ],
      );
    case 'inspection-breakdown':
      return breakdown(
        'inspection-breakdown',
        () => inspectionBreakdown(em, viewer, readBy<InspectionDimension>(p.by, INSPECTION_DIMENSIONS), readFilter<InspectionFilter>(schema, 'InspectionFilter', p.filter)),
        [col({ ky: 'Текшерүүлөр', ru: 'Проверок', en: 'Inspections' }, 'inspections')],
      );
    default:
      throw AppError.notFound(null, `export ${JSON.stringify(list)} was not found`, { entity: 'export', key: list });
  }
}

const ASSESSMENT_COLUMNS: Column<Row>[] = [
  col({ ky: 'ID', ru: 'ID', en: 'ID' }, 'id'),
  col(H.holderName, 'holder_name'),
  col(H.registryNumber, 'holder_registry_number'),
  col({ ky: 'Талап', ru: 'Требование', en: 'Requirement' }, 'code'),
  col({ ky: 'Жыйынтык', ru: 'Результат', en: 'Result' }, 'result'),
  col({ ky: 'Бааланган күнү', ru: 'Дата оценки', en: 'Assessed on' }, 'assessed_on'),
  col({ ky: 'Өзүн-өзү баалоо', ru: 'Самооценка', en: 'Self-assessment' }, 'is_self_assessment'),
  { header: { ky: 'Далилдер', ru: 'Доказательства', en: 'Evidence' }, value: (r) => text((r.evidence as { title?: string; validUntil?: string | null }[]).map((e) => `${e.title ?? ''}${e.validUntil ? ` (до ${e.validUntil})` : ''}`)) },
];

/** Texts picked in the export's language (the headers' one), as GraphQL's `lang` argument does. */
const textLang = (p: ExportParams) => (p.lang ?? 'ru').toUpperCase() as Parameters<typeof pickText>[1];

const requirementColumns = (lang: ReturnType<typeof textLang>): Column<Requirement>[] => [
  { header: { ky: 'Код', ru: 'Код', en: 'Code' }, value: (r) => r.code },
  { header: { ky: 'Аталышы', ru: 'Наименование', en: 'Title' }, value: (r) => pickText(r.titles, lang, true) },
  { header: { ky: 'Акт', ru: 'Акт', en: 'Act' }, value: (r) => r.sourceActCode },
  { header: { ky: 'Жоболор', ru: 'Положения', en: 'Provisions' }, value: (r) => text(r.provisionCodes) },
  { header: { ky: 'Объект', ru: 'Объект', en: 'Applies to' }, value: (r) => r.appliesTo },
  { header: { ky: 'Милдеттүүлүгү', ru: 'Обязательность', en: 'Importance' }, value: (r) => r.importance },
  { header: { ky: 'Текшерилген', ru: 'Проверено', en: 'Verified' }, value: (r) => r.verified },
];

/** The catalogue, filtered as `requirements` (all of it: it is small), titles in the language of the headers. */
async function requirementsExport(em: EntityManager, schema: GraphQLSchema, p: ExportParams): Promise<Export> {
  const f = readFilter<RequirementFilter>(schema, 'RequirementFilter', p.filter);
  const rows = filterRequirements((await loadCatalog(em)).requirementsByCode.values(), f);
  return { name: 'requirements', columns: requirementColumns(textLang(p)) as unknown as Column<Row>[], rows: each(rows as unknown as Row[]) };
}

const PLAN_ENTRY_COLUMNS: Column<Row>[] = [
  col({ ky: 'План', ru: 'План', en: 'Plan' }, 'planId'),
  col({ ky: 'Жыл', ru: 'Год', en: 'Year' }, 'year'),
  col({ ky: 'Багыт', ru: 'Трек', en: 'Track' }, 'track'),
  col({ ky: 'SHA-256', ru: 'SHA-256', en: 'SHA-256' }, 'sha256'),
  col({ ky: 'Орун', ru: 'Место', en: 'Rank' }, 'rank'),
  col({ ky: 'Артыкчылык тобу', ru: 'Группа приоритета', en: 'Priority group' }, 'priorityGroup'),
  col(H.holderName, 'holderName'),
  col(H.registryNumber, 'registryNumber'),
  col({ ky: 'Тобокелдик даражасы', ru: 'Степень риска', en: 'Risk degree' }, 'riskDegree'),
  col({ ky: 'Упайлар', ru: 'Баллы', en: 'Points' }, 'riskPoints'),
  col({ ky: 'Катталган бузуулар', ru: 'Зарегистрированные нарушения', en: 'Recorded violations' }, 'recordedViolations'),
  col({ ky: 'Акыркы текшерүү', ru: 'Последняя проверка', en: 'Last inspection' }, 'lastInspectionOn'),
  { header: { ky: 'Негиздер', ru: 'Основания', en: 'Reasons' }, value: (r) => text(r.reasons) },
];

/** Every entry of every approved plan matching `c`, newest plan first, each as frozen on approval. */
async function* planEntries(em: EntityManager, c: Condition[]): AsyncGenerator<Row> {
  type PlanRow = { id: number; year: number; track: string; inputs_hash: string; frozen: { entries: PlanEntry[] } };
  for await (const plan of walk<PlanRow>(em, { select: 'select p.id, p.year, p.track, p.inputs_hash, p.frozen from inspection_plan p', idColumn: 'p.id', conditions: c }, 10)) {
    const ids = plan.frozen.entries.map((e) => e.holderId);
    const names = new Map(
      (ids.length ? await em.execute<{ id: number; name: string | null; number: string | null }[]>('select id, coalesce(name_ru, name_ky, name_en) as name, registry_number as number from holder where id in (?)', [ids]) : []).map((h) => [h.id, h]),
    );
    for (const e of plan.frozen.entries) {
      yield { ...e, planId: plan.id, year: plan.year, track: plan.track, sha256: plan.inputs_hash, holderName: names.get(e.holderId)?.name ?? null, registryNumber: names.get(e.holderId)?.number ?? null };
    }
  }
}

/** The offence article parts, filtered as `offenceArticles`, titles in the language of the headers, the dated fine tables as JSON (with their sources and `verified`). */
async function offenceArticlesExport(em: EntityManager, schema: GraphQLSchema, p: ExportParams): Promise<Export> {
  const articles = await offenceArticleList(em, readFilter<OffenceArticleFilter>(schema, 'OffenceArticleFilter', p.filter));
  const columns: Column<Row>[] = [
    col({ ky: 'Код', ru: 'Код', en: 'Code' }, 'code'),
    col({ ky: 'Берене', ru: 'Статья', en: 'Article' }, 'article'),
    col({ ky: 'Бөлүк', ru: 'Часть', en: 'Part' }, 'part'),
    { header: { ky: 'Аталышы', ru: 'Наименование', en: 'Title' }, value: (r) => pickText(r.title as Parameters<typeof pickText>[0], textLang(p), true) },
    col({ ky: 'Ким чечет', ru: 'Кто решает', en: 'Decided by' }, 'decidedBy'),
    col({ ky: 'Кайталанганда', ru: 'При повторности', en: 'Repeat part' }, 'repeatCode'),
    { header: { ky: 'Санкциялар', ru: 'Санкции', en: 'Sanctions' }, value: (r) => JSON.stringify(r.sanctions ?? []) },
  ];
  return { name: 'offence-articles', columns, rows: each(articles as unknown as Row[]) };
}

/** A dashboard: computed before the first byte, so a refusal is still a JSON error. */
async function breakdown(name: string, compute: () => Promise<object[]>, counts: Column<Row>[]): Promise<Export> {
  const rows = (await compute()) as Row[];
  return { name, columns: [col(H.key, 'key'), ...counts], rows: each(rows) };
}

export const EXPORTS = [
  'violations', 'inspections', 'assessments', 'requirements', 'offence-articles', 'approved-plans',
  'holder-breakdown', 'violation-breakdown', 'inspection-breakdown', 'compliance-distribution', 'risk-distribution', 'protection-level-distribution',
] as const;
