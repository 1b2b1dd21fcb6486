// Enumerations of the legal-act graph (Akoma Ntoso / ELI vocabulary adapted to Kyrgyz acts).
import { registerDescribedEnum } from '../../graphql/enum.js';

export enum LegalActType {
  LAW = 'LAW',
  CODE = 'CODE',
  GOVERNMENT_RESOLUTION = 'GOVERNMENT_RESOLUTION',
  CABINET_RESOLUTION = 'CABINET_RESOLUTION',
  PRESIDENTIAL_DECREE = 'PRESIDENTIAL_DECREE',
  REGULATION = 'REGULATION',
  DRAFT = 'DRAFT',
  GUIDANCE = 'GUIDANCE',
}

/** The `<type>` segment of an act code: `kg/<type>/<year>/<number>`. */
export const ACT_TYPE_SLUG: Record<LegalActType, string> = {
  LAW: 'law',
  CODE: 'code',
  GOVERNMENT_RESOLUTION: 'government-resolution',
  CABINET_RESOLUTION: 'cabinet-resolution',
  PRESIDENTIAL_DECREE: 'presidential-decree',
  REGULATION: 'regulation',
  DRAFT: 'draft',
  GUIDANCE: 'guidance',
};

export enum VersionStatus {
  IN_FORCE = 'IN_FORCE',
  NOT_IN_FORCE = 'NOT_IN_FORCE',
  DRAFT = 'DRAFT',
  PUBLIC_DISCUSSION = 'PUBLIC_DISCUSSION',
  IN_COORDINATION = 'IN_COORDINATION',
}

export enum ProvisionKind {
  CHAPTER = 'CHAPTER',
  ARTICLE = 'ARTICLE',
  PART = 'PART',
  POINT = 'POINT',
  SUBPOINT = 'SUBPOINT',
  PARAGRAPH = 'PARAGRAPH',
  ANNEX = 'ANNEX',
  SECTION = 'SECTION',
}

export enum RelationType {
  AMENDS = 'AMENDS',
  REPEALS = 'REPEALS',
  BASED_ON = 'BASED_ON',
  CITES = 'CITES',
}

export enum LinkDirection {
  OUTGOING = 'OUTGOING',
  INCOMING = 'INCOMING',
}

registerDescribedEnum(LegalActType, 'LegalActType', 'Kind of legal act (the `<type>` segment of its code).', {
  LAW: 'Law adopted by the Jogorku Kenesh (code segment `law`).',
  CODE: 'Codified law, e.g. the Code of Offences (code segment `code`).',
  GOVERNMENT_RESOLUTION: 'Resolution of the Government (before 2021; `government-resolution`).',
  CABINET_RESOLUTION: 'Resolution of the Cabinet of Ministers (from 2021; `cabinet-resolution`).',
  PRESIDENTIAL_DECREE: 'Decree of the President (`presidential-decree`).',
  REGULATION: 'Departmental regulation or order (`regulation`).',
  DRAFT: 'Draft act not (yet) adopted (`draft`; code `kg/draft/<year>/<slug>`).',
  GUIDANCE: 'Official guidance or note of the Agency, not binding (`guidance`).',
});

registerDescribedEnum(VersionStatus, 'VersionStatus', 'Lifecycle status of an act version as recorded in its source.', {
  IN_FORCE: 'Adopted and in force.',
  NOT_IN_FORCE: 'Adopted but not (yet or any longer) in force.',
  DRAFT: 'Draft prepared, not yet published for discussion.',
  PUBLIC_DISCUSSION: 'Draft in public discussion.',
  IN_COORDINATION: 'Draft being agreed with the state bodies concerned.',
});

registerDescribedEnum(ProvisionKind, 'ProvisionKind', 'Structural unit of an act (Akoma Ntoso hierarchy).', {
  CHAPTER: 'Chapter (`chp_N`).',
  ARTICLE: 'Article (`art_N`).',
  PART: 'Part of an article (`art_N__part_M`).',
  POINT: 'Point (`art_N__point_x`).',
  SUBPOINT: 'Sub-point of a point.',
  PARAGRAPH: 'Numbered paragraph of a resolution (`para_N`).',
  ANNEX: 'Annex approved by the act.',
  SECTION: 'Section of a non-normative document (guidance note).',
});

registerDescribedEnum(RelationType, 'RelationType', 'Typed edge between acts or provisions (ELI `eli:amends`, `eli:repeals`, `eli:based_on`, `eli:cites`).', {
  AMENDS: 'The source act amends the target.',
  REPEALS: 'The source act repeals the target.',
  BASED_ON: 'The source act is adopted on the basis of (implements) the target.',
  CITES: 'The source refers to the target without changing it.',
});

registerDescribedEnum(LinkDirection, 'LinkDirection', 'Direction of a link seen from the act it is read on.', {
  OUTGOING: 'This act is the source of the edge.',
  INCOMING: 'This act (or one of its provisions) is the target of the edge.',
});
