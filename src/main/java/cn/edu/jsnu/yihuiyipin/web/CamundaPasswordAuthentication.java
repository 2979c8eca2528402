package cn.edu.jsnu.yihuiyipin.web;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password against Camunda's identity service, the accounts Tasklist signs in
 * with, so there is one set of passwords; the Camunda groups become the authorities.
 */
@Component
class CamundaPasswordAuthentication implements AuthenticationProvider {

    static final String GROUP_PREFIX = "GROUP_";

    private final IdentityService identityService;

    CamundaPasswordAuthentication(IdentityService identityService) {
        this.identityService = identityService;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        if (userId == null
                || userId.isBlank()
                || password == null
                || !identityService.checkPassword(userId, password.toString())) {
            throw new BadCredentialsException("用户名或密码不正确。");
        }
        return authenticated(userId, groupsOf(userId));
    }

    List<String> groupsOf(String userId) {
        return identityService.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .toList();
    }

    static UsernamePasswordAuthenticationToken authenticated(String userId, List<String> groups) {
        List<GrantedAuthority> authorities = groups.stream()
                .<GrantedAuthority>map(group -> new SimpleGrantedAuthority(GROUP_PREFIX + group))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
