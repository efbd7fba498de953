/** Every route of the web app, with a typed way to build its link. */
export const paths = {
  home: { path: '/', getHref: () => '/' },
  login: {
    path: '/login',
    getHref: (options: { redirectTo?: string; expired?: boolean } = {}) => {
      const params = new URLSearchParams();
      if (options.redirectTo && options.redirectTo !== '/') params.set('redirectTo', options.redirectTo);
      if (options.expired) params.set('expired', '1');
      const search = params.toString();
      return `/login${search ? `?${search}` : ''}`;
    },
  },
  call: { path: '/call', getHref: () => '/call' },
  /** Setters: the calls they promised, overdue, today and upcoming. */
  myCallbacks: { path: '/my-callbacks', getHref: () => '/my-callbacks' },
  /** One lead on the call screen (an incoming call: `?inbound=1`, the client's inbound script). */
  callLead: {
    path: '/call/lead/:leadId',
    getHref: (leadId: number, options: { inbound?: boolean } = {}) =>
      `/call/lead/${leadId}${options.inbound ? '?inbound=1' : ''}`,
  },
  /** A lead's own page: its card, timeline and notes. */
  lead: { path: '/leads/:leadId', getHref: (leadId: number) => `/leads/${leadId}` },
  dashboard: { path: '/dashboard', getHref: () => '/dashboard' },
  /** The campaign list; `?new=1&client=&list=` opens the new-campaign form prefilled (from an import). */
  campaigns: {
    path: '/campaigns',
    getHref: (prefill: { clientId?: number; listId?: number } = {}) => {
      if (!prefill.clientId && !prefill.listId) return '/campaigns';
      const params = new URLSearchParams({ new: '1' });
      if (prefill.clientId) params.set('client', String(prefill.clientId));
      if (prefill.listId) params.set('list', String(prefill.listId));
      return `/campaigns?${params.toString()}`;
    },
  },
  campaign: { path: '/campaigns/:campaignId', getHref: (id: number) => `/campaigns/${id}` },
  imports: { path: '/imports', getHref: () => '/imports' },
  dnc: { path: '/dnc', getHref: () => '/dnc' },
  agenda: { path: '/agenda', getHref: () => '/agenda' },
  appointment: { path: '/agenda/:appointmentId', getHref: (id: number) => `/agenda/${id}` },
  reps: { path: '/reps', getHref: () => '/reps' },
  /** Reps: their own weekly hours, time off and calendar-feed link. */
  mySchedule: { path: '/my-schedule', getHref: () => '/my-schedule' },
  meetingTypes: { path: '/meeting-types', getHref: () => '/meeting-types' },
  outbox: { path: '/outbox', getHref: () => '/outbox' },
  /** Managers: a client's scripts (`?client=`), and the review inbox of setters' variants (`?tab=review`). */
  scripts: {
    path: '/scripts',
    getHref: (options: { clientId?: number; tab?: 'review' } = {}) => {
      const params = new URLSearchParams();
      if (options.clientId) params.set('client', String(options.clientId));
      if (options.tab) params.set('tab', options.tab);
      const search = params.toString();
      return `/scripts${search ? `?${search}` : ''}`;
    },
  },
  /** One script's editor, history, variants and outcomes; `new` with `?client=` starts one. */
  script: {
    path: '/scripts/:scriptId',
    getHref: (scriptId: number | 'new', clientId?: number) =>
      `/scripts/${scriptId}${clientId ? `?client=${clientId}` : ''}`,
  },
  /** Setters: their own wording of each personalizable script. */
  myScripts: { path: '/my-scripts', getHref: () => '/my-scripts' },
  myScript: { path: '/my-scripts/:scriptId', getHref: (scriptId: number) => `/my-scripts/${scriptId}` },
  /** What a client's calls are made of, one tab each, for the client in `?client=`. */
  callSetup: {
    path: '/call-setup',
    getHref: (clientId?: number) => `/call-setup${clientId ? `?client=${clientId}` : ''}`,
  },
  callSetupObjections: {
    path: '/call-setup/objections',
    getHref: (clientId?: number) => `/call-setup/objections${clientId ? `?client=${clientId}` : ''}`,
  },
  callSetupSources: {
    path: '/call-setup/sources',
    getHref: (clientId?: number) => `/call-setup/sources${clientId ? `?client=${clientId}` : ''}`,
  },
  callSetupForms: {
    path: '/call-setup/forms',
    getHref: (clientId?: number) => `/call-setup/forms${clientId ? `?client=${clientId}` : ''}`,
  },
  callSetupForm: {
    path: '/call-setup/forms/:formId',
    getHref: (formId: number | 'new', clientId?: number) =>
      `/call-setup/forms/${formId}${clientId ? `?client=${clientId}` : ''}`,
  },
  /** The lead's own page behind the private link in the invite: public, no login. */
  selfService: { path: '/a/:token', getHref: (token: string) => `/a/${encodeURIComponent(token)}` },
} as const;
