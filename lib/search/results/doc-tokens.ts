import type { Article } from "../../ingest";
import { type Token, tokenize } from "../../text";

/** An article's searchable text and its syllables, field by field. */
export interface DocTokens {
  title: FieldTokens;
  /** Lead and body as one text: "lead\nparagraph\nparagraph…" (what snippets are cut from). */
  text: FieldTokens;
  /** Tokens of `text` before this index belong to the lead. */
  leadEnd: number;
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
  const tokens = tokenize(text);
  let leadEnd = 0;
  while (leadEnd < tokens.length && tokens[leadEnd]!.start < a.lead.length) leadEnd++;
  return { title: { text: a.title, tokens: tokenize(a.title) }, text: { text, tokens }, leadEnd };
}

/**
 * Articles are tokenized lazily, only when a query needs positions (proximity,
 * phrases, snippets) for its top candidates, and kept in a small LRU: the
 * index itself stores no positions.
 */
export class DocTokenCache {
  private readonly cache = new Map<number, DocTokens>();
  /** `read`: the article's text fields (records may be read from disk on demand). */
  constructor(
    private readonly read: (i: number) => Pick<Article, "title" | "lead" | "body">,
    private readonly limit = 500,
  ) {}

  get(i: number): DocTokens {
    let doc = this.cache.get(i);
    if (doc) {
      this.cache.delete(i); // refresh its place in the LRU order
    } else {
      doc = tokenizeArticle(this.read(i));
      if (this.cache.size >= this.limit) this.cache.delete(this.cache.keys().next().value!);
    }
    this.cache.set(i, doc);
    return doc;
  }
}
