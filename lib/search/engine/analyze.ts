import { MAX_QUERY_TERMS } from "../../limits";
import type { Lexicon } from "../index/lexicon";
import { type Alternative, alternativesOf } from "../query/aliases";
import type { Budget } from "../query/did-you-mean";
import { type Expansion, expandTerm } from "../query/expand";
import { answerFilter, type FormIndex, FormMasks, MAX_MASK_TERMS } from "../query/form-masks";
import { type IdToken, Matcher } from "../query/matcher";
import { firstTerms, makeTerm, type ParsedQuery, parseQuery } from "../query/parse";

/** A query read for the engine: its words, what each stands for, and the deciders built on them. */
export interface AnalyzedQuery {
  parsed: ParsedQuery;
  /** Per term, the index terms it stands for (itself, completions, typo corrections). */
  expansions: Expansion[][];
  /** Decides what answers each term; rejects by id every form outside the expansions. */
  matcher: Matcher;
  /** Per written form, which terms it answers (null past MAX_MASK_TERMS terms): proximity off the forward index. */
  masks: FormMasks | null;
  /** Other forms of spans of the query's words: abbreviations and their full forms. */
  alternatives: Alternative[];
  /** What highlights mark: the words, and the alternatives' forms as phrases (the matcher itself without alternatives). */
  marker: Matcher;
  markerMasks: FormMasks | null;
}

/** The vocabulary a query is read against. */
export interface Vocabulary {
  lexicon: Lexicon;
  /** Every written form as a token (index ids). */
  forms: readonly IdToken[];
  formIndex: FormIndex;
}

/**
 * Parse and expand: the query's first MAX_QUERY_TERMS words, each expanded
 * while the budget's typo work lasts (the rest taken as typed; either cut
 * sets `budget.truncated`).
 */
export function analyzeQuery(q: string, vocabulary: Vocabulary, budget: Budget): AnalyzedQuery {
  const { lexicon, forms, formIndex } = vocabulary;
  const parsed = firstTerms(parseQuery(q), MAX_QUERY_TERMS);
  if (parsed.cut) budget.truncated = true;
  const terms = parsed.terms.length;
  const expansions = parsed.terms.map((term) => {
    const typos = performance.now() <= budget.deadline;
    if (!typos) budget.truncated = true;
    return expandTerm(lexicon, term, { typos });
  });
  // Forms that cannot answer any term are rejected by id, without string work.
  const matcher = new Matcher(parsed, expansions, {
    forms: forms.length,
    mayAnswer: answerFilter(parsed, expansions, lexicon.terms, formIndex.foldedOf),
  });
  const masks = terms > 0 && terms <= MAX_MASK_TERMS ? new FormMasks(matcher, forms, formIndex) : null;
  const alternatives = alternativesOf(parsed, q);
  let marker = matcher;
  let markerMasks = masks;
  if (alternatives.length > 0) {
    const wide: ParsedQuery & { cut: boolean } = {
      terms: [...parsed.terms],
      excluded: parsed.excluded,
      phrases: [...parsed.phrases],
      cut: parsed.cut,
    };
    const wideExpansions = [...expansions];
    for (const alt of alternatives) {
      const group: number[] = [];
      for (const term of alt.terms) {
        group.push(wide.terms.length);
        wide.terms.push(
          makeTerm(term.exact, term.folded, term.prefix, alt.terms.length > 1 ? wide.phrases.length : -1),
        );
        wideExpansions.push(expandTerm(lexicon, term, { typos: false }));
      }
      if (group.length > 1) wide.phrases.push(group);
    }
    marker = new Matcher(wide, wideExpansions, { forms: forms.length });
    markerMasks =
      wide.terms.length <= MAX_MASK_TERMS ? new FormMasks(marker, forms, formIndex, masks ?? undefined) : null;
  }
  return { parsed, expansions, matcher, masks, alternatives, marker, markerMasks };
}
