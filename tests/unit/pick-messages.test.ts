import en from '@/messages/en.json';
import { pickMessages } from '@/lib/i18n/pick';

describe('pickMessages', () => {
  it('sends whole namespaces and, for trimmed ones, only the listed keys of each entry', () => {
    const picked = pickMessages(en, { Errors: 'all', Incidents: ['headline'] });
    expect(Object.keys(picked).sort()).toEqual(['Errors', 'Incidents']);
    expect(picked.Errors).toBe(en.Errors);
    const incidents = Object.entries(picked.Incidents ?? {});
    expect(incidents.length).toBe(Object.keys(en.Incidents).length);
    for (const [id, entry] of incidents) {
      expect(Object.keys(entry ?? {})).toEqual(['headline']);
      expect(entry?.headline).toBe(en.Incidents[id as keyof typeof en.Incidents].headline);
    }
  });
});
