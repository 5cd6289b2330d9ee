// Generated from admin-ui/openapi.json by `npm run openapi:types`: do not edit by hand.
export interface paths {
    "/api/access-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccessRequestsController_list"];
        put?: never;
        post: operations["AccessRequestsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccessRequestsController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-requests/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccessRequestsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-requests/{id}/deny": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccessRequestsController_deny"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-requests/{id}/investigation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccessRequestsController_investigate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-requests/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AccessRequestsController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccessReviewsController_list"];
        put?: never;
        post: operations["AccessReviewsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-reviews/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccessReviewsController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-reviews/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccessReviewsController_due"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/access-reviews/roster": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AccessReviewsController_roster"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuditController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_logout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-factor/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_disableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-factor/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_enableTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["AuthController_setUpTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_list"];
        put?: never;
        post: operations["CasesController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cases/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["CasesController_one"];
        put: operations["CasesController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IncidentsController_list"];
        put?: never;
        post: operations["IncidentsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IncidentsController_one"];
        put: operations["IncidentsController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/affected-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IncidentsController_register"];
        put: operations["IncidentsController_setSettings"];
        post: operations["IncidentsController_addSettings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/breach-notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IncidentsController_breachNotices"];
        put?: never;
        post: operations["IncidentsController_sendBreachNotices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/breach-notices/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IncidentsController_previewBreachNotices"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IncidentsController_linkCase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IncidentsController_contact"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IncidentsController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/portal-message": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put: operations["IncidentsController_portal"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/recipients/{audience}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IncidentsController_recipients"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IncidentsController_resolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/review": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IncidentsController_review"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IncidentsController_tasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IncidentsController_timeline"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IncidentsController_postUpdate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/{id}/written-confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["IncidentsController_writtenConfirmations"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incidents/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["IncidentsController_dashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/investigations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvestigationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/investigations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvestigationsController_one"];
        put?: never;
        post?: never;
        delete: operations["InvestigationsController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/investigations/{id}/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvestigationsController_rows"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/investigations/{id}/{kind}/{rowId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["InvestigationsController_row"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OutboxController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/outbox/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["OutboxController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/processing-record": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ProcessingRecordController_record"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/consent/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ConsentController_describe"];
        put?: never;
        post: operations["ConsentController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/exports/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ExportsController_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PasswordResetController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/password-reset/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["PasswordResetController_complete"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/setting-changes/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SettingChangesController_describe"];
        put?: never;
        post: operations["SettingChangesController_answer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["PublicStatusController_status"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/sub-processors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SubProcessorsController_active"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SignedInController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SettingsController_list"];
        put?: never;
        post: operations["SettingsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SettingsController_one"];
        put: operations["SettingsController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/{id}/access-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["TransparencyController_report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/{id}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["ExportsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/{settingId}/{kind}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContentController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/{settingId}/{kind}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["ContentController_one"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffController_list"];
        put?: never;
        post: operations["StaffController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffController_one"];
        put: operations["StaffController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/{id}/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffController_passwordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["StaffController_sessions"];
        put?: never;
        post?: never;
        delete: operations["StaffController_endAll"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/{id}/sessions/{sessionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete: operations["StaffController_endOne"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/{id}/two-factor/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffController_resetTwoFactor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/staff/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post: operations["StaffController_unlock"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sub-processors": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SubProcessorsController_list"];
        put?: never;
        post: operations["SubProcessorsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sub-processors/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SubProcessorsController_one"];
        put: operations["SubProcessorsController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subject-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SubjectRequestsController_list"];
        put?: never;
        post: operations["SubjectRequestsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/subject-requests/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get: operations["SubjectRequestsController_one"];
        put: operations["SubjectRequestsController_update"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AccessReportRowDto: {
            /** @enum {string} */
            action: "read" | "investigation_copy";
            /** Format: date-time */
            at: string;
            /** Format: uuid */
            caseId?: string | null;
            caseTitle?: string | null;
            /** Format: uuid */
            grantId?: string | null;
            justification?: string | null;
            kinds: string[];
            recordCount: number;
            roles: string[];
            /** Format: uuid */
            staffId?: string | null;
            staffName?: string | null;
        };
        AccessRequestViewDto: {
            /** Format: uuid */
            approverId?: string | null;
            /** Format: uuid */
            caseId?: string;
            consent?: components["schemas"]["ConsentViewDto"];
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            decidedAt?: string | null;
            decisionReason?: string | null;
            /** Format: date-time */
            endedAt?: string | null;
            /** Format: uuid */
            endedById?: string | null;
            /** @enum {string|null} */
            endReason?: "undecided" | "expired" | "revoked" | "case_resolved" | "consent_refused" | "credentials_reset" | null;
            /** Format: date-time */
            expiresAt?: string | null;
            /** Format: uuid */
            id: string;
            justification?: string;
            minutes?: number;
            /** Format: uuid */
            requesterId?: string;
            /** Format: date-time */
            respondBy?: string | null;
            scopes?: ("children" | "observations" | "parents" | "media")[];
            /** Format: uuid */
            settingId?: string;
            /** Format: date-time */
            startsAt?: string | null;
            /** @enum {string} */
            status?: "pending" | "awaiting_consent" | "active" | "denied" | "expired" | "revoked" | "ended";
            /** Format: date-time */
            updatedAt?: string;
        };
        AccessReviewDueDto: {
            /** Format: date-time */
            completedAt?: string | null;
            done: boolean;
            /** Format: date-time */
            endsAt: string;
            /** Format: uuid */
            reviewId?: string | null;
            /** Format: date-time */
            startsAt: string;
            /** @example 2026-autumn */
            term: string;
        };
        AccessReviewViewDto: {
            /** Format: date-time */
            completedAt?: string;
            /** Format: date-time */
            createdAt?: string;
            entries?: components["schemas"]["ReviewEntryViewDto"][];
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            reviewerId?: string;
            term?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        AffectedSettingsDto: {
            settingIds: string[];
        };
        AffectedSettingViewDto: {
            /** Format: date-time */
            addedAt?: string;
            /** Format: uuid */
            addedById?: string | null;
            contactEmail?: string | null;
            contactPhone?: string | null;
            dpoEmail?: string | null;
            /** Format: uuid */
            id: string;
            name?: string;
            /** Format: uuid */
            settingId?: string;
        };
        AuditEventViewDto: {
            action?: string;
            /** Format: uuid */
            actorId?: string | null;
            /** Format: date-time */
            at?: string;
            /** Format: date-time */
            createdAt?: string;
            detail?: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            grantId?: string | null;
            hash?: string | null;
            /** Format: uuid */
            id: string;
            ip?: string | null;
            prevHash?: string | null;
            seq?: number;
            /** Format: uuid */
            settingId?: string | null;
            subjectId?: string | null;
            subjectType?: string;
        };
        BreachNoticeDto: {
            /** @description approximate number of personal data records concerned */
            approxRecords: number;
            /** @description approximate number of data subjects concerned */
            approxSubjects: number;
            /** @description the contact point where more information can be obtained */
            contactPoint: string;
            /** @description categories of personal data concerned */
            dataCategories: string[];
            likelyConsequences: string;
            /** @description measures taken or proposed to address the breach and mitigate its effects */
            measuresTaken: string;
            /** @description the nature of the breach */
            natureOfBreach: string;
        };
        BreachNoticePreviewDto: {
            body?: string;
            followUp?: boolean;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            settingId?: string;
            settingName?: string | null;
            subject?: string;
            to?: string;
        };
        BreachNoticesSentViewDto: {
            followUps?: number;
            /** Format: uuid */
            id: string;
            notices?: components["schemas"]["BreachNoticeViewDto"][];
            sent?: number;
        };
        BreachNoticeViewDto: {
            followUp?: boolean;
            hoursSinceAwareness?: number;
            /** Format: uuid */
            id: string;
            notice?: number;
            /** Format: date-time */
            sentAt?: string;
            sentTo?: string;
            /** Format: uuid */
            settingId?: string;
            settingName?: string | null;
        };
        CaseViewDto: {
            /** Format: date-time */
            createdAt?: string;
            description?: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            incidentId?: string | null;
            /** Format: uuid */
            openedById?: string | null;
            /** Format: date-time */
            resolvedAt?: string | null;
            /** Format: uuid */
            settingId?: string;
            /** @enum {string} */
            status?: "open" | "investigating" | "resolved";
            title?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        ChildViewDto: {
            /** Format: date-time */
            createdAt?: string;
            /** Format: date */
            dateOfBirth?: string;
            firstName?: string;
            /** Format: uuid */
            id: string;
            knownAs?: string | null;
            lastName?: string;
            notes?: string;
            room?: string | null;
            /** Format: uuid */
            settingId?: string;
        };
        ConsentAnswerDto: {
            /** @enum {string} */
            decision: "grant" | "refuse";
            /** @description the name of the person answering for the setting */
            name: string;
        };
        ConsentAnswerViewDto: {
            consent: components["schemas"]["ConsentRecordDto"];
            /** @enum {string} */
            decision: "grant" | "refuse";
            /** Format: date-time */
            expiresAt?: string | null;
            /** Format: date-time */
            startsAt?: string | null;
            status: string;
        };
        ConsentRecordDto: {
            /** Format: date-time */
            at?: string | null;
            by?: string | null;
            method?: string | null;
            status: string;
        };
        ConsentRequestViewDto: {
            caseTitle?: string | null;
            consent: components["schemas"]["ConsentStateDto"];
            justification: string;
            minutes: number;
            requesterName?: string | null;
            /** Format: date-time */
            respondBy: string;
            scopes: ("children" | "observations" | "parents" | "media")[];
            settingName?: string | null;
            /** @enum {string} */
            state: "open" | "answered" | "closed";
        };
        ConsentStateDto: {
            /** Format: date-time */
            at?: string | null;
            by?: string | null;
            status: string;
        };
        ConsentViewDto: {
            /** Format: date-time */
            at: string | null;
            by: string | null;
            dpoEmail: string | null;
            /** @enum {string|null} */
            method: "contract" | "email_link" | null;
            /** @enum {string|null} */
            policy: "per_request" | "contract" | null;
            /** @enum {string} */
            status: "not_asked" | "requested" | "granted" | "refused" | "expired";
        };
        ContactDto: {
            /** @enum {string} */
            kind: "telephone_update" | "written_confirmation" | "smt_contact";
            /** Format: uuid */
            settingId: string;
            summary: string;
        };
        ControllerEntryDto: {
            dpoEmail?: string | null;
            dpoName?: string | null;
            icoNumber?: string | null;
            /** Format: uuid */
            id: string;
            kind: string;
            name: string;
            subscriptionStatus: string;
        };
        CopyChildViewDto: {
            ageBand?: string | null;
            code?: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date */
            dateOfBirth?: string | null;
            /** Format: uuid */
            id: string;
            notes?: string;
            room?: string | null;
        };
        CopyMediaViewDto: {
            childCode?: string | null;
            /** Format: uuid */
            childId?: string | null;
            code?: string;
            contentType?: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: uuid */
            id: string;
            sizeBucket?: string;
            /** Format: date-time */
            takenAt?: string | null;
        };
        CopyObservationViewDto: {
            area?: string | null;
            authorCode?: string;
            childCode?: string | null;
            /** Format: uuid */
            childId?: string | null;
            /** Format: date-time */
            createdAt?: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            observedAt?: string;
            text?: string;
        };
        CopyParentViewDto: {
            childCode?: string | null;
            /** Format: uuid */
            childId?: string | null;
            code?: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: uuid */
            id: string;
            relationship?: string | null;
        };
        CreateAccessRequestDto: {
            /** Format: uuid */
            caseId: string;
            /** @description why this access is needed for this case */
            justification: string;
            /** @description length of the grant; default ACCESS_DEFAULT_MINUTES, at most ACCESS_MAX_MINUTES */
            minutes?: number;
            scopes: ("children" | "observations" | "parents" | "media")[];
            /** Format: uuid */
            settingId: string;
        };
        CreateAccessReviewDto: {
            entries: components["schemas"]["ReviewEntryDto"][];
            /** @example 2026-autumn */
            term: string;
        };
        CreateCaseDto: {
            description?: string;
            /** Format: uuid */
            settingId: string;
            /** @enum {string} */
            status?: "open" | "investigating" | "resolved";
            title: string;
        };
        CreateIncidentDto: {
            affectedSettingIds?: string[];
            description: string;
            /**
             * Format: date-time
             * @description when the critical was discovered; may be in the past, never in the future; default now
             */
            discoveredAt?: string;
            personalDataBreach?: boolean;
            title: string;
        };
        CreateSettingDto: {
            address?: string | null;
            /** @enum {string} */
            consentPolicy?: "per_request" | "contract";
            /** Format: email */
            contactEmail?: string | null;
            contactPhone?: string | null;
            /** Format: email */
            dpoEmail?: string | null;
            dpoName?: string | null;
            /** @example ZA123456 */
            icoNumber?: string | null;
            /** @enum {string} */
            kind: "nursery" | "childminder" | "preschool" | "school" | "trust" | "other";
            name: string;
            postcode?: string | null;
            /** Format: date-time */
            subscriptionEndsAt?: string | null;
            /**
             * @description `purged` is set by the retention purge; it may be sent back unchanged
             * @enum {string}
             */
            subscriptionStatus?: "active" | "expired" | "cancelled";
        };
        CreateStaffDto: {
            active?: boolean;
            /** Format: email */
            email: string;
            name: string;
            /** @description 12-128 characters, upper and lower case and a digit, not a common password */
            password: string;
            roles: ("support" | "developer" | "it_manager" | "smt" | "admin")[];
            /**
             * Format: date-time
             * @description when their data-protection training was completed
             */
            trainingCompletedAt?: string | null;
        };
        CreateSubjectRequestDto: {
            /** @enum {string} */
            kind: "access" | "erasure" | "rectification" | "restriction" | "portability";
            /** @description what was asked and what was done; never the subject's records */
            notes?: string;
            /**
             * Format: date-time
             * @description when the controller received it (default: now); the month runs from then
             */
            receivedAt?: string;
            /** Format: uuid */
            settingId: string;
        };
        CreateSubProcessorDto: {
            /**
             * @example [
             *       "children",
             *       "observations"
             *     ]
             */
            dataCategories: string[];
            /** @example United Kingdom (London) */
            location: string;
            /** @example Amazon Web Services */
            name: string;
            /** @example Hosting */
            purpose: string;
            /**
             * @description a new sub-processor is always proposed first
             * @enum {string}
             */
            status?: "proposed";
        };
        DashboardComplianceDto: {
            late?: number;
            onTime?: number;
            overdueNow?: number;
            /** @description on-time share, 0..1; null when nothing was due */
            share?: number | null;
            updates?: number;
            windowDays?: number;
        };
        DashboardIncidentDto: {
            cadenceMinutes?: number;
            /** @description on-time share, 0..1; null when nothing was due */
            compliance?: number | null;
            day?: number;
            /** Format: date-time */
            declaredAt?: string;
            functionalityRemoved?: boolean | null;
            /** Format: uuid */
            id: string;
            lateDeclaration?: boolean;
            missedDeadlines?: number;
            missedUpdates?: number;
            /** Format: date-time */
            nextUpdateDueAt?: string | null;
            onTime?: number;
            openTasks?: components["schemas"]["OpenTasksDto"];
            overdue?: boolean;
            /** Format: uuid */
            ownerId?: string;
            ownerName?: string | null;
            personalDataBreach?: boolean;
            portalMessage?: string | null;
            reminderDue?: boolean;
            /** Format: date-time */
            resolvedAt?: string | null;
            settingsAffected?: number;
            /** @enum {string} */
            status?: "active" | "resolved";
            title?: string;
            updates?: number;
        };
        DecisionDto: {
            /** @enum {string} */
            kind: "remove_functionality" | "keep_functionality";
            rationale: string;
        };
        DenyAccessRequestDto: {
            reason: string;
        };
        /** @enum {string} */
        ErrorCode: "bad_input" | "validation_failed" | "malformed_body" | "payload_too_large" | "unsupported_media_type" | "invalid_value" | "not_signed_in" | "forbidden" | "not_found" | "route_not_found" | "method_not_allowed" | "conflict" | "duplicate_record" | "related_record_conflict" | "gone" | "rate_limited" | "internal_error" | "unavailable" | "bad_credentials" | "locked" | "missing_csrf_header" | "weak_password" | "two_factor_required" | "two_factor_wrong" | "two_factor_code_invalid" | "two_factor_state" | "two_factor_setup_required" | "reset_link_unknown" | "reset_link_closed" | "staff_not_found" | "email_taken" | "self_lockout" | "session_not_found" | "two_factor_off" | "incompatible_roles" | "staff_inactive" | "access_request_not_found" | "case_not_open" | "duplicate_request" | "self_approval" | "access_not_allowed" | "already_decided" | "not_revocable" | "no_consent_address" | "consent_link_unknown" | "consent_link_used" | "consent_link_expired" | "grant_not_active" | "investigation_not_found" | "investigation_exists" | "investigation_deleted" | "investigation_copy_failed" | "training_required" | "setting_not_found" | "no_dpo_address" | "setting_purged" | "export_link_unknown" | "export_link_used" | "export_link_expired" | "incident_not_found" | "incident_resolved" | "setting_not_affected" | "unknown_settings" | "case_not_found" | "case_linked_elsewhere" | "no_recipients" | "breach_cannot_be_withdrawn" | "incident_forbidden" | "not_a_breach";
        ErrorDto: {
            code: components["schemas"]["ErrorCode"];
            errors?: components["schemas"]["FieldErrorDto"][];
            message: string;
            /** @example 400 */
            statusCode: number;
        };
        ExportViewDto: {
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            /** Format: uuid */
            id: string;
            /** @description the DPO address the link was sent to */
            sentTo: string;
            /** Format: uuid */
            settingId: string;
            /** @enum {string} */
            status: "sent";
        };
        FieldChangeDto: {
            /** @description the value held for confirmation */
            after: string | null;
            /** @description the value now */
            before: string | null;
        };
        FieldErrorDto: {
            /** @description the field at fault, as a path (`children.0.name`) */
            field: string;
            messages: string[];
        };
        HealthDownDto: {
            /** @enum {string} */
            code: "unavailable";
            /** @enum {string} */
            db: "down";
            message: string;
            /** @enum {string} */
            status: "error";
            /** @example 503 */
            statusCode: number;
        };
        HealthDto: {
            /** @enum {string} */
            db: "up";
            /** @enum {string} */
            status: "ok";
        };
        IncidentDashboardViewDto: {
            active?: components["schemas"]["DashboardIncidentDto"][];
            activeIncidents?: number;
            byDay?: components["schemas"]["UpdatesOnDayDto"][];
            compliance?: components["schemas"]["DashboardComplianceDto"];
            /** Format: date-time */
            generatedAt?: string;
            /** @enum {string} */
            id: "dashboard";
            overdue?: components["schemas"]["OverdueIncidentDto"][];
            overdueCount?: number;
            recentlyResolved?: components["schemas"]["DashboardIncidentDto"][];
            settingsAffected?: number;
        };
        IncidentReviewViewDto: {
            cases?: components["schemas"]["ReviewCaseDto"][];
            customerUpdates?: components["schemas"]["ReviewUpdatesDto"];
            days?: number;
            decisions?: components["schemas"]["TimelineEntryViewDto"][];
            durationMinutes?: number;
            /** Format: uuid */
            id: string;
            incident?: components["schemas"]["IncidentViewDto"];
            internalUpdates?: number;
            mail?: components["schemas"]["MailCountDto"][];
            ownerName?: string | null;
            tasks?: components["schemas"]["ReviewTasksDto"];
            timeline?: components["schemas"]["TimelineEntryViewDto"][];
        };
        IncidentTaskViewDto: {
            day?: number;
            done?: boolean;
            /** Format: date-time */
            doneAt?: string;
            /** Format: uuid */
            doneBy?: string | null;
            /** @description `<key>:<day>:<settingId or ->`, stable within an incident */
            id: string;
            /** @enum {string} */
            key?: "notify_critical" | "decide_functionality" | "record_cases" | "count_affected" | "portal_message" | "brief_smt" | "it_update" | "telephone_update" | "written_confirmation" | "smt_contact";
            /** @enum {string} */
            role?: "support" | "developer" | "it_manager" | "smt" | "admin";
            /** Format: uuid */
            settingId?: string;
            settingName?: string;
            title?: string;
        };
        IncidentViewDto: {
            affectedSettingIds?: string[];
            affectedSettingsCount?: number;
            /** Format: date-time */
            breachNotifiedAt?: string | null;
            cadenceDay1Minutes?: number;
            cadenceLaterMinutes?: number;
            cadenceMinutes?: number;
            /** Format: date-time */
            controllerDeadlineAt?: string | null;
            /** Format: date-time */
            createdAt?: string;
            day?: number;
            /** Format: date-time */
            declaredAt?: string;
            /** Format: uuid */
            declaredById?: string;
            description?: string;
            /** Format: date-time */
            discoveredAt?: string;
            functionalityRemoved?: boolean | null;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastCustomerUpdateAt?: string | null;
            lateDeclaration?: boolean;
            missedUpdates?: number;
            /** Format: date-time */
            nextUpdateDueAt?: string | null;
            overdue?: boolean;
            /** Format: uuid */
            ownerId?: string;
            personalDataBreach?: boolean;
            portalMessage?: string | null;
            /** Format: date-time */
            portalMessageAt?: string | null;
            /** Format: date-time */
            readAt?: string;
            /** Format: date-time */
            remindAt?: string | null;
            reminderDue?: boolean;
            resolutionSummary?: string | null;
            /** Format: date-time */
            resolvedAt?: string | null;
            /** Format: uuid */
            resolvedById?: string | null;
            /** @enum {string} */
            status?: "active" | "resolved";
            title?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        InvestigationViewDto: {
            /** Format: uuid */
            caseId?: string;
            counts?: {
                [key: string]: number;
            };
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            deleteBy?: string;
            /** Format: date-time */
            deletedAt?: string | null;
            deleteReason?: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            ownerId?: string;
            report?: {
                [key: string]: unknown;
            } | null;
            /** Format: uuid */
            requestId?: string;
            scopes?: ("children" | "observations" | "parents" | "media")[];
            /** Format: uuid */
            settingId?: string;
            status?: string;
        };
        LinkCaseDto: {
            /** Format: uuid */
            caseId: string;
        };
        LiveGrantDto: {
            /** Format: uuid */
            id: string;
            scopes: ("children" | "observations" | "parents" | "media")[];
            /** Format: uuid */
            settingId: string;
        };
        LiveSessionDto: {
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            expiresAt?: string;
            /** Format: uuid */
            id: string;
            ip?: string | null;
            /** Format: date-time */
            lastSeenAt?: string;
            roles?: ("support" | "developer" | "it_manager" | "smt" | "admin")[];
            staffEmail?: string;
            /** Format: uuid */
            staffId?: string;
            staffName?: string;
            userAgent?: string | null;
        };
        LoginDto: {
            /** @description the authenticator app's current code, for staff with two-factor sign-in on */
            code?: string;
            /** @example support@custodian.local */
            email: string;
            password: string;
        };
        LoginResultDto: {
            /** Format: date-time */
            expiresAt: string;
            /** @description the bearer token; the same value is set as the `sid` cookie */
            token: string;
            user: components["schemas"]["UserViewDto"];
        };
        MailCountDto: {
            kind: string;
            n: number;
            /** @enum {string} */
            status: "queued" | "sent" | "captured" | "failed";
        };
        MediaViewDto: {
            caption?: string | null;
            /** Format: uuid */
            childId?: string | null;
            contentType?: string;
            /** Format: date-time */
            createdAt?: string;
            filename?: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            settingId?: string;
            sizeBytes?: number;
            /** Format: date-time */
            takenAt?: string | null;
        };
        MeDto: {
            grants: components["schemas"]["LiveGrantDto"][];
            /** @description the caller's CASL rules, packed (`@casl/ability/extra` packRules) */
            rules: unknown[];
            session: components["schemas"]["SessionSettingsDto"];
            user: components["schemas"]["UserViewDto"];
        };
        ObservationViewDto: {
            area?: string | null;
            authorName?: string;
            /** Format: uuid */
            childId?: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            observedAt?: string;
            /** Format: uuid */
            settingId?: string;
            text?: string;
        };
        OpenTasksDto: {
            smt_contact: number;
            telephone_update: number;
            written_confirmation: number;
        };
        OutboxMessageViewDto: {
            attempts?: number;
            body?: string;
            /** Format: date-time */
            createdAt?: string;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            incidentId?: string | null;
            kind?: string;
            lastError?: string | null;
            sensitive?: boolean;
            /** Format: date-time */
            sentAt?: string | null;
            /** Format: uuid */
            settingId?: string | null;
            status?: string;
            subject?: string;
            to?: string;
            /** Format: date-time */
            updatedAt?: string;
        };
        OverdueIncidentDto: {
            /** Format: uuid */
            id: string;
            minutesOverdue?: number;
            /** Format: date-time */
            nextUpdateDueAt?: string | null;
            /** Format: uuid */
            ownerId?: string;
            ownerName?: string | null;
            settingsAffected?: number;
            title?: string;
        };
        ParentViewDto: {
            address?: string | null;
            /** Format: uuid */
            childId?: string | null;
            /** Format: date-time */
            createdAt?: string;
            email?: string | null;
            firstName?: string;
            /** Format: uuid */
            id: string;
            lastName?: string;
            phone?: string | null;
            relationship?: string | null;
            /** Format: uuid */
            settingId?: string;
        };
        PasswordResetAcceptedDto: {
            message: string;
            /** @enum {string} */
            status: "accepted";
        };
        PasswordResetDto: {
            /** @description 12-128 characters, upper and lower case and a digit, not a common password */
            password: string;
        };
        PasswordResetRequestDto: {
            /** @example someone@custodian.local */
            email: string;
        };
        PasswordResetSentDto: {
            grantsEnded: number;
            /** Format: uuid */
            id: string;
            sessionsEnded: number;
            /** @enum {string} */
            status: "sent";
        };
        PasswordSetDto: {
            /** @enum {string} */
            status: "password_set";
        };
        PortalMessageDto: {
            /** @description the text shown publicly; null removes it */
            message: string | null;
        };
        PortalNoticeDto: {
            message: string;
            /** Format: date-time */
            since: string;
        };
        PostUpdateDto: {
            /** @enum {string} */
            audience: "customers" | "internal";
            message: string;
        };
        ProcessingCategoryDto: {
            detail: string;
            name: string;
        };
        ProcessingRecordDto: {
            categoriesOfProcessing: components["schemas"]["ProcessingCategoryDto"][];
            controllers: components["schemas"]["ControllerEntryDto"][];
            /** Format: date-time */
            generatedAt: string;
            processor: components["schemas"]["ProcessorRoleDto"];
            securityMeasures: string[];
            subProcessors: components["schemas"]["SubProcessorEntryDto"][];
            transfers: components["schemas"]["TransferEntryDto"][];
        };
        ProcessorRoleDto: {
            article: string;
            /** @enum {string} */
            role: "processor";
        };
        ResolveDto: {
            summary: string;
        };
        ReviewCaseDto: {
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            settingId?: string;
            settingName?: string | null;
            status?: string;
            title?: string;
        };
        ReviewEntryDto: {
            /** @enum {string} */
            decision: "keep" | "change" | "remove";
            /** @description why; for a change, what should change */
            note?: string | null;
            /** @description ignored: the server records the roles held */
            roles?: string[];
            /** Format: uuid */
            staffId: string;
        };
        ReviewEntryViewDto: {
            /** @enum {string} */
            decision: "keep" | "change" | "remove";
            /** Format: date-time */
            lastSignInAt: string | null;
            name: string;
            note: string | null;
            roles: string[];
            /** Format: uuid */
            staffId: string;
        };
        ReviewTasksDto: {
            brief_smt: components["schemas"]["TaskTallyDto"];
            count_affected: components["schemas"]["TaskTallyDto"];
            decide_functionality: components["schemas"]["TaskTallyDto"];
            it_update: components["schemas"]["TaskTallyDto"];
            notify_critical: components["schemas"]["TaskTallyDto"];
            portal_message: components["schemas"]["TaskTallyDto"];
            record_cases: components["schemas"]["TaskTallyDto"];
            smt_contact: components["schemas"]["TaskTallyDto"];
            telephone_update: components["schemas"]["TaskTallyDto"];
            written_confirmation: components["schemas"]["TaskTallyDto"];
        };
        ReviewUpdatesDto: {
            /** @description on-time share, 0..1; null when nothing was due */
            compliance?: number | null;
            late?: number;
            missedDeadlines?: number;
            onTime?: number;
            reminders?: number;
            updates?: number;
        };
        RevokeAccessRequestDto: {
            reason?: string;
        };
        RosterEntryDto: {
            active: boolean;
            email: string;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastSignInAt?: string | null;
            name: string;
            roles: string[];
            /** Format: date-time */
            trainingCompletedAt?: string | null;
        };
        SessionSettingsDto: {
            idleMinutes: number;
        };
        SettingChangeAnswerDto: {
            /** @enum {string} */
            decision: "confirm" | "reject";
            /** @description the name of the person answering for the setting */
            name: string;
        };
        SettingChangeAnswerViewDto: {
            /** @enum {string} */
            decision: "confirm" | "reject";
            fields: string[];
            /** @enum {string} */
            state: "confirmed" | "rejected";
        };
        SettingChangeRequestViewDto: {
            /** @description by field */
            changes: {
                [key: string]: components["schemas"]["FieldChangeDto"];
            };
            /** Format: date-time */
            decidedAt?: string | null;
            /** Format: date-time */
            expiresAt: string;
            fields: string[];
            /** Format: date-time */
            requestedAt: string;
            requestedByName?: string | null;
            settingName?: string | null;
            /** @enum {string} */
            state: "open" | "confirmed" | "rejected" | "closed";
        };
        SettingViewDto: {
            address?: string | null;
            /** @enum {string} */
            consentPolicy?: "per_request" | "contract";
            contactEmail?: string | null;
            contactPhone?: string | null;
            /** Format: date-time */
            createdAt?: string;
            dpoEmail?: string | null;
            dpoName?: string | null;
            icoNumber?: string | null;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind?: "nursery" | "childminder" | "preschool" | "school" | "trust" | "other";
            name?: string;
            /** @description a change waiting for the DPO, or null */
            pendingChange?: {
                /** Format: date-time */
                expiresAt: string;
                fields: string[];
                /** Format: date-time */
                requestedAt: string;
                requestedBy: string | null;
                values: {
                    [key: string]: unknown;
                };
            } | null;
            postcode?: string | null;
            /** Format: date-time */
            purgedAt?: string | null;
            /** Format: date-time */
            retentionWarnedAt?: string | null;
            /** Format: date-time */
            subscriptionEndsAt?: string | null;
            /** @enum {string} */
            subscriptionStatus?: "active" | "expired" | "cancelled" | "purged";
            /** Format: date-time */
            updatedAt?: string;
        };
        SettingWithoutEmailDto: {
            name: string;
            /** Format: uuid */
            settingId: string;
        };
        StaffViewDto: {
            active?: boolean;
            /** Format: date-time */
            createdAt?: string;
            email?: string;
            failedLogins?: number;
            /** Format: uuid */
            id: string;
            /** Format: date-time */
            lastSignInAt?: string | null;
            /** Format: date-time */
            lockedUntil?: string | null;
            mfaEnabled?: boolean;
            name?: string;
            roles?: ("support" | "developer" | "it_manager" | "smt" | "admin")[];
            /** Format: date-time */
            trainingCompletedAt?: string | null;
            /** Format: date-time */
            updatedAt?: string;
        };
        SubjectRequestViewDto: {
            /** Format: date-time */
            completedAt?: string | null;
            /** Format: date-time */
            createdAt?: string;
            /** Format: date-time */
            dueAt?: string;
            /** Format: uuid */
            id: string;
            /** @enum {string} */
            kind?: "access" | "erasure" | "rectification" | "restriction" | "portability";
            /** Format: uuid */
            loggedById?: string | null;
            notes?: string;
            overdue?: boolean;
            /** Format: date-time */
            overdueNotifiedAt?: string | null;
            /** Format: date-time */
            receivedAt?: string;
            /** Format: uuid */
            settingId?: string;
            /** @enum {string} */
            status?: "open" | "done";
            /** Format: date-time */
            updatedAt?: string;
        };
        SubProcessorEntryDto: {
            /** Format: date-time */
            activeFrom?: string | null;
            dataCategories: string[];
            /** Format: uuid */
            id: string;
            location: string;
            name: string;
            purpose: string;
            status: string;
        };
        SubProcessorViewDto: {
            /** Format: date-time */
            activeFrom?: string | null;
            /** Format: date-time */
            createdAt?: string;
            dataCategories?: string[];
            /** Format: uuid */
            id: string;
            location?: string;
            name?: string;
            /** Format: date-time */
            proposedAt?: string;
            purpose?: string;
            /** Format: date-time */
            retiredAt?: string | null;
            /** @enum {string} */
            status?: "proposed" | "active" | "retired";
            /** Format: date-time */
            updatedAt?: string;
        };
        TaskTallyDto: {
            done: number;
            /** @enum {string} */
            role: "support" | "developer" | "it_manager" | "smt" | "admin";
            title: string;
            total: number;
        };
        TimelineEntryViewDto: {
            /** Format: uuid */
            actorId?: string | null;
            actorName?: string | null;
            /** Format: date-time */
            at?: string;
            /** @enum {string|null} */
            audience?: "customers" | "internal" | null;
            /** Format: uuid */
            caseId?: string | null;
            /** @enum {string|null} */
            contactKind?: "telephone_update" | "written_confirmation" | "smt_contact" | null;
            /** @enum {string|null} */
            decision?: "remove_functionality" | "keep_functionality" | null;
            detail?: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            dueAt?: string | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            incidentId?: string;
            /** @enum {string} */
            kind?: "declared" | "customer_update" | "internal_update" | "decision" | "contact" | "case_linked" | "portal_message" | "affected_settings" | "breach_flagged" | "owner_changed" | "reminder" | "overdue" | "resolved" | "late_declaration" | "breach_notice";
            message?: string | null;
            onTime?: boolean | null;
            recipients?: number | null;
            seq?: number;
            /** Format: uuid */
            settingId?: string | null;
            settingName?: string | null;
        };
        TransferEntryDto: {
            location: string;
            recipient: string;
            safeguard: string;
        };
        TwoFactorCodeDto: {
            /**
             * @description the authenticator app's current code
             * @example 123456
             */
            code: string;
        };
        TwoFactorSetupDto: {
            otpauthUrl: string;
            /** @description a PNG data URL of the otpauth link */
            qrCode: string;
            secret: string;
        };
        UpdateCaseDto: {
            description?: string;
            /**
             * Format: uuid
             * @description a case stays with its setting; sending it back unchanged is fine
             */
            settingId?: string;
            /** @enum {string} */
            status?: "open" | "investigating" | "resolved";
            title?: string;
        };
        UpdateIncidentDto: {
            description?: string;
            /** Format: uuid */
            ownerId?: string;
            /** @description flag a personal data breach: each affected setting's DPO is told at once; cannot be withdrawn */
            personalDataBreach?: boolean;
            title?: string;
        };
        UpdatePostedViewDto: {
            /** Format: uuid */
            actorId?: string | null;
            actorName?: string | null;
            /** Format: date-time */
            at?: string;
            /** @enum {string|null} */
            audience?: "customers" | "internal" | null;
            /** Format: uuid */
            caseId?: string | null;
            /** @enum {string|null} */
            contactKind?: "telephone_update" | "written_confirmation" | "smt_contact" | null;
            /** @enum {string|null} */
            decision?: "remove_functionality" | "keep_functionality" | null;
            detail?: {
                [key: string]: unknown;
            };
            /** Format: date-time */
            dueAt?: string | null;
            /** Format: uuid */
            id: string;
            incident: components["schemas"]["IncidentViewDto"];
            /** Format: uuid */
            incidentId?: string;
            /** @enum {string} */
            kind?: "declared" | "customer_update" | "internal_update" | "decision" | "contact" | "case_linked" | "portal_message" | "affected_settings" | "breach_flagged" | "owner_changed" | "reminder" | "overdue" | "resolved" | "late_declaration" | "breach_notice";
            message?: string | null;
            onTime?: boolean | null;
            recipients?: number | null;
            seq?: number;
            /** Format: uuid */
            settingId?: string | null;
            settingName?: string | null;
            withoutEmail: components["schemas"]["SettingWithoutEmailDto"][];
        };
        UpdateRecipientDto: {
            email?: string | null;
            name?: string | null;
            /** Format: uuid */
            settingId?: string;
        };
        UpdateRecipientsViewDto: {
            /** @enum {string} */
            audience?: "customers" | "internal";
            count?: number;
            /** @enum {string} */
            id: "customers" | "internal";
            recipients?: components["schemas"]["UpdateRecipientDto"][];
            withoutEmail?: components["schemas"]["SettingWithoutEmailDto"][];
            withoutEmailCount?: number;
        };
        UpdateSettingDto: {
            address?: string | null;
            /** @enum {string} */
            consentPolicy?: "per_request" | "contract";
            /** Format: email */
            contactEmail?: string | null;
            contactPhone?: string | null;
            /** Format: email */
            dpoEmail?: string | null;
            dpoName?: string | null;
            /** @example ZA123456 */
            icoNumber?: string | null;
            /** @enum {string} */
            kind?: "nursery" | "childminder" | "preschool" | "school" | "trust" | "other";
            name?: string;
            postcode?: string | null;
            /** Format: date-time */
            subscriptionEndsAt?: string | null;
            /**
             * @description `purged` is set by the retention purge; it may be sent back unchanged
             * @enum {string}
             */
            subscriptionStatus?: "active" | "expired" | "cancelled";
        };
        UpdatesOnDayDto: {
            /** Format: date */
            date: string;
            late: number;
            onTime: number;
        };
        UpdateStaffDto: {
            active?: boolean;
            /** Format: email */
            email?: string;
            name?: string;
            roles?: ("support" | "developer" | "it_manager" | "smt" | "admin")[];
            /**
             * Format: date-time
             * @description when their data-protection training was completed (null: none on record)
             */
            trainingCompletedAt?: string | null;
        };
        UpdateSubjectRequestDto: {
            /** @enum {string} */
            kind?: "access" | "erasure" | "rectification" | "restriction" | "portability";
            notes?: string;
            /** Format: date-time */
            receivedAt?: string;
            /**
             * Format: uuid
             * @description a request stays with its setting; sending it back unchanged is fine
             */
            settingId?: string;
            /** @enum {string} */
            status?: "open" | "done";
        };
        UpdateSubProcessorDto: {
            dataCategories?: string[];
            location?: string;
            name?: string;
            purpose?: string;
            /** @enum {string} */
            status?: "proposed" | "active" | "retired";
        };
        UserResultDto: {
            user: components["schemas"]["UserViewDto"];
        };
        UserViewDto: {
            email: string;
            /** Format: uuid */
            id: string;
            mfaEnabled: boolean;
            /** @description holds a role that needs two-factor sign-in and has not set it up */
            mfaSetupRequired: boolean;
            name: string;
            roles: ("support" | "developer" | "it_manager" | "smt" | "admin")[];
        };
        WrittenConfirmationDto: {
            message: string;
            /** @description default: every affected setting whose written confirmation is outstanding */
            settingIds?: string[];
        };
        WrittenConfirmationsViewDto: {
            /** Format: uuid */
            id: string;
            incident?: components["schemas"]["IncidentViewDto"];
            sent?: number;
            withoutEmail?: components["schemas"]["SettingWithoutEmailDto"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AccessRequestsController_list: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}`; fields: id, q, settingId, caseId, requesterId, approverId, status */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]`; sortable: createdAt, updatedAt, status, startsAt, expiresAt, respondBy, decidedAt */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestViewDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AccessRequestsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccessRequestDto"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AccessRequestsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AccessRequestsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AccessRequestsController_deny: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DenyAccessRequestDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AccessRequestsController_investigate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestigationViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AccessRequestsController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RevokeAccessRequestDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessRequestViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AccessReviewsController_list: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}`; fields: id, q, term, reviewerId */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]`; sortable: term, completedAt, createdAt */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessReviewViewDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AccessReviewsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccessReviewDto"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessReviewViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AccessReviewsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessReviewViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AccessReviewsController_due: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessReviewDueDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AccessReviewsController_roster: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RosterEntryDto"][];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}`; fields: id, q, actorId, action, subjectType, subjectId, settingId, grantId, at_gte, at_lte */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]`; sortable: at, action, subjectType */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventViewDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuditController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEventViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResultDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the account is locked */
            423: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuthController_logout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description signed out */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuthController_disableTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorCodeDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResultDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuthController_enableTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TwoFactorCodeDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserResultDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    AuthController_setUpTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TwoFactorSetupDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CasesController_list: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}`; fields: id, q, settingId, status, incidentId, openedById */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]`; sortable: title, status, createdAt, updatedAt, resolvedAt */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CasesController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCaseDto"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CasesController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    CasesController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCaseDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDto"];
                };
            };
            /** @description the database does not answer */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthDownDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_list: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}`; fields: id, q, status, ownerId, personalDataBreach, functionalityRemoved */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]`; sortable: title, status, discoveredAt, declaredAt, lastCustomerUpdateAt, resolvedAt, createdAt, updatedAt */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentViewDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateIncidentDto"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateIncidentDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_register: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}` */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]` */
                sort?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AffectedSettingViewDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_setSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AffectedSettingsDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_addSettings: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AffectedSettingsDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_breachNotices: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}`; fields: id, q, */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]`; sortable: sentAt */
                sort?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachNoticeViewDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_sendBreachNotices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreachNoticeDto"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachNoticesSentViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_previewBreachNotices: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["BreachNoticeDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BreachNoticePreviewDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_linkCase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LinkCaseDto"];
            };
        };
        responses: {
            /** @description the case was already linked to this incident */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description the case is now linked */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CaseViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactDto"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEntryViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEntryViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_portal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PortalMessageDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_recipients: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                audience: "customers" | "internal";
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateRecipientsViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_resolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResolveDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_review: {
        parameters: {
            query?: {
                format?: "json" | "markdown";
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the review as JSON, or as a Markdown file with `format=markdown` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentReviewViewDto"];
                    "text/markdown": string;
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_tasks: {
        parameters: {
            query?: {
                /** @description only the tasks of this incident day */
                day?: number;
                done?: "true" | "false";
                /** @description JSON object; fields: day (a day number from 1), settingId (a uuid, or a list of them), perSetting (boolean), done (boolean), key (notify_critical, decide_functionality, record_cases, count_affected, portal_message, brief_smt, it_update, telephone_update, written_confirmation, smt_contact) */
                filter?: string;
                key?: "notify_critical" | "decide_functionality" | "record_cases" | "count_affected" | "portal_message" | "brief_smt" | "it_update" | "telephone_update" | "written_confirmation" | "smt_contact";
                /** @description JSON: [first, last] */
                range?: string;
                settingId?: string;
                /** @description JSON: ["day", "ASC"]; tasks come in playbook order */
                sort?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentTaskViewDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_timeline: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}`; fields: id, q, kind, settingId, contactKind, actorId, caseId */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]`; sortable: seq, at */
                sort?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TimelineEntryViewDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_postUpdate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostUpdateDto"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePostedViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_writtenConfirmations: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WrittenConfirmationDto"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WrittenConfirmationsViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    IncidentsController_dashboard: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IncidentDashboardViewDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    InvestigationsController_list: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}`; fields: id, q, requestId, settingId, caseId, ownerId, status */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]`; sortable: createdAt, deleteBy, deletedAt, status */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestigationViewDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    InvestigationsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestigationViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    InvestigationsController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvestigationViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is gone */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    InvestigationsController_rows: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}`; fields by kind: children: id, q, ageBand, room, code; observations: id, q, childId, childCode, area, authorCode; parents: id, q, childId, childCode, relationship; media: id, q, childId, childCode, contentType, sizeBucket */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]`; sortable: createdAt */
                sort?: string;
            };
            header?: never;
            path: {
                id: string;
                kind: "children" | "observations" | "parents" | "media";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["CopyChildViewDto"] | components["schemas"]["CopyObservationViewDto"] | components["schemas"]["CopyParentViewDto"] | components["schemas"]["CopyMediaViewDto"])[];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    InvestigationsController_row: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                kind: "children" | "observations" | "parents" | "media";
                rowId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CopyChildViewDto"] | components["schemas"]["CopyObservationViewDto"] | components["schemas"]["CopyParentViewDto"] | components["schemas"]["CopyMediaViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    OutboxController_list: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}`; fields: id, q, status, kind, incidentId, settingId, to */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]`; sortable: createdAt, sentAt, status, to, kind */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMessageViewDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    OutboxController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OutboxMessageViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ProcessingRecordController_record: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the record: JSON, or Markdown when the client accepts `text/markdown` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProcessingRecordDto"];
                    "text/markdown": string;
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ConsentController_describe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentRequestViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ConsentController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ConsentAnswerDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsentAnswerViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ExportsController_download: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the setting's records as a ZIP, streamed as it is built */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/zip": string;
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    PasswordResetController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetRequestDto"];
            };
        };
        responses: {
            /** @description done */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetAcceptedDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    PasswordResetController_complete: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PasswordResetDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordSetDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description too many attempts */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SettingChangesController_describe: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingChangeRequestViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SettingChangesController_answer: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettingChangeAnswerDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingChangeAnswerViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    PublicStatusController_status: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PortalNoticeDto"][];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SubProcessorsController_active: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubProcessorViewDto"][];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SignedInController_list: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}`; fields: id, q, staffId */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]`; sortable: lastSeenAt, createdAt, staffName */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSessionDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SettingsController_list: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}`; fields: id, q, kind, subscriptionStatus, consentPolicy, postcode, icoNumber, name */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]`; sortable: name, kind, postcode, subscriptionStatus, subscriptionEndsAt, consentPolicy, createdAt, updatedAt */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingViewDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SettingsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSettingDto"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SettingsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SettingsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSettingDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettingViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    TransparencyController_report: {
        parameters: {
            query?: {
                /** @description default: 30 days before `to`; not after `to` */
                from?: string;
                /** @description default: now */
                to?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description the accesses, oldest first: JSON, or CSV when the client accepts `text/csv` */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccessReportRowDto"][];
                    "text/csv": string;
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ExportsController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ContentController_list: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}`; fields by kind: children: id, q, room; observations: id, q, childId, area; parents: id, q, childId; media: id, q, childId, contentType */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]`; sortable: createdAt */
                sort?: string;
            };
            header?: never;
            path: {
                kind: "children" | "observations" | "parents" | "media";
                settingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": (components["schemas"]["ChildViewDto"] | components["schemas"]["ObservationViewDto"] | components["schemas"]["ParentViewDto"] | components["schemas"]["MediaViewDto"])[];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    ContentController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                kind: "children" | "observations" | "parents" | "media";
                settingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChildViewDto"] | components["schemas"]["ObservationViewDto"] | components["schemas"]["ParentViewDto"] | components["schemas"]["MediaViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    StaffController_list: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}`; fields: id, q, roles, active, email */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]`; sortable: name, email, createdAt, active */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffViewDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    StaffController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStaffDto"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    StaffController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    StaffController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStaffDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    StaffController_passwordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PasswordResetSentDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    StaffController_sessions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiveSessionDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    StaffController_endAll: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    StaffController_endOne: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
                sessionId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    StaffController_resetTwoFactor: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    StaffController_unlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SubProcessorsController_list: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}`; fields: id, q, status, name, location */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]`; sortable: name, status, location, proposedAt, activeFrom, createdAt, updatedAt */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubProcessorViewDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SubProcessorsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSubProcessorDto"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubProcessorViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SubProcessorsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubProcessorViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SubProcessorsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSubProcessorDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubProcessorViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SubjectRequestsController_list: {
        parameters: {
            query?: {
                /** @description JSON object: `{"field": value | [values], "q": "text"}`; fields: id, q, settingId, kind, status, overdue */
                filter?: string;
                /** @description JSON `[first,last]`, inclusive, at most 1000 rows */
                range?: string;
                /** @description JSON `["field","ASC"|"DESC"]`; sortable: receivedAt, dueAt, status, kind, createdAt, updatedAt */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description one page of the list */
            200: {
                headers: {
                    /** @description `<resource> <first>-<last>/<total>`, or `<resource> *\/<total>` for an empty page */
                    "Content-Range"?: string;
                    /** @description `true` when the total is the planner's estimate */
                    "X-Total-Estimated"?: "true";
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRequestViewDto"][];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SubjectRequestsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateSubjectRequestDto"];
            };
        };
        responses: {
            /** @description created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRequestViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SubjectRequestsController_one: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRequestViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
    SubjectRequestsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateSubjectRequestDto"];
            };
        };
        responses: {
            /** @description done */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SubjectRequestViewDto"];
                };
            };
            /** @description bad input: the fields at fault are named */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description signed in but not allowed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description unknown id, or one the caller may not know exists */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the resource is not in a state that allows this */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description the body is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
            /** @description any other refusal */
            default: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorDto"];
                };
            };
        };
    };
}
