package cn.edu.jsnu.yihuiyipin.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.security.core.context.DeferredSecurityContext;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpRequestResponseHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * One sign-in for Tasklist, Cockpit, Admin and the application's pages: the Camunda webapps' session
 * authentication is the only record of who is signed in. Signing in on either side signs in on both,
 * and signing out of either signs out of both, because neither keeps a copy of its own.
 */
@Component
class CamundaSessionSecurityContext implements SecurityContextRepository {

    private final ProcessEngine processEngine;

    CamundaSessionSecurityContext(ProcessEngine processEngine) {
        this.processEngine = processEngine;
    }

    @Override
    @SuppressWarnings("deprecation") // the interface still requires it; loadDeferredContext is the one used
    public SecurityContext loadContext(HttpRequestResponseHolder holder) {
        return loadDeferredContext(holder.getRequest()).get();
    }

    @Override
    public DeferredSecurityContext loadDeferredContext(HttpServletRequest request) {
        return new DeferredSecurityContext() {
            @Override
            public SecurityContext get() {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                UserAuthentication user = camundaUser(request);
                if (user != null) {
                    context.setAuthentication(
                            CamundaPasswordAuthentication.authenticated(user.getName(), user.getGroupIds()));
                }
                return context;
            }

            @Override
            public boolean isGenerated() {
                return camundaUser(request) == null;
            }
        };
    }

    @Override
    public void saveContext(SecurityContext context, HttpServletRequest request, HttpServletResponse response) {
        org.springframework.security.core.Authentication signedIn = context.getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || camundaUser(request) != null) {
            return;
        }
        UserAuthentication user = AuthenticationUtil.createAuthentication(processEngine, signedIn.getName());
        if (user == null) {
            return;
        }
        HttpSession session = request.getSession(true);
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        authentications.addOrReplace(user);
        AuthenticationUtil.updateSession(session, authentications);
    }

    @Override
    public boolean containsContext(HttpServletRequest request) {
        return camundaUser(request) != null;
    }

    private UserAuthentication camundaUser(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Authentication authentication = AuthenticationUtil.getAuthsFromSession(session)
                .getAuthenticationForProcessEngine(processEngine.getName());
        return authentication instanceof UserAuthentication user ? user : null;
    }
}
