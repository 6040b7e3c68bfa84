// Ribbon buttons. In the shared runtime they run on the task pane's page: each opens the pane on its
// section, and the pane runs the action there (Validate at once, Build summary with the period shown;
// Insert template waits for the choice of register). One code path for buttons and pane.
const SECTIONS = { insertTemplate: 'templates', validate: 'validate', buildSummary: 'summary' } as const;

export type CommandName = keyof typeof SECTIONS;

async function openPane(name: CommandName, event: Office.AddinCommands.Event): Promise<void> {
  try {
    await Office.addin.showAsTaskpane();
    window.dispatchEvent(new CustomEvent('aidledger:command', { detail: { command: name, section: SECTIONS[name] } }));
  } finally {
    event.completed();
  }
}

// Outside Office (the pane opened in a plain browser) there is no ribbon to serve.
if (typeof Office !== 'undefined') {
  Office.onReady(() => {
    for (const name of Object.keys(SECTIONS) as CommandName[]) {
      Office.actions.associate(name, (event: Office.AddinCommands.Event) => openPane(name, event));
    }
  });
}
