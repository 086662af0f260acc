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
 * It listens in the capture phase on the document, so by the time any other
 * click handler runs the link's href is final: a page that wants the switch
 * not to add a history entry can call location.replace(link.href) itself.
 * Plain ES5, tested by evaluating it against localizedHref.
 */
export function languageSwitchScript(): string {
  const locales = JSON.stringify(routing.locales);
  const key = JSON.stringify(LOCALE_STORAGE_KEY);
  const attr = JSON.stringify(SWITCH_ATTRIBUTE);
  return (
    `(function(){var L=${locales},d=document,l=location;` +
    `function u(e){var a=e.target&&e.target.closest&&e.target.closest('a['+${attr}+']');if(!a)return null;` +
    `var t=a.getAttribute(${attr}),s=l.pathname.split('/');if(L.indexOf(s[1])>=0)s[1]=t;else s.splice(1,0,t);` +
    `var p=s.join('/');if(p==='/'+t)p+='/';a.href=p+l.search+l.hash;return t}` +
    `d.addEventListener('pointerdown',u,true);d.addEventListener('focusin',u,true);` +
    `d.addEventListener('click',function(e){var t=u(e);if(t)try{localStorage.setItem(${key},t)}catch(x){}},true)})();`
  );
}
