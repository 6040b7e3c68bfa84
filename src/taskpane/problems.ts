// The problem list: issues grouped by rule (the rule's title first, its id second), with counts, messages in the pane's language (re-rendered
// from each issue's parameters, so switching language needs no new run), a click that selects the
// cell, and fix buttons where the engine proposed a certain fix. Cell text is data: textContent only.
import type { Issue, Lang } from '../core/model';
import { RULES } from '../core/rules/catalog';
import { renderMessage } from '../core/rules/render';
import { el } from './dom';
import { label } from './labels';

export interface ProblemHandlers {
  select(issue: Issue): void;
  fix(issues: readonly Issue[]): void;
}

/** A rule group's heading: the title its rule module declares, in the pane's language. */
export function ruleTitle(ruleId: string, lang: Lang): string {
  const def = RULES.get(ruleId);
  return def ? (lang === 'vi' ? def.titleVi : def.titleEn) : '';
}

export function renderProblems(root: HTMLElement, issues: readonly Issue[], lang: Lang, on: ProblemHandlers): void {
  root.replaceChildren();
  if (issues.length === 0) {
    root.append(el('p', label('noProblems', lang)));
    return;
  }
  const byRule = new Map<string, Issue[]>();
  for (const i of issues) (byRule.get(i.rule) ?? byRule.set(i.rule, []).get(i.rule)!).push(i);
  // Errors first, then by rule id: what stops a row from counting comes first.
  const groups = [...byRule.entries()].sort(([a, x], [b, y]) =>
    (x[0].severity === y[0].severity ? 0 : x[0].severity === 'error' ? -1 : 1) || a.localeCompare(b));
  for (const [ruleId, list] of groups) {
    const details = el('details');
    details.dataset.rule = ruleId;
    if (groups.length <= 3) details.open = true;
    const summary = el('summary');
    // What the problem is comes first; the rule id, for looking it up, second and smaller.
    summary.append(el('span', `${ruleTitle(ruleId, lang)} (${list.length})`, `sev-${list[0].severity}`), el('span', ruleId, 'rule-id'));
    details.append(summary);
    const fixable = list.filter((i) => i.fix !== null);
    if (fixable.length > 1) {
      const b = el('button', label('fixRule', lang, { n: fixable.length }), 'fix');
      b.addEventListener('click', () => on.fix(fixable));
      details.append(b);
    }
    const ul = el('ul');
    for (const issue of list) {
      const li = el('li');
      const go = el('button', undefined, 'goto');
      go.dataset.cell = `${issue.sheet}!${issue.cell ?? ''}`;
      go.append(el('span', renderMessage(issue.rule, issue.params, lang), 'message'), el('span', issue.cell ? `${issue.sheet}!${issue.cell}` : issue.sheet, 'cell'));
      go.addEventListener('click', () => on.select(issue));
      li.append(go);
      if (issue.fix) {
        const f = el('button', label('fixOne', lang), 'fix');
        f.addEventListener('click', () => on.fix([issue]));
        li.append(f);
      }
      ul.append(li);
    }
    details.append(ul);
    root.append(details);
  }
}
