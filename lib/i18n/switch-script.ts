import { routing } from './routing';
import { LOCALE_STORAGE_KEY } from './locale-choice';

/** The attribute that marks a language link; its value is the target locale. */
export const SWITCH_ATTRIBUTE = 'data-switch-locale';

/**
 * Source of the one inline script every localized page carries, so the
 * language switcher needs no framework runtime (content pages ship none).
 * On pointer down, focus and click it points each switcher at the same page in
 * its language, with the current query string and fragment (where answers
 * live, possibly changed by history.replaceState without any event), exactly
 * like localizedHref; on click it also remembers the choice for "/".
 * An address that carries answers (#v1;…) is replaced rather than pushed on
 * a plain click, so "Forget" on the next page leaves no history entry holding
 * them; a modified click (new tab, new window) is left to the browser.
 * It listens in the capture phase on the document, so by the time any other
 * click handler runs the link's href is final.
 * Plain ES5, tested by evaluating it against localizedHref.
 */
export function languageSwitchScript(): string {
  const locales = JSON.stringify(routing.locales);
  const key = JSON.stringify(LOCALE_STORAGE_KEY);
  const attr = JSON.stringify(SWITCH_ATTRIBUTE);
  const selector = JSON.stringify(`a[${SWITCH_ATTRIBUTE}]`);
  return (
    `(function(){var L=${locales},d=document,l=location;` +
    `function u(e){var a=e.target&&e.target.closest&&e.target.closest(${selector});if(!a)return null;` +
    `var t=a.getAttribute(${attr}),s=l.pathname.split('/');if(L.indexOf(s[1])>=0)s[1]=t;else s.splice(1,0,t);` +
    `var p=s.join('/');if(p==='/'+t)p+='/';a.href=p+l.search+l.hash;return a}` +
    `d.addEventListener('pointerdown',u,true);d.addEventListener('focusin',u,true);` +
    `d.addEventListener('click',function(e){var a=u(e);if(!a)return;` +
    `try{localStorage.setItem(${key},a.getAttribute(${attr}))}catch(x){}` +
    `if(e.button===0&&!e.metaKey&&!e.ctrlKey&&!e.shiftKey&&!e.altKey&&/^#v\\d/i.test(l.hash)){e.preventDefault();l.replace(a.href)}},true)})();`
  );
}
