import { BoundedCache } from "../../cache";
import { MAX_SNIPPET_CHARS, MAX_TITLE_CHARS } from "../../limits";
import { syllableSpans } from "../../text";
import type { ForwardIndex } from "../index/forward";
import { type FormMasks, markFields } from "../query/form-masks";
import type { Matcher } from "../query/matcher";
import type { Range, SearchHit } from "../types";
import { type DocTokens, storyText, tokenizeArticle } from "./doc-tokens";
import {
  makeSnippet,
  rangesOf,
  rangesOfSpans,
  renderSnippet,
  type Snippet,
  snippetWindow,
  type TextPart,
} from "./highlight";
import type { ArticleMeta, ArticleStore } from "./store";

export const articleUrl = (id: string) => `/bai/${encodeURIComponent(id)}`;

/**
 * Articles tokenized for hits the forward index cannot serve, kept in an
 * LRU: the index stores no offsets, so those are tokenized when shown.
 */
const TOKENIZED_ARTICLES = 500;

/**
 * Builds a page's hits: title and snippet with their highlights, clipped to
 * the response's bounds.
 */
export class HitBuilder {
  private readonly articles: readonly ArticleMeta[];
  private readonly tokens = new BoundedCache<number, DocTokens>(TOKENIZED_ARTICLES);
  /** Titles' syllable offsets: the same articles come back across queries. */
  private readonly titleSpans = new BoundedCache<number, Uint32Array | null>(TOKENIZED_ARTICLES);

  constructor(
    private readonly store: ArticleStore,
    private readonly forward: ForwardIndex,
  ) {
    this.articles = store.meta;
  }

  /**
   * A hit straight off the forward index: what to highlight is decided on the
   * syllable ids with the query's form masks, the snippet's window is chosen
   * on those, and only the window's text is read and decoded (the store's
   * checkpoints) to find its offsets. Articles whose text needs the
   * grapheme-aware tokenizer, and queries of more terms than the masks hold,
   * take the tokenizing path (tokenizedHit).
   */
  hit(d: number, score: number, matcher: Matcher, masks: FormMasks | null, phrases: boolean): SearchHit {
    const fwd = this.forward;
    const a = this.articles[d]!;
    const titleFrom = fwd.start[d]!;
    const storyFrom = titleFrom + fwd.titleLen[d]!;
    const end = fwd.start[d + 1]!;
    const storyLength = end - storyFrom - 1;
    const titleSpans = this.titleSpans.get(d, () => syllableSpans(a.title) ?? null);
    if (titleSpans && titleSpans.length === 2 * (storyFrom - titleFrom) && (masks || matcher.terms.length === 0)) {
      const [titleTerms, storyTerms] = masks
        ? markFields(
            masks,
            fwd.ids,
            [
              [titleFrom, storyFrom],
              [storyFrom + 1, end],
            ],
            { phrases },
          )
        : [new Int32Array(storyFrom - titleFrom).fill(-1), new Int32Array(storyLength).fill(-1)];
      const [best, last] = snippetWindow(storyTerms!, storyLength);
      const part = this.storyPart(d, best, last + 1, storyLength);
      if (part) {
        const marked = Array.from(titleTerms!, (x) => x >= 0);
        return this.toHit(
          d,
          score,
          rangesOfSpans(a.title, titleSpans, marked),
          renderSnippet(part, storyLength, best, last, storyTerms!),
          matcher.terms.length > 0,
        );
      }
    }
    return this.tokenizedHit(d, score, matcher, phrases);
  }

  /** The text and syllable offsets of the part of article d's story that holds syllables [from, to). */
  private storyPart(d: number, from: number, to: number, storyLength: number): TextPart | null {
    const slice = this.store.storySlice?.(d, from, to);
    if (slice && slice.count === storyLength) {
      const spans = syllableSpans(slice.text);
      if (spans && spans.length === 2 * (slice.end - slice.first))
        return { text: slice.text, spans, first: slice.first };
    }
    const text = storyText(this.store.article(d));
    const spans = syllableSpans(text);
    return spans && spans.length === 2 * storyLength ? { text, spans, first: 0 } : null;
  }

  /** A hit from the article's tokens (tokenized now, with the grapheme-aware tokenizer where the text needs it). */
  private tokenizedHit(d: number, score: number, matcher: Matcher, phrases: boolean): SearchHit {
    const doc = this.tokens.get(d, () => tokenizeArticle(this.store.article(d)));
    const title = doc.title.tokens;
    const story = doc.text.tokens;
    // Accented terms light up their exact form wherever the article has it.
    const exactIn = matcher.terms.map(
      (q, t) =>
        q.accented && (title.some((tok) => matcher.strict(t, tok)) || story.some((tok) => matcher.strict(t, tok))),
    );
    const completionsAfterPrevious = matcher.completesAfterPrevious(title) || matcher.completesAfterPrevious(story);
    const titleMarks = matcher.marks(title, { phrases, exactIn, completionsAfterPrevious });
    const textMarks = matcher.marks(story, { phrases, exactIn, completionsAfterPrevious });
    return this.toHit(
      d,
      score,
      rangesOf(this.articles[d]!.title, title, titleMarks),
      makeSnippet(doc.text.text, story, matcher.termOf(story, textMarks)),
      matcher.terms.length > 0,
    );
  }

  private toHit(d: number, score: number, titleHighlights: Range[], full: Snippet, queried: boolean): SearchHit {
    const a = this.articles[d]!;
    // A window of 30 syllables is short, unless one "syllable" is a text with no spaces.
    const snippet = clipRanged(full.text, full.highlights, MAX_SNIPPET_CHARS);
    const title = clipRanged(a.title, titleHighlights, MAX_TITLE_CHARS);
    return {
      id: a.id,
      title: title.text,
      titleHighlights: title.highlights,
      date: a.date,
      year: a.year,
      organizers: a.organizers,
      province: a.province ?? null,
      inferred: a.inferred ?? [],
      snippet: snippet.text,
      snippetHighlights: snippet.highlights,
      metadataOnly: queried && title.highlights.length === 0 && full.highlights.length === 0,
      match: "exact",
      url: articleUrl(a.id),
      score: Math.round(score * 1000) / 1000,
    };
  }
}

/** text cut to n characters with "…", its ranges kept only where they fit. */
function clipRanged(text: string, ranges: Range[], n: number): Snippet {
  if (text.length <= n) return { text, highlights: ranges };
  const cut = `${text.slice(0, n - 1)}…`;
  return {
    text: cut,
    highlights: ranges.filter(([s]) => s < n - 1).map(([s, e]): Range => [s, Math.min(e, n - 1)]),
  };
}
