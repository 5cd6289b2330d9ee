import FactCheckIcon from '@mui/icons-material/FactCheck';
import HistoryIcon from '@mui/icons-material/History';
import HubIcon from '@mui/icons-material/Hub';
import InboxIcon from '@mui/icons-material/MoveToInbox';
import KeyIcon from '@mui/icons-material/Key';
import MailIcon from '@mui/icons-material/MailOutlined';
import PeopleIcon from '@mui/icons-material/People';
import ReportIcon from '@mui/icons-material/ReportProblem';
import ScienceIcon from '@mui/icons-material/Science';
import SchoolIcon from '@mui/icons-material/School';
import SupportAgentIcon from '@mui/icons-material/SupportAgent';
import { Admin, CustomRoutes, defaultLightTheme, Resource, type RaThemeOptions } from 'react-admin';
import { Route } from 'react-router-dom';
import { accessRequestLabel } from './access-requests/representation';
import { authProvider } from './auth/authProvider';
import { LoginPage } from './auth/LoginPage';
import { ForgotPasswordPage, PasswordResetPage } from './auth/PasswordResetPage';
import { TwoFactorPage } from './auth/TwoFactorPage';
import { lazyNamed, lazyResource } from './common/lazy-resource';
import { Dashboard } from './Dashboard';
import { dataProvider } from './data/dataProvider';
import { investigationLabel } from './investigations/representation';
import { AppLayout } from './Layout';

// Each screen is its own chunk, fetched on first visit, so sign-in and the dashboard load only what they show.
const accessReviews = lazyResource(() => import('./access-reviews'), ['list', 'show', 'create'], (r) => String(r.term ?? ''));
const subProcessors = lazyResource(() => import('./sub-processors'), ['list', 'show', 'edit', 'create'], 'name');
const subjectRequests = lazyResource(() => import('./subject-requests'), ['list', 'show', 'edit', 'create'], (r) => `${String(r.kind)} request`);
const AccessReportPage = lazyNamed(() => import('./processor/AccessReportPage'), 'AccessReportPage');
const ProcessingRecordPage = lazyNamed(() => import('./processor/ProcessingRecordPage'), 'ProcessingRecordPage');
const accessRequests = lazyResource(() => import('./access-requests'), ['list', 'show', 'create'], accessRequestLabel);
const auditEvents = lazyResource(() => import('./audit-events'), ['list', 'show'], 'action');
const cases = lazyResource(() => import('./cases'), ['list', 'show', 'edit', 'create'], 'title');
const incidents = lazyResource(() => import('./incidents'), ['list', 'show', 'create'], 'title');
const investigations = lazyResource(() => import('./investigations'), ['list', 'show'], investigationLabel);
const outbox = lazyResource(() => import('./outbox'), ['list', 'show'], 'subject');
const settings = lazyResource(() => import('./settings'), ['list', 'show', 'edit', 'create'], 'name');
const staff = lazyResource(() => import('./staff'), ['list', 'show', 'edit', 'create'], 'name');
const ConsentPage = lazyNamed(() => import('./access-requests'), 'ConsentPage');
const ContentPage = lazyNamed(() => import('./content'), 'ContentPage');
const IncidentReview = lazyNamed(() => import('./incidents'), 'IncidentReview');
const SmtDashboard = lazyNamed(() => import('./incidents'), 'SmtDashboard');
const SignedInNow = lazyNamed(() => import('./staff/SignedInNow'), 'SignedInNow');
const SettingChangePage = lazyNamed(() => import('./settings/SettingChangePage'), 'SettingChangePage');

/** The default light theme with a quieter palette: slate blue and a muted teal. */
const theme: RaThemeOptions = {
  ...defaultLightTheme,
  palette: {
    ...defaultLightTheme.palette,
    primary: { main: '#2f4a6d' },
    secondary: { main: '#3d6b66' },
    background: { default: '#f5f6f8' },
  },
};

/** Customer content (children and the rest) is one page, open only under a live grant; the DPO's consent page needs no login. */
export function App() {
  return (
    <Admin
      title="Custodian"
      disableTelemetry
      requireAuth
      authProvider={authProvider}
      dataProvider={dataProvider}
      dashboard={Dashboard}
      loginPage={LoginPage}
      layout={AppLayout}
      theme={theme}
    >
      <Resource name="incidents" {...incidents} icon={ReportIcon} options={{ label: 'Critical incidents' }} />
      <Resource name="settings" {...settings} icon={SchoolIcon} />
      <Resource name="cases" {...cases} icon={SupportAgentIcon} />
      <Resource name="staff" {...staff} icon={PeopleIcon} options={{ label: 'Staff' }} />
      <Resource name="audit-events" {...auditEvents} icon={HistoryIcon} options={{ label: 'Audit log' }} />
      <Resource name="outbox" {...outbox} icon={MailIcon} options={{ label: 'Mail' }} />
      <Resource name="access-requests" {...accessRequests} icon={KeyIcon} options={{ label: 'Access requests' }} />
      <Resource name="investigations" {...investigations} icon={ScienceIcon} options={{ label: 'Investigation copies' }} />
      <Resource name="sub-processors" {...subProcessors} icon={HubIcon} options={{ label: 'Sub-processors' }} />
      <Resource name="access-reviews" {...accessReviews} icon={FactCheckIcon} options={{ label: 'Access reviews' }} />
      <Resource name="subject-requests" {...subjectRequests} icon={InboxIcon} options={{ label: 'Subject requests' }} />
      <CustomRoutes>
        <Route path="/access-report/:settingId" element={<AccessReportPage />} />
        <Route path="/processing-record" element={<ProcessingRecordPage />} />
        <Route path="/content/:settingId" element={<ContentPage />} />
        <Route path="/incident-dashboard" element={<SmtDashboard />} />
        <Route path="/incident-review/:id" element={<IncidentReview />} />
        <Route path="/two-factor" element={<TwoFactorPage />} />
        <Route path="/signed-in" element={<SignedInNow />} />
      </CustomRoutes>
      <CustomRoutes noLayout>
        <Route path="/consent/:token" element={<ConsentPage />} />
        <Route path="/setting-changes/:token" element={<SettingChangePage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/password-reset/:token" element={<PasswordResetPage />} />
      </CustomRoutes>
    </Admin>
  );
}
