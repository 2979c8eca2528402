package cn.edu.jsnu.yihuiyipin.web;

import cn.edu.jsnu.yihuiyipin.access.PersonNames;
import cn.edu.jsnu.yihuiyipin.access.Viewer;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Gives a controller method the signed-in {@link Viewer}; null on the public pages. */
@Component
class SignedInViewers implements HandlerMethodArgumentResolver {

    private static final String REQUEST_ATTRIBUTE = SignedInViewers.class.getName() + ".viewer";

    private final IdentityService identityService;

    SignedInViewers(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Viewer.class.equals(parameter.getParameterType());
    }

    @Override
    public Viewer resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest,
            WebDataBinderFactory binderFactory) {
        return current();
    }

    /**
     * The signed-in viewer, built once per request: a page asks twice (its controller and the header's
     * model attribute), and each build looks the user's name up in the identity service.
     */
    Viewer current() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return build();
        }
        Object known = request.getAttribute(REQUEST_ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
        if (known instanceof Viewer viewer) {
            return viewer;
        }
        Viewer viewer = build();
        if (viewer != null) {
            request.setAttribute(REQUEST_ATTRIBUTE, viewer, RequestAttributes.SCOPE_REQUEST);
        }
        return viewer;
    }

    private Viewer build() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        Set<String> groups = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(CamundaPasswordAuthentication.GROUP_PREFIX))
                .map(authority -> authority.substring(CamundaPasswordAuthentication.GROUP_PREFIX.length()))
                .collect(Collectors.toSet());
        return new Viewer(authentication.getName(), displayName(authentication.getName()), groups);
    }

    private String displayName(String userId) {
        User user = identityService.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            return userId;
        }
        String name = PersonNames.fullName(user);
        return name.isEmpty() ? userId : name;
    }
}
