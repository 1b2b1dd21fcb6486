// The fine for a violation (Code of Offences Arts 413-2…413-5 as worded by Law No. 95 of 2025):
// by offender type (individual, official, legal entity) and by first or repeated offence — a
// repeat is a second offence of the same article within one year after an upheld one. Fines are
// in calculation indicators (ЭК), converted to soms with a dated, replaceable rate.

export type OffenderType = 'INDIVIDUAL' | 'OFFICIAL' | 'LEGAL_ENTITY';

export interface SanctionRow {
  validFrom: string;
  validTo?: string | null;
  fines: Partial<Record<OffenderType, number>>;
  verified: boolean;
}

export interface OffenceArticleSpec {
  code: string;
  decidedBy: 'AGENCY' | 'COURT';
  repeatCode?: string | null;
  sanctions: SanctionRow[];
}

export interface PriorViolation {
  offenceArticleCode: string | null;
  detectedOn: string;
  upheld: boolean;
}

export interface Sanction {
  articleCode: string;
  repeat: boolean;
  offenderType: OffenderType;
  fineIndicators: number | null;
  fineSoms: number | null;
  decidedBy: 'AGENCY' | 'COURT';
  verified: boolean;
  reasons: string[];
}

const rowOn = <R extends { validFrom: string; validTo?: string | null }>(rows: readonly R[], date: string): R | null =>
  rows.filter((r) => r.validFrom <= date && (!r.validTo || date < r.validTo)).sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0] ?? null;

/** The day one year before `date` (a repeat counts offences detected on or after it). */
export function oneYearBefore(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = m === 2 && d === 29 ? 28 : d;
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function computeSanction(input: {
  article: OffenceArticleSpec;
  articles: ReadonlyMap<string, OffenceArticleSpec>;
  offenderType: OffenderType;
  detectedOn: string;
  prior: readonly PriorViolation[];
  rates: readonly { validFrom: string; soms: number; verified: boolean }[];
}): Sanction {
  const { article, offenderType, detectedOn } = input;
  const since = oneYearBefore(detectedOn);
  const earlier = input.prior.find(
    (p) => p.upheld && p.detectedOn >= since && p.detectedOn < detectedOn && (p.offenceArticleCode === article.code || p.offenceArticleCode === article.repeatCode),
  );
  const repeatArticle = earlier && article.repeatCode ? input.articles.get(article.repeatCode) : undefined;
  const applied = repeatArticle ?? article;
  const reasons = [
    earlier
      ? `repeat: an upheld violation of ${earlier.offenceArticleCode} detected on ${earlier.detectedOn}, within the year before ${detectedOn}${repeatArticle ? ` → ${applied.code}` : ' (the article has no repeat part)'}`
      : `first offence: no upheld violation of ${article.code} since ${since}`,
  ];
  const row = rowOn(applied.sanctions, detectedOn);
  const fine = row?.fines[offenderType] ?? null;
  if (!row) reasons.push(`no sanction table of ${applied.code} in force on ${detectedOn}`);
  else if (fine === null) reasons.push(`${applied.code} sets no fine for ${offenderType} (table of ${row.validFrom})`);
  else reasons.push(`${applied.code}, table of ${row.validFrom}: ${fine} calculation indicators for ${offenderType}${row.verified ? '' : ' (unverified figure)'}`);
  const rate = rowOn(input.rates, detectedOn);
  const fineSoms = fine !== null && rate ? fine * rate.soms : null;
  if (fine !== null) reasons.push(rate ? `1 calculation indicator = ${rate.soms} soms from ${rate.validFrom}${rate.verified ? '' : ' (unverified rate)'}` : `no soms rate in force on ${detectedOn}`);
  reasons.push(applied.decidedBy === 'AGENCY' ? 'decided by the Agency itself (Art. 494-1)' : "decided by a court on the Agency's protocol (Art. 454)");
  return {
    articleCode: applied.code,
    repeat: Boolean(earlier),
    offenderType,
    fineIndicators: fine,
    fineSoms,
    decidedBy: applied.decidedBy,
    verified: Boolean(row?.verified && (fineSoms === null || rate?.verified)),
    reasons,
  };
}
