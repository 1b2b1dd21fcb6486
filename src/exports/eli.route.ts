// GET /eli/<act code>                          → the act (ELI Work) with its versions and provisions
// GET /eli/<act code>/versions/<YYYY-MM-DD>    → one version (ELI Expression), by its versionDate
// as JSON-LD (schema.org Legislation, inline @context: see eli.ts). `?asOf=YYYY-MM-DD` is the day
// legal force is stated for (default: today in Bishkek).
//
// Content negotiation: the only representation is JSON-LD. It is sent for `?format=jsonld`, or when
// the Accept header admits application/ld+json or application/json (no Accept header, or `*/*` as
// browsers and curl send, admits both); an Accept header that admits neither (e.g. only text/turtle
// or text/html) is answered 406 NOT_ACCEPTABLE rather than with a type the client did not ask for.
//
// Legal acts are public: every viewer (PUBLIC included) sees what GraphQL's `legalAct` shows it,
// which has no role rule (drafts included); the key is still checked, as on every export route.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Request } from 'express';
import { todayInBishkek } from '../clock.js';
import { AppError } from '../errors.js';
import { isIsoDate } from '../graphql/date.scalar.js';
import { sendError } from '../http-errors.js';
import { ACT_CODE } from '../modules/legal-act/legal-act.codes.js';
import { LegalAct } from '../modules/legal-act/legal-act.entity.js';
import { LegalActVersion } from '../modules/legal-act/legal-act-version.entity.js';
import { LegalRelation } from '../modules/legal-act/legal-relation.entity.js';
import { Provision } from '../modules/legal-act/provision.entity.js';
import { actDocument, versionDocument, type EliAct } from './eli.js';
import { exportRoute, queryParam, registerExports } from './router.js';

const JSONLD = 'application/ld+json';

/** The type to answer with, or null when the client accepts neither JSON-LD nor JSON. */
function negotiate(req: Request): string | null {
  const format = queryParam(req, 'format');
  if (format !== undefined) {
    if (format !== 'jsonld') throw AppError.badInput('format', 'must be jsonld (the only format served)');
    return JSONLD;
  }
  const type = req.accepts([JSONLD, 'application/json']);
  return typeof type === 'string' ? type : null;
}

/**
 * Splits the path after /eli/ into the act code and, optionally, a version date. Express 5 gives a
 * `*code` wildcard as an array of segments.
 */
function parsePath(req: Request): { code: string; versionDate?: string } {
  const raw = (req.params as Record<string, unknown>).code;
  const segments = (Array.isArray(raw) ? raw.map(String) : String(raw ?? '').split('/')).filter((s) => s !== '');
  const versioned = segments.length === 6 && segments[4] === 'versions';
  const code = (versioned ? segments.slice(0, 4) : segments).join('/');
  if (!ACT_CODE.test(code) || (segments.length !== 4 && !versioned)) {
    throw AppError.notFound('code', `no legal act at /eli/${segments.join('/')}: act codes look like kg/law/2008/58`, { key: code });
  }
  return versioned ? { code, versionDate: segments[5] } : { code };
}

async function loadAct(em: EntityManager, code: string): Promise<EliAct | null> {
  const act = await em.findOne(LegalAct, { code });
  if (!act) return null;
  const [versions, provisions, relations] = await Promise.all([
    em.find(LegalActVersion, { act: act.id }, { orderBy: { versionDate: 'asc' } }),
    em.find(Provision, { act: act.id }, { orderBy: { position: 'asc' } }),
    em.find(
      LegalRelation,
      { $or: [{ sourceAct: act.id }, { targetAct: act.id }] },
      { populate: ['sourceAct', 'targetAct', 'sourceProvision', 'targetProvision'], orderBy: { id: 'asc' } },
    ),
  ]);
  const provisionCode = new Map(provisions.map((p) => [p.id, p.code]));
  return {
    code: act.code,
    type: act.type,
    adoptedOn: act.adoptedOn,
    issuer: act.issuer,
    versions: versions.map((v) => ({ versionDate: v.versionDate, status: v.status, inForceFrom: v.inForceFrom, inForceTo: v.inForceTo, titles: v.titles, verified: v.verified, note: v.note })),
    provisions: provisions.map((p) => ({ code: p.code, parentCode: p.parent ? (provisionCode.get(p.parent.id) ?? null) : null, heading: p.heading, summary: p.summary })),
    relations: relations.map((r) => ({
      type: r.type,
      sourceActCode: r.sourceAct.code,
      sourceProvisionCode: r.sourceProvision?.code ?? null,
      targetActCode: r.targetAct.code,
      targetProvisionCode: r.targetProvision?.code ?? null,
    })),
  };
}

registerExports((router, deps) =>
  router.get(
    '/eli/*code',
    exportRoute(deps, async ({ orm, req, res }) => {
      const type = negotiate(req);
      const { code, versionDate } = parsePath(req);
      const asOf = queryParam(req, 'asOf') ?? todayInBishkek();
      if (!isIsoDate(asOf)) throw AppError.badInput('asOf', 'must be a calendar date YYYY-MM-DD');
      res.vary('Accept');
      if (!type) {
        sendError(res, 406, 'NOT_ACCEPTABLE', `ELI documents are served as ${JSONLD} or application/json; send one of them in Accept, or ?format=jsonld`);
        return;
      }
      const act = await loadAct(orm.em.fork(), code);
      if (!act) throw AppError.notFound('code', `no legal act ${code}`, { key: code });
      // @ids are absolute URLs on the host the client asked (its Host header; no proxy is trusted).
      const base = `${req.protocol}://${req.get('host')}`;
      let doc: Record<string, unknown>;
      if (versionDate === undefined) {
        doc = actDocument(act, base, asOf);
      } else {
        const version = act.versions.find((v) => v.versionDate === versionDate);
        if (!version) throw AppError.notFound('version', `legal act ${code} has no version of ${versionDate}`, { key: `${code}/versions/${versionDate}` });
        doc = versionDocument(act, version, base, asOf);
      }
      res.status(200).type(type).send(JSON.stringify(doc));
    }),
  ),
);
