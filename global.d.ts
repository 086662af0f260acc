import type { routing } from '@/lib/i18n/routing';
import type messages from '@/messages/en.json';

// Type-checked message keys and locales everywhere (next-intl AppConfig).
declare module 'next-intl' {
  interface AppConfig {
    Locale: (typeof routing.locales)[number];
    Messages: typeof messages;
  }
}
