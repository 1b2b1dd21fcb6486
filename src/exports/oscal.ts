// OSCAL assessment results (NIST OSCAL 1.1.3, JSON) for one completed inspection. The route
// (oscal.route.ts) reads the database and decides what the viewer may see; this module only shapes.
//
// What maps to what:
//  - the inspection is the assessment plan (`import-ap` points to a back-matter resource describing it);
//  - the frozen checklist is what was reviewed: each requirement code is a control
//    (`reviewed-controls`), and each checklist item (a requirement for the holder, one of its arrays
//    or systems) a control objective, defined in `local-definitions.objectives-and-methods`;
//  - a recorded finding is an observation (its evidence as `relevant-evidence`, each evidence
//    record also a back-matter resource); every checklist item has a finding (OSCAL's sense) on its
//    objective: satisfied or not-satisfied;
//  - each violation the inspection recorded is a risk: open while the violation is open, closed once
//    cancelled or remedied, characterized by the sanction of each offender (article part, fine,
//    reasons).
// UUIDs are RFC 4122 version 5 (SHA-1 over a fixed namespace and a stable key), so the same
// inspection exports the same document, and the same holder, violation or evidence keeps its UUID.
import { isOpenViolation } from '../domain/sanctions/violation-status.js';
import type { ChecklistItem } from '../modules/inspection/inspection.entity.js';
import { OSCAL_VERSION, OSCAL_NS, AGENCY_NAME, uuidV5, type Json, some, line, token, prop, props, facet, dayStart, dayEnd, itemKeyOf, objectiveIdOf, objectiveStatus, methodsOf, sanctionFacets } from './oscal-values.js';
import type { OscalOffenderInput, OscalViolationInput, OscalInput } from './oscal-input.js';

// ---- the document ----

export function buildAssessmentResults(input: OscalInput): { 'assessment-results': Json } {
  const { inspection: i, holder } = input;
  const agencyUuid = uuidV5('party/agency');
  const holderUuid = uuidV5(`party/holder/${holder.id}`);
  const planUuid = uuidV5(`inspection/${i.id}/assessment-plan`);
  const byAgency = { actors: [{ type: 'party', 'actor-uuid': agencyUuid, 'role-id': 'assessor' }] };
  const findings = new Map(input.findings.map((f) => [f.itemKey, f]));
  const items = i.checklist;
  const itemKeys = new Set(items.map((it) => it.key));
  const observationUuid = (key: string) => uuidV5(`inspection/${i.id}/observation/${key}`);
  const evidenceUuid = (key: string, n: number) => uuidV5(`inspection/${i.id}/evidence/${key}/${n}`);
  const riskUuid = (v: OscalViolationInput) => uuidV5(`violation/${v.id}`);

  // checklist item key → the violations recorded on it
  const violationsOf = new Map<string, OscalViolationInput[]>();
  for (const v of input.violations) {
    const [type, id] = v.systemId != null ? ['SYSTEM', v.systemId] : v.arrayId != null ? ['ARRAY', v.arrayId] : ['HOLDER', holder.id];
    for (const code of v.requirementCodes) {
      const key = itemKeyOf(code, type, id);
      if (itemKeys.has(key)) violationsOf.set(key, [...(violationsOf.get(key) ?? []), v]);
    }
  }

  const targetLabel = (it: ChecklistItem) =>
    it.targetType === 'HOLDER' ? 'the holder' : `${it.targetType === 'ARRAY' ? 'personal-data array' : 'information system'} "${input.targetNames[`${it.targetType}:${it.targetId}`] ?? `#${it.targetId}`}"`;
  const componentUuid = (type: string, id: number) => uuidV5(`${type.toLowerCase()}/${id}`);
  const subjectOf = (it: ChecklistItem) =>
    it.targetType === 'HOLDER' ? { 'subject-uuid': holderUuid, type: 'party' } : { 'subject-uuid': componentUuid(it.targetType, it.targetId), type: 'component' };

  // arrays and systems inspected: components of the result
  const components = new Map<string, Json>();
  for (const it of items) {
    if (it.targetType === 'HOLDER') continue;
    const k = `${it.targetType}:${it.targetId}`;
    if (components.has(k)) continue;
    const name = input.targetNames[k];
    const what = it.targetType === 'ARRAY' ? 'Personal-data array' : 'Information system';
    components.set(k, {
      uuid: componentUuid(it.targetType, it.targetId),
      type: it.targetType === 'ARRAY' ? 'personal-data-array' : 'system',
      title: name ?? `${what} #${it.targetId}`,
      description: `${what} #${it.targetId} of the holder, as recorded in the Registry.`,
      props: props(prop('registry-object', `${it.targetType}:${it.targetId}`)),
      status: { state: 'other', remarks: 'Operational status is not recorded in the Registry.' },
    });
  }

  // one local objective per requirement, one part per checklist item (the objective-id the finding targets)
  const byRequirement = new Map<string, ChecklistItem[]>();
  for (const it of items) byRequirement.set(it.requirementCode, [...(byRequirement.get(it.requirementCode) ?? []), it]);
  const objectives = [...byRequirement].map(([code, its]) => ({
    'control-id': token(code),
    description: its[0]!.title ?? code,
    props: props(prop('requirement-code', code)),
    parts: its.map((it) => ({
      id: objectiveIdOf(it),
      name: 'objective',
      ns: OSCAL_NS,
      title: `${it.title ?? code}: ${targetLabel(it)}`,
      props: props(prop('checklist-item', it.key), prop('target-type', it.targetType), prop('target-id', it.targetId)),
      prose: some(it.reasons) ? `Applies because: ${it.reasons.join('; ')}` : `Applies to ${targetLabel(it)}.`,
    })),
  }));

  const resources: Json[] = [
    {
      uuid: planUuid,
      title: `Inspection #${i.id} (the assessment plan)`,
      description: `${i.planned ? `Planned inspection${i.planId != null ? ` from approved plan #${i.planId}` : ''}` : `Unplanned inspection on the ground ${i.ground ?? 'not recorded'}`}, on the legal basis ${i.legalBasis}, ${i.startDate} to ${i.endDate}. Its checklist was frozen when it started.`,
      props: props(
        prop('inspection-id', i.id),
        prop('planned', i.planned),
        prop('plan-id', i.planId),
        prop('ground', i.ground),
        prop('track', i.track),
        prop('legal-basis', i.legalBasis),
        prop('notice-date', i.noticeDate),
        prop('start-date', i.startDate),
        prop('end-date', i.endDate),
      ),
    },
  ];

  const observations: Json[] = [];
  for (const it of items) {
    const f = findings.get(it.key);
    if (!f) continue;
    const evidence = f.evidence.map((e, n) => {
      const res = evidenceUuid(it.key, n);
      resources.push({
        uuid: res,
        title: e.title,
        description: `Evidence (${e.kind}) for ${it.requirementCode} on ${targetLabel(it)}, inspection #${i.id}.`,
        props: props(prop('evidence-kind', e.kind), prop('valid-until', e.validUntil), prop('sha256', e.uri ? null : e.sha256)),
        rlinks: e.uri ? [{ href: e.uri, hashes: e.sha256 ? [{ algorithm: 'SHA-256', value: e.sha256 }] : undefined }] : undefined,
      });
      return {
        href: e.uri ?? `#${res}`,
        description: `${e.kind}: ${e.title}`,
        props: props(prop('evidence-kind', e.kind), prop('valid-until', e.validUntil), prop('sha256', e.sha256)),
        links: e.uri ? [{ href: `#${res}`, rel: 'reference' }] : undefined,
      };
    });
    observations.push({
      uuid: observationUuid(it.key),
      title: `${it.title ?? it.requirementCode}: ${targetLabel(it)}`,
      description: f.note ?? `Finding ${f.result} on ${it.requirementCode} for ${targetLabel(it)}.`,
      props: props(prop('result', f.result), prop('checklist-item', it.key), prop('requirement-code', it.requirementCode)),
      methods: methodsOf(f.evidence),
      types: ['control-objective'],
      origins: [byAgency],
      subjects: [subjectOf(it)],
      'relevant-evidence': some(evidence),
      collected: f.recordedAt ?? dayEnd(i.endDate),
    });
  }

  const oscalFindings = items.map((it) => {
    const f = findings.get(it.key) ?? null;
    const s = objectiveStatus(f?.result ?? null);
    const risks = violationsOf.get(it.key) ?? [];
    return {
      uuid: uuidV5(`inspection/${i.id}/finding/${it.key}`),
      title: `${it.title ?? it.requirementCode}: ${targetLabel(it)}`,
      description: f?.note ?? `${f ? f.result : 'No finding recorded'} on ${it.requirementCode} for ${targetLabel(it)}.`,
      props: props(prop('result', f?.result ?? 'NOT_RECORDED'), prop('checklist-item', it.key), prop('requirement-code', it.requirementCode)),
      origins: [byAgency],
      target: {
        type: 'objective-id',
        'target-id': objectiveIdOf(it),
        status: { state: s.state, reason: s.reason, remarks: s.remarks },
        'implementation-status': s.implementation ? { state: s.implementation } : undefined,
      },
      'related-observations': f ? [{ 'observation-uuid': observationUuid(it.key) }] : undefined,
      'related-risks': some(risks.map((v) => ({ 'risk-uuid': riskUuid(v) }))),
    };
  });

  const riskList = input.violations.map((v) => {
    const related = [...violationsOf].filter(([, vs]) => vs.includes(v)).map(([key]) => key);
    const item = items.find((it) => it.key === related[0]);
    const subject = item ? item.title ?? item.requirementCode : v.requirementCodes.join(', ') || 'the requirements recorded';
    const offenders: OscalOffenderInput[] = v.offenders.length
      ? v.offenders
      : [{ role: v.sanction?.offenderRole ?? 'UNKNOWN', offenderType: v.sanction?.offenderType ?? 'UNKNOWN', assumed: v.sanction?.offenderAssumed ?? true, personName: null, personPosition: null, sanction: v.sanction }];
    return {
      uuid: riskUuid(v),
      title: `${v.offenceArticleCode ?? 'No offence article recorded'}: ${subject}`,
      description: v.description ?? `Violation #${v.id} recorded by inspection #${i.id}: ${subject}.`,
      statement: `Violation #${v.id} (${v.status}) of ${v.requirementCodes.join(', ') || 'no requirement recorded'}${v.provisionCodes.length ? `, provisions ${v.provisionCodes.join(', ')}` : ''}; offence under ${v.offenceArticleCode ?? 'no article recorded'}, detected on ${v.detectedOn}${v.closedOn ? `, closed on ${v.closedOn}` : ''}.`,
      props: props(
        prop('violation-id', v.id),
        prop('violation-status', v.status),
        prop('offence-article', v.offenceArticleCode),
        prop('detected-on', v.detectedOn),
        prop('closed-on', v.closedOn),
        ...v.requirementCodes.map((c) => prop('requirement-code', c)),
        ...v.provisionCodes.map((c) => prop('provision', c)),
      ),
      status: isOpenViolation(v.status) ? 'open' : 'closed',
      origins: [byAgency],
      characterizations: offenders.map((o) => ({
        props: props(prop('offender-person-name', o.personName), prop('offender-person-position', o.personPosition)),
        origin: byAgency,
        facets: [
          facet('offence-article', v.offenceArticleCode),
          facet('offender-role', o.role),
          facet('offender-type', o.offenderType),
          facet('offender-assumed', o.assumed),
          ...sanctionFacets(o.sanction),
        ].filter((x): x is Json => x !== undefined),
      })),
      'related-observations': some(related.filter((key) => findings.has(key)).map((key) => ({ 'observation-uuid': observationUuid(key) }))),
    };
  });

  const counts = (i.report?.findings ?? {}) as Record<string, number>;
  const summary = typeof i.report?.summary === 'string' ? i.report.summary : null;
  const controlIds = [...byRequirement.keys()].map((code) => ({ 'control-id': token(code) }));
  const holderName = holder.name ?? `holder #${holder.id}`;

  return {
    'assessment-results': {
      uuid: uuidV5(`inspection/${i.id}/assessment-results`),
      metadata: {
        title: `Inspection #${i.id} of ${holderName}: assessment results`,
        'last-modified': input.lastModified,
        version: `${i.version}.${input.violations.reduce((n, v) => n + v.version, 0)}`,
        'oscal-version': OSCAL_VERSION,
        props: props(prop('inspection-id', i.id), prop('holder-registry-number', holder.registryNumber)),
        roles: [
          { id: 'assessor', title: 'Assessor (the inspecting authority)' },
          { id: 'holder', title: 'Holder (owner) of personal-data arrays, inspected' },
        ],
        parties: [
          { uuid: agencyUuid, type: 'organization', name: AGENCY_NAME, 'short-name': 'Agency' },
          {
            uuid: holderUuid,
            type: holder.kind === 'INDIVIDUAL_ENTREPRENEUR' ? 'person' : 'organization',
            name: line(holderName),
            'external-ids': holder.tin ? [{ scheme: `${OSCAL_NS}/tin`, id: holder.tin }] : undefined,
            props: props(prop('holder-kind', holder.kind), prop('registry-number', holder.registryNumber)),
          },
        ],
        'responsible-parties': [
          { 'role-id': 'assessor', 'party-uuids': [agencyUuid] },
          { 'role-id': 'holder', 'party-uuids': [holderUuid] },
        ],
      },
      'import-ap': { href: `#${planUuid}`, remarks: `The inspection itself (#${i.id}) is the plan; see its back-matter resource.` },
      'local-definitions': objectives.length ? { 'objectives-and-methods': objectives } : undefined,
      results: [
        {
          uuid: uuidV5(`inspection/${i.id}/result`),
          title: `Inspection #${i.id} of ${holderName}`,
          description: summary ?? `Findings of inspection #${i.id} of ${holderName} on the legal basis ${i.legalBasis}.`,
          start: dayStart(i.startDate),
          end: dayEnd(i.endDate),
          props: props(
            prop('checklist-items', items.length),
            prop('unassessed-items', items.filter((it) => !findings.has(it.key)).length),
            ...Object.entries(counts).map(([result, n]) => prop('findings-count', n, { class: token(result) })),
            ...i.inspectorIds.map((id) => prop('inspector-key-id', id)),
          ),
          'local-definitions': components.size ? { components: [...components.values()] } : undefined,
          'reviewed-controls': {
            'control-selections': [controlIds.length ? { 'include-controls': controlIds } : { remarks: 'The checklist frozen at the start was empty.' }],
            'control-objective-selections': items.length ? [{ 'include-objectives': items.map((it) => ({ 'objective-id': objectiveIdOf(it) })) }] : undefined,
          },
          observations: some(observations),
          risks: some(riskList),
          findings: some(oscalFindings),
        },
      ],
      'back-matter': { resources },
    },
  };
}
