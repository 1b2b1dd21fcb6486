// Turns stored edges into links seen from one act or provision (both directions are queryable).
import { LinkDirection, type RelationType } from './legal-act.enums.js';
import type { LegalRelation } from './legal-relation.entity.js';
import type { LegalLink } from './legal-act.types.js';

/** Edge `r` seen from its source (OUTGOING) or its target (INCOMING): `code`, `act` and `provision` are the far end. */
function seenFrom(r: LegalRelation, direction: LinkDirection): LegalLink {
  const out = direction === LinkDirection.OUTGOING;
  const [far, own] = out ? [r.targetProvision, r.sourceProvision] : [r.sourceProvision, r.targetProvision];
  const act = out ? r.targetAct : r.sourceAct;
  return { type: r.type, direction, code: far?.code ?? act.code, act, provision: far ?? null, ownProvision: own ?? null, note: r.note ?? null };
}

/** Links of act `actId` among `relations`, optionally of one type and direction. */
export function linksOfAct(relations: LegalRelation[], actId: number, type?: RelationType | null, direction?: LinkDirection | null): LegalLink[] {
  const links: LegalLink[] = [];
  for (const r of relations) {
    if (type && r.type !== type) continue;
    if (r.sourceAct.id === actId && direction !== LinkDirection.INCOMING) links.push(seenFrom(r, LinkDirection.OUTGOING));
    if (r.targetAct.id === actId && direction !== LinkDirection.OUTGOING) links.push(seenFrom(r, LinkDirection.INCOMING));
  }
  return links;
}

/** Edges pointing at a provision, seen from it. */
export function linksToProvision(relations: LegalRelation[], type?: RelationType | null): LegalLink[] {
  return relations.filter((r) => !type || r.type === type).map((r) => seenFrom(r, LinkDirection.INCOMING));
}
