export { exactForm, fold, hasDiacritics } from "./fold";
export { decodeKeystrokes, type KeystrokeReading, type KeystrokeScheme, readKeystrokes } from "./keystrokes";
export { cleanText, normalizeText, normalizeTonePlacement } from "./normalize";
export { isSyllable, TONE_MARKS } from "./syllable";
export { syllableSpans, type Token, tokenize } from "./tokenize";
