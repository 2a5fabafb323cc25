// The demo Confluence site: space GOV "Governance" with pages embedding the app's macro (English and Italian),
// and a page with the customer change calendar.
import type { AdfNode, ConfluenceState } from './confluence-site';
import { macroNode, type MacroRef } from './macro-node';

const text = (value: string): AdfNode => ({ type: 'text', text: value });
const paragraph = (value: string): AdfNode => ({ type: 'paragraph', content: [text(value)] });
const heading = (level: number, value: string): AdfNode => ({
  type: 'heading',
  attrs: { level },
  content: [text(value)],
});
const doc = (...content: AdfNode[]): AdfNode => ({ type: 'doc', version: 1, content });

export const DEMO_SPACE = { id: '98305', key: 'GOV', name: 'Governance' } as const;
export const DEMO_PAGES = { english: '131073', italian: '131074', calendar: '131075' } as const;
export const DEMO_MACRO_TABLES = ['criteria', 'roles', 'comms'] as const;

export function demoConfluence(
  macro: MacroRef | undefined,
  createdAt: string,
  calendar?: MacroRef,
): ConfluenceState {
  const embed = (localId: string, locale: string): AdfNode[] =>
    macro === undefined
      ? []
      : [macroNode(macro, localId, { tables: [...DEMO_MACRO_TABLES], locale })];
  return {
    spaces: [
      {
        id: DEMO_SPACE.id,
        key: DEMO_SPACE.key,
        name: DEMO_SPACE.name,
        description: 'How we assess and govern customer-facing changes.',
        homepageId: DEMO_PAGES.english,
        createdAt,
        authorId: 'admin',
      },
    ],
    pages: [
      {
        id: DEMO_PAGES.english,
        spaceId: DEMO_SPACE.id,
        parentId: null,
        title: 'Customer impact governance',
        authorId: 'comms-manager',
        createdAt,
        version: 1,
        body: doc(
          heading(1, 'Customer impact governance'),
          paragraph(
            'Every customer-facing change is assessed for its customer impact before it launches. The tables below come live from the Change Governance configuration: the impact criteria, who reviews and approves at each tier, and the customer communication plan.',
          ),
          ...embed('c0ffee00-0000-4000-8000-000000000001', 'en-US'),
          paragraph('Questions about a tier or a plan? Ask the customer communications manager.'),
        ),
      },
      {
        id: DEMO_PAGES.italian,
        spaceId: DEMO_SPACE.id,
        parentId: DEMO_PAGES.english,
        title: "Governance dell'impatto sui clienti",
        authorId: 'comms-manager',
        createdAt,
        version: 1,
        body: doc(
          heading(1, "Governance dell'impatto sui clienti"),
          paragraph(
            'Ogni modifica che tocca i clienti viene valutata per il suo impatto prima del lancio. Le tabelle qui sotto provengono dalla configurazione di Change Governance: criteri di impatto, ruoli e piani di comunicazione ai clienti.',
          ),
          ...embed('c0ffee00-0000-4000-8000-000000000002', 'it-IT'),
        ),
      },
      ...(calendar === undefined
        ? []
        : [
            {
              id: DEMO_PAGES.calendar,
              spaceId: DEMO_SPACE.id,
              parentId: DEMO_PAGES.english,
              title: 'Customer change calendar',
              authorId: 'comms-manager',
              createdAt,
              version: 1,
              body: doc(
                heading(1, 'Customer change calendar'),
                paragraph(
                  'Every governed change by launch date, with its customer communications, the freeze windows and where one segment or touchpoint would get too many changes at once.',
                ),
                macroNode(calendar, 'c0ffee00-0000-4000-8000-000000000003', {}),
              ),
            },
          ]),
    ],
  };
}

export function emptyConfluence(): ConfluenceState {
  return { spaces: [], pages: [] };
}
