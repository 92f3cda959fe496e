import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: 'AMPS Lens',
    description:
      "Marks older and adult-oriented chronic-pain words (RSD, CRPS, fibromyalgia, 'sympathetic') and explains CHOP's pediatric AMPS view, with sources. Nothing leaves your browser.",
    permissions: ['storage'],
    action: { default_title: 'AMPS Lens' },
    commands: {
      'next-term': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next marked term',
      },
      'previous-term': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous marked term',
      },
    },
  },
});
