// What every configuration editor tab receives: the draft, its problems, and how to change it.
import type { GovernanceConfig } from '../../../src/domain/config-schema';
import type { ProblemIndex } from '../../shared/problems';

export interface EditorProps {
  config: GovernanceConfig;
  problems: ProblemIndex;
  onChange: (config: GovernanceConfig) => void;
}
