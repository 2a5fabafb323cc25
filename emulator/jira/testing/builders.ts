// Small builders for tests that drive the in-process Jira through REST.
import type { EntityPropertyIndex } from '../types';

export function adfDoc(text: string): Record<string, unknown> {
  return {
    type: 'doc',
    version: 1,
    content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
  };
}

// The app's jira:entityProperty declarations (manifest.yml), as the host hands them over.
export const APP_PROPERTY_INDEXES: EntityPropertyIndex[] = [
  {
    propertyKey: 'change-governance.assessment',
    path: 'tier',
    type: 'number',
    searchAlias: 'changeTier',
  },
  {
    propertyKey: 'change-governance.assessment',
    path: 'score',
    type: 'number',
    searchAlias: 'changeScore',
  },
  {
    propertyKey: 'change-governance.assessment',
    path: 'status',
    type: 'string',
    searchAlias: 'changeAssessmentStatus',
  },
  {
    propertyKey: 'change-governance.assessment',
    path: 'launchDate',
    type: 'date',
    searchAlias: 'changeLaunchDate',
  },
  {
    propertyKey: 'change-governance.assessment',
    path: 'leadTime.compliant',
    type: 'string',
    searchAlias: 'changeLeadTimeCompliant',
  },
  {
    propertyKey: 'change-governance.intake',
    path: 'launchDate',
    type: 'date',
    searchAlias: 'changeIntakeLaunchDate',
  },
  {
    propertyKey: 'change-governance.intake',
    path: 'segments',
    type: 'string',
    searchAlias: 'changeSegment',
  },
  {
    propertyKey: 'change-governance.intake',
    path: 'touchpoints',
    type: 'string',
    searchAlias: 'changeTouchpoint',
  },
  {
    propertyKey: 'change-governance.step',
    path: 'changeRequest',
    type: 'string',
    searchAlias: 'changeStepRequest',
  },
  {
    propertyKey: 'change-governance.step',
    path: 'kind',
    type: 'string',
    searchAlias: 'changeStepKind',
  },
  {
    propertyKey: 'change-governance.step',
    path: 'stepId',
    type: 'string',
    searchAlias: 'changeStepId',
  },
];

// A clock tests can move forward.
export class TestClock {
  private epochMs: number;

  constructor(iso: string) {
    this.epochMs = Date.parse(iso);
  }

  readonly now = (): Date => new Date(this.epochMs);

  advance(ms: number): void {
    this.epochMs += ms;
  }
}
