import type { ChangeCalendarRules, Journey, Touchpoint } from './config-schema';

const t = (en: string, it: string) => ({ 'en-US': en, 'it-IT': it });

const touchpoint = (
  id: string,
  name: [string, string],
  people: [string, string],
  process: [string, string],
  technology: [string, string],
  ownerAccountId: string,
): Touchpoint => ({
  id,
  name: t(...name),
  people: t(...people),
  process: t(...process),
  technology: t(...technology),
  owner: { kind: 'user', accountId: ownerAccountId },
});

/**
 * The shipped customer journey (the service blueprint's stages), for an admin to edit: each
 * touchpoint with the people, process and technology behind it and an owner. Owners are the
 * default roles' people, so the demo site's users own them.
 */
export const DEFAULT_JOURNEY: Journey = {
  allowOtherTouchpoints: true,
  stages: [
    {
      id: 'awareness',
      name: t('Awareness', 'Consapevolezza'),
      steps: [
        {
          id: 'discover',
          name: t('Discovers the product', 'Scopre il prodotto'),
          touchpoints: [
            touchpoint(
              'website',
              ['Website and pricing page', 'Sito web e pagina prezzi'],
              ['Marketing team', 'Team marketing'],
              ['Campaign calendar', 'Calendario campagne'],
              ['Website CMS', 'CMS del sito'],
              'pr-lead',
            ),
          ],
        },
      ],
    },
    {
      id: 'purchase',
      name: t('Purchase', 'Acquisto'),
      steps: [
        {
          id: 'buy',
          name: t('Chooses a plan and pays', 'Sceglie un piano e paga'),
          touchpoints: [
            touchpoint(
              'checkout',
              ['Checkout', 'Checkout'],
              ['Sales and billing team', 'Team vendite e fatturazione'],
              ['Order to cash', 'Dall’ordine all’incasso'],
              ['Billing platform', 'Piattaforma di fatturazione'],
              'finance-partner',
            ),
          ],
        },
      ],
    },
    {
      id: 'onboarding',
      name: t('Onboarding', 'Attivazione'),
      steps: [
        {
          id: 'set-up',
          name: t('Sets up the account', 'Configura l’account'),
          touchpoints: [
            touchpoint(
              'welcome-email',
              ['Welcome emails', 'Email di benvenuto'],
              ['Customer success', 'Customer success'],
              ['Onboarding sequence', 'Sequenza di attivazione'],
              ['Email platform', 'Piattaforma email'],
              'comms-manager',
            ),
            touchpoint(
              'setup-wizard',
              ['Setup wizard', 'Procedura guidata'],
              ['Product team', 'Team di prodotto'],
              ['First-run experience', 'Primo utilizzo'],
              ['Web app', 'Applicazione web'],
              'cx-team-lead',
            ),
          ],
        },
      ],
    },
    {
      id: 'use',
      name: t('Use', 'Utilizzo'),
      steps: [
        {
          id: 'everyday-use',
          name: t('Uses the product every day', 'Usa il prodotto ogni giorno'),
          touchpoints: [
            touchpoint(
              'in-app',
              ['In-app experience', 'Esperienza nell’app'],
              ['Product team', 'Team di prodotto'],
              ['Release process', 'Processo di rilascio'],
              ['Web and mobile apps', 'App web e mobile'],
              'cx-team-lead',
            ),
            touchpoint(
              'invoices',
              ['Invoices and billing emails', 'Fatture ed email di fatturazione'],
              ['Billing team', 'Team fatturazione'],
              ['Monthly billing run', 'Fatturazione mensile'],
              ['Billing platform', 'Piattaforma di fatturazione'],
              'finance-partner',
            ),
          ],
        },
      ],
    },
    {
      id: 'support',
      name: t('Support', 'Assistenza'),
      steps: [
        {
          id: 'get-help',
          name: t('Looks for help', 'Cerca aiuto'),
          touchpoints: [
            touchpoint(
              'help-centre',
              ['Help-centre articles', 'Articoli del centro assistenza'],
              ['Knowledge team', 'Team knowledge base'],
              ['Article review', 'Revisione articoli'],
              ['Help-centre platform', 'Piattaforma del centro assistenza'],
              'cx-lead',
            ),
            touchpoint(
              'support-agents',
              ['Support agents and macros', 'Operatori e macro di assistenza'],
              ['Support agents', 'Operatori di assistenza'],
              ['Ticket handling', 'Gestione dei ticket'],
              ['Service desk', 'Service desk'],
              'cx-lead',
            ),
          ],
        },
      ],
    },
    {
      id: 'renewal',
      name: t('Renewal', 'Rinnovo'),
      steps: [
        {
          id: 'renew-or-cancel',
          name: t('Renews or cancels', 'Rinnova o disdice'),
          touchpoints: [
            touchpoint(
              'renewal-notice',
              ['Renewal notice', 'Avviso di rinnovo'],
              ['Account managers', 'Account manager'],
              ['Renewal cycle', 'Ciclo di rinnovo'],
              ['CRM', 'CRM'],
              'finance-partner',
            ),
            touchpoint(
              'cancellation-flow',
              ['Cancellation flow', 'Procedura di disdetta'],
              ['Retention team', 'Team fidelizzazione'],
              ['Retention offers', 'Offerte di fidelizzazione'],
              ['Web app', 'Applicazione web'],
              'cx-team-lead',
            ),
          ],
        },
      ],
    },
  ],
};

/**
 * Shipped change-calendar rules: more than three customer-facing changes for one segment or
 * touchpoint within 30 days is fatigue; no freeze windows until an admin sets them.
 */
export const DEFAULT_CALENDAR: ChangeCalendarRules = {
  fatigue: { maxChanges: 3, windowDays: 30 },
  freezeWindows: [],
};
