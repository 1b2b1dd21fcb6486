// GraphQL shapes of provision texts: a provision read within one act version (the tree of an
// expression), a comparison of two versions, and a page of search hits.
import { Field, ObjectType } from 'type-graphql';
import { registerDescribedEnum } from '../../graphql/enum.js';
import { ConnectionType } from '../../graphql/pagination.js';
import { LegalActVersion } from './legal-act-version.entity.js';
import { Provision } from './provision.entity.js';
import { ProvisionText } from './provision-text.entity.js';

export enum TextChange {
  CHANGED = 'CHANGED',
  UNCHANGED = 'UNCHANGED',
  UNKNOWN = 'UNKNOWN',
}
registerDescribedEnum(TextChange, 'TextChange', 'What happened to a provision’s wording between two versions.', {
  CHANGED: 'Both wordings are known and differ: see `segments`.',
  UNCHANGED: 'Both wordings are known and identical.',
  UNKNOWN: 'The wording of one version (or both) is not in the hub’s sources: nothing can be said.',
});

export enum SegmentKind {
  SAME = 'SAME',
  ADDED = 'ADDED',
  REMOVED = 'REMOVED',
}
registerDescribedEnum(SegmentKind, 'SegmentKind', 'A run of words in a comparison.', {
  SAME: 'In both wordings.',
  ADDED: 'Only in the later wording.',
  REMOVED: 'Only in the earlier wording.',
});

@ObjectType({ simpleResolvers: true, description: 'A provision as one version (expression) of its act has it.' })
export class ProvisionReading {
  @Field(() => Provision, { description: 'The provision (the same across versions).' })
  provision!: Provision;

  @Field(() => LegalActVersion, { description: 'The version it is read in.' })
  version!: LegalActVersion;
}

@ObjectType({ simpleResolvers: true, description: 'A run of words of a comparison.' })
export class DiffSegment {
  @Field(() => SegmentKind, { description: 'In both wordings, or only in one.' })
  kind!: SegmentKind;

  @Field({ description: 'The words, with their spacing.' })
  text!: string;
}

@ObjectType({ simpleResolvers: true, description: 'One provision’s wording in two versions.' })
export class ProvisionChange {
  @Field(() => Provision, { description: 'The provision (the compared one or one nested in it).' })
  provision!: Provision;

  @Field(() => TextChange, { description: 'Changed, unchanged, or unknown (a wording missing from the sources).' })
  change!: TextChange;

  @Field(() => ProvisionText, { nullable: true, description: 'The wording in the earlier version; null when unknown.' })
  before!: ProvisionText | null;

  @Field(() => ProvisionText, { nullable: true, description: 'The wording in the later version; null when unknown.' })
  after!: ProvisionText | null;

  @Field(() => String, { nullable: true, description: 'The act that gave the later wording, when its source says so.' })
  amendedBy!: string | null;

  @Field(() => [DiffSegment], { description: 'Word by word, for CHANGED (empty for UNKNOWN).' })
  segments!: DiffSegment[];
}

@ObjectType({ simpleResolvers: true, description: 'What changed in a provision (and the provisions nested in it) between the versions in force on two days.' })
export class ProvisionDiff {
  @Field(() => LegalActVersion, { nullable: true, description: 'The version in force on `from`; null when none was.' })
  fromVersion!: LegalActVersion | null;

  @Field(() => LegalActVersion, { nullable: true, description: 'The version in force on `to`; null when none was.' })
  toVersion!: LegalActVersion | null;

  @Field(() => [ProvisionChange], { description: 'The provision and each nested one, in document order.' })
  changes!: ProvisionChange[];
}

export const ProvisionTextConnection = ConnectionType(ProvisionText, 'ProvisionText', 'provision texts');
