import type { Article } from "../../ingest";
import { type Token, tokenize } from "../../text";

/** An article's searchable text and its syllables, field by field. */
export interface DocTokens {
  title: FieldTokens;
  /** Lead and body as one text: "lead\nparagraph\nparagraph…" (what snippets are cut from). */
  text: FieldTokens;
}

export interface FieldTokens {
  text: string;
  tokens: Token[];
}

export function storyText(a: Pick<Article, "lead" | "body">): string {
  return [a.lead, ...a.body].join("\n");
}

export function tokenizeArticle(a: Pick<Article, "title" | "lead" | "body">): DocTokens {
  const text = storyText(a);
  return { title: { text: a.title, tokens: tokenize(a.title) }, text: { text, tokens: tokenize(text) } };
}
