export { type ApiErrorBody, type ApiSearchBody, searchFromParams } from "./search";
export { type ApiSuggestBody, suggestFromParams } from "./suggest";
