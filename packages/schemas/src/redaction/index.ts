export {
  isSecretHeader,
  isSecretName,
  normalizeSecretName,
  redactHeaders,
  redactHeaderValue,
  redactText,
  redactUrl,
  redactValue,
} from './redact.js';
export { AUTH_SCHEMES, JWK_PRIVATE_MEMBERS, REDACTED, SECRET_HEADERS, SECRET_NAMES } from './secrets.js';
