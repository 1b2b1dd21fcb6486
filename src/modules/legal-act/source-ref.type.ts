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

export interface TextSourceData {
  url?: string | null;
  lang?: 'ky' | 'ru' | 'en' | null;
  retrievedOn?: string | null;
  note?: string | null;
}

@ObjectType({ description: 'Where the words of a provision were copied from.' })
export class TextSource implements TextSourceData {
  @Field(() => String, { nullable: true, description: 'Address of the source; null where the stored copy kept none (then `note` says what it is).' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 639-1 language of the source.' })
  lang?: 'ky' | 'ru' | 'en' | null;

  @Field(() => String, { nullable: true, description: 'Day the text was copied (YYYY-MM-DD).' })
  retrievedOn?: string | null;

  @Field(() => String, { nullable: true, description: 'What the source is (official text, consolidated text as of a date, translation, draft).' })
  note?: string | null;
}
