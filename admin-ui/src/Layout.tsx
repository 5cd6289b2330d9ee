import type { ReactNode } from 'react';
import { AppBar, Layout, Logout, useGetIdentity, UserMenu } from 'react-admin';
import { Navigate, useLocation } from 'react-router-dom';
import { AppMenu } from './AppMenu';
import { IdleWatch } from './auth/IdleWatch';
import { TwoFactorMenuItem } from './auth/TwoFactorPage';

const AppUserMenu = () => (
  <UserMenu>
    <TwoFactorMenuItem />
    <Logout />
  </UserMenu>
);

const AppAppBar = () => <AppBar userMenu={<AppUserMenu />} />;

/** Staff whose roles need two-factor sign-in see only its set-up screen until it is on (the server refuses the rest). */
function ForcedTwoFactor({ children }: { children: ReactNode }) {
  const { identity, isPending } = useGetIdentity();
  const { pathname } = useLocation();
  if (isPending) return null;
  if (identity?.mfaSetupRequired && pathname !== '/two-factor') return <Navigate to="/two-factor" replace />;
  return <>{children}</>;
}

/** react-admin's layout: the role's menu, the staff member's own two-factor settings in the user menu and the idle warning. */
export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Layout appBar={AppAppBar} menu={AppMenu}>
      <ForcedTwoFactor>{children}</ForcedTwoFactor>
      <IdleWatch />
    </Layout>
  );
}
