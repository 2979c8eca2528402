package cn.edu.jsnu.yihuiyipin.review;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReviewConfig {

    @Bean
    ScoreRule scoreRule(ReviewProperties properties) {
        return new ScoreRule(properties.trimFromExperts(), properties.quorumShare());
    }
}
