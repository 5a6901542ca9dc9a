/** Every rule family of the extract stage, so one test can run all their examples. */
import type { RuleSet } from '../core/types.js';
import { dateRules } from './dates/index.js';
import { entityRules } from './entities/index.js';
import { triggerRules } from './events/index.js';
import { figureRules, tableRules } from './figures/index.js';

export const ruleSets: RuleSet[] = [dateRules, entityRules, triggerRules, figureRules, tableRules];
