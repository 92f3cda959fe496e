/**
 * The popup's sections as tabs (WAI-ARIA tabs pattern, automatic activation):
 * the popup is short, so one section at a time beats one long scroll.
 */

export const TAB_IDS = ['page', 'glossary', 'cycle', 'settings'] as const;
export type TabId = (typeof TAB_IDS)[number];

export interface Tabs {
  select(id: TabId, options?: { focusTab?: boolean }): void;
}

export function isTabId(value: string): value is TabId {
  return (TAB_IDS as readonly string[]).includes(value);
}

/** Wires `#tab-ID` buttons (role=tab) to `#panel-ID` sections (role=tabpanel). */
export function setupTabs(root: Document): Tabs {
  const tab = (id: TabId) => root.getElementById(`tab-${id}`) as HTMLButtonElement;
  const panel = (id: TabId) => root.getElementById(`panel-${id}`) as HTMLElement;

  function select(id: TabId, { focusTab = false } = {}): void {
    for (const other of TAB_IDS) {
      const selected = other === id;
      tab(other).setAttribute('aria-selected', String(selected));
      tab(other).tabIndex = selected ? 0 : -1;
      panel(other).hidden = !selected;
    }
    if (focusTab) tab(id).focus();
  }

  for (const [index, id] of TAB_IDS.entries()) {
    tab(id).addEventListener('click', () => select(id));
    tab(id).addEventListener('keydown', (event) => {
      const last = TAB_IDS.length - 1;
      const target =
        event.key === 'ArrowRight'
          ? TAB_IDS[index === last ? 0 : index + 1]
          : event.key === 'ArrowLeft'
            ? TAB_IDS[index === 0 ? last : index - 1]
            : event.key === 'Home'
              ? TAB_IDS[0]
              : event.key === 'End'
                ? TAB_IDS[last]
                : null;
      if (!target) return;
      event.preventDefault();
      select(target, { focusTab: true });
    });
  }

  return { select };
}
