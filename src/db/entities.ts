// Every entity the ORM maps, listed explicitly (no glob discovery: it breaks under bundlers and Node 20).
import { LegalAct } from '../modules/legal-act/legal-act.entity.js';
import { LegalActVersion } from '../modules/legal-act/legal-act-version.entity.js';
import { LegalRelation } from '../modules/legal-act/legal-relation.entity.js';
import { Provision } from '../modules/legal-act/provision.entity.js';

export const entities = [LegalAct, LegalActVersion, Provision, LegalRelation];
