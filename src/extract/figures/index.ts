/**
 * Figures: the plain-text tagger (tagFigures), the document extractor (extractFigures) and
 * the rule set with its examples (figureRules).
 */
export { type FigureHit, tagFigures } from './tagger.js';
export { extractFigures } from './extract.js';
export { figureRules } from './rules.js';
export { tableRules } from './tables.js';
