package cn.edu.jsnu.yihuiyipin.funding;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FundingConfig {

    @Bean
    FundingRule fundingRule(FundingProperties properties) {
        return new FundingRule(properties);
    }
}
