// An island's messages: the page's locale, trimmed to what the island reads,
// resolved at build time by scripts/build-islands.ts (an ambient declaration,
// so this file has no import of its own).
declare module 'island:messages' {
  const messages: import('use-intl').AbstractIntlMessages;
  export default messages;
}
