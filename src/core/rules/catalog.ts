// The catalogue's former home: the rules now live one per module, indexed in rules/index.ts. Kept so
// that code importing from here (summary plan, CLI report, task pane) needs no change.
export { RULES, RULE_IDS, RULE_MODULES, rule, type RuleDef, type RuleId } from './index';
export type { MsgParams, Needs, ParamKind, RuleMeta } from './define';
