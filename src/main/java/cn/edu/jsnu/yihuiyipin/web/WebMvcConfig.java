package cn.edu.jsnu.yihuiyipin.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
class WebMvcConfig implements WebMvcConfigurer {

    private final SignedInViewers signedInViewers;

    WebMvcConfig(SignedInViewers signedInViewers) {
        this.signedInViewers = signedInViewers;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(signedInViewers);
    }
}
