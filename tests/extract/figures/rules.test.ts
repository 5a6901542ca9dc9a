import { checkRuleSet } from '../../helpers/rules.js';
import { figureRules } from '../../../src/extract/figures/index.js';

checkRuleSet(figureRules);
