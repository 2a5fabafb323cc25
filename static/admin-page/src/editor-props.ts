// What every configuration editor tab receives: the draft, its problems, and how to change it.
import type { GovernanceConfig } from '../../../src/contract/ui-kit';
import type { ProblemIndex } from '../../shared/problems';

export interface EditorProps {
  config: GovernanceConfig;
  problems: ProblemIndex;
  onChange: (config: GovernanceConfig) => void;
}
