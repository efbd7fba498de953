import { createBrowserRouter } from 'react-router-dom';
import { paths } from '../config/paths.ts';
import { LoginPage } from '../features/auth/components/login-page.tsx';
import { AppLayout } from './layout/app-layout.tsx';
import { NotFoundPage } from './layout/not-found-page.tsx';
import { ProtectedLayout } from './layout/protected-layout.tsx';
import { HomeRedirect, RoleGate } from './layout/role-gate.tsx';

const managers = ['manager', 'admin'] as const;

// Each screen is its own chunk: a setter's browser never downloads the manager's screens.
export function createRouter() {
  return createBrowserRouter([
    { path: paths.login.path, element: <LoginPage /> },
    {
      path: paths.selfService.path,
      lazy: async () => ({
        Component: (await import('../features/self-service/components/self-service-page.tsx'))
          .SelfServicePage,
      }),
    },
    {
      element: <ProtectedLayout />,
      children: [
        {
          element: <AppLayout />,
          children: [
            { index: true, element: <HomeRedirect /> },
            {
              element: <RoleGate roles={['setter']} />,
              children: [
                {
                  path: paths.call.path,
                  lazy: async () => ({
                    Component: (await import('../features/call/components/call-page.tsx')).CallPage,
                  }),
                },
                {
                  path: paths.myCallbacks.path,
                  lazy: async () => ({
                    Component: (await import('../features/callbacks/components/my-callbacks-page.tsx'))
                      .MyCallbacksPage,
                  }),
                },
                {
                  path: paths.myScripts.path,
                  lazy: async () => ({
                    Component: (await import('../features/scripts/components/my-scripts-page.tsx'))
                      .MyScriptsPage,
                  }),
                },
                {
                  path: paths.myScript.path,
                  lazy: async () => ({
                    Component: (await import('../features/scripts/components/my-variant-page.tsx'))
                      .MyVariantPage,
                  }),
                },
              ],
            },
            {
              element: <RoleGate roles={['setter', ...managers]} />,
              children: [
                {
                  path: paths.callLead.path,
                  lazy: async () => ({
                    Component: (await import('../features/call/components/direct-call-page.tsx'))
                      .DirectCallPage,
                  }),
                },
              ],
            },
            {
              element: <RoleGate roles={['setter', ...managers]} />,
              children: [
                {
                  path: paths.lead.path,
                  lazy: async () => ({
                    Component: (await import('../features/leads/components/lead-page.tsx')).LeadPage,
                  }),
                },
              ],
            },
            {
              element: <RoleGate roles={managers} />,
              children: [
                {
                  path: paths.dashboard.path,
                  lazy: async () => ({
                    Component: (await import('../features/dashboard/components/dashboard-page.tsx'))
                      .DashboardPage,
                  }),
                },
                {
                  path: paths.campaigns.path,
                  lazy: async () => ({
                    Component: (await import('../features/campaigns/components/campaigns-page.tsx'))
                      .CampaignsPage,
                  }),
                },
                {
                  path: paths.campaign.path,
                  lazy: async () => ({
                    Component: (await import('../features/campaigns/components/campaign-page.tsx'))
                      .CampaignPage,
                  }),
                },
                {
                  path: paths.imports.path,
                  lazy: async () => ({
                    Component: (await import('../features/imports/components/import-page.tsx')).ImportPage,
                  }),
                },
                {
                  // Not yet in config/paths.ts.
                  path: paths.dnc.path,
                  lazy: async () => ({
                    Component: (await import('../features/dnc/components/dnc-page.tsx')).DncPage,
                  }),
                },
                {
                  path: paths.reps.path,
                  lazy: async () => ({
                    Component: (await import('../features/reps/components/reps-page.tsx')).RepsPage,
                  }),
                },
                {
                  path: paths.meetingTypes.path,
                  lazy: async () => ({
                    Component: (await import('../features/meeting-types/components/meeting-types-page.tsx'))
                      .MeetingTypesPage,
                  }),
                },
                {
                  path: paths.callSetup.path,
                  lazy: async () => ({
                    Component: (await import('./layout/call-setup-layout.tsx')).CallSetupLayout,
                  }),
                  children: [
                    {
                      index: true,
                      lazy: async () => ({
                        Component: (await import('../features/outcomes/components/outcomes-page.tsx'))
                          .OutcomesPage,
                      }),
                    },
                    {
                      path: paths.callSetupObjections.path,
                      lazy: async () => ({
                        Component: (await import('../features/objections/components/objections-page.tsx'))
                          .ObjectionsPage,
                      }),
                    },
                    {
                      path: paths.callSetupSources.path,
                      lazy: async () => ({
                        Component: (
                          await import('../features/marketing-sources/components/marketing-sources-page.tsx')
                        ).MarketingSourcesPage,
                      }),
                    },
                    {
                      path: paths.callSetupForms.path,
                      lazy: async () => ({
                        Component: (await import('../features/forms/components/forms-page.tsx')).FormsPage,
                      }),
                    },
                    {
                      path: paths.callSetupForm.path,
                      lazy: async () => ({
                        Component: (await import('../features/forms/components/form-builder-page.tsx'))
                          .FormBuilderPage,
                      }),
                    },
                  ],
                },
                {
                  path: paths.scripts.path,
                  lazy: async () => ({
                    Component: (await import('../features/scripts/components/scripts-page.tsx')).ScriptsPage,
                  }),
                },
                {
                  path: paths.script.path,
                  lazy: async () => ({
                    Component: (await import('../features/scripts/components/script-page.tsx')).ScriptPage,
                  }),
                },
                {
                  path: paths.outbox.path,
                  lazy: async () => ({
                    Component: (await import('../features/outbox/components/outbox-page.tsx')).OutboxPage,
                  }),
                },
              ],
            },
            {
              element: <RoleGate roles={['rep', ...managers]} />,
              children: [
                {
                  path: paths.agenda.path,
                  lazy: async () => ({
                    Component: (await import('../features/agenda/components/agenda-page.tsx')).AgendaPage,
                  }),
                },
                {
                  path: paths.appointment.path,
                  lazy: async () => ({
                    Component: (await import('../features/agenda/components/appointment-page.tsx'))
                      .AppointmentPage,
                  }),
                },
              ],
            },
            {
              element: <RoleGate roles={['rep']} />,
              children: [
                {
                  path: paths.mySchedule.path,
                  lazy: async () => ({
                    Component: (await import('../features/reps/components/my-schedule-page.tsx'))
                      .MySchedulePage,
                  }),
                },
              ],
            },
            { path: '*', element: <NotFoundPage /> },
          ],
        },
      ],
    },
  ]);
}

export type AppRouter = ReturnType<typeof createRouter>;
