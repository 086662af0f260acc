import { CATALOG, CATALOG_REVIEWED_ON, getIncident } from '@/lib/catalog';
import { citedSourceKeys, exposedFields, incidentSortDate, notExposedFields } from '@/lib/catalog/helpers';
import { catalogSchema, sourcesSchema } from '@/lib/catalog/schema';
import { SOURCES, getSource } from '@/lib/catalog/sources';
import type { Incident, Membership, Population } from '@/lib/catalog/types';
import { INCIDENT_IDS } from '@/lib/catalog/incidents';
import { AFTERMATH, aftermathOf, pageSourceKeys } from '@/lib/catalog/aftermath';
import { MINOR_INCIDENTS } from '@/lib/catalog/minor';
import { aftermathSchema, minorIncidentSchema } from '@/lib/catalog/schema';
import en from '@/messages/en.json';

function population(incidentId: string, populationId: string): Population {
  const p = getIncident(incidentId)?.populations.find((x) => x.id === populationId);
  if (!p) throw new Error(`no ${incidentId} ${populationId}`);
  return p;
}

describe('catalog structure', () => {
  it('validates against the zod schema', () => {
    const result = catalogSchema.safeParse(CATALOG);
    if (!result.success) throw new Error(JSON.stringify(result.error.issues, null, 2));
  });

  it('has valid, unique sources', () => {
    const result = sourcesSchema.safeParse(SOURCES);
    if (!result.success) throw new Error(JSON.stringify(result.error.issues, null, 2));
    const keys = SOURCES.map((s) => s.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('contains exactly the eight required ids, unique, sorted by date', () => {
    const ids = CATALOG.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...INCIDENT_IDS].sort());
    const dates = CATALOG.map(incidentSortDate);
    expect(dates).toEqual([...dates].sort());
    // the id's year-month prefix agrees with that order too
    expect(ids).toEqual([...ids].sort());
  });

  it.each(CATALOG.map((i) => [i.id, i] as const))(
    '%s has populations, sources, exposed fields',
    (_id, incident: Incident) => {
      expect(incident.populations.length).toBeGreaterThan(0);
      expect(incident.sources.length).toBeGreaterThan(0);
      const popIds = incident.populations.map((p) => p.id);
      expect(new Set(popIds).size).toBe(popIds.length);
      for (const p of incident.populations) {
        // a group may claim no field only when it is kept "possible" on weak grounds (partial, confidence L)
        if (p.exposed.length === 0) expect({ id: p.id, reach: p.reach, confidence: p.confidence }).toEqual({ id: p.id, reach: 'partial', confidence: 'L' });
        expect(p.members.length).toBeGreaterThan(0);
        expect(p.counts.length).toBeGreaterThan(0);
        // a field is never both exposed and not exposed for the same group
        expect(p.exposed.filter((f) => (p.notExposed as readonly string[]).includes(f))).toEqual([]);
      }
      // incident-wide "not exposed" never contradicts a population
      expect(incident.notExposed.filter((f) => exposedFields(incident).includes(f))).toEqual([]);
      expect(notExposedFields(incident).filter((f) => exposedFields(incident).includes(f))).toEqual([]);
    },
  );

  it('cites only source keys that exist', () => {
    const missing = CATALOG.flatMap((i) =>
      citedSourceKeys(i)
        .filter((k) => !getSource(k))
        .map((k) => `${i.id}:${k}`),
    );
    expect(missing).toEqual([]);
  });

  it('keeps membership windows well-formed', () => {
    const bad: string[] = [];
    for (const i of CATALOG)
      for (const p of i.populations)
        for (const m of p.members) {
          const w: Membership = m.membership;
          if (w.kind === 'active-during' && w.from > w.to) bad.push(`${i.id} ${p.id}`);
          if (w.kind === 'began-by' && w.since && w.since > w.by) bad.push(`${i.id} ${p.id}`);
        }
    expect(bad).toEqual([]);
  });

  it('uses a non-null value only with a real number, and known dates with sources', () => {
    for (const i of CATALOG) {
      for (const d of [i.accessBegan, i.discovered, i.disclosed]) {
        if (d.kind === 'known') {
          expect(d.sources.length).toBeGreaterThan(0);
          if (d.until) expect(d.until >= d.date).toBe(true);
        }
      }
      for (const o of i.offers) if (o.endedOn) expect(o.status).toBe('ended');
    }
  });

  it('has a review date: the 2026-11-29 review of the fact sheet', () => {
    expect(CATALOG_REVIEWED_ON).toBe('2026-11-29');
  });

  it('validates what followed the incidents and the minor incidents, oldest first, with existing sources', () => {
    for (const a of AFTERMATH) {
      const result = aftermathSchema.safeParse(a);
      if (!result.success) throw new Error(JSON.stringify(result.error.issues, null, 2));
      for (const id of [...a.incidents, ...a.unconfirmed]) expect(INCIDENT_IDS).toContain(id);
    }
    for (const m of MINOR_INCIDENTS) {
      const result = minorIncidentSchema.safeParse(m);
      if (!result.success) throw new Error(JSON.stringify(result.error.issues, null, 2));
    }
    const ids = MINOR_INCIDENTS.map((m) => m.id);
    expect(ids).toEqual([...ids].sort());
    const keys = [...AFTERMATH, ...MINOR_INCIDENTS].flatMap((x) => x.sources as readonly string[]);
    expect(keys.filter((k) => !getSource(k))).toEqual([]);
  });

  it('gives every source whose role names an origin that origin', () => {
    for (const s of SOURCES) {
      if (!('role' in s)) continue;
      const text = (en.Catalog.publisherRole as Record<string, string>)[s.role];
      expect({ key: s.key, needsOrigin: text?.includes('{of}'), hasOrigin: 'origin' in s }).toEqual({
        key: s.key,
        needsOrigin: 'origin' in s,
        hasOrigin: 'origin' in s,
      });
    }
  });

  it('numbers a page’s sources once: the incident’s, then those of what followed it', () => {
    const cyber = getIncident('2021-08-cyberattack');
    const keys = pageSourceKeys(cyber);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.slice(0, citedSourceKeys(cyber).length)).toEqual(citedSourceKeys(cyber));
    expect(keys).toEqual(expect.arrayContaining(['FCCCD', 'ARS24']));
    expect(pageSourceKeys(getIncident('2019-11-prepaid'))).toEqual(citedSourceKeys(getIncident('2019-11-prepaid')));
  });

  it('marks copies of documents as mirrors, and never invents a URL for seeds', () => {
    expect(getSource('ITG')?.mirror).toBe(true);
    for (const k of ['seed000', 'seed001', 'seed002', 'seed003', 'seed004']) expect(getSource(k)?.url).toBeUndefined();
    expect(getSource('TM21d')?.url).toBe(
      'https://www.t-mobile.com/news/network/cyberattack-against-tmobile-and-our-customers',
    );
  });
});

describe('facts mirror the fact sheet', () => {
  it('2023-01: SSN, licence, PIN and cards not exposed; 37M accounts; 25 Nov 2022 – Jan 2023', () => {
    const i = getIncident('2023-01-api');
    expect(exposedFields(i)).not.toContain('ssn');
    expect(i.notExposed).toEqual(expect.arrayContaining(['ssn', 'drivers_license', 'payment_card', 'account_pin']));
    const p1 = population('2023-01-api', 'P1');
    expect(p1.counts[0]?.value).toBe(37_000_000);
    expect(p1.reach).toBe('broad');
    expect(p1.members.map((m) => m.membership)).toContainEqual({
      kind: 'active-during',
      from: '2022-11',
      to: '2023-01',
      // about 25 Nov 2022 to 5 Jan 2023: the edge months are partial, the default
    });
    // seed004's "5 January" is the detection date, not the disclosure
    expect(i.discovered).toMatchObject({ date: '2023-01-05' });
    expect(i.disclosed).toMatchObject({ date: '2023-01-19' });
  });

  it('2021-08: P1 current postpaid exposed SSN, phone, IMEI, IMSI; not PIN or account number', () => {
    const p1 = population('2021-08-cyberattack', 'P1');
    expect(p1.exposed).toEqual(
      expect.arrayContaining(['ssn', 'name', 'date_of_birth', 'drivers_license', 'phone', 'imei', 'imsi']),
    );
    expect(p1.notExposed).toEqual(
      expect.arrayContaining(['account_pin', 'account_number', 'financial_account', 'payment_card']),
    );
    expect(p1.members).toEqual([
      { relationship: 'postpaid', membership: { kind: 'active-during', from: '2021-08', to: '2021-08' } },
    ]);
    expect(population('2021-08-cyberattack', 'P2').notExposed).toEqual(
      expect.arrayContaining(['ssn', 'drivers_license']),
    );
  });

  it('2021-08: P3 credit applicants have no window; former Sprint stays possible; Sprint prepaid/Boost excluded', () => {
    const p3 = population('2021-08-cyberattack', 'P3');
    expect(p3.reach).toBe('partial');
    expect(p3.members).toContainEqual({ relationship: 'applicant', membership: { kind: 'no-window', by: '2021-08' } });
    expect(p3.members).toContainEqual({ relationship: 'postpaid', membership: { kind: 'ended-by', by: '2021-08' } });
    expect(p3.members.some((m) => m.relationship === 'sprint')).toBe(true);
    expect(getIncident('2021-08-cyberattack').excluded?.[0]).toMatchObject({
      relationships: ['sprint'],
      sources: ['TM21c'],
    });
    expect(population('2021-08-cyberattack', 'P5').exposed).toContain('account_pin');
    expect(population('2021-08-cyberattack', 'P7').members[0]?.relationship).toBe('metro');
  });

  it('2021-08: the disagreeing totals are all kept with their sources', () => {
    const values = getIncident('2021-08-cyberattack').totals.map((t) => t.value);
    expect(values).toEqual(
      expect.arrayContaining([100_000_000, 48_600_000, 54_600_000, 50_000_000, 53_000_000, 76_600_000]),
    );
  });

  it('2021-08: settlement claims closed 23 Jan 2023, McAfee status unknown', () => {
    const offers = getIncident('2021-08-cyberattack').offers;
    expect(offers.find((o) => o.id === 'settlement')).toMatchObject({ status: 'ended', endedOn: '2023-01-23' });
    expect(offers.find((o) => o.id === 'mcafee')).toMatchObject({ status: 'unknown' });
  });

  it('2015-09 Experian: applicants 2013-09..2015-09, broad, SSN exposed', () => {
    const p = population('2015-09-experian', 'P1');
    expect(p.members).toContainEqual({
      relationship: 'applicant',
      // from 1 Sep 2013 (a whole month) to 16 Sep 2015 (a partial one, the default)
      membership: { kind: 'active-during', from: '2013-09', to: '2015-09', fromWholeMonth: true },
    });
    expect(p.reach).toBe('broad');
    expect(p.exposed).toContain('ssn');
    expect(p.notExposed).toEqual(expect.arrayContaining(['payment_card', 'financial_account']));
  });

  it('partial populations where only a share was hit', () => {
    expect(population('2020-12-cpni', 'P1').reach).toBe('partial');
    expect(population('2020-12-cpni', 'P1').exposed).toContain('call_records_cpni');
    expect(population('2023-04-pin', 'P1')).toMatchObject({ reach: 'partial' });
    expect(population('2023-04-pin', 'P1').counts[0]?.value).toBe(836);
    expect(population('2023-04-pin', 'P1').exposed).toEqual(expect.arrayContaining(['account_pin', 'ssn']));
    expect(population('2018-08-account-data', 'P1').reach).toBe('partial');
    expect(population('2019-11-prepaid', 'P1').reach).toBe('partial');
    expect(population('2020-03-email-vendor', 'P1').members.map((m) => m.relationship)).toContain('employee');
  });

  it('2015-09: the attorneys-general monitoring closed on 6 May 2023; Experian’s $12.67M with its sources', () => {
    const offer = getIncident('2015-09-experian').offers.find((o) => o.id === 'ag-settlement');
    expect(offer).toMatchObject({ status: 'ended', endedOn: '2023-05-06' });
    expect(offer?.sources).toEqual(expect.arrayContaining(['EISSET', 'VTAG', 'MAAG22', 'MNAG', 'PAAG22', 'APIC22']));
    expect(en.Incidents['2015-09-experian'].offers['ag-settlement'].body).toMatch(/\$12\.67\smillion.*\$13\.67\smillion/);
    expect(en.Incidents['2015-09-experian'].offers['ag-settlement'].body).toMatch(/May\s6,\s2023/);
  });

  it('2023-04: the monitoring of April 2023 is over for anyone who did not enroll then; the detection day is disputed', () => {
    const offer = getIncident('2023-04-pin').offers.find((o) => o.id === 'credit-monitoring');
    // ended by inference from the dates, so no date of its own
    expect(offer).toEqual({ id: 'credit-monitoring', kind: 'offer', status: 'ended', sources: ['HNS', 'SA23'] });
    expect(getIncident('2023-04-pin').discovered).toMatchObject({ date: '2023-03', sources: expect.arrayContaining(['GH23', 'SP23']) });
  });

  it('2021-08: the settlement after 2023 (fee award reversed, payments from about June 2025) is sourced', () => {
    const offer = getIncident('2021-08-cyberattack').offers.find((o) => o.id === 'settlement');
    expect(offer?.sources).toEqual(expect.arrayContaining(['DM24', 'AA25', 'AAL25']));
    // the messages keep dates and amounts together with no-break spaces
    const body = en.Incidents['2021-08-cyberattack'].offers.settlement.body.replace(/\u00a0/g, ' ');
    for (const fact of ['July 29, 2024', '$78.75 million', 'May 30, 2025', 'June 2025', '$56.54', '$226.19', '$375'])
      expect(body).toContain(fact);
  });

  it('2021-08: employees stay possible without any field claimed (no source says their data was taken)', () => {
    const p9 = population('2021-08-cyberattack', 'P9');
    expect(p9).toMatchObject({ reach: 'partial', confidence: 'L', exposed: [] });
    expect(p9.members).toEqual([
      { relationship: 'employee', membership: { kind: 'no-window', by: '2021-08' }, reach: 'partial' },
    ]);
  });

  it('the FCC consent decree of 30 Sep 2024 covers 2021-08 and 2023-01, and plausibly 2023-04', () => {
    const [fcc] = AFTERMATH;
    expect(fcc).toMatchObject({ id: 'fcc-2024', date: '2024-09-30', incidents: ['2021-08-cyberattack', '2023-01-api'] });
    expect(aftermathOf('2023-04-pin')).toEqual([{ entry: fcc, confirmed: false }]);
    expect(aftermathOf('2015-09-experian')).toEqual([]);
    expect(en.Catalog.aftermath['fcc-2024'].body).toMatch(/\$15\.75\smillion.*\$15\.75\smillion.*\$31\.5\smillion/);
  });

  it('lists the minor items of 2022–2025 with what T-Mobile said', () => {
    expect(MINOR_INCIDENTS.map((m) => m.id)).toEqual(
      expect.arrayContaining([
        '2022-03-lapsus',
        '2023-09-employee-claim',
        '2024-06-intelbroker',
        '2024-08-cfius',
        '2024-11-salt-typhoon',
        '2025-64-million-claim',
      ]),
    );
    expect(en.About.minor['2023-09-employee-claim']).toContain('T\u2011Mobile employee data was not exposed');
    expect(en.About.minor['2024-06-intelbroker']).toContain('T\u2011Mobile systems have not been compromised');
    expect(en.About.minor['2025-64-million-claim']).toContain('Any reports of a T\u2011Mobile data breach are inaccurate');
  });

  it('unknown stays unknown', () => {
    expect(getIncident('2020-03-email-vendor').accessBegan).toEqual({ kind: 'unknown' });
    expect(population('2020-03-email-vendor', 'P1').counts[0]?.value).toBeNull();
  });
});
