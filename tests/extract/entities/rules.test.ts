import { checkRuleSet } from '../../helpers/rules.js';
import { entityRules } from '../../../src/extract/entities/index.js';

checkRuleSet(entityRules);
