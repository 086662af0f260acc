import { routing } from './routing';
import { LOCALE_STORAGE_KEY } from './locale-choice';

/**
 * Source of the tiny inline script of the "/" page: the same rule as
 * chooseLocale (saved choice, then navigator.languages, then English), written
 * as plain ES5 so it runs before any bundle loads. Tested by evaluating it.
 */
export function rootRedirectScript(): string {
  const locales = JSON.stringify(routing.locales);
  const fallback = JSON.stringify(routing.defaultLocale);
  const key = JSON.stringify(LOCALE_STORAGE_KEY);
  return (
    `(function(){var L=${locales},d=${fallback},c=null;` +
    `try{c=window.localStorage.getItem(${key})}catch(e){}` +
    `if(L.indexOf(c)<0){c=null;var n=navigator.languages||[navigator.language];` +
    `for(var i=0;i<n.length&&!c;i++){var b=String(n[i]||'').replace(/^\\s+|\\s+$/g,'').toLowerCase().split(/[-_]/)[0];if(L.indexOf(b)>=0)c=b}}` +
    `window.location.replace('/'+(c||d)+'/'+window.location.search+window.location.hash)})();`
  );
}
