// The fine for one offender of a violation, under the Code of Offences (Code of 28 Oct 2021 No. 128,
// Chapter 43, Arts 413-2…413-5 as worded by Law No. 95 of 19 May 2025; seeds/sanctions/code-of-offences.yaml):
//  - by offender type (individual, official, legal entity): the Code fines a legal entity and its
//    official separately, so each offender of a violation gets its own sanction;
//  - first offence or repeat: Arts 413-2(2), 413-3(2), 413-4(2) apply to the act of part 1 "repeated
//    within one year after the imposition of a penalty". A repeat is an offence COMMITTED within the
//    repetition period after a PENALTY DECISION on the same article against the same offender; a
//    decision dated after the commission never makes the offence a repeat. The period's boundaries
//    (does the decision day count, does the anniversary) are data (`repetition` in the seed file,
//    unverified), read by `repetitionWindow`;
//  - Art. 31 caps: for 413-2 and 413-3 fines up to 1000 ЭК for individuals and 2000 ЭК for legal
//    entities (data: `caps`); a figure above its cap is capped, and the cap is always noted;
//  - the Code's version in force on the commission date must exist (Art. 3: liability under the
//    provisions in force when the act was committed); else no fine is computed.
// Fines are in calculation indicators (ЭК), converted to soms with a dated, replaceable rate.
import { rowValidOn, versionInForceOn, type DatedVersion } from '../legal/versions.js';

export type OffenderType = 'INDIVIDUAL' | 'OFFICIAL' | 'LEGAL_ENTITY';
/** Who is named as the offender: the holder as a legal entity, one of its officials, or the holder as an individual entrepreneur. */
export type OffenderRole = 'LEGAL_ENTITY' | 'OFFICIAL' | 'INDIVIDUAL_ENTREPRENEUR';

export interface SanctionRow {
  validFrom: string;
  validTo?: string | null;
  fines: Partial<Record<OffenderType, number>>;
  verified: boolean;
}

export interface OffenceArticleSpec {
  code: string;
  article?: string;
  decidedBy: 'AGENCY' | 'COURT';
  repeatCode?: string | null;
  sanctions: SanctionRow[];
}

/** Art. 31 special caps: per article number (e.g. "413-2"), dated, per offender type. */
export interface FineCap {
  articles: string[];
  validFrom: string;
  validTo?: string | null;
  caps: Partial<Record<OffenderType, number>>;
  provision: string;
  verified: boolean;
  note?: string | null;
}

/** How the repetition period is counted (seed `repetition`). */
export interface RepetitionRule {
  periodYears: number;
  /** True: an offence on the decision day itself is not "after" the imposition (the period starts the next day). */
  startsDayAfterDecision: boolean;
  /** True: an offence on the anniversary of the decision (decision + periodYears) still counts. */
  anniversaryIncluded: boolean;
  verified: boolean;
  note?: string | null;
}

/** One offender as the rule sees it; `key` identifies the person across violations (null: cannot be identified). */
export interface OffenderFact {
  role: OffenderRole;
  type: OffenderType;
  key: string | null;
  /** True when no offender was named and the holder itself is assumed. */
  assumed: boolean;
  label: string;
}

/** A penalty decision already taken (the dated fact that can make a later offence a repeat). */
export interface PenaltyDecisionFact {
  id: number;
  violationId: number;
  offenderKey: string | null;
  /** The article part the penalty was imposed under (part 1 or its repeat part). */
  articleCode: string;
  decidedOn: string;
  decidedBy: 'AGENCY' | 'COURT';
}

export interface Sanction {
  articleCode: string;
  repeat: boolean;
  /** The decision that made it a repeat. */
  repeatOfDecisionId: number | null;
  offenderRole: OffenderRole;
  offenderType: OffenderType;
  offenderAssumed: boolean;
  committedOn: string;
  fineIndicators: number | null;
  fineSoms: number | null;
  rateSoms: number | null;
  rateValidFrom: string | null;
  capIndicators: number | null;
  decidedBy: 'AGENCY' | 'COURT';
  /** The Code version whose provisions were applied (versionDate), null when none was in force. */
  codeVersion: string | null;
  verified: boolean;
  reasons: string[];
}

const iso = (y: number, m: number, d: number) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** `date` plus whole years; a 29 February without a counterpart falls on 28 February (the month's last day). */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const ny = y + years;
  const leap = (ny % 4 === 0 && ny % 100 !== 0) || ny % 400 === 0;
  return iso(ny, m, m === 2 && d === 29 && !leap ? 28 : d);
}

export function addDays(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

/** The days [from, to] (inclusive) in which an offence counts as repeated after a decision of `decidedOn`. */
export function repetitionWindow(decidedOn: string, rule: RepetitionRule): { from: string; to: string } {
  const anniversary = addYears(decidedOn, rule.periodYears);
  return {
    from: rule.startsDayAfterDecision ? addDays(decidedOn, 1) : decidedOn,
    to: rule.anniversaryIncluded ? anniversary : addDays(anniversary, -1),
  };
}

/** The decision that makes an offence committed on `committedOn` a repeat, if any (the latest one). */
export function repeatDecision(input: {
  article: OffenceArticleSpec;
  offender: OffenderFact;
  committedOn: string;
  violationId?: number | null;
  decisions: readonly PenaltyDecisionFact[];
  rule: RepetitionRule;
}): PenaltyDecisionFact | null {
  const { article, offender, committedOn } = input;
  if (!article.repeatCode || offender.key === null) return null;
  const same = new Set([article.code, article.repeatCode]);
  const hits = input.decisions.filter((d) => {
    if (d.offenderKey !== offender.key || !same.has(d.articleCode)) return false;
    if (input.violationId != null && d.violationId === input.violationId) return false;
    const w = repetitionWindow(d.decidedOn, input.rule);
    return w.from <= committedOn && committedOn <= w.to;
  });
  return hits.sort((a, b) => b.decidedOn.localeCompare(a.decidedOn) || b.id - a.id)[0] ?? null;
}

const articleNumber = (a: OffenceArticleSpec) => a.article ?? /#art_([0-9-]+?)(?:__|$)/.exec(a.code)?.[1] ?? a.code;

export function computeSanction(input: {
  article: OffenceArticleSpec;
  articles: ReadonlyMap<string, OffenceArticleSpec>;
  offender: OffenderFact;
  committedOn: string;
  /** The violation itself (its own decisions never count). */
  violationId?: number | null;
  decisions: readonly PenaltyDecisionFact[];
  rule: RepetitionRule;
  caps: readonly FineCap[];
  rates: readonly { validFrom: string; soms: number; verified: boolean }[];
  /** Versions of the Code of Offences, to cite the one in force on the commission date. */
  codeVersions: readonly (DatedVersion & { verified?: boolean })[];
  codeAct: string;
}): Sanction {
  const { article, offender, committedOn } = input;
  const reasons: string[] = [];
  reasons.push(
    offender.assumed
      ? `offender: none named, so the holder itself (${offender.label}) as its kind's offender type ${offender.type} (seeds offenderTypes)`
      : `offender: ${offender.label} (${offender.role}), fined as ${offender.type}`,
  );
  const code = versionInForceOn(input.codeVersions, committedOn);
  reasons.push(
    code
      ? `${input.codeAct} version of ${code.versionDate} in force on ${committedOn} (in force from ${code.inForceFrom})`
      : `no version of ${input.codeAct} in force on ${committedOn}: no fine can be computed`,
  );
  const earlier = repeatDecision({ article, offender, committedOn, violationId: input.violationId, decisions: input.decisions, rule: input.rule });
  const repeatArticle = earlier && article.repeatCode ? input.articles.get(article.repeatCode) : undefined;
  const applied = repeatArticle ?? article;
  const ruleNote = input.rule.verified ? '' : ' (period boundaries unverified)';
  if (earlier) {
    const w = repetitionWindow(earlier.decidedOn, input.rule);
    reasons.push(
      `repeat → ${applied.code}: committed on ${committedOn}, within one year after the penalty decision #${earlier.id} of ${earlier.decidedOn} (${earlier.decidedBy}) under ${earlier.articleCode} on violation #${earlier.violationId}; the period runs ${w.from}…${w.to}${ruleNote}`,
    );
  } else if (!article.repeatCode) {
    reasons.push(`${article.code} has no repeat part`);
  } else if (offender.key === null) {
    reasons.push(`first offence under ${article.code}: the offender cannot be identified across violations, so an earlier penalty cannot be established`);
  } else {
    reasons.push(`first offence under ${article.code}: no penalty decision under ${article.code} or ${article.repeatCode} against this offender whose one-year period covers ${committedOn}${ruleNote}`);
  }
  const row = code ? rowValidOn(applied.sanctions, committedOn) : null;
  let fine = row?.fines[offender.type] ?? null;
  if (code && !row) reasons.push(`no sanction table of ${applied.code} in force on ${committedOn}`);
  else if (row && fine === null) reasons.push(`${applied.code} sets no fine for ${offender.type} (table of ${row.validFrom})`);
  else if (row && fine !== null) reasons.push(`${applied.code}, table of ${row.validFrom}: ${fine} calculation indicators for ${offender.type}${row.verified ? '' : ' (unverified figure)'}`);
  const num = articleNumber(applied);
  const cap = rowValidOn(
    input.caps.filter((c) => c.articles.includes(num)),
    committedOn,
  );
  const capValue = cap?.caps[offender.type] ?? null;
  if (cap && capValue !== null) {
    if (fine !== null && fine > capValue) {
      reasons.push(`${cap.provision}: fines under ${num} are capped at ${capValue} ЭК for ${offender.type}; ${fine} reduced to ${capValue}${cap.verified ? '' : ' (unverified cap)'}`);
      fine = capValue;
    } else {
      reasons.push(`${cap.provision}: fines under ${num} up to ${capValue} ЭК for ${offender.type}${fine !== null ? `; ${fine} is within the cap` : ''}${cap.verified ? '' : ` (unverified: ${cap.note ?? 'see the seed note'})`}`);
    }
  } else if (fine !== null) {
    reasons.push(`no special Art. 31 cap for ${num} in the seeds (the general caps are not modelled)`);
  }
  const rate = rowValidOn(input.rates, committedOn);
  const fineSoms = fine !== null && rate ? fine * rate.soms : null;
  if (fine !== null) reasons.push(rate ? `1 calculation indicator = ${rate.soms} soms from ${rate.validFrom}${rate.verified ? '' : ' (unverified rate)'}` : `no soms rate in force on ${committedOn}`);
  reasons.push(applied.decidedBy === 'AGENCY' ? 'decided by the Agency itself (Art. 494-1)' : "decided by a court on the Agency's protocol (Art. 454)");
  return {
    articleCode: applied.code,
    repeat: Boolean(earlier),
    repeatOfDecisionId: earlier?.id ?? null,
    offenderRole: offender.role,
    offenderType: offender.type,
    offenderAssumed: offender.assumed,
    committedOn,
    fineIndicators: fine,
    fineSoms,
    rateSoms: fine !== null && rate ? rate.soms : null,
    rateValidFrom: fine !== null && rate ? rate.validFrom : null,
    capIndicators: capValue,
    decidedBy: applied.decidedBy,
    codeVersion: code?.versionDate ?? null,
    verified: Boolean(row?.verified && (fineSoms === null || rate?.verified) && (!earlier || input.rule.verified) && !offender.assumed),
    reasons,
  };
}

/** The identity of an offender across violations of one holder: the holder itself, or a named official. */
export function offenderKey(holderId: number, role: OffenderRole, personName: string | null | undefined): string | null {
  if (role !== 'OFFICIAL') return `holder:${holderId}`;
  const name = (personName ?? '').normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('ru');
  return name ? `holder:${holderId}/official:${name}` : null;
}
