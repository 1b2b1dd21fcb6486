import { Field, ObjectType } from 'type-graphql';

export interface SourceRefData {
  url: string;
  lang?: 'ky' | 'ru' | 'en' | null;
  note?: string | null;
}

@ObjectType({ description: 'A source document backing a piece of legal content.' })
export class SourceRef implements SourceRefData {
  @Field({ description: 'Address of the source.' })
  url!: string;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 language of the source (`ky`, `ru`, `en`), when known.' })
  lang?: 'ky' | 'ru' | 'en' | null;

  @Field(() => String, { nullable: true, description: 'What the source is (official text, translation, news, …).' })
  note?: string | null;
}
