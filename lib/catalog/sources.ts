import type { Source } from './types';

/**
 * Every source key of the fact sheet (/work/shared/research/incidents.md,
 * "Sources" section), plus the five seed articles.
 *
 * - `url` is copied exactly as the fact sheet lists it ("URLs as they appeared
 *   in the consulted copies"); none was checked live, so the UI shows them as
 *   references, never as a call to action.
 * - `title` is a short description of the document as the fact sheet
 *   describes it (the fact sheet gives no headlines), written in the
 *   document's own language (`lang`), as a bibliography would.
 * - `publisher` is the site the URL points to.
 * - `official`: company statements, filings, courts, settlement sites,
 *   government agencies (the fact sheet's "H" kind of source).
 * - `mirror`: the URL is a copy, capture or re-post of someone else's
 *   document (e.g. an urlscan capture of identitytheft.gov, an 8-K on a
 *   filings tracker), so it must never be shown as the official page.
 */
export const SOURCES = [
  // ---- 2021-08-cyberattack
  { key: 'TM21a', title: 'T-Mobile 8-K update on the cyberattack investigation (20 Aug 2021)', publisher: 'CapEdge (copy of an SEC filing)', date: '2021-08-20', url: 'https://capedge.com/filing/1283699/0001193125-21-251974/TMUS-8K', official: true, mirror: true, lang: 'en' },
  { key: 'TM21b', title: 'T-Mobile 8-K: unauthorized access confirmed (16 Aug 2021)', publisher: 'Board Cybersecurity incident tracker (copy of an SEC filing)', date: '2021-08-16', url: 'https://board-cybersecurity.com/incidents/tracker/20210816-tmobile-us-inc-cybersecurity-incident', official: true, mirror: true, lang: 'en' },
  { key: 'TM21c', title: 'T-Mobile shares additional information regarding ongoing cyberattack investigation (17 Aug 2021 statement)', publisher: 'CIO Influence (re-post of the T-Mobile statement)', date: '2021-08-17', url: 'https://cioinfluence.com/itechnology-series-news/t-mobile-shares-additional-information-regarding-ongoing-cyberattack-investigation', official: true, mirror: true, lang: 'en' },
  { key: 'TM21d', title: 'The cyberattack against T-Mobile and our customers: CEO letter', publisher: 'T-Mobile', date: '2021-08-27', url: 'https://www.t-mobile.com/news/network/cyberattack-against-tmobile-and-our-customers', official: true, lang: 'en' },
  { key: 'IT21', title: 'T-Mobile believes data for about 47 million could have been stolen', publisher: 'Inside Towers', url: 'https://insidetowers.com/cell-tower-news-t-mobile-believes-data-for-about-47-million-could-have-been-stolen/', lang: 'en' },
  { key: 'MR', title: 'T-Mobile CEO apologizes for data breach', publisher: 'MacRumors', date: '2021-08-27', url: 'https://www.macrumors.com/2021/08/27/t-mobile-ceo-apologies-for-data-breach/', lang: 'en' },
  { key: 'NHUB', title: 'T-Mobile hackers accessed data on more than 53 million people', publisher: 'nhub.news', date: '2021-08', url: 'http://nhub.news/de/2021/08/t-mobile-hackers-accessed-data-on-more-than-53-million-people', lang: 'en' },
  { key: 'DT', title: 'T-Mobile says 48M people impacted by recent cyberattack', publisher: 'Digital Trends', url: 'https://www.digitaltrends.com/news/t-mobile-says-48m-people-impacted-by-recent-cyberattack/', lang: 'en' },
  { key: 'CM', title: 'Data of more than 40 million exposed in T-Mobile breach', publisher: 'Central Maine', date: '2021-08-18', url: 'https://www.centralmaine.com/2021/08/18/data-of-more-than-40-million-exposed-in-t-mobile-breach/', lang: 'en' },
  { key: 'SW', title: 'Number of T-Mobile customers confirmed to be affected by hack reaches 54 million', publisher: '171 Comply', url: 'https://171comply.com/2021/08/02/number-of-t-mobile-customers-confirmed-to-be-affected-by-hack-reaches-54-million/', lang: 'en' },
  { key: 'HB', title: 'T-Mobile data breach (case page)', publisher: 'Hagens Berman', url: 'https://hbsslaw.com/cases/t-mobile-data-breach', lang: 'en' },
  { key: 'FORT', title: 'T-Mobile 2021 cyberattack: breach of customer data', publisher: 'Fortune', date: '2021-08-27', url: 'https://fortune.com/2021/08/27/t-mobile-2021-cyberattack-breach-customer-data', lang: 'en' },
  { key: 'MCN', title: 'T-Mobile probe into breach finds more customers hit, tally now at 53 million (Reuters)', publisher: 'Moneycontrol', url: 'https://www.moneycontrol.com/news/business/t-mobile-probe-into-breach-finds-more-customers-hit-tally-now-at-53-million-7367641.html', lang: 'en' },
  { key: 'TG2', title: 'T-Mobile data breach claim', publisher: 'Tom’s Guide', url: 'https://tomsguide.com/news/t-mobile-data-breach-claim', lang: 'en' },
  { key: 'BMT', title: 'T-Mobile breach: timeline of events', publisher: 'BMT', url: 'https://bmtcorp.com/t-mobile-breach-timeline-of-events', lang: 'en' },
  { key: 'ITRC', title: 'T-Mobile data breach: what steps to take now', publisher: 'Identity Theft Resource Center', url: 'https://www.idtheftcenter.org/t-mobile-data-breach-what-steps-to-take-now/', lang: 'en' },
  { key: 'MASS', title: 'Mass. Attorney General launches investigation into T-Mobile data breach', publisher: 'Framingham Source', date: '2021-09-14', url: 'https://framinghamsource.com/index.php/2021/09/14/mass-attorney-general-launches-investigation-into-t-mobile-data-breach', lang: 'en' },
  { key: 'CAAG', title: 'Privacy Tip #321: California AG warns about the T-Mobile breach', publisher: 'JD Supra', date: '2022-03-02', url: 'https://www.jdsupra.com/legalnews/privacy-tip-321-california-ag-warns-3953708/', lang: 'en' },
  { key: 'CTAG', title: 'Connecticut Attorney General warning about T-Mobile breach data on the dark web', publisher: 'Doing It Local', url: 'https://doingitlocal.com/?p=93384', lang: 'en' },
  { key: 'SET', title: 'T-Mobile Customer Data Security Breach Litigation: settlement FAQs', publisher: 'Settlement website (t-mobilesettlement.com)', url: 'https://www.t-mobilesettlement.com/home/faqs2/', official: true, lang: 'en' },
  { key: 'CAO', title: 'What you need to know about the T-Mobile settlement', publisher: 'apicsud.com', url: 'https://apicsud.com/what-you-need-to-know', lang: 'en' },
  { key: 'MOLW', title: 'Judge gives final OK to T-Mobile data breach settlement', publisher: 'Missouri Lawyers Media', date: '2023-07-24', url: 'https://molawyersmedia.com/2023/07/24/judge-gives-final-ok-to-t-mobile-data-breach-settlement/', lang: 'en' },
  { key: 'MOLW22', title: 'Pending settlement with T-Mobile is second-largest ever for data breach', publisher: 'Missouri Lawyers Media', date: '2022-08-22', url: 'https://molawyersmedia.com/2022/08/22/pending-settlement-with-t-mobile-is-second-largest-ever-for-data-breach/', lang: 'en' },
  { key: 'LAW360', title: 'T-Mobile to pay $350M in MDL over massive 2021 data breach (Law360)', publisher: 'tmobilelawsuits.com (re-post)', url: 'https://www.tmobilelawsuits.com/post/t-mobile-to-pay-350m-in-mdl-over-massive-2021-data-breach', mirror: true, lang: 'en' },
  { key: 'SUN', title: 'T-Mobile settlement: how to claim cash', publisher: 'The US Sun', url: 'https://www.the-sun.com/money/7076022/t-mobile-settlement-claim-cash/', lang: 'en' },
  { key: 'NB', title: 'The deadline to claim up to $25–$100 from T-Mobile’s $350M class action settlement is January 2023', publisher: 'NewsBreak', url: 'https://original.newsbreak.com/@amarie-m-1587881/2870706700396-the-deadline-to-claim-up-to-25-100-from-t-mobile-s-350m-class-action-lawsuit-data-breach-settlement-is-january-2023', lang: 'en' },
  { key: 'AUD', title: 'T-Mobile customers could soon receive $25K payments', publisher: 'Audacy', url: 'https://www.audacy.com/1210wpht/news/national/t-mobile-customers-could-soon-receive-usd25k-payments', lang: 'en' },
  { key: 'LG', title: 'Article sur l’accord à l’amiable de T-Mobile', publisher: 'Le Geek', url: 'https://le-geek.net/?p=756', lang: 'fr' },
  { key: 'USD', title: 'Here’s when to look for a T-Mobile data breach settlement check', publisher: 'usdaily.xyz', url: 'https://usdaily.xyz/here-s-when-to-look-for-a-t-mobile-data-breach-settlement-check-11207.html', lang: 'en' },
  { key: 'CP', title: 'Les données de 37 millions de clients de T-Mobile ont été volées (La Presse Canadienne)', publisher: 'L’Écho de Maskinongé', date: '2023-01', url: 'https://www.lechodemaskinonge.com/nouvelles-internationales/les-donnees-de-37-millions-de-clients-de-t-mobile-ont-ete-volees/', lang: 'fr' },
  { key: 'UD', title: 'T-Mobile révèle que 7,8 millions de ses abonnés actuels sont concernés par le vol de données', publisher: 'L’Usine Digitale', url: 'https://www.usine-digitale.fr/article/t-mobile-revele-que-7-8-millions-de-ses-abonnes-actuels-sont-concernes-par-le-vol-de-donnees.N1132844', lang: 'fr' },
  { key: 'SPUT', title: 'USA : fuite massive des données de millions d’abonnés de T-Mobile', publisher: 'Sputnik France', date: '2021-08-18', url: 'https://fr.sputniknews.com/international/202108181046021263-usa-fuite-massive-des-donnees-de-millions-dabonnes-de-t-mobile/', lang: 'fr' },

  // ---- 2023-01-api
  { key: '8K23', title: 'T-Mobile 8-K: cybersecurity incident (19 Jan 2023)', publisher: 'Board Cybersecurity incident tracker (copy of an SEC filing)', date: '2023-01-19', url: 'https://www.board-cybersecurity.com/incidents/tracker/20230119-tmobile-us-inc-cybersecurity-incident/', official: true, mirror: true, lang: 'en' },
  { key: 'TMB23', title: 'Customer information notice (2023)', publisher: 'T-Mobile', url: 'https://www.t-mobile.com/business/customer-information-2023-02', official: true, lang: 'en' },
  { key: 'ST23', title: 'T-Mobile says data on 37 million customers stolen', publisher: 'The Seattle Times', url: 'https://www.seattletimes.com/business/t-mobile-says-data-on-37-million-customers-stolen/', lang: 'en' },
  { key: 'PIRG23', title: 'Statement: latest T-Mobile data breach affects about 37 million accounts', publisher: 'U.S. PIRG', url: 'https://pirg.org/media-center/statement-latest-t-mobile-data-breach-affects-about-37-million-accounts/', lang: 'en' },
  { key: 'CLICK', title: 'Michigan AG: watch out for scammers taking advantage of T-Mobile data breach', publisher: 'ClickOnDetroit', date: '2023-01-24', url: 'https://www.clickondetroit.com/news/michigan/2023/01/24/michigan-ag-watch-out-for-scammers-taking-advantage-of-t-mobile-data-breach/', lang: 'en' },
  { key: 'MIAG', title: 'Consumer alert: new T-Mobile data breach (Michigan AG)', publisher: 'Chelsea Update', url: 'https://chelseaupdate.com/consumer-alert-new-t-mobile-data-breach/', lang: 'en' },
  { key: 'CED', title: 'T-Mobile notifications “woefully inadequate”, says 9th data breach suit', publisher: 'Consumer Electronics Daily', date: '2023-02-06', url: 'http://stage.consumerelectronicsdaily.com/article/2023/02/06/tmobile-notifications-woefully-inadequate-9th-data-breach-suit-2302030061?BC=bc_67216dd041a59', lang: 'en' },
  { key: 'LR', title: 'T-Mobile’s MVNOs could be roped into latest hack', publisher: 'Light Reading', url: 'https://www.lightreading.com/security/t-mobile-s-mvnos-could-be-roped-into-latest-hack', lang: 'en' },

  // ---- 2023-04-pin
  { key: 'HNS', title: 'T-Mobile discloses second data breach of 2023', publisher: 'Help Net Security', date: '2023-05-03', url: 'https://www.helpnetsecurity.com/2023/05/03/t-mobile-breach-2023/', lang: 'en' },
  { key: 'SECMAG', title: 'T-Mobile confirms second data breach in 2023', publisher: 'Security Magazine', url: 'https://www.securitymagazine.com/articles/99300-t-mobile-confirms-second-data-breach-in-2023', lang: 'en' },

  // ---- 2020-12-cpni
  { key: 'WT21', title: 'T-Mobile customer data breached', publisher: 'The Washington Times', date: '2021-01-04', url: 'https://www.washingtontimes.com/news/2021/jan/4/t-mobile-customer-data-breached/', lang: 'en' },
  { key: 'AC21', title: 'T-Mobile hit with yet another data breach; some customers’ call records accessed', publisher: 'Android Central', date: '2021-01', url: 'https://www.androidcentral.com/t-mobile-hit-with-yet-another-data-breach-some-customers-call-records-accessed', lang: 'en' },
  { key: 'MP20', title: 'T-Mobile claims it resolved end-of-year data breach', publisher: 'MediaPost', url: 'https://www.mediapost.com/publications/article/359135/t-mobile-claims-it-resolved-end-of-year-data-breac.html', lang: 'en' },
  { key: 'J4Y', title: 'Second T-Mobile data breach of 2020', publisher: 'Justice4You (law firm blog)', url: 'https://www.justice4you.com/blog/second-t-mobile-data-breach-of-2020.html', lang: 'en' },

  // ---- 2020-03-email-vendor
  { key: 'ZD20', title: 'T-Mobile says hacker gained access to employee email accounts, user data', publisher: 'ZDNet', url: 'http://www.zdnet.com/article/t-mobile-says-hacker-gained-access-to-employee-email-accounts-user-data/', lang: 'en' },
  { key: 'AC20', title: 'T-Mobile warns customers about recent data breach', publisher: 'Android Central', url: 'https://www.androidcentral.com/t-mobile-warns-customers-about-recent-data-breach', lang: 'en' },
  { key: 'REG20', title: 'T-Mobile breach', publisher: 'The Register', date: '2020-03-05', url: 'https://www.theregister.com/2020/03/05/tmobile_breach/', lang: 'en' },
  { key: 'HGT20', title: 'T-Mobile says sophisticated attack resulted in unauthorized access', publisher: 'Higher Ground Times', date: '2020-03-05', url: 'https://highergroundtimes.com/higher-ground/2020/mar/5/t-mobile-says-sophisticated-attack-resulted-unauth', lang: 'en' },

  // ---- 2019-11-prepaid
  { key: 'NH19', title: 'Hack: T-Mobile customers’ account data accessed, but not credit cards', publisher: 'News Herald', date: '2019-11-22', url: 'https://www.newsherald.com/story/tech/2019/11/22/hack-t-mobile-customers-accessed-account-data-but-not-credit-cards/4269332002/', lang: 'en' },
  { key: 'FN19', title: 'T-Mobile prepaid customers hit by data breach', publisher: 'Fierce Network', url: 'https://www.fierce-network.com/operators/t-mobile-prepaid-customers-hit-by-data-breach', lang: 'en' },
  { key: 'SG19', title: 'T-Mobile security breach exposes customer data: why only prepaid', publisher: 'SlashGear', url: 'https://www.slashgear.com/t-mobile-security-breach-exposes-customer-data-why-only-prepaid-22601233/', lang: 'en' },
  { key: 'GIZ19', title: 'A whole bunch of T-Mobile prepaid customers got hacked', publisher: 'Gizmodo', url: 'https://gizmodo.com/a-whole-bunch-of-t-mobile-prepaid-customers-got-hacked-1840014881', lang: 'en' },

  // ---- 2018-08-account-data
  { key: 'DT18', title: 'T-Mobile security breach, August 2018', publisher: 'Digital Trends', url: 'https://www.digitaltrends.com/mobile/t-mobile-security-breach-august-2018/', lang: 'en' },
  { key: 'LIF18', title: 'T-Mobile admits data breach of customers’ data', publisher: 'LIFARS', date: '2018-08', url: 'https://www.lifars.com/2018/08/tmobile-admits-data-breach-customers-data/', lang: 'en' },
  { key: 'ITP18', title: 'T-Mobile discloses customer data breach affecting two million users', publisher: 'ITProPortal', url: 'https://www.itproportal.com/news/t-mobile-discloses-customer-data-breach-affecting-two-million-users/', lang: 'en' },

  // ---- 2015-09-experian
  { key: 'EXP15', title: 'Experian breach of T-Mobile applicant data (Reuters)', publisher: 'Reuters', date: '2015-10-02', url: 'http://cn.reuters.com/article/tmobile-dataprotection-idCNL3N12159P20151002', lang: 'en' },
  { key: 'THR15', title: 'Experian breach spills data on 15 million T-Mobile customers', publisher: 'Threatpost', url: 'https://threatpost.com/experian-breach-spills-data-on-15-million-t-mobile-customers/114901', lang: 'en' },
  { key: 'DCAG15', title: 'AG Racine advises District consumers to consider protective steps', publisher: 'Office of the Attorney General for the District of Columbia', url: 'https://oag.dc.gov./release/ag-racine-advises-district-consumers-consider', official: true, lang: 'en' },
  { key: 'EXPSET', title: 'In re Experian Data Breach Litigation: settlement website', publisher: 'Settlement website (expdatabreachsettlement.com)', url: 'https://expdatabreachsettlement.com/', official: true, lang: 'en' },
  { key: 'WILK', title: 'Experian and T-Mobile settle data breach claims with state attorneys general', publisher: 'Willkie Compliance Concourse', date: '2022-11-07', url: 'https://complianceconcourse.willkie.com/articles/news-alerts-2022-11-november-20221107-experian-and-t-mobile-settle-data-breac/', lang: 'en' },
  { key: 'MNAG', title: 'Experian and T-Mobile settlement announcement', publisher: 'Minnesota Attorney General', date: '2022-11-07', url: 'https://www.ag.state.mn.us/Office/Communications/2022/11/07_Experian.asp', official: true, lang: 'en' },

  // ---- minor or related incidents (fact sheet section 9)
  { key: 'CSIDB21', title: 'T-Mobile SIM swap incident, February 2021', publisher: 'CSIDB', url: 'https://www.csidb.net/csidb/incidents/2d5c093f-4656-47d7-badc-0c09b6a7da57/', lang: 'en' },
  { key: 'GAL21', title: 'German telecoms giant discloses data leak', publisher: 'Galaxkey', url: 'https://www.galaxkey.com/blog/german-telecoms-giant-discloses-data-leak/', lang: 'en' },
  { key: 'MR21b', title: 'T-Mobile data breach: SIM attacks', publisher: 'MacRumors', date: '2021-12-29', url: 'https://macrumors.com/2021/12/29/t-mobile-data-breach-sim-attacks', lang: 'en' },
  { key: 'PA23', title: 'T-Mobile: yet another security issue, personal data compromised', publisher: 'PhoneArena', url: 'https://www.phonearena.com/news/t-mobile-yet-another-security-issue-personal-data-compromised_id150818', lang: 'en' },
  { key: 'CRN19', title: 'Sprint breach via Samsung website exposes customer data', publisher: 'CRN', url: 'https://crn.com/news/security/sprint-breach-via-samsung-website-exposes-customer-data', lang: 'en' },
  { key: 'BOOST19', title: 'Boost Mobile detected unauthorized activity on customer accounts', publisher: 'SecurityWeek', url: 'https://www.securityweek.com/boost-mobile-detected-unauthorized-activity-customer-accounts', lang: 'en' },

  // ---- what to do (official pages the action plan may link to)
  { key: 'ATP', title: 'Account Takeover Protection', publisher: 'T-Mobile support', url: 'https://www.t-mobile.com/support/plans-features/account-takeover-protection', official: true, lang: 'en' },
  { key: 'ATPes', title: 'Account Takeover Protection (Spanish page)', publisher: 'T-Mobile support', url: 'https://es.t-mobile.com/support/plans-features/account-takeover-protection', official: true, lang: 'es' },
  { key: 'SIMP', title: 'SIM Protection', publisher: 'T-Mobile (Magenta Pulse support)', url: 'https://magentapulse.t-mobile.com/us/en/customer-support/accounts/tlife-self-service/security-privacy-permissions/304d5', official: true, lang: 'en' },
  { key: 'PIN', title: 'Update your customer PIN/passcode', publisher: 'T-Mobile support', url: 'https://www.t-mobile.com/support/account/update-your-customer-pinpasscode', official: true, lang: 'en' },
  { key: 'SS', title: 'T-Mobile Scam Shield app', publisher: 'T-Mobile support', url: 'https://www.t-mobile.com/support/plans-features/t-mobile-scam-shield-app', official: true, lang: 'en' },
  { key: 'SSM', title: 'Scam Shield FAQ', publisher: 'Metro by T-Mobile', url: 'https://www.metrobyt-mobile.com/benefits/scam-shield/faq', official: true, lang: 'en' },
  { key: 'CPNI', title: 'CPNI: customer proprietary network information', publisher: 'T-Mobile privacy center', url: 'https://www.t-mobile.com/privacy-center/education-and-resources/cpni', official: true, lang: 'en' },
  { key: 'ITG', title: 'IdentityTheft.gov: what to do after a data breach (capture)', publisher: 'urlscan.io (capture of identitytheft.gov)', url: 'https://staging.urlscan.io/result/769790a6-aaff-47cb-a1d0-7509319932c9/content', official: true, mirror: true, lang: 'en' },
  { key: 'KEHOE', title: 'Copy of the IdentityTheft.gov data breach list', publisher: 'Kehoe Law Firm', url: 'https://kehoelawfirm.com/?p=25205', mirror: true, lang: 'en' },
  { key: 'KAP', title: 'Copy of the IdentityTheft.gov data breach list', publisher: 'Kapoor Money Minute', url: 'https://kapoormoneyminute.com/tag/phising/', mirror: true, lang: 'en' },
  { key: 'FTCFRZ', title: 'Free credit freezes are here', publisher: 'Federal Trade Commission', date: '2018-09', url: 'https://consumer.ftc.gov/consumer-alerts/2018/09/free-credit-freezes-are-here?page=1', official: true, lang: 'en' },
  { key: 'FCCP', title: 'Port-out fraud targets your private accounts', publisher: 'Federal Communications Commission', url: 'https://fcc.gov/port-out-fraud-targets-your-private-accounts', official: true, lang: 'en' },
  { key: 'GSCU', title: 'Port-out phone scams (FCC tips)', publisher: 'GSCU', url: 'https://www.gscu.org/post/portout_phone_scams.html', mirror: true, lang: 'en' },
  { key: 'EXPW', title: 'What should I do if my driver’s license number is stolen?', publisher: 'Experian', url: 'https://www.experian.com/blogs/ask-experian/what-should-i-do-if-my-drivers-license-number-is-stolen/', lang: 'en' },
  { key: 'SCORES', title: 'How to change your driver’s license number', publisher: 'ScoreSense', url: 'https://www.scoresense.com/blog/how-to-change-drivers-license-number?hs_amp=true', lang: 'en' },
  { key: 'IPPIN', title: 'IRS Identity Protection PIN (IP PIN)', publisher: 'Masters Tax USA', url: 'https://www.masterstaxusa.com/post/pin-ip-pin?lang=en', lang: 'en' },
  { key: 'CAI', title: 'Dossier de crédit : mesures de protection', publisher: 'Commission d’accès à l’information du Québec', url: 'https://www.cai.gouv.qc.ca/dossier-credit/mesures-de-protection/', official: true, lang: 'fr' },
  { key: 'AMF', title: 'Dossier de crédit', publisher: 'Autorité des marchés financiers (Québec)', url: 'https://lautorite.qc.ca/grand-public/dossier-de-credit?tx_amfcookies_main%5Baction%5D=submit&cHash=3a4cc75ae5a8602171fe4979cb269c99', official: true, lang: 'fr' },
  { key: 'RC', title: 'Gel de crédit chez Equifax et TransUnion (La facture)', publisher: 'Radio-Canada', url: 'https://ici.radio-canada.ca/tele/la-facture/site/segments/capsule/431704/gel-credit-equifax-transunion-securite-dossier-cote-consulter-gratuit', lang: 'fr' },
  { key: 'NIR', title: 'Code Insee (NIR)', publisher: 'Wikimonde', url: 'https://wikimonde.com/article/Code_Insee', lang: 'fr' },
  { key: 'ROG', title: 'Transferts frauduleux et fraudes par échange de carte SIM', publisher: 'Rogers', url: 'https://rogers.com/fr/soutien/cybersecurite/fraude-arnaques/transferts-frauduleux-et-fraudes-par-echange-carte-sim', lang: 'fr' },
  { key: 'FREE', title: 'Arnaque au SIM swapping : usurpation de numéro', publisher: 'Free', url: 'https://portail.free.fr/mag-free/astuces/arnaque-sim-swapping-usurpation-numero', lang: 'fr' },
  { key: 'VID', title: 'Comment vous protéger de la fraude par échange de carte SIM', publisher: 'Vidéotron', url: 'https://forum.videotron.com/t5/actualites/comment-vous-proteger-de-la-fraude-par-echange-de-carte-sim/ba-p/21602', lang: 'fr' },

  // ---- seed articles (research/seeds/), no URL in the fact sheet
  { key: 'seed000', title: 'Le PDG de T-Mobile s’excuse pour la violation de données (traduction de MacRumors, 27 août 2021)', publisher: 'Seed article 000', date: '2021-08-27', lang: 'fr' },
  { key: 'seed001', title: 'Paraphrase of the MacRumors article of 27 Aug 2021 (garbled; not reused)', publisher: 'Seed article 001', date: '2021-08-27', lang: 'en' },
  { key: 'seed002', title: 'T-Mobile dit qu’un accès non autorisé à ses données s’est produit (déclaration du 16 août 2021)', publisher: 'Seed article 002', lang: 'fr' },
  { key: 'seed003', title: 'T-Mobile victime d’une faille de sécurité touchant clients et employés (via ZDNet, mars 2020)', publisher: 'Seed article 003', date: '2020-03', lang: 'fr' },
  { key: 'seed004', title: 'Données de 37 millions de comptes T-Mobile dérobées (traduction du 8-K de janvier 2023)', publisher: 'Seed article 004', lang: 'fr' },
] as const satisfies readonly Source[];

export type KnownSourceKey = (typeof SOURCES)[number]['key'];

const BY_KEY: ReadonlyMap<string, Source> = new Map(SOURCES.map((s) => [s.key, s]));

export function getSource(key: string): Source | undefined {
  return BY_KEY.get(key);
}
