// Text asked in steps ("Outlet (1/2)", then "Date (2/2)") in ONE input box that stays
// open from the first step to the last.
//
// Two showInputBox calls in a row hide the box and show another: the workbench then
// gives the keyboard focus back to what had it before the first step (a tree row, an
// editor) and focuses the new box, and on a busy machine the second box was seen open
// with the focus elsewhere (CI: "quick input (2/2) to have the keyboard focus"). What the
// researcher typed next went to the view behind it. One box that only changes its
// title, prompt and value keeps the focus in place, and gives the flow a Back button.
import * as vscode from 'vscode';

export interface TextStep {
  title: string;
  prompt: string;
  /** What the box holds when the step opens (selected: typing replaces it). */
  value: string;
  /** A message while the text cannot be accepted; undefined when it can. */
  validate?: (value: string) => string | undefined;
}

/** Resolves with one answer per step, or undefined when the researcher pressed Escape.
 *  Back returns to the step before, with the answer given there kept. */
export function askInSteps(steps: readonly TextStep[]): Promise<string[] | undefined> {
  return new Promise((resolve) => {
    const box = vscode.window.createInputBox();
    box.ignoreFocusOut = true;
    const answers = steps.map((s) => s.value);
    let at = 0;
    let done = false;
    const finish = (result: string[] | undefined): void => {
      if (done) return;
      done = true;
      resolve(result);
      box.dispose();
    };
    const open = (step: number): void => {
      at = step;
      const s = steps[step]!;
      const value = answers[step]!;
      box.title = s.title;
      box.prompt = s.prompt;
      box.value = value;
      box.valueSelection = [0, value.length];
      box.buttons = step > 0 ? [vscode.QuickInputButtons.Back] : [];
      box.validationMessage = s.validate?.(value);
    };
    box.onDidChangeValue((value) => {
      box.validationMessage = steps[at]!.validate?.(value);
    });
    box.onDidAccept(() => {
      // The value arrives before the accept (messages keep their order).
      const message = steps[at]!.validate?.(box.value);
      if (message) {
        box.validationMessage = message;
        return;
      }
      answers[at] = box.value;
      if (at + 1 < steps.length) open(at + 1);
      else finish(answers);
    });
    box.onDidTriggerButton((button) => {
      if (button !== vscode.QuickInputButtons.Back || at === 0) return;
      answers[at] = box.value;
      open(at - 1);
    });
    box.onDidHide(() => finish(undefined));
    open(0);
    box.show();
  });
}
