// The code the benchmark runs inside the call screen's page. It is plain JavaScript in strings, not
// functions handed to Playwright: tsx compiles this repository's TypeScript with esbuild's
// keepNames, whose `__name(…)` helper does not exist in the page.
//
// Every time is the page's own `performance.now()` (0 = the navigation's start), so no Playwright
// round trip is inside a measurement. A lead card is "rendered" when the card root
// (`[data-testid="lead-card"]`, or `#lead-panel` of the earlier screen) shows a new lead (its
// `data-lead-id`, or its name where the card has no id) with the name visible; the time taken is
// that of the first frame painted after it (requestAnimationFrame, then a message posted from it).

/** What the probe reports for a lead card that appeared. */
export interface CardSeen {
  /** `id:<leadId>` when the card carries `data-lead-id`, else `name:<name>`. */
  key: string;
  leadId: number | null;
  name: string;
  /** The DOM held the card (MutationObserver), then the frame showing it was painted. */
  domAt: number;
  paintAt: number;
}

export type CardWait = CardSeen | { error: string };

export interface FirstLoad {
  card: CardWait;
  /** When the screen offered the next-lead key (N), if it had to be pressed; null if not. */
  readyAt: number | null;
}

/** An API request the page made (Resource Timing), in the page's time. */
export interface RequestSeen {
  path: string;
  startAt: number;
  endAt: number;
}

/**
 * One "no answer" timed: `startAt` is the key or pointer event's own time stamp; `requests` are the
 * API calls started since then (those still in flight when the card came show up unfinished).
 */
export type CallTimed =
  | (CardSeen & { startAt: number | null; previousKey: string; requests: RequestSeen[] })
  | { error: string };

export interface ArmResult {
  current: { key: string; name: string } | null;
  /** How this screen records "no answer": its test id (with the key it announces) or the hotkey. */
  control: { via: 'test id'; shortcut: string | null } | { via: 'hotkey' };
}

/**
 * Installed in every page of the context before its own scripts. With `autoNext`, it presses N
 * (a keydown the screen's hotkey listener receives) once, as soon as the screen offers a next lead
 * and shows none: the screen before the rework waits for that key, the reworked one may not.
 */
export function probeScript(options: { autoNext: boolean; timeoutMs: number }): string {
  return `(() => {
  if (window.__workspaceBench) return;
  const bench = { watch: null, readyAt: null, pending: null };
  window.__workspaceBench = bench;
  const afterPaint = (then) => requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => then(performance.now());
    channel.port2.postMessage(null);
  });
  const shown = (element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
  };
  // The key first, the layout-reading visibility check only for a card that is a new one.
  const readCard = (exceptKey) => {
    const card = document.querySelector('[data-testid="lead-card"]') || document.querySelector('#lead-panel');
    if (!card) return null;
    const heading = card.querySelector('#lead-name') || card.querySelector('h1, h2, h3');
    const name = heading && heading.textContent ? heading.textContent.replace(/\\s+/g, ' ').trim() : '';
    if (!name) return null;
    const id = card.getAttribute('data-lead-id');
    const key = id ? 'id:' + id : 'name:' + name;
    if (key === exceptKey || !shown(heading)) return null;
    return { key, leadId: id ? Number(id) : null, name };
  };
  const onScreen = () => {
    const alerts = Array.from(document.querySelectorAll('[role="alert"]'))
      .map((element) => (element.textContent || '').trim()).filter(Boolean);
    return alerts.length > 0 ? 'alerts: ' + alerts.join(' | ') : (document.body ? document.body.innerText : '').slice(0, 300);
  };
  const pressNextOnce = () => {
    if (!${options.autoNext} || bench.readyAt !== null || readCard(null)) return;
    const next = document.querySelector('button[aria-keyshortcuts="N"]');
    if (!next || next.disabled || next.hasAttribute('data-loading') || !shown(next)) return;
    bench.readyAt = performance.now();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', code: 'KeyN', bubbles: true, cancelable: true }));
  };
  const check = () => {
    const watch = bench.watch;
    if (watch) {
      const card = readCard(watch.exceptKey);
      if (card) {
        bench.watch = null;
        const domAt = performance.now();
        afterPaint((paintAt) => watch.resolve({ ...card, domAt, paintAt }));
        return;
      }
    }
    pressNextOnce();
  };
  bench.waitForCard = (exceptKey) => new Promise((resolve) => {
    const timer = setTimeout(() => {
      bench.watch = null;
      resolve({ error: 'no new lead card within ${options.timeoutMs} ms; on screen: ' + onScreen() });
    }, ${options.timeoutMs});
    bench.watch = { exceptKey, resolve: (card) => { clearTimeout(timer); resolve(card); } };
    check();
  });
  bench.first = bench.waitForCard(null).then((card) => ({ card, readyAt: bench.readyAt }));
  new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  const isTextEntry = (element) => element instanceof HTMLElement && (element.isContentEditable ||
    element.matches('textarea, select, input:not([type=radio]):not([type=checkbox]):not([type=button]):not([type=submit])'));
  const requests = (since) => performance.getEntriesByType('resource')
    .filter((entry) => entry.name.includes('/api/') && entry.startTime >= since)
    .map((entry) => ({ path: new URL(entry.name).pathname, startAt: entry.startTime, endAt: entry.responseEnd }));
  bench.arm = () => {
    const current = readCard(null);
    // The buffer holds 250 entries: each call starts it anew.
    performance.clearResourceTimings();
    if (!current) return { current: null, control: { via: 'hotkey' } };
    // The call-result keys do not act inside a text field: a setter leaves it first.
    if (isTextEntry(document.activeElement)) document.activeElement.blur();
    let startAt = null;
    const onInput = (event) => {
      if (startAt !== null) return;
      const at = performance.now();
      startAt = event.timeStamp > 0 && event.timeStamp <= at && at - event.timeStamp < 1000 ? event.timeStamp : at;
    };
    window.addEventListener('keydown', onInput, true);
    window.addEventListener('pointerdown', onInput, true);
    bench.pending = bench.waitForCard(current.key).then((card) => {
      window.removeEventListener('keydown', onInput, true);
      window.removeEventListener('pointerdown', onInput, true);
      return 'error' in card ? card : { ...card, startAt, previousKey: current.key, requests: requests(startAt) };
    });
    const button = document.querySelector('[data-testid="call-result-no_answer"]');
    const control = button
      ? { via: 'test id', shortcut: button.getAttribute('aria-keyshortcuts') }
      : { via: 'hotkey' };
    return { current: { key: current.key, name: current.name }, control };
  };
})();`;
}

/**
 * Sets the page's clock to the server's: `Date` runs `offsetMs` ahead of the wall clock, as the
 * server's does (a fixed instant inside every zone's calling window). Only `Date` moves:
 * `performance.now()`, which times everything here, and the timers stay real. Playwright's own
 * clock would fake those too.
 */
export function clockScript(offsetMs: number): string {
  return `(() => {
  const RealDate = Date;
  const offset = ${offsetMs};
  class ServerDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(RealDate.now() + offset); else super(...args); }
    static now() { return RealDate.now() + offset; }
  }
  window.Date = ServerDate;
})();`;
}

/** The in-page expression resolving to `FirstLoad`. */
export const firstLoadExpression = 'window.__workspaceBench.first';
/** The in-page expression that arms the probe for one call: an `ArmResult`. */
export const armExpression = 'window.__workspaceBench.arm()';
/** The in-page expression resolving to the armed call's `CallTimed`. */
export const callExpression = 'window.__workspaceBench.pending';
