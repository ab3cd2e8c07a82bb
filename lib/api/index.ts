export { type ApiErrorBody, type ApiSearchBody, searchFromParams } from "./search";
