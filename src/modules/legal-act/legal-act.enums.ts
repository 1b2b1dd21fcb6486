// Enumerations of the legal-act graph (Akoma Ntoso / ELI vocabulary adapted to Kyrgyz acts).
import { registerEnumType } from 'type-graphql';

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

registerEnumType(LegalActType, {
  name: 'LegalActType',
  description: 'Kind of legal act (the `<type>` segment of its code).',
  valuesConfig: {
    LAW: { description: 'Law adopted by the Jogorku Kenesh (code segment `law`).' },
    CODE: { description: 'Codified law, e.g. the Code of Offences (code segment `code`).' },
    GOVERNMENT_RESOLUTION: { description: 'Resolution of the Government (before 2021; `government-resolution`).' },
    CABINET_RESOLUTION: { description: 'Resolution of the Cabinet of Ministers (from 2021; `cabinet-resolution`).' },
    PRESIDENTIAL_DECREE: { description: 'Decree of the President (`presidential-decree`).' },
    REGULATION: { description: 'Departmental regulation or order (`regulation`).' },
    DRAFT: { description: 'Draft act not (yet) adopted (`draft`; code `kg/draft/<year>/<slug>`).' },
    GUIDANCE: { description: 'Official guidance or note of the Agency, not binding (`guidance`).' },
  },
});

registerEnumType(VersionStatus, {
  name: 'VersionStatus',
  description: 'Lifecycle status of an act version as recorded in its source.',
  valuesConfig: {
    IN_FORCE: { description: 'Adopted and in force.' },
    NOT_IN_FORCE: { description: 'Adopted but not (yet or any longer) in force.' },
    DRAFT: { description: 'Draft prepared, not yet published for discussion.' },
    PUBLIC_DISCUSSION: { description: 'Draft in public discussion.' },
    IN_COORDINATION: { description: 'Draft being agreed with the state bodies concerned.' },
  },
});

registerEnumType(ProvisionKind, {
  name: 'ProvisionKind',
  description: 'Structural unit of an act (Akoma Ntoso hierarchy).',
  valuesConfig: {
    CHAPTER: { description: 'Chapter (`chp_N`).' },
    ARTICLE: { description: 'Article (`art_N`).' },
    PART: { description: 'Part of an article (`art_N__part_M`).' },
    POINT: { description: 'Point (`art_N__point_x`).' },
    SUBPOINT: { description: 'Sub-point of a point.' },
    PARAGRAPH: { description: 'Numbered paragraph of a resolution (`para_N`).' },
    ANNEX: { description: 'Annex approved by the act.' },
    SECTION: { description: 'Section of a non-normative document (guidance note).' },
  },
});

registerEnumType(RelationType, {
  name: 'RelationType',
  description: 'Typed edge between acts or provisions (ELI `eli:amends`, `eli:repeals`, `eli:based_on`, `eli:cites`).',
  valuesConfig: {
    AMENDS: { description: 'The source act amends the target.' },
    REPEALS: { description: 'The source act repeals the target.' },
    BASED_ON: { description: 'The source act is adopted on the basis of (implements) the target.' },
    CITES: { description: 'The source refers to the target without changing it.' },
  },
});

registerEnumType(LinkDirection, {
  name: 'LinkDirection',
  description: 'Direction of a link seen from the act it is read on.',
  valuesConfig: {
    OUTGOING: { description: 'This act is the source of the edge.' },
    INCOMING: { description: 'This act (or one of its provisions) is the target of the edge.' },
  },
});
