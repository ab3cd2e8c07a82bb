export { exactForm, fold, hasDiacritics } from "./fold";
export { cleanText, normalizeText, normalizeTonePlacement } from "./normalize";
export { foldedTerms, syllableSpans, type Token, tokenize } from "./tokenize";
