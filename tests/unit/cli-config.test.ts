import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCollecting, useTempFolder, writeIn } from './support/cli';

// Configuration, severities and --fail-level, suppression comments and baselines, through the
// real matcher, run in a temporary folder as a clinic's repository.

const dir = useTempFolder('amps-lens-config-');

function run(args: string[], cwd = dir()) {
  process.chdir(cwd);
  return runCollecting(args);
}

const file = (name: string, content: string) => writeIn(dir(), name, content);

/** `term severity` of each finding, `rule` for notes, from --json. */
async function found(args: string[], cwd = dir()): Promise<string[]> {
  const { stdout } = await run(['scan', '--json', ...args], cwd);
  return stdout
    .trimEnd()
    .split('\n')
    .flatMap((line) => {
      const parsed = JSON.parse(line);
      if (parsed.error !== undefined) return [`error ${parsed.error}`];
      return [
        ...parsed.matches.map(
          (m: { term: string; severity: string; line: number }) =>
            `${m.term} ${m.severity} ${m.line}`,
        ),
        ...(parsed.notes ?? []).map(
          (n: { ruleId: string; line: number }) => `${n.ruleId} ${n.line}`,
        ),
      ];
    });
}

const TEXT = 'RSD\nCRPS\nfibromyalgia\nthe AMPS clinic\n';

describe('severities and exit codes', () => {
  it('rates older names error, CRPS and fibromyalgia warning, AMPS note', async () => {
    expect(await found([file('a.txt', TEXT)])).toEqual([
      'rsd error 1',
      'crps warning 2',
      'fibromyalgia warning 3',
      'amps note 4',
    ]);
  });

  it.each([
    [[], 'RSD', 1],
    [[], 'CRPS', 0],
    [['--fail-level', 'warning'], 'CRPS', 1],
    [['--fail-level', 'warning'], 'the AMPS clinic', 0],
    [['--fail-level', 'note'], 'the AMPS clinic', 1],
    [['--fail-level', 'error'], 'CRPS', 0],
    [['--fail-on', 'crps'], 'CRPS', 1],
    // --fail-on replaces the severity rule...
    [['--fail-on', 'crps'], 'RSD', 0],
    [['--fail-on', 'none'], 'RSD', 0],
    // ...unless --fail-level is given too.
    [['--fail-on', 'crps', '--fail-level', 'error'], 'RSD', 1],
  ])('%j on %j exits with %i', async (options, text, code) => {
    expect((await run(['scan', ...options, file('a.txt', text)])).code).toBe(code);
  });

  it('rejects a bad --fail-level or --format with exit 2', async () => {
    for (const args of [
      ['--fail-level', 'fatal'],
      ['--format', 'xml'],
      ['--json', '--format', 'sarif'],
      ['--jobs', '0'],
    ]) {
      const { code, stderr } = await run(['scan', ...args, file('a.txt', 'x')]);
      expect(code).toBe(2);
      expect(stderr).toMatch(/^amps-lens: .*(not one of|two formats|whole number)/);
    }
  });
});

describe('configuration', () => {
  it('is found upward from the working folder, and its rules apply', async () => {
    file(
      '.amps-lens.json',
      JSON.stringify({
        ignore: ['drafts/', '*.old.txt'],
        off: ['chop-umbrella'],
        severity: { 'current-term': 'error', fibromyalgia: 'note' },
        failLevel: 'warning',
      }),
    );
    file('site/a.txt', TEXT);
    file('site/drafts/b.txt', 'RSD');
    file('site/c.old.txt', 'RSD');
    const cwd = join(dir(), 'site');
    expect(await found(['.'], cwd)).toEqual(['rsd error 1', 'crps error 2', 'fibromyalgia note 3']);
    expect((await run(['scan', file('w.txt', 'fibromyalgia')], cwd)).code).toBe(0);
    expect((await run(['scan', file('w.txt', 'CRPS')], cwd)).code).toBe(1);
  });

  it('can be the "amps-lens" key of package.json', async () => {
    file('package.json', JSON.stringify({ name: 'clinic-site', 'amps-lens': { off: ['rsd'] } }));
    expect(await found([file('a.txt', 'RSD and CRPS')])).toEqual(['crps warning 1']);
  });

  it('can be named with --config', async () => {
    const config = file('conf/lens.json', JSON.stringify({ severity: { rsd: 'note' } }));
    expect(await found(['--config', config, file('a.txt', 'RSD')])).toEqual(['rsd note 1']);
  });

  it('reads .amps-lens-ignore in gitignore syntax', async () => {
    file('.amps-lens-ignore', '# old pages\narchive/\n*.bak.html\n!keep.bak.html\n');
    file('site/archive/a.txt', 'RSD');
    file('site/x.bak.html', 'RSD');
    file('site/keep.bak.html', 'RSD');
    file('site/page.txt', 'CRPS');
    const { stdout } = await run(['scan', '--json', 'site']);
    expect(
      stdout
        .trimEnd()
        .split('\n')
        .map((line) => JSON.parse(line).file),
    ).toEqual(['site/keep.bak.html', 'site/page.txt']);
  });

  it.each([
    [
      '{"ignores": []}',
      /\.amps-lens\.json: unknown key 'ignores' \(the keys are ignore, off, severity, failLevel\)/,
    ],
    ['{"off": ["rsdd"]}', /"off": unknown term or category 'rsdd'/],
    ['{"off": "rsd"}', /"off" must be an array of strings/],
    [
      '{"severity": {"rsd": "fatal"}}',
      /"severity"."rsd" must be one of error, warning, note, not "fatal"/,
    ],
    ['{"severity": {"pain": "note"}}', /"severity": unknown term or category 'pain'/],
    ['{"failLevel": 2}', /"failLevel" must be one of error, warning, note, not 2/],
    ['{"ignore": "drafts"}', /"ignore" must be an array of glob strings/],
    ['[]', /must be a JSON object/],
    ['{"off": [', /\.amps-lens\.json: .*JSON/],
  ])('refuses %s with a clear message and exit 2', async (content, message) => {
    file('.amps-lens.json', content);
    const { code, stdout, stderr } = await run(['scan', file('a.txt', 'RSD')]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
  });

  it('refuses a bad "amps-lens" key in package.json and a missing --config file', async () => {
    file('package.json', JSON.stringify({ 'amps-lens': { fail: 'error' } }));
    const bad = await run(['scan', file('a.txt', 'RSD')]);
    expect(bad.stderr).toMatch(/package\.json "amps-lens": unknown key 'fail'/);
    expect(bad.code).toBe(2);
    const missing = await run(['scan', '--config', 'nope.json', 'a.txt']);
    expect(missing.stderr).toBe('amps-lens: nope.json: no such file\n');
    expect(missing.code).toBe(2);
  });
});

describe('suppression comments', () => {
  it('silence the next line in HTML, for all terms or those named', async () => {
    const page = file(
      'p.html',
      [
        '<body>',
        '<!-- amps-lens-disable-next-line -->',
        '<p>RSD, CRPS</p>',
        '<!-- amps-lens-disable-next-line crps -->',
        '<p>RSD, CRPS</p>',
        '<!-- amps-lens-disable-next-line older-name -->',
        '<p>causalgia, CRPS</p>',
        '</body>',
      ].join('\n'),
    );
    expect(await found([page])).toEqual(['rsd error 5', 'crps warning 7']);
  });

  it('silence a stretch from disable to enable, and report a comment that silences nothing', async () => {
    const page = file(
      'p.html',
      [
        '<body><p>RSD first</p>',
        '<!-- amps-lens-disable rsd -->',
        '<p>RSD, CRPS</p>',
        '<p>more RSD</p>',
        '<!-- amps-lens-enable -->',
        '<p>RSD after</p>',
        '<!-- amps-lens-disable-next-line -->',
        '<p>nothing here</p>',
        '<!-- amps-lens-disable fibromyalgia -->',
        '</body>',
      ].join('\n'),
    );
    expect(await found([page])).toEqual([
      'rsd error 1',
      'crps warning 3',
      'rsd error 6',
      'unused-suppression 7',
      'unused-suppression 9',
    ]);
    const { stdout } = await run(['scan', page]);
    expect(stdout).toContain(
      `${page}:7:1  note  unused-suppression  "Unused suppression: <!-- amps-lens-disable-next-line --> silences nothing here; remove it."`,
    );
    expect(stdout).toContain('not reported: 2 silenced by comments');
  });

  it('silence the next line of a .txt with a line of its own, whose names are not findings', async () => {
    const note = file('n.txt', 'RSD\namps-lens-disable-next-line rsd\nRSD and CRPS\nRSD\n');
    expect(await found([note])).toEqual(['rsd error 1', 'crps warning 3', 'rsd error 4']);
  });
});

describe('baselines', () => {
  it('record findings, then report and fail only on new ones, through edits elsewhere', async () => {
    const page = file('site/p.html', '<body>\n<p>Her RSD.</p>\n<p>Then CRPS.</p>\n</body>');
    const baseline = join(dir(), 'baseline.json');
    const write = await run(['scan', '--write-baseline', baseline, 'site']);
    expect(write.code).toBe(0);
    expect(JSON.parse(readFileSync(baseline, 'utf8')).findings).toEqual([
      { file: 'site/p.html', ruleId: 'rsd', fingerprint: expect.any(String) },
      { file: 'site/p.html', ruleId: 'crps', fingerprint: expect.any(String) },
    ]);
    expect(await found(['--baseline', baseline, 'site'])).toEqual([]);
    expect((await run(['scan', '--baseline', baseline, 'site'])).code).toBe(0);

    writeFileSync(
      page,
      '<body>\n<h1>New heading</h1>\n<p>Her RSD.</p>\n<p>Then CRPS.</p>\n<p>Now causalgia.</p>\n</body>',
    );
    expect(await found(['--baseline', baseline, 'site'])).toEqual(['causalgia error 5']);
    const rerun = await run(['scan', '--baseline', baseline, 'site']);
    expect(rerun.code).toBe(1);
    expect(rerun.stdout).toContain('not reported: 2 in the baseline');
  });

  it('work from another folder: paths are kept relative to the baseline', async () => {
    file('site/p.txt', 'RSD');
    const baseline = join(dir(), 'b.json');
    await run(['scan', '--write-baseline', baseline, 'site']);
    expect(await found(['--baseline', baseline, 'p.txt'], join(dir(), 'site'))).toEqual([]);
  });

  it('refuse a file that is not a baseline, with exit 2', async () => {
    const bad = file('b.json', '{"findings": 3}');
    const { code, stderr } = await run(['scan', '--baseline', bad, file('a.txt', 'RSD')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/not a baseline file/);
    const both = await run(['scan', '--baseline', bad, '--write-baseline', bad, 'a.txt']);
    expect(both.stderr).toMatch(/cannot be combined/);
  });
});
