import { CONFIG_SCHEMA_VERSION, type GovernanceConfig } from './config-schema';
import { DEFAULT_CALENDAR, DEFAULT_JOURNEY } from './default-journey';

const t = (en: string, it: string) => ({ 'en-US': en, 'it-IT': it });

/** The Italian name of each channel the default plans use, so Italian viewers read their own words. */
const CHANNEL_IT = {
  'Blog + email + in-app': 'Blog + email + in-app',
  'Email + in-app': 'Email + in-app',
  Email: 'Email',
  'Help centre': 'Centro assistenza',
  'Internal meeting': 'Riunione interna',
  'Internal review': 'Revisione interna',
  'Release notes + email': 'Note di rilascio + email',
  'Release notes': 'Note di rilascio',
  'Team channel': 'Canale del team',
  'Training + email': 'Formazione + email',
} as const;

/**
 * The shipped defaults: docs/design-contract.md's tables. Admins edit them; every edit is a new version. Each
 * tier's lead time covers its comms plan's earliest step, so a compliant launch leaves room for
 * every step of the plan.
 */
export const DEFAULT_CONFIG: GovernanceConfig = {
  version: 1,
  schemaVersion: CONFIG_SCHEMA_VERSION,
  tiers: [
    {
      tier: 1,
      name: t('Critical', 'Critico'),
      leadTimeDays: 365,
      effects: {
        cx: t(
          'New macros, help-centre rewrite, agent training, staffing forecast',
          'Nuove macro, riscrittura del centro assistenza, formazione degli agenti, previsione del personale',
        ),
        pr: t(
          'Press statement, social monitoring, spokesperson',
          'Comunicato stampa, monitoraggio social, portavoce',
        ),
        finance: t(
          'Billing/refund review, revenue forecast',
          'Revisione di fatturazione e rimborsi, previsione dei ricavi',
        ),
      },
      examples: [
        t('Price increase for all plans', 'Aumento di prezzo per tutti i piani'),
        t('Retiring a product', 'Ritiro di un prodotto'),
      ],
    },
    {
      tier: 2,
      name: t('High', 'Alto'),
      leadTimeDays: 180,
      effects: {
        cx: t(
          'Help-centre update, agent briefing',
          'Aggiornamento del centro assistenza, briefing agli agenti',
        ),
        pr: t('Prepared reactive statement', 'Dichiarazione reattiva preparata'),
        finance: t('Billing check', 'Verifica della fatturazione'),
      },
      examples: [
        t('Removing a feature used by a segment', 'Rimozione di una funzione usata da un segmento'),
        t('Changing support hours', "Modifica degli orari dell'assistenza"),
      ],
    },
    {
      tier: 3,
      name: t('Moderate', 'Moderato'),
      leadTimeDays: 90,
      effects: {
        cx: t('FAQ/macro update', 'Aggiornamento di FAQ e macro'),
        pr: t('None', 'Nessuno'),
        finance: t('None', 'Nessuno'),
      },
      examples: [
        t(
          'New required step in a customer flow',
          'Nuovo passaggio obbligatorio in un percorso cliente',
        ),
      ],
    },
    {
      tier: 4,
      name: t('Low', 'Basso'),
      leadTimeDays: 14,
      effects: {
        cx: t('Release note', 'Nota di rilascio'),
        pr: t('None', 'Nessuno'),
        finance: t('None', 'Nessuno'),
      },
      examples: [
        t('UI copy change', "Modifica dei testi dell'interfaccia"),
        t('Bug fix with visible effect', 'Correzione di un difetto con effetto visibile'),
      ],
    },
  ],
  criteria: [
    {
      id: 'reach',
      question: t('What share of customers is affected?', 'Quale quota di clienti è interessata?'),
      weight: 3,
      options: [
        { value: 0, label: t('Internal only', 'Solo interno') },
        {
          value: 1,
          label: t('Under 5 % or one small segment', 'Meno del 5 % o un piccolo segmento'),
        },
        { value: 2, label: t('A segment, 5–50 %', 'Un segmento, 5–50 %') },
        { value: 3, label: t('Most or all customers', 'La maggior parte o tutti i clienti') },
      ],
    },
    {
      id: 'customerAction',
      question: t('What action is required of customers?', 'Quale azione è richiesta ai clienti?'),
      weight: 2,
      options: [
        { value: 0, label: t('None', 'Nessuna') },
        { value: 1, label: t('Optional', 'Facoltativa') },
        { value: 2, label: t('Required of some', 'Obbligatoria per alcuni') },
        {
          value: 3,
          label: t('Required of all, by a deadline', 'Obbligatoria per tutti, entro una scadenza'),
        },
      ],
    },
    {
      id: 'financial',
      question: t(
        'What is the financial effect on customers?',
        'Qual è l’effetto economico sui clienti?',
      ),
      weight: 3,
      options: [
        { value: 0, label: t('None', 'Nessuno') },
        { value: 1, label: t('Minor or favourable', 'Minimo o favorevole') },
        {
          value: 2,
          label: t(
            'Billing or price change for some',
            'Modifica di fatturazione o prezzo per alcuni',
          ),
        },
        {
          value: 3,
          label: t(
            'Price increase or loss of paid value for many',
            'Aumento di prezzo o perdita di valore pagato per molti',
          ),
        },
      ],
    },
    {
      id: 'visibility',
      question: t(
        'How publicly visible or PR-sensitive is it?',
        'Quanto è visibile pubblicamente o sensibile per la reputazione?',
      ),
      weight: 2,
      options: [
        { value: 0, label: t('Invisible', 'Invisibile') },
        { value: 1, label: t('Noticeable in the product', 'Percepibile nel prodotto') },
        { value: 2, label: t('Likely discussed publicly', 'Probabilmente discusso pubblicamente') },
        {
          value: 3,
          label: t('Press or social attention likely', 'Probabile attenzione di stampa o social'),
        },
      ],
    },
    {
      id: 'supportLoad',
      question: t(
        'What load is expected on customer support?',
        "Quale carico è previsto per l'assistenza clienti?",
      ),
      weight: 2,
      options: [
        { value: 0, label: t('None', 'Nessuno') },
        { value: 1, label: t('Small', 'Piccolo') },
        { value: 2, label: t('Noticeable', 'Percepibile') },
        { value: 3, label: t('A spike needing staffing', 'Un picco che richiede personale') },
      ],
    },
    {
      id: 'reversibility',
      question: t('How hard is it to undo?', 'Quanto è difficile annullarla?'),
      weight: 1,
      options: [
        { value: 0, label: t('Switch off instantly', 'Si disattiva subito') },
        { value: 1, label: t('Within a day', 'Entro un giorno') },
        { value: 2, label: t('Hard', 'Difficile') },
        { value: 3, label: t('Irreversible', 'Irreversibile') },
      ],
    },
    {
      id: 'regulatory',
      question: t(
        'Is there regulatory or contractual exposure?',
        'Esiste un’esposizione regolamentare o contrattuale?',
      ),
      weight: 2,
      options: [
        { value: 0, label: t('None', 'Nessuna') },
        { value: 2, label: t('Contractual notice terms', 'Termini contrattuali di preavviso') },
        { value: 3, label: t('Legal or regulatory obligation', 'Obbligo legale o regolamentare') },
      ],
    },
    {
      id: 'history',
      question: t(
        'How did similar past changes go?',
        'Come sono andate modifiche simili in passato?',
      ),
      weight: 1,
      options: [
        { value: 0, label: t('Smooth, or none before', 'Senza problemi, o nessuna') },
        { value: 1, label: t('Minor issues', 'Problemi minori') },
        { value: 2, label: t('Notable complaints', 'Reclami significativi') },
        { value: 3, label: t('Escalations or churn', 'Escalation o abbandoni') },
      ],
    },
  ],
  thresholds: [
    { tier: 1, minScore: 60 },
    { tier: 2, minScore: 40 },
    { tier: 3, minScore: 25 },
  ],
  escalations: [
    {
      id: 'price-increase-broad',
      description: t(
        'A price increase or loss of paid value reaching a segment or more is always critical.',
        'Un aumento di prezzo o una perdita di valore che raggiunge almeno un segmento è sempre critico.',
      ),
      when: [
        { criterion: 'financial', op: 'eq', value: 3 },
        { criterion: 'reach', op: 'gte', value: 2 },
      ],
      minimumTier: 1,
    },
    {
      id: 'irreversible-for-all',
      description: t(
        'An irreversible change for most or all customers is always critical.',
        'Una modifica irreversibile per la maggior parte o tutti i clienti è sempre critica.',
      ),
      when: [
        { criterion: 'reversibility', op: 'eq', value: 3 },
        { criterion: 'reach', op: 'eq', value: 3 },
      ],
      minimumTier: 1,
    },
    {
      id: 'legal-obligation',
      description: t(
        'A legal or regulatory obligation needs at least high-impact handling.',
        'Un obbligo legale o regolamentare richiede almeno una gestione ad alto impatto.',
      ),
      when: [{ criterion: 'regulatory', op: 'eq', value: 3 }],
      minimumTier: 2,
    },
    {
      id: 'mandatory-action-for-all',
      description: t(
        'An action every customer must take by a deadline needs at least high-impact handling.',
        'Un’azione che tutti i clienti devono compiere entro una scadenza richiede almeno una gestione ad alto impatto.',
      ),
      when: [{ criterion: 'customerAction', op: 'eq', value: 3 }],
      minimumTier: 2,
    },
  ],
  roles: [
    {
      id: 'cx-lead',
      name: t('CX lead', 'Responsabile CX'),
      mapsTo: { kind: 'user', accountId: 'cx-lead' },
    },
    {
      id: 'pr-lead',
      name: t('PR lead', 'Responsabile PR'),
      mapsTo: { kind: 'user', accountId: 'pr-lead' },
    },
    {
      id: 'finance-partner',
      name: t('Finance partner', 'Referente finanziario'),
      mapsTo: { kind: 'user', accountId: 'finance-partner' },
    },
    {
      id: 'legal',
      name: t('Legal', 'Ufficio legale'),
      mapsTo: { kind: 'user', accountId: 'legal' },
    },
    {
      id: 'vp-cx',
      name: t('VP Customer Experience', 'VP Customer Experience'),
      mapsTo: { kind: 'user', accountId: 'vp-cx' },
    },
    {
      id: 'vp-comms',
      name: t('VP Communications', 'VP Comunicazione'),
      mapsTo: { kind: 'user', accountId: 'vp-comms' },
    },
    {
      id: 'finance-director',
      name: t('Finance director', 'Direttore finanziario'),
      mapsTo: { kind: 'user', accountId: 'finance-director' },
    },
    {
      id: 'comms-manager',
      name: t('Customer communications manager', 'Responsabile comunicazione clienti'),
      mapsTo: { kind: 'user', accountId: 'comms-manager' },
    },
    {
      id: 'cx-director',
      name: t('Director of Customer Experience', 'Direttore Customer Experience'),
      mapsTo: { kind: 'user', accountId: 'cx-director' },
    },
    {
      id: 'cx-team-lead',
      name: t('CX team lead', 'Team leader CX'),
      mapsTo: { kind: 'user', accountId: 'cx-team-lead' },
    },
    {
      id: 'cx-manager',
      name: t('CX manager', 'Manager CX'),
      mapsTo: { kind: 'user', accountId: 'cx-manager' },
    },
    {
      id: 'team-lead',
      name: t('Requesting team lead', 'Responsabile del team richiedente'),
      mapsTo: { kind: 'user', accountId: 'team-lead' },
    },
    {
      id: 'requesting-team',
      name: t('Requesting team (the reporter)', 'Team richiedente (chi ha aperto la richiesta)'),
      mapsTo: { kind: 'reporter' },
    },
  ],
  tierRoles: [
    {
      tier: 1,
      reviewers: ['cx-lead', 'pr-lead', 'finance-partner', 'legal'],
      approvers: ['vp-cx', 'vp-comms', 'finance-director'],
      commsOwner: 'comms-manager',
    },
    {
      tier: 2,
      reviewers: ['cx-lead', 'pr-lead'],
      approvers: ['cx-director'],
      commsOwner: 'comms-manager',
    },
    {
      tier: 3,
      reviewers: ['cx-team-lead'],
      approvers: ['cx-manager'],
      commsOwner: 'requesting-team',
    },
    { tier: 4, reviewers: [], approvers: ['team-lead'], commsOwner: 'requesting-team' },
  ],
  commsPlans: [
    {
      tier: 1,
      redesignOffsetDays: -180,
      steps: [
        step(
          'internal-alignment',
          'Internal alignment',
          'Allineamento interno',
          -365,
          'Internal meeting',
          'comms-manager',
          false,
        ),
        step(
          'first-notice',
          'First customer notice',
          'Primo avviso ai clienti',
          -270,
          'Email + in-app',
          'comms-manager',
          true,
        ),
        step(
          'help-centre',
          'Help-centre article & FAQ',
          'Articolo e FAQ del centro assistenza',
          -180,
          'Help centre',
          'comms-manager',
          true,
        ),
        step('reminder', 'Reminder', 'Promemoria', -90, 'Email', 'comms-manager', true),
        step(
          'agent-training',
          'Agent training + reminder',
          'Formazione agenti + promemoria',
          -30,
          'Training + email',
          'comms-manager',
          true,
        ),
        step(
          'final-notice',
          'Final notice',
          'Avviso finale',
          -7,
          'Email + in-app',
          'comms-manager',
          true,
        ),
        step(
          'launch-announcement',
          'Launch announcement',
          'Annuncio del lancio',
          0,
          'Blog + email + in-app',
          'comms-manager',
          true,
        ),
        step(
          'post-launch-review',
          'Post-launch review',
          'Revisione post-lancio',
          14,
          'Internal review',
          'comms-manager',
          false,
        ),
      ],
    },
    {
      tier: 2,
      redesignOffsetDays: -60,
      steps: [
        step(
          'internal-briefing',
          'Internal briefing',
          'Briefing interno',
          -180,
          'Internal meeting',
          'comms-manager',
          false,
        ),
        step(
          'customer-notice',
          'Customer notice',
          'Avviso ai clienti',
          -120,
          'Email + in-app',
          'comms-manager',
          true,
        ),
        step(
          'help-centre',
          'Help-centre update',
          'Aggiornamento del centro assistenza',
          -60,
          'Help centre',
          'comms-manager',
          true,
        ),
        step('reminder', 'Reminder', 'Promemoria', -30, 'Email', 'comms-manager', true),
        step(
          'final-notice',
          'Final notice',
          'Avviso finale',
          -7,
          'Email + in-app',
          'comms-manager',
          true,
        ),
        step(
          'launch-note',
          'Launch note',
          'Nota di lancio',
          0,
          'Release notes + email',
          'comms-manager',
          true,
        ),
        step(
          'post-launch-review',
          'Post-launch review',
          'Revisione post-lancio',
          14,
          'Internal review',
          'comms-manager',
          false,
        ),
      ],
    },
    {
      tier: 3,
      redesignOffsetDays: -14,
      steps: [
        step(
          'internal-briefing',
          'Internal briefing',
          'Briefing interno',
          -90,
          'Internal meeting',
          'requesting-team',
          false,
        ),
        step(
          'customer-notice',
          'Customer notice',
          'Avviso ai clienti',
          -60,
          'Email',
          'requesting-team',
          true,
        ),
        step('reminder', 'Reminder', 'Promemoria', -14, 'Email', 'requesting-team', true),
        step(
          'release-note',
          'Release note',
          'Nota di rilascio',
          0,
          'Release notes',
          'requesting-team',
          true,
        ),
        step('review', 'Review', 'Revisione', 14, 'Internal review', 'requesting-team', false),
      ],
    },
    {
      tier: 4,
      redesignOffsetDays: -7,
      steps: [
        step(
          'internal-fyi',
          'Internal FYI',
          'Informativa interna',
          -14,
          'Team channel',
          'requesting-team',
          false,
        ),
        step(
          'release-note',
          'Release note',
          'Nota di rilascio',
          0,
          'Release notes',
          'requesting-team',
          true,
        ),
      ],
    },
  ],
  emergency: {
    approverRole: 'cx-director',
    review: {
      id: 'emergency-review',
      title: t('Emergency post-launch review', 'Revisione post-lancio di emergenza'),
      offsetDays: 7,
    },
  },
  approvalStatuses: { approved: ['Approved'], declined: ['Declined', 'Rejected'] },
  journey: DEFAULT_JOURNEY,
  calendar: DEFAULT_CALENDAR,
};

function step(
  id: string,
  en: string,
  it: string,
  offsetDays: number,
  channel: keyof typeof CHANNEL_IT,
  ownerRole: string,
  customerFacing: boolean,
) {
  return {
    id,
    title: t(en, it),
    offsetDays,
    channel: t(channel, CHANNEL_IT[channel]),
    ownerRole,
    customerFacing,
  };
}
