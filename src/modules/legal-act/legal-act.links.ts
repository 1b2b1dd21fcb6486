// Turns stored edges into links seen from one act or provision (both directions are queryable).
import { LinkDirection, type RelationType } from './legal-act.enums.js';
import type { LegalRelation } from './legal-relation.entity.js';
import type { LegalLink } from './legal-act.types.js';

function outgoing(r: LegalRelation): LegalLink {
  const provision = r.targetProvision ?? null;
  return {
    type: r.type,
    direction: LinkDirection.OUTGOING,
    code: provision?.code ?? r.targetAct.code,
    act: r.targetAct,
    provision,
    ownProvision: r.sourceProvision ?? null,
    note: r.note ?? null,
  };
}

function incoming(r: LegalRelation): LegalLink {
  const provision = r.sourceProvision ?? null;
  return {
    type: r.type,
    direction: LinkDirection.INCOMING,
    code: provision?.code ?? r.sourceAct.code,
    act: r.sourceAct,
    provision,
    ownProvision: r.targetProvision ?? null,
    note: r.note ?? null,
  };
}

/** Links of act `actId` among `relations`, optionally of one type and direction. */
export function linksOfAct(relations: LegalRelation[], actId: number, type?: RelationType | null, direction?: LinkDirection | null): LegalLink[] {
  const links: LegalLink[] = [];
  for (const r of relations) {
    if (type && r.type !== type) continue;
    if (r.sourceAct.id === actId && direction !== LinkDirection.INCOMING) links.push(outgoing(r));
    if (r.targetAct.id === actId && direction !== LinkDirection.OUTGOING) links.push(incoming(r));
  }
  return links;
}

/** Edges pointing at a provision, seen from it. */
export function linksToProvision(relations: LegalRelation[], type?: RelationType | null): LegalLink[] {
  return relations.filter((r) => !type || r.type === type).map(incoming);
}
