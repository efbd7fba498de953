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
  dashboard: { path: '/dashboard', getHref: () => '/dashboard' },
  campaigns: { path: '/campaigns', getHref: () => '/campaigns' },
  campaign: { path: '/campaigns/:campaignId', getHref: (id: number) => `/campaigns/${id}` },
  imports: { path: '/imports', getHref: () => '/imports' },
  dnc: { path: '/dnc', getHref: () => '/dnc' },
  agenda: { path: '/agenda', getHref: () => '/agenda' },
  appointment: { path: '/agenda/:appointmentId', getHref: (id: number) => `/agenda/${id}` },
  reps: { path: '/reps', getHref: () => '/reps' },
  meetingTypes: { path: '/meeting-types', getHref: () => '/meeting-types' },
  outbox: { path: '/outbox', getHref: () => '/outbox' },
  /** The lead's own page behind the private link in the invite: public, no login. */
  selfService: { path: '/a/:token', getHref: (token: string) => `/a/${encodeURIComponent(token)}` },
} as const;
